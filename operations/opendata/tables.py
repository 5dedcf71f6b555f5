"""The tables of the data package: every public table of the register and the links between them,
each read through a public door (`Operation.objects.published()` and the `public()` doors built on
it), then the catalogue their figures are written against (`vocabulary`). A link from a public
record to one that is not public (an activity supporting a draft operation) is left empty."""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from operations.models import Activity, CoordinationCentre, Correction, Operation, Participation, Result, Series, Source
from participants.models import Institution, Participant

from .schema import Column, Reference, Table, choices, identifier, in_languages, period, public_or_none
from .vocabulary import ACTIVITY_KINDS, CRIME_AREAS, METRICS, QUALIFIERS, ROLES, UNITS, VOCABULARY


def published_operations():
    return Operation.objects.published()


def public_activities():
    return Activity.objects.public()


def participants():
    """Public participants, and the countries of the institutions public activities benefit, which
    the activities' pages name."""
    institutions = Institution.objects.filter(received_activities__in=public_activities())
    return Participant.objects.filter(
        Q(pk__in=Participant.objects.public().values("pk")) | Q(pk__in=institutions.values("participant_id"))
    )


def institutions():
    return Institution.objects.filter(Exists(public_activities().filter(beneficiary_institutions=OuterRef("pk"))))


def through(relation, door, owner):
    """The rows of a many-to-many `relation` whose `owner` side is public (`door`)."""
    return relation.through.objects.filter(**{f"{owner}__in": door})


OPERATIONS, SERIES, PARTICIPANTS, PARTICIPATIONS = "operations", "series", "participants", "participations"
SOURCES, ACTIVITIES, INSTITUTIONS, STATEMENTS = "sources", "activities", "institutions", "statements"


RECORDS = (
    Table(
        SERIES,
        _("Recurring kinds of operation, such as EMPACT JAD South East Europe, each year an edition."),
        (
            identifier("series"),
            *in_languages("name", "series' name"),
            Column("short_name", "string", "Short name.", required=True, unique=True),
            Column("slug", "string", "The series' address word.", required=True, unique=True),
            Column("description", "string", "What the series is."),
        ),
        lambda: Series.objects.filter(Exists(published_operations().filter(series=OuterRef("pk")))),
    ),
    Table(
        OPERATIONS,
        _("Published operations: Joint Action Days, action weeks and the like."),
        (
            identifier("operation"),
            Column("slug", "string", "Its page is /operations/<slug>/.", required=True, unique=True),
            Column("name", "string", "Full name.", required=True, unique=True),
            Column("short_name", "string", "Short name.", required=True, unique=True),
            Column("series_id", "integer", "The series it is an edition of (series.csv), if any."),
            Column("edition", "string", "Its edition of the series, usually the year."),
            Column(
                "part_of_id",
                "integer",
                "The larger published operation it belongs to.",
                source=public_or_none("part_of_id", published_operations()),
            ),
            Column("is_aggregate", "boolean", "It reports over many operations; its figures are not added to theirs."),
            *period("operation"),
            Column("motto", "string", "Motto."),
            *in_languages("description", "summary", required=False),
            Column("published_at", "datetime", "When it was last published (UTC)."),
        ),
        published_operations,
        references=(Reference(("series_id",), SERIES), Reference(("part_of_id",), "")),
    ),
    Table(
        "operation_crime_areas",
        _("Which crime areas each operation targeted."),
        (
            Column("operation_id", "integer", "The operation (operations.csv).", required=True),
            Column("crime_area_id", "integer", "The crime area (crime_areas.csv).", "crimearea_id", required=True),
        ),
        lambda: through(Operation.crime_areas, published_operations(), "operation"),
        primary_key=("operation_id", "crime_area_id"),
        references=(Reference(("operation_id",), OPERATIONS), Reference(("crime_area_id",), CRIME_AREAS)),
    ),
    Table(
        PARTICIPANTS,
        _("Countries, jurisdictions, agencies, partners and others named by something public."),
        (
            identifier("participant"),
            *in_languages("name", "name"),
            Column("short_name", "string", "Acronym used in the sources."),
            Column("slug", "string", "Its page is /participants/<slug>/.", required=True, unique=True),
            Column("kind", "string", "What it is.", required=True, enum=choices(Participant, "kind")),
            Column("country", "string", "ISO 3166-1 alpha-2 code of a country or jurisdiction (XK for Kosovo)."),
            Column(
                "footnote",
                "string",
                "A designation footnote: wherever the name is shown it carries an asterisk (Kosovo*) and this text.",
            ),
        ),
        participants,
    ),
    Table(
        PARTICIPATIONS,
        _("Who took part in each published operation."),
        (
            identifier("participation"),
            Column("operation_id", "integer", "The operation (operations.csv).", required=True),
            Column("participant_id", "integer", "The participant (participants.csv).", required=True),
        ),
        Participation.objects.public,
        references=(Reference(("operation_id",), OPERATIONS), Reference(("participant_id",), PARTICIPANTS)),
    ),
    Table(
        "participation_roles",
        _("The roles each participant played in an operation."),
        (
            Column("participation_id", "integer", "The participation (participations.csv).", required=True),
            Column("role_id", "integer", "The role (roles.csv).", required=True),
        ),
        lambda: through(Participation.roles, Participation.objects.public(), "participation"),
        primary_key=("participation_id", "role_id"),
        references=(Reference(("participation_id",), PARTICIPATIONS), Reference(("role_id",), ROLES)),
    ),
    Table(
        "coordination_centres",
        _("The international coordination centres operations were run from."),
        (
            identifier("coordination centre"),
            Column("operation_id", "integer", "The operation (operations.csv).", required=True),
            Column("city", "string", "City.", required=True),
            Column("host_country_id", "integer", "The host country (participants.csv).", required=True),
            Column("note", "string", "Note."),
        ),
        CoordinationCentre.objects.public,
        references=(Reference(("operation_id",), OPERATIONS), Reference(("host_country_id",), PARTICIPANTS)),
    ),
    Table(
        SOURCES,
        _("The public documents figures, participations and activities come from."),
        (
            identifier("source"),
            Column("title", "string", "Title.", required=True, unique=True),
            Column("kind", "string", "Kind of document.", required=True, enum=choices(Source, "kind")),
            Column("publisher_id", "integer", "The publisher, when it is a participant (participants.csv)."),
            Column("publisher_name", "string", "The publisher, when it is not a participant (a news agency)."),
            Column("published_on", "date", "Publication date."),
            Column("year", "integer", "Publication year."),
            Column("url", "string", "Address of the original."),
            Column("note", "string", "Note."),
        ),
        Source.objects.public,
        references=(Reference(("publisher_id",), PARTICIPANTS),),
    ),
    Table(
        "participation_sources",
        _("The sources that list each participant among an operation's participants."),
        (
            Column("participation_id", "integer", "The participation (participations.csv).", required=True),
            Column("source_id", "integer", "The source (sources.csv).", required=True),
        ),
        lambda: through(Participation.sources, Participation.objects.public(), "participation"),
        primary_key=("participation_id", "source_id"),
        references=(Reference(("participation_id",), PARTICIPATIONS), Reference(("source_id",), SOURCES)),
    ),
    Table(
        ACTIVITIES,
        _("Published capacity-building activities: trainings, deliveries, knowledge products."),
        (
            identifier("activity"),
            Column("slug", "string", "Its page is /activities/<slug>/.", required=True, unique=True),
            Column("title", "string", "Title.", required=True),
            Column("kind", "string", "Kind (activity_kinds.csv).", source="kind_id", required=True),
            Column("implementer_id", "integer", "Who carried it out (participants.csv).", required=True),
            Column("place", "string", "Where."),
            *period("activity"),
            Column(
                "operation_id",
                "integer",
                "The published operation it supported (operations.csv).",
                source=public_or_none("operation_id", published_operations()),
            ),
            Column("source_id", "integer", "The document its description comes from (sources.csv).", required=True),
            Column("description", "string", "Description."),
            Column("quote", "string", "The source's words."),
            Column("published_at", "datetime", "When it was last published (UTC)."),
        ),
        public_activities,
        references=(
            Reference(("kind",), ACTIVITY_KINDS, key=("code",)),
            Reference(("implementer_id",), PARTICIPANTS),
            Reference(("operation_id",), OPERATIONS),
            Reference(("source_id",), SOURCES),
        ),
    ),
    Table(
        "activity_partners",
        _("The participants each activity was carried out in collaboration with."),
        (
            Column("activity_id", "integer", "The activity (activities.csv).", required=True),
            Column("participant_id", "integer", "The partner (participants.csv).", required=True),
        ),
        lambda: through(Activity.partners, public_activities(), "activity"),
        primary_key=("activity_id", "participant_id"),
        references=(Reference(("activity_id",), ACTIVITIES), Reference(("participant_id",), PARTICIPANTS)),
    ),
    Table(
        "activity_beneficiary_countries",
        _("The countries and jurisdictions each activity benefited."),
        (
            Column("activity_id", "integer", "The activity (activities.csv).", required=True),
            Column("participant_id", "integer", "The country or jurisdiction (participants.csv).", required=True),
        ),
        lambda: through(Activity.beneficiary_countries, public_activities(), "activity"),
        primary_key=("activity_id", "participant_id"),
        references=(Reference(("activity_id",), ACTIVITIES), Reference(("participant_id",), PARTICIPANTS)),
    ),
    Table(
        INSTITUTIONS,
        _("National institutions that benefited from public activities."),
        (
            identifier("institution"),
            Column("participant_id", "integer", "Its country or jurisdiction (participants.csv).", required=True),
            Column("name", "string", "Name.", required=True),
            Column("kind", "string", "Kind of institution.", required=True, enum=choices(Institution, "kind")),
            Column("slug", "string", "Address word.", required=True, unique=True),
        ),
        institutions,
        references=(Reference(("participant_id",), PARTICIPANTS),),
    ),
    Table(
        "activity_beneficiary_institutions",
        _("The institutions each activity benefited."),
        (
            Column("activity_id", "integer", "The activity (activities.csv).", required=True),
            Column("institution_id", "integer", "The institution (institutions.csv).", required=True),
        ),
        lambda: through(Activity.beneficiary_institutions, public_activities(), "activity"),
        primary_key=("activity_id", "institution_id"),
        references=(Reference(("activity_id",), ACTIVITIES), Reference(("institution_id",), INSTITUTIONS)),
    ),
    Table(
        STATEMENTS,
        _(
            "Every published figure as a statement: what one source said of one metric for an operation or "
            "an activity, for the whole of it or one country, with the source's qualifier and words."
        ),
        (
            identifier("statement"),
            Column("operation_id", "integer", "The operation it is about (operations.csv); or an activity."),
            Column("activity_id", "integer", "The activity it is about (activities.csv); or an operation."),
            Column("metric_id", "integer", "What it counts or measures (metrics.csv).", required=True),
            Column("country_id", "integer", "The country or group it is stated for; empty: the whole operation."),
            Column("value", "number", "The figure; empty when the source named the item without one (not zero)."),
            Column("unit_id", "integer", "Its unit, as the source stated it (units.csv).", required=True),
            Column("qualifier", "string", "The source's word before it (qualifiers.csv).", source="qualifier_id"),
            Column("source_id", "integer", "Who said so (sources.csv).", required=True),
            Column("quote", "string", "The source's words, as published.", required=True),
            Column("is_headline", "boolean", "The editors chose it as the figure to show first."),
        ),
        Result.objects.public,
        references=(
            Reference(("operation_id",), OPERATIONS),
            Reference(("activity_id",), ACTIVITIES),
            Reference(("metric_id",), METRICS),
            Reference(("country_id",), PARTICIPANTS),
            Reference(("unit_id",), UNITS),
            Reference(("qualifier",), QUALIFIERS, key=("code",)),
            Reference(("source_id",), SOURCES),
        ),
    ),
    Table(
        "corrections",
        _("Changes to figures after their operation or activity was published, with the reason."),
        (
            identifier("correction"),
            Column("statement_id", "integer", "The statement (statements.csv).", source="result_id", required=True),
            Column("old_value", "number", "The value before."),
            Column("old_qualifier", "string", "The qualifier before (qualifiers.csv).", source="old_qualifier_id"),
            Column("new_value", "number", "The value after."),
            Column("new_qualifier", "string", "The qualifier after (qualifiers.csv).", source="new_qualifier_id"),
            Column("reason", "string", "Why.", required=True),
            Column("corrected_at", "datetime", "When (UTC).", required=True),
        ),
        lambda: Correction.objects.filter(Exists(Result.objects.public().filter(pk=OuterRef("result_id")))),
        references=(
            Reference(("statement_id",), STATEMENTS),
            Reference(("old_qualifier",), QUALIFIERS, key=("code",)),
            Reference(("new_qualifier",), QUALIFIERS, key=("code",)),
        ),
    ),
)

TABLES = RECORDS + VOCABULARY

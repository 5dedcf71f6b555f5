"""The catalogue figures are written against, as tables of the data package: crime areas, roles,
units, qualifiers, metrics with their breakdowns, and kinds of activity. Whole, not through a
public door: every public page may name any of it, and a metric's total and breakdown must be there
for its parts to be read."""

from django.utils.translation import gettext_lazy as _

from operations.models import ActivityKind, Breakdown, CrimeArea, Dimension, Metric, Qualifier, Role, Unit

from .schema import Column, Reference, Table, choices, identifier, in_languages

CRIME_AREAS, ROLES, UNITS, QUALIFIERS = "crime_areas", "roles", "units", "qualifiers"
METRICS, BREAKDOWNS, ACTIVITY_KINDS = "metrics", "breakdowns", "activity_kinds"

VOCABULARY = (
    Table(
        CRIME_AREAS,
        _("Crime threats operations target and figures are broken down by."),
        (
            identifier("crime area"),
            Column("name", "string", "Name.", required=True, unique=True),
            Column("slug", "string", "Address word.", required=True, unique=True),
        ),
        CrimeArea.objects.all,
    ),
    Table(
        ROLES,
        _("Roles a participant may play in an operation beyond taking part."),
        (
            identifier("role"),
            Column("name", "string", "Name.", required=True, unique=True),
            Column("slug", "string", "Address word.", required=True, unique=True),
            Column("is_leading", "boolean", "A leading role: the participant is listed as the operation's lead."),
        ),
        Role.objects.all,
    ),
    Table(
        UNITS,
        _("Units figures are stated in: counts, masses, volumes, durations, percent and currencies."),
        (
            identifier("unit"),
            Column("code", "string", "Code.", required=True, unique=True),
            *in_languages("name", "unit's name"),
            Column("symbol", "string", "Shown after values: kg, %, EUR."),
            Column("dimension", "string", "What it measures.", required=True, enum=tuple(Dimension.values)),
            Column(
                "factor",
                "number",
                "How many of the dimension's base unit (kg, litres, days, 1) one of it is; empty for money, "
                "which is never converted.",
            ),
            Column("currency", "string", "ISO 4217 code, for money."),
        ),
        Unit.objects.all,
    ),
    Table(
        QUALIFIERS,
        _("The words sources put before a figure (more than, almost) and what each says of the true value."),
        (
            Column("code", "string", "The qualifier's code.", required=True),
            *in_languages("name", "word"),
            Column("bound", "string", "What it says of the figure.", required=True, enum=choices(Qualifier, "bound")),
            Column("inclusive", "boolean", "Whether the figure itself is possible."),
            Column("reach", "number", "How far from the figure the true value plausibly lies, in percent of it."),
        ),
        Qualifier.objects.all,
        primary_key=("code",),
    ),
    Table(
        BREAKDOWNS,
        _("The ways a total divides into parts, each exhaustive (the parts should add up) or partial."),
        (
            identifier("breakdown"),
            Column("total_id", "integer", "The total metric (metrics.csv).", required=True),
            Column("along", "string", "What it divides along.", required=True, enum=choices(Breakdown, "along")),
            Column("kind", "string", "exhaustive or partial.", required=True, enum=choices(Breakdown, "kind")),
        ),
        Breakdown.objects.all,
        references=(Reference(("total_id",), METRICS),),
    ),
    Table(
        METRICS,
        _("The catalogue of kinds of figure (arrests, firearms seized), each part of a total in a breakdown."),
        (
            identifier("metric"),
            Column("code", "string", "Code.", required=True, unique=True),
            *in_languages("name", "metric's name"),
            Column("dimension", "string", "What it is a quantity of.", required=True, enum=tuple(Dimension.values)),
            Column("parent_id", "integer", "The total it is a part of (metrics.csv)."),
            Column("breakdown_id", "integer", "The breakdown of that total it belongs to (breakdowns.csv)."),
            Column("unit_id", "integer", "The unit of a statement that gives none (units.csv).", required=True),
            Column("crime_area_id", "integer", "Its crime area, in a breakdown by crime area (crime_areas.csv)."),
            Column("position", "integer", "Order among its siblings."),
            Column("description", "string", "Description."),
        ),
        Metric.objects.all,
        references=(
            Reference(("parent_id",), ""),
            Reference(("breakdown_id",), BREAKDOWNS),
            Reference(("unit_id",), UNITS),
            Reference(("crime_area_id",), CRIME_AREAS),
        ),
    ),
    Table(
        ACTIVITY_KINDS,
        _("Kinds of capacity building: training, equipment delivery, SOP and so on."),
        (Column("code", "string", "Code.", required=True), *in_languages("name", "kind's name")),
        ActivityKind.objects.all,
        primary_key=("code",),
    ),
)

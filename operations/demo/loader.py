"""Writes the demo data to the database.

Every row is found by its natural key (a slug, a code, a seed file name or address, or for a result
the operation or activity, metric, country, source and qualifier) and saved only when one of its
values differs (writing.RowWriter), so that a second run changes nothing. The caller runs `load()`
inside a transaction (see the `load_demo` command).
"""

from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from operations.models import (
    Activity,
    Breakdown,
    CoordinationCentre,
    CrimeArea,
    Metric,
    Operation,
    Participation,
    Result,
    Role,
    Series,
    Source,
    Unit,
)
from participants.models import Institution, KindPeriod, Participant

from . import CRIME_AREAS, INSTITUTIONS, METRICS, OPERATIONS, PARTICIPANTS, REPORTS, ROLES, SERIES, UNITS
from .records import Figure, parse_when
from .writing import CHANGE_REASON, DemoDataError, RowWriter, once_each

__all__ = ["CHANGE_REASON", "DemoDataError", "DemoLoader", "MODELS"]

# The order of the summary, which is also the order of loading.
MODELS = (
    Unit,
    CrimeArea,
    Metric,
    Breakdown,
    Role,
    Participant,
    KindPeriod,
    Institution,
    Series,
    Operation,
    CoordinationCentre,
    Source,
    Participation,
    Result,
    Activity,
)


class DemoLoader(RowWriter):
    def __init__(self, log=None):
        super().__init__(MODELS, log)
        self.units, self.crime_areas, self.metrics, self.roles = {}, {}, {}, {}
        self.participants, self.institutions, self.series, self.operations, self.sources = {}, {}, {}, {}, {}
        self.activities = {}

    def load(self):
        self.load_catalogue()
        self.load_operations()
        for report in REPORTS:
            for source in report.sources:
                self.load_source(source)
        self.load_participations()
        for report in REPORTS:
            self.load_figures(report)
            self.load_activities(report)
        for report in REPORTS:
            self.load_figures_about_an_activity(report)
        return self.tally

    def participant(self, slug):
        return self.find(self.participants, slug, "participant")

    def source(self, report, key):
        return self.find(self.sources, report.source_key(key), "source")

    # ---- Catalogue ------------------------------------------------------------------------------

    def load_catalogue(self):
        for unit in once_each(UNITS, lambda unit: unit.code):
            self.units[unit.code] = self.upsert(
                Unit,
                {"code": unit.code},
                {
                    "name": unit.name,
                    "dimension": unit.dimension,
                    "symbol": unit.symbol,
                    "currency": unit.currency,
                    "factor": None if unit.factor is None else Decimal(unit.factor),
                },
            )
        for name in once_each(CRIME_AREAS, slugify):
            self.crime_areas[slugify(name)] = self.upsert(CrimeArea, {"slug": slugify(name)}, {"name": name})
        for position, metric in enumerate(once_each(METRICS, lambda metric: metric.code)):
            self.load_metric(metric, None, position)
        for name, is_leading in once_each(ROLES, lambda role: slugify(role[0])):
            self.roles[slugify(name)] = self.upsert(
                Role, {"slug": slugify(name)}, {"name": name, "is_leading": is_leading}
            )
        for record in once_each(PARTICIPANTS, lambda record: record.slug):
            self.participants[record.slug] = self.upsert(
                Participant,
                {"slug": record.slug},
                {
                    "name": record.name,
                    "short_name": record.short_name,
                    "kind": record.kind,
                    "country": record.country,
                    "footnote": record.footnote,
                    "aliases": record.aliases,
                },
                m2m={"members": [self.participant(slug) for slug in record.members]},
            )
            for kind, since, until in record.kind_periods:
                self.upsert(
                    KindPeriod,
                    {"participant": self.participants[record.slug], "since": since},
                    {"kind": kind, "until": until},
                )
        for record in once_each(INSTITUTIONS, lambda record: record.slug):
            self.institutions[record.slug] = self.upsert(
                Institution,
                {"slug": record.slug},
                {"participant_id": self.participant(record.participant).pk, "name": record.name, "kind": record.kind},
            )

    def load_metric(self, record, parent, position, breakdown=None):
        crime_area = self.find(self.crime_areas, record.crime_area, "crime area") if record.crime_area else None
        unit = self.find(self.units, record.unit, "unit")
        metric = self.upsert(
            Metric,
            {"code": record.code},
            {
                "name": record.name,
                "dimension": unit.dimension,
                "parent_id": parent.pk if parent else None,
                "breakdown_id": breakdown.pk if breakdown else None,
                "unit_id": unit.pk,
                "crime_area_id": crime_area.pk if crime_area else None,
                "position": position,
                "description": record.description,
            },
        )
        self.metrics[record.code] = metric
        for group in (record, *record.breakdowns):
            if not group.parts:
                continue
            along = self.upsert(Breakdown, {"total": metric, "along": group.parts_along}, {"kind": group.parts_kind})
            for part_position, part in enumerate(group.parts):
                self.load_metric(part, metric, part_position, along)

    # ---- Series, operations, coordination centres -------------------------------------------------

    def load_operations(self):
        for record in once_each(SERIES, lambda series: series.slug):
            self.series[record.short_name] = self.upsert(
                Series,
                {"slug": record.slug},
                {"name": record.name, "short_name": record.short_name, "description": record.description},
            )
        for record in self.parents_first(once_each(OPERATIONS, lambda operation: operation.slug)):
            self.load_operation(record)

    @staticmethod
    def parents_first(records):
        """The operations ordered so that the one another is part of comes before it."""
        ordered, placed, waiting = [], set(), list(records)
        while waiting:
            ready = [record for record in waiting if not record.part_of or record.part_of in placed]
            if not ready:
                raise DemoDataError(f"Unknown or looping 'part of': {[record.slug for record in waiting]}.")
            ordered += ready
            placed |= {record.slug for record in ready}
            waiting = [record for record in waiting if record not in ready]
        return ordered

    def load_operation(self, record):
        series = self.find(self.series, record.series, "series") if record.series else None
        part_of = self.operations[record.part_of] if record.part_of else None
        operation = self.upsert(
            Operation,
            {"slug": record.slug},
            {
                "series_id": series.pk if series else None,
                "edition": record.edition,
                "name": record.name,
                "short_name": record.short_name,
                **parse_when(record.when).fields(),
                "duration_days": record.duration_days,
                "part_of_id": part_of.pk if part_of else None,
                "is_aggregate": record.is_aggregate,
                "motto": record.motto,
                "description": record.description,
            },
            m2m={"crime_areas": [self.find(self.crime_areas, slug, "crime area") for slug in record.crime_areas]},
            create_only={"status": record.status, "published_at": timezone.now()},
        )
        self.operations[record.slug] = operation
        for centre in record.centres:
            self.upsert(
                CoordinationCentre,
                {"operation": operation, "city": centre.city},
                {"host_country_id": self.participant(centre.host).pk, "note": centre.note},
            )

    # ---- What the sources say -------------------------------------------------------------------

    def load_source(self, record):
        publisher = self.participant(record.publisher) if record.publisher else None
        published = parse_when(record.published)
        self.sources[record.key] = self.upsert(
            Source,
            {"seed_file": record.seed_file, "url": record.url},
            {
                "title": record.title,
                "kind": record.kind,
                "publisher_id": publisher.pk if publisher else None,
                "publisher_name": record.publisher_name,
                "published_on": published.start if published.start_precision == "day" else None,
                "year": published.start.year if published.start else record.year,
                "note": record.note,
            },
        )

    def load_participations(self):
        """One participation per operation and participant, gathering what every source says of it."""
        gathered = {}
        for report in REPORTS:
            for listed in report.listed:
                entry = gathered.setdefault(
                    (report.operation, listed.participant), {"roles": [], "notes": [], "sources": []}
                )
                entry["roles"] += [slug for slug in listed.roles if slug not in entry["roles"]]
                if listed.note and listed.note not in entry["notes"]:
                    entry["notes"].append(listed.note)
                source = self.source(report, listed.source)
                if source not in entry["sources"]:
                    entry["sources"].append(source)
        for (operation_slug, participant_slug), entry in gathered.items():
            self.upsert(
                Participation,
                {
                    "operation": self.find(self.operations, operation_slug, "operation"),
                    "participant": self.participant(participant_slug),
                },
                {"note": "\n".join(entry["notes"])},
                m2m={
                    "roles": [self.find(self.roles, slug, "role") for slug in entry["roles"]],
                    "sources": entry["sources"],
                },
            )

    def load_figures(self, report):
        if not report.figures or report.activity:
            return
        operation = self.find(self.operations, report.operation, "operation")
        for figure in report.figures:
            self.load_figure(figure, self.source(report, figure.source), operation=operation)

    def load_figure(self, figure, source, operation=None, activity=None):
        metric = self.find(self.metrics, figure.metric, "metric")
        unit = self.find(self.units, figure.unit, "unit") if figure.unit else metric.unit
        return self.upsert(
            Result,
            {
                "operation": operation,
                "activity": activity,
                "metric": metric,
                "country": self.participant(figure.country) if figure.country else None,
                "source": source,
                "qualifier_id": figure.qualifier,
            },
            {
                "value": None if figure.value is None else Decimal(str(figure.value)),
                "unit_id": unit.pk,
                "quote": figure.quote,
                "note": figure.note,
                "is_headline": figure.is_headline,
            },
        )

    def load_figures_about_an_activity(self, report):
        """Figures a report gives about an activity that another report describes, once every
        activity is loaded."""
        if not report.activity:
            return
        if report.operation:
            raise DemoDataError(f"A report is about an operation or an activity, not both: {report.activity!r}.")
        activity = self.find(self.activities, report.activity, "activity")
        for figure in report.figures:
            self.load_figure(figure, self.source(report, figure.source), activity=activity)

    def load_activities(self, report):
        for record in report.activities:
            operation = self.find(self.operations, record.operation, "operation") if record.operation else None
            activity = self.upsert(
                Activity,
                {"slug": record.slug},
                {
                    "kind_id": record.kind,
                    "title": record.title,
                    "description": record.description,
                    "implementer_id": self.participant(record.implementer).pk,
                    "place": record.place,
                    **parse_when(record.when).fields(),
                    "duration_days": record.duration_days,
                    "operation_id": operation.pk if operation else None,
                    "source_id": self.source(report, record.source).pk,
                    "quote": record.quote,
                },
                create_only={"status": Activity.Status.PUBLISHED, "published_at": timezone.now()},
                m2m={
                    "partners": [self.participant(slug) for slug in record.partners],
                    "beneficiary_countries": [self.participant(slug) for slug in record.countries],
                    "beneficiary_institutions": [
                        self.find(self.institutions, slug, "institution") for slug in record.institutions
                    ],
                },
            )
            self.activities[record.slug] = activity
            for figure in self.activity_figures(record):
                self.load_figure(figure, self.source(report, figure.source or record.source), activity=activity)

    @staticmethod
    def activity_figures(record):
        """The activity's figures: those it states, and what it was worth as a statement of the metric
        "value" in a unit of its currency."""
        figures = list(record.figures)
        if record.value is not None:
            figures.append(
                Figure(
                    "value",
                    record.value,
                    record.quote,
                    qualifier=record.value_qualifier,
                    unit=record.currency.lower(),
                )
            )
        return figures

"""The shapes of the demo data: small records that the loader turns into rows.

Records refer to each other by slug (participants, institutions, operations) or code (metrics,
units), so the data modules read like the documents they come from.
"""

import datetime
from dataclasses import dataclass

from django.utils.text import slugify

from operations.models import DatePrecision

# ---- Dates as precise as the sources give them ------------------------------------------------


@dataclass(frozen=True)
class When:
    start: datetime.date | None
    start_precision: str
    end: datetime.date | None
    end_precision: str

    def fields(self):
        """The Period fields of a model (operations.models.dates.Period)."""
        return {
            "start_date": self.start,
            "start_precision": self.start_precision,
            "end_date": self.end,
            "end_precision": self.end_precision,
        }


def parse_when(text):
    """'2023', '2023-04' or '2023-11-13', optionally a period 'start/end', each end with its own
    precision ('2024-12/2025-05', '2019-10/2022-05-12').

    A month is stored as its 1st day and a year as 1 January, with the precision saying so.
    """
    if not text:
        return When(None, DatePrecision.DAY, None, DatePrecision.DAY)
    first, _, last = text.partition("/")
    start, precision = _parse_partial(first)
    end, end_precision = _parse_partial(last) if last else (None, precision)
    return When(start, precision, end, end_precision)


def _parse_partial(text):
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), DatePrecision.YEAR
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], 1), DatePrecision.MONTH
    return datetime.date(*parts), DatePrecision.DAY


# ---- Catalogue ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRecord:
    code: str
    name: str
    dimension: str = "count"
    symbol: str = ""
    currency: str = ""
    factor: str | None = "1"  # in the dimension's base unit (kg, litres, days; 1 for counts); None for money


@dataclass(frozen=True)
class MetricRecord:
    """A metric and, in `parts`, the metrics that break it down: along `parts_along` (by type, by
    crime area...), all of it (`parts_kind` exhaustive) or some of it (partial)."""

    code: str
    name: str
    unit: str
    crime_area: str = ""
    description: str = ""
    parts: tuple["MetricRecord", ...] = ()
    parts_along: str = "type"
    parts_kind: str = "exhaustive"
    breakdowns: tuple["MetricRecord", ...] = ()  # a second breakdown's parts, with their own along and kind


@dataclass(frozen=True)
class ParticipantRecord:
    name: str
    kind: str
    short_name: str = ""
    country: str = ""
    aliases: str = ""
    footnote: str = ""
    members: tuple[str, ...] = ()  # for a group: its members' slugs, participants listed before it
    kind_periods: tuple[tuple[str, int | None, int | None], ...] = ()  # (kind, since, until): kinds it had

    @property
    def slug(self):
        return slugify(self.short_name or self.name)


@dataclass(frozen=True)
class InstitutionRecord:
    participant: str
    name: str
    kind: str

    @property
    def slug(self):
        return slugify(f"{self.name} {self.participant}")


# ---- Operations ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CentreRecord:
    city: str
    host: str
    note: str = ""


@dataclass(frozen=True)
class SeriesRecord:
    name: str
    short_name: str
    description: str = ""

    @property
    def slug(self):
        return slugify(self.short_name)


@dataclass(frozen=True)
class OperationRecord:
    name: str
    short_name: str
    edition: str
    when: str
    crime_areas: tuple[str, ...]
    centres: tuple[CentreRecord, ...]
    description: str
    motto: str = ""
    status: str = "published"
    series: str = "JAD SEE"  # a series' short name, or "" for an operation that stands alone
    part_of: str = ""  # the slug of the operation it is part of
    is_aggregate: bool = False
    duration_days: int | None = None

    @property
    def slug(self):
        return slugify(self.short_name)


# ---- What each source says ----------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRecord:
    """A document: a seed file of ../shared/seeds, or a public address (`url`) from the research notes.
    `published` is its date as precise as known ('2016-06-20', '2024-03', '2024'; blank if unknown)."""

    seed_file: str
    title: str
    kind: str
    year: int | None
    publisher: str = ""
    publisher_name: str = ""
    note: str = ""
    url: str = ""
    published: str = ""

    @property
    def key(self):
        """How figures, participations and activities name their source."""
        return self.seed_file or self.url


@dataclass(frozen=True)
class Listed:
    """A participant that a source names as taking part in the operation, with the roles it gives."""

    participant: str
    roles: tuple[str, ...] = ()
    note: str = ""
    source: str = ""  # the key of the source that names it, the report's first source when blank


@dataclass(frozen=True)
class Figure:
    """One figure as the source states it. `value=None`: the source names the item without a figure.
    `unit` is the statement's own (a unit code), the metric's default unit when blank."""

    metric: str
    value: int | str | None
    quote: str
    qualifier: str = "exact"
    country: str = ""
    note: str = ""
    unit: str = ""
    is_headline: bool = False
    source: str = ""  # the key of the source stating it; when blank, its activity's source, else the report's first


@dataclass(frozen=True)
class ActivityRecord:
    title: str
    kind: str
    when: str
    quote: str
    description: str = ""
    place: str = ""
    partners: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    value: int | str | None = None  # what it was worth: a statement of the metric "value", in `currency`
    value_qualifier: str = "exact"
    currency: str = ""
    operation: str = ""
    implementer: str = "seesac"
    figures: tuple[Figure, ...] = ()
    duration_days: int | None = None
    source: str = ""  # the key of the source describing it, the report's first source when blank

    @property
    def slug(self):
        return slugify(self.title)[:200]


@dataclass(frozen=True)
class Report:
    """What a set of sources says: about one operation (its slug, or blank for capacity building
    alone), who took part, its figures and its activities. A seed document is one report with one
    source; a research record is one report with the sources it cites."""

    sources: tuple[SourceRecord, ...]
    operation: str = ""
    listed: tuple[Listed, ...] = ()
    # The slug of an activity another report describes (the same training in a second document):
    # `figures` are then about that activity, not about an operation.
    activity: str = ""
    figures: tuple[Figure, ...] = ()
    activities: tuple[ActivityRecord, ...] = ()

    def source_key(self, key):
        """The key of the source a record names, this report's first source when it names none."""
        return key or self.sources[0].key

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
    end: datetime.date | None
    precision: str


def parse_when(text):
    """'2023', '2023-04' or '2023-11-13', optionally a period 'start/end' of the same precision.

    A month is stored as its 1st day and a year as 1 January, with the precision saying so.
    """
    if not text:
        return When(None, None, DatePrecision.DAY)
    first, _, last = text.partition("/")
    start, precision = _parse_partial(first)
    end = None
    if last:
        end, end_precision = _parse_partial(last)
        if end_precision != precision:
            raise ValueError(f"{text!r}: start and end must have the same precision")
    return When(start, end, precision)


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
    kind: str = "count"
    symbol: str = ""
    currency: str = ""


@dataclass(frozen=True)
class MetricRecord:
    """A metric and, in `parts`, the metrics that break it down."""

    code: str
    name: str
    unit: str
    crime_area: str = ""
    description: str = ""
    parts: tuple["MetricRecord", ...] = ()


@dataclass(frozen=True)
class ParticipantRecord:
    name: str
    kind: str
    short_name: str = ""
    country: str = ""
    aliases: str = ""
    footnote: str = ""

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

    @property
    def slug(self):
        return slugify(self.short_name)


# ---- What each source says ----------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRecord:
    seed_file: str
    title: str
    kind: str
    year: int | None
    publisher: str = ""
    publisher_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class Listed:
    """A participant that a source names as taking part in the operation, with the roles it gives."""

    participant: str
    roles: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Figure:
    """One figure as the source states it. `value=None`: the source names the item without a figure."""

    metric: str
    value: int | str | None
    quote: str
    qualifier: str = "exact"
    country: str = ""
    note: str = ""


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
    value: int | str | None = None
    value_qualifier: str = "exact"
    currency: str = ""
    operation: str = ""
    implementer: str = "seesac"

    @property
    def slug(self):
        return slugify(self.title)[:200]

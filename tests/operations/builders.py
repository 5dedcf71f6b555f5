"""Small factories for the figure checks' tests and others: a made-up series, its operations, a
catalogue of metrics, sources and statements."""

import datetime
from decimal import Decimal
from itertools import count

from operations.models import (
    Activity,
    Breakdown,
    Dimension,
    Metric,
    Operation,
    Qualifier,
    Result,
    Series,
    Source,
    Unit,
)
from participants.models import Participant

_serial = count(1)


def make_operation(name="Operation Lantern", status=Operation.Status.PUBLISHED, series=None):
    n = next(_serial)
    series = series or Series.objects.create(name=f"Test series {n}", short_name=f"TS{n}", slug=f"ts-{n}")
    return Operation.objects.create(
        series=series,
        edition=str(2000 + n),
        name=f"{name} {n}",
        short_name=f"{name} {n}",
        slug=f"op-{n}",
        start_date=datetime.date(2022, 5, 2),
        status=status,
    )


def make_danube_operation(status=Operation.Status.DRAFT):
    """The review tests' operation: a draft of JAD Danube 2025 unless `status` says otherwise."""
    series = Series.objects.create(name="JAD Danube", short_name="JAD Danube", slug="jad-danube")
    return Operation.objects.create(
        series=series,
        edition="2025",
        name="Joint Action Day Danube 2025",
        short_name="JAD Danube 2025",
        slug="jad-danube-2025",
        start_date=datetime.date(2025, 6, 1),
        status=status,
    )


def make_unit(code="items", dimension=Dimension.COUNT, symbol="", factor="1", currency=""):
    unit, _ = Unit.objects.get_or_create(
        code=code,
        defaults={
            "name": code,
            "dimension": dimension,
            "symbol": symbol,
            "factor": None if dimension == Dimension.MONEY else Decimal(factor),
            "currency": currency,
        },
    )
    return unit


def make_metric(name, parent=None, unit=None, along=Breakdown.Along.TYPE, kind=Breakdown.Kind.EXHAUSTIVE):
    """A metric; with a parent, a part of the parent's breakdown `along` (made if new), of `kind`."""
    unit = unit or (parent.unit if parent else make_unit())
    code = f"{name.lower().replace(' ', '-')}-{next(_serial)}"
    breakdown = None
    if parent is not None:
        breakdown, _ = Breakdown.objects.get_or_create(total=parent, along=along, defaults={"kind": kind})
    return Metric.objects.create(
        code=code, name=name, dimension=unit.dimension, parent=parent, breakdown=breakdown, unit=unit
    )


def make_source(title=None, published_on=None, year=None):
    return Source.objects.create(
        title=title or f"Bulletin {next(_serial)}",
        kind=Source.Kind.PRESS_RELEASE,
        published_on=published_on,
        year=year,
    )


def state(operation, metric, source, value, qualifier=Qualifier.EXACT, country=None, unit=None, **fields):
    """A statement: `source` says `metric` was `value` (None: named without a figure), in `unit`
    (the metric's by default)."""
    return Result.objects.create(
        operation=operation,
        metric=metric,
        source=source,
        country=country,
        value=None if value is None else Decimal(str(value)),
        unit=unit or metric.unit,
        qualifier_id=qualifier,
        quote=f"{qualifier} {value}",
        **fields,
    )


def make_country(name="Freedonia", code="FD"):
    return Participant.objects.create(name=name, slug=name.lower(), kind=Participant.Kind.NON_EU, country=code)


def breakdown(parent_name, *part_names, unit=None, along=Breakdown.Along.TYPE, kind=Breakdown.Kind.EXHAUSTIVE):
    total = make_metric(parent_name, unit=unit)
    return total, [make_metric(name, parent=total, along=along, kind=kind) for name in part_names]


def results_of(operation):
    return Result.objects.filter(operation=operation).for_checks()


def make_activity(title="Detection course", kind="training", status=Operation.Status.PUBLISHED, source=None):
    """A capacity-building activity by a made-up implementer; its statements are `state(None, ...,
    activity=it)`."""
    n = next(_serial)
    implementer, _ = Participant.objects.get_or_create(
        slug="implementer", defaults={"name": "Implementer", "kind": Participant.Kind.PARTNER}
    )
    return Activity.objects.create(
        kind_id=kind,
        title=f"{title} {n}",
        slug=f"activity-{n}",
        implementer=implementer,
        source=source or make_source(),
        start_date=datetime.date(2023, 7, 10),
        status=status,
    )

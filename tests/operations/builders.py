"""Small factories for the figure checks' tests and others: a made-up series, its operations, a
catalogue of metrics, sources and statements."""

import datetime
from decimal import Decimal
from itertools import count

from operations.models import Metric, Operation, Qualifier, Result, Series, Source, Unit
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


def make_unit(code="items", kind=Unit.Kind.COUNT, symbol=""):
    unit, _ = Unit.objects.get_or_create(code=code, defaults={"name": code, "kind": kind, "symbol": symbol})
    return unit


def make_metric(name, parent=None, unit=None):
    unit = unit or (parent.unit if parent else make_unit())
    code = f"{name.lower().replace(' ', '-')}-{next(_serial)}"
    return Metric.objects.create(code=code, name=name, parent=parent, unit=unit)


def make_source(title=None, published_on=None, year=None):
    return Source.objects.create(
        title=title or f"Bulletin {next(_serial)}",
        kind=Source.Kind.PRESS_RELEASE,
        published_on=published_on,
        year=year,
    )


def state(operation, metric, source, value, qualifier=Qualifier.EXACT, country=None, **fields):
    """A statement: `source` says `metric` was `value` (None: named without a figure)."""
    return Result.objects.create(
        operation=operation,
        metric=metric,
        source=source,
        country=country,
        value=None if value is None else Decimal(str(value)),
        qualifier=qualifier,
        quote=f"{qualifier} {value}",
        **fields,
    )


def make_country(name="Freedonia", code="FD"):
    return Participant.objects.create(name=name, slug=name.lower(), kind=Participant.Kind.NON_EU, country=code)


def breakdown(parent_name, *part_names, unit=None):
    total = make_metric(parent_name, unit=unit)
    return total, [make_metric(name, parent=total) for name in part_names]


def results_of(operation):
    return Result.objects.filter(operation=operation).for_checks()

"""How a qualifier is read: the span of values a statement allows, and which statements can both be true."""

from decimal import Decimal

import pytest

from operations.models import Dimension, Qualifier, Result, Unit
from operations.quality import (
    Span,
    span_of,
)
from tests.operations.builders import make_unit

pytestmark = pytest.mark.django_db


def span(value, qualifier=Qualifier.EXACT, unit=None):
    unit = unit or make_unit()
    return span_of(Result(value=None if value is None else Decimal(value), qualifier_id=qualifier, unit=unit))


def test_spans_of_qualifiers():
    """A bound is a plausible range: "more than 300" reaches up to 600 (a reach of 100 %)."""
    assert span("300") == Span(Decimal(300), Decimal(300))
    assert span("300", Qualifier.MORE_THAN) == Span(Decimal(300), Decimal(600), low_open=True)
    assert span("300", Qualifier.OVER) == span("300", Qualifier.MORE_THAN)
    assert span("300", Qualifier.AT_LEAST) == Span(Decimal(300), Decimal(600))
    assert span("300", Qualifier.ALMOST) == Span(Decimal(270), Decimal(300), high_open=True)
    assert span("300", Qualifier.UP_TO) == Span(Decimal(150), Decimal(300))
    assert span("300", Qualifier.AROUND) == Span(Decimal(270), Decimal(330))
    assert span("300", Qualifier.NEARLY) == span("300", Qualifier.ALMOST)
    assert span("300", Qualifier.APPROXIMATELY) == Span(Decimal(285), Decimal(315))
    assert span(None) == Span(Decimal(0), None)


@pytest.mark.parametrize(
    ("first", "second", "compatible"),
    [
        (("300",), ("300",), True),
        (("300",), ("310",), False),
        (("300",), ("300", Qualifier.ALMOST), False),  # almost 300 is below 300
        (("299",), ("300", Qualifier.ALMOST), True),
        (("269",), ("300", Qualifier.ALMOST), False),  # more than 10 % below is not "almost"
        (("22000",), ("22000", Qualifier.MORE_THAN), False),
        (("22000",), ("22000", Qualifier.AT_LEAST), True),
        (("22488",), ("22400", Qualifier.MORE_THAN), True),
        (("22000", Qualifier.OVER), ("22400", Qualifier.MORE_THAN), True),
        (("300", Qualifier.MORE_THAN), ("300", Qualifier.ALMOST), False),
        (("290", Qualifier.MORE_THAN), ("300", Qualifier.ALMOST), True),
        (("315",), ("300", Qualifier.APPROXIMATELY), True),
        (("316",), ("300", Qualifier.APPROXIMATELY), False),
        # A bound is a plausible range, not an open interval: a tenfold gap is a disagreement.
        (("390000",), ("39000", Qualifier.MORE_THAN), False),
        (("78000",), ("39000", Qualifier.MORE_THAN), True),
        (("78001",), ("39000", Qualifier.MORE_THAN), False),
        (("2000", Qualifier.NEARLY), ("2000", Qualifier.AROUND), True),
    ],
)
def test_which_statements_can_both_be_true(first, second, compatible):
    assert span(*first).meets(span(*second)) is compatible
    assert span(*second).meets(span(*first)) is compatible


def test_a_qualifier_reads_as_its_catalogue_entry_says():
    roughly = Qualifier.objects.create(code="roughly", name="roughly", bound=Qualifier.Bound.APPROXIMATE, reach=20)
    assert span("100", roughly.code) == Span(Decimal(80), Decimal(120))
    Qualifier.objects.filter(code=Qualifier.MORE_THAN).update(reach=50)
    assert span("100", Qualifier.MORE_THAN) == Span(Decimal(100), Decimal(150), low_open=True)


def test_values_are_compared_in_their_dimensions_base_unit():
    tonnes = make_unit("t", Dimension.MASS, "t", factor="1000")
    kilograms = make_unit("kg", Dimension.MASS, "kg", factor="1")
    assert span("2", unit=tonnes) == span("2000", unit=kilograms) == Span(Decimal(2000), Decimal(2000))
    assert span("0.85", Qualifier.MORE_THAN, tonnes).meets(span("850.5", unit=kilograms))


def test_a_unit_converts_within_its_dimension_but_never_between_currencies():
    tonnes, kilograms = make_unit("t", Dimension.MASS, factor="1000"), make_unit("kg", Dimension.MASS)
    eur = make_unit("eur", Dimension.MONEY, "EUR", currency="EUR")
    usd = make_unit("usd", Dimension.MONEY, "USD", currency="USD")
    pieces = make_unit("pieces")
    assert tonnes.converts_to(kilograms) and eur.converts_to(eur)
    assert not eur.converts_to(usd) and not kilograms.converts_to(pieces)
    assert isinstance(tonnes, Unit)


# ---- Breakdowns against their totals -------------------------------------------------------------

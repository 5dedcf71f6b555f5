"""How a qualifier is read: the span of values a statement allows, and which statements can both be true."""

from decimal import Decimal

import pytest

from operations.models import Qualifier, Result
from operations.quality import (
    Span,
    span_of,
)

pytestmark = pytest.mark.django_db


def span(value, qualifier=Qualifier.EXACT):
    return span_of(Result(value=None if value is None else Decimal(value), qualifier=qualifier))


def test_spans_of_qualifiers():
    assert span("300") == Span(Decimal(300), Decimal(300))
    assert span("300", Qualifier.MORE_THAN) == Span(Decimal(300), None, low_open=True)
    assert span("300", Qualifier.OVER) == span("300", Qualifier.MORE_THAN)
    assert span("300", Qualifier.AT_LEAST) == Span(Decimal(300), None)
    assert span("300", Qualifier.ALMOST) == Span(Decimal(270), Decimal(300), high_open=True)
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
    ],
)
def test_which_statements_can_both_be_true(first, second, compatible):
    assert span(*first).meets(span(*second)) is compatible
    assert span(*second).meets(span(*first)) is compatible


# ---- Breakdowns against their totals -------------------------------------------------------------

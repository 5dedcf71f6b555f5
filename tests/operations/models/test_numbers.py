"""Figures and dates in the language of the page: spaces between thousands in every language, the
language's decimal mark, and dates as each language writes them."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from operations.models.dates import DatePrecision, format_partial_period
from operations.models.numbers import written_number


@pytest.mark.parametrize(
    ("language", "value", "written"),
    [
        ("en", "22488", "22 488"),
        ("en", "1.50", "1.5"),
        ("en", "22000", "22 000"),
        ("en", "1234567.125", "1 234 567.125"),
        ("sr-latn", "22488", "22 488"),
        ("sr-latn", "1.50", "1,5"),
        ("sr-latn", "1234567.125", "1 234 567,125"),
        ("sr-latn", "0", "0"),
    ],
)
def test_written_number(language, value, written):
    with translation.override(language):
        assert written_number(Decimal(value)) == written


def test_written_number_of_nothing_is_empty():
    assert written_number(None) == ""


NOV_13, NOV_18, DEC_2 = datetime.date(2023, 11, 13), datetime.date(2023, 11, 18), datetime.date(2023, 12, 2)


@pytest.mark.parametrize(
    ("language", "start", "end", "precision", "written"),
    [
        ("en", NOV_13, NOV_18, DatePrecision.DAY, "13–18 November 2023"),
        ("en", NOV_13, None, DatePrecision.DAY, "13 November 2023"),
        ("en", NOV_13.replace(day=1), None, DatePrecision.MONTH, "November 2023"),
        ("en", NOV_13, DEC_2, DatePrecision.DAY, "13 November 2023 – 2 December 2023"),
        ("sr-latn", NOV_13, NOV_18, DatePrecision.DAY, "13–18. novembar 2023."),
        ("sr-latn", NOV_13.replace(day=1), None, DatePrecision.MONTH, "novembar 2023."),
        ("sr-latn", NOV_13, DEC_2, DatePrecision.DAY, "13. novembar 2023. – 2. decembar 2023."),
        ("sr-latn", NOV_13.replace(month=1, day=1), None, DatePrecision.YEAR, "2023"),
    ],
)
def test_periods_in_each_language(language, start, end, precision, written):
    with translation.override(language):
        assert format_partial_period(start, end, precision) == written

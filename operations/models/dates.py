"""Dates as precise as the sources give them: a day, a month or only a year."""

from django.db import models
from django.utils.dateformat import format as format_date
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def format_partial_date(value, precision):
    """'13 November 2023', 'November 2023' or '2023', as precise as the source was, in the
    active language's formats ('13. novembar 2023.' in Serbian)."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return format_date(value, get_format("YEAR_MONTH_FORMAT"))
    return format_date(value, get_format("DATE_FORMAT"))


def format_partial_period(start, end, precision):
    """A period such as '13–18 November 2023' ('13–18. novembar 2023.'); the end is omitted when it
    equals the start."""
    if start is None:
        return ""
    if end is None or end == start:
        return format_partial_date(start, precision)
    if precision == DatePrecision.DAY and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_partial_date(end, precision)}"
    return f"{format_partial_date(start, precision)} – {format_partial_date(end, precision)}"


def is_normalised(value, precision):
    """A month-precise date is stored as the 1st of its month, a year-precise one as 1 January."""
    if value is None:
        return True
    if precision == DatePrecision.MONTH:
        return value.day == 1
    if precision == DatePrecision.YEAR:
        return (value.month, value.day) == (1, 1)
    return True

"""Dates as precise as the sources give them: a day, a month or only a year, each end with its own
precision, or only a duration."""

import calendar
import datetime

from django.db import models
from django.db.models import Q
from django.utils.dateformat import format as format_date
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


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


def format_period(start, start_precision, end, end_precision):
    """A period such as '13–18 November 2023' ('13–18. novembar 2023.'), 'November 2023 – 2024';
    the end is omitted when it says the same as the start."""
    if start is None:
        return ""
    if end is None or (end == start and end_precision == start_precision):
        return format_partial_date(start, start_precision)
    if start_precision == end_precision == DatePrecision.DAY and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_partial_date(end, end_precision)}"
    return f"{format_partial_date(start, start_precision)} – {format_partial_date(end, end_precision)}"


def format_partial_period(start, end, precision):
    """A period whose ends have the same precision (format_period)."""
    return format_period(start, precision, end, precision)


def is_normalised(value, precision):
    """A month-precise date is stored as the 1st of its month, a year-precise one as 1 January."""
    if value is None:
        return True
    if precision == DatePrecision.MONTH:
        return value.day == 1
    if precision == DatePrecision.YEAR:
        return (value.month, value.day) == (1, 1)
    return True


def period_end(start, end, precision):
    """The last day a partial date or period can mean: the end of its month or year."""
    last = end or start
    if last is None:
        return None
    if precision == DatePrecision.YEAR:
        return datetime.date(last.year, 12, 31)
    if precision == DatePrecision.MONTH:
        return datetime.date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    return last


class Period(models.Model):
    """When something happened, as precisely as the sources say: a start and an end, each with its
    own precision (13 November 2023 to December 2023), or only a duration ("a three-day action in
    January 2024": the month as the start, 3 days). A month is stored as its 1st day, a year as
    1 January."""

    start_date = models.DateField(_("start"), null=True, blank=True)
    start_precision = models.CharField(
        _("start precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    end_date = models.DateField(_("end"), null=True, blank=True)
    end_precision = models.CharField(
        _("end precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    duration_days = models.PositiveSmallIntegerField(
        _("duration (days)"),
        null=True,
        blank=True,
        help_text=_('When the sources give a length rather than dates: "a three-day action" is 3.'),
    )

    class Meta:
        abstract = True

    def clean_period(self):
        """The period's own errors, {field: message}, for the model's clean()."""
        errors = {}
        if self.end_date and not self.start_date:
            errors["start_date"] = _("Give the start when you give the end.")
        for field, precision in (("start_date", self.start_precision), ("end_date", self.end_precision)):
            if not is_normalised(getattr(self, field), precision):
                errors.setdefault(
                    field,
                    _("With %(precision)s precision, give the first day of the period.")
                    % {"precision": DatePrecision(precision).label.lower()},
                )
        ends_before = self.end_date and period_end(None, self.end_date, self.end_precision) < (
            self.start_date or self.end_date
        )
        if ends_before and not errors:
            errors["end_date"] = _("The end (%(end)s) is before the start (%(start)s).") % {
                "end": self.end_date,
                "start": self.start_date,
            }
        if self.duration_days == 0:
            errors["duration_days"] = _("A duration is at least one day.")
        return errors

    @property
    def year(self):
        return self.start_date.year if self.start_date else None

    @property
    def last_day(self):
        """The last day the period can reach: its end, else its start, to the end of their precision."""
        if self.end_date:
            return period_end(None, self.end_date, self.end_precision)
        return period_end(self.start_date, None, self.start_precision)

    @property
    def period_display(self):
        text = format_period(self.start_date, self.start_precision, self.end_date, self.end_precision)
        if self.duration_days:
            days = ngettext("%(days)s day", "%(days)s days", self.duration_days) % {"days": self.duration_days}
            return f"{text} ({days})" if text else days
        return text


def overlapping(year, prefix=""):
    """A condition on a Period model (through `prefix`, "operation__"): its period reaches into
    `year`: it starts before the year ends, and ends (or, without an end, starts) after it begins.
    An end of month or year precision is stored as its first day, which is in the same year."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start, end = f"{prefix}start_date", f"{prefix}end_date"
    return Q(**{f"{start}__lte": last}) & (
        Q(**{f"{end}__gte": first}) | Q(**{f"{end}__isnull": True, f"{start}__gte": first})
    )

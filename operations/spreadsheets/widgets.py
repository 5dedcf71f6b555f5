"""Import-export widgets that read a cell as people write it: text, figures ("22 488", "1,5"),
dates as precise as the sources give them, whole numbers, yes or no.

When they cannot, they raise ValueError with a sentence the person can act on, which
import-export shows against the cell. Cells that name something the register knows (an operation,
a participant, a qualifier) are read by `lookups`; the base resource that uses both is in
natural_keys.py.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import widgets
from openpyxl.utils.datetime import from_excel

# What `neutralise` puts an apostrophe before; the apostrophe comes off again on import.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# XML turns a carriage return into a line feed, so an XLSX gives back "'\n" where "'\r" was written.
ESCAPED_PREFIXES = (*FORMULA_PREFIXES, "\n")


def unescape_formula(value):
    """Undo `spreadsheets.neutralise`, so that an export re-imports to the same text."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(ESCAPED_PREFIXES):
        return value[1:]
    return value


def same_lines(first, second):
    """Whether two texts differ at most in their line endings (a browser sends "\r\n", an XLSX
    gives back "\n")."""
    return first.replace("\r\n", "\n").replace("\r", "\n") == second.replace("\r\n", "\n").replace("\r", "\n")


def cell_text(value):
    """A cell as stripped text; XLSX gives numbers and dates, CSV gives strings."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class TextWidget(widgets.CharWidget):
    """Text as written, minus the apostrophe our exports put before formula-like text."""

    def clean(self, value, row=None, **kwargs):
        return unescape_formula(super().clean(value, row, **kwargs))


class NameWidget(TextWidget):
    """A name, without the asterisk of a designation ("Kosovo*" is Kosovo)."""

    def clean(self, value, row=None, **kwargs):
        return super().clean(value, row, **kwargs).strip().rstrip("*").strip()


class FigureWidget(widgets.DecimalWidget):
    """A figure as sources and people write it: "22 488", "22,488", "22488", "1.5", "0,5".

    A comma followed by groups of three digits separates thousands ("22,488"); a single comma
    followed by anything else is a decimal comma ("0,5"). Words are refused with advice, as the
    quote column is where "almost a tonne" belongs.
    """

    SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’_]")
    THOUSANDS_COMMA = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
    THOUSANDS_DOT = re.compile(r"^\d{1,3}(\.\d{3}){2,}$")

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return Decimal(str(value))
        text = cell_text(value)
        if not text:
            return None
        number = self.SPACES.sub("", text)
        if "," in number and "." in number:
            # The separator that comes last is the decimal one: "22,488.5" or "22.488,5".
            if number.rfind(",") > number.rfind("."):
                number = number.replace(".", "").replace(",", ".")
            else:
                number = number.replace(",", "")
        elif self.THOUSANDS_COMMA.match(number):
            number = number.replace(",", "")
        elif number.count(",") == 1:
            number = number.replace(",", ".")
        elif self.THOUSANDS_DOT.match(number):
            number = number.replace(".", "")
        try:
            figure = Decimal(number)
        except InvalidOperation:
            figure = None
        if figure is None or not figure.is_finite():
            raise ValueError(
                _(
                    'Cannot read "%(value)s" as a number. Write the figure alone (22 488 or 22,488), '
                    "its qualifier in the qualifier column and the source's words in the quote."
                )
                % {"value": text}
            )
        return figure

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return None if kwargs.get("force_native_type") else ""
        # 22488.000 is shown as 22488, and never as 2.2488E+4.
        plain = int(value) if value == value.to_integral_value() else value.normalize()
        if kwargs.get("force_native_type"):
            return plain
        return format(plain, "f") if isinstance(plain, Decimal) else str(plain)


# Excel counts days from 1899-12-30; these serial numbers are the years 1927 to 9999. Smaller
# whole numbers in a date column are read as years ("2024"), never as serial numbers.
EXCEL_SERIALS = (10000, 2958465)
YEARS = (1900, 2200)
DAY_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")
MONTH_FORMATS = ("%B %Y", "%b %Y", "%Y-%m", "%m/%Y")
DATETIME_TEXT = re.compile(r"^(\d{4}-\d\d-\d\d)[ T]\d\d:\d\d(:\d\d(\.\d+)?)?$")


def read_partial_date(value):
    """A date cell as (date, precision), precision being "day", "month" or "year".

    Reads ISO dates (2023-11-13, what exports write), 13/11/2023, 13.11.2023, "13 November 2023",
    Excel date cells and Excel serial numbers (45264), "November 2023", "Nov 2023" or 2023-11
    (the 1st of the month, month precision) and "2023" (1 January, year precision).
    Returns (None, None) for an empty cell; raises ValueError with advice otherwise.
    """
    if isinstance(value, datetime.datetime):
        return value.date(), "day"
    if isinstance(value, datetime.date):
        return value, "day"
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return _date_from_number(value, str(value))
    text = cell_text(value)
    if not text:
        return None, None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return _date_from_number(Decimal(text), text)
    matched = DATETIME_TEXT.match(text)
    if matched:
        text = matched.group(1)
    for precision, formats in (("day", DAY_FORMATS), ("month", MONTH_FORMATS)):
        for date_format in formats:
            try:
                return datetime.datetime.strptime(text, date_format).date(), precision
            except ValueError:
                continue
    raise ValueError(
        _(
            'Cannot read "%(value)s" as a date; write it as 2023-11-13, or "November 2023" or "2023" when the '
            "source gives only the month or the year."
        )
        % {"value": text}
    )


def _date_from_number(number, text):
    if number == int(number) and YEARS[0] <= number <= YEARS[1]:
        return datetime.date(int(number), 1, 1), "year"
    if EXCEL_SERIALS[0] <= number <= EXCEL_SERIALS[1]:
        return from_excel(float(number)).date(), "day"
    raise ValueError(
        _('Cannot read "%(value)s" as a date: it is neither a year (2024) nor an Excel date.') % {"value": text}
    )


class DateWidget(widgets.DateWidget):
    """A date as ISO 2023-11-13 (what exports write), 13/11/2023, 13.11.2023, "13 November 2023",
    or an Excel date (a date cell or its serial number).

    With `partial=True` (fields with a date precision beside them), "November 2023" and "2023"
    are read too, as the first day of the month or year; the resource sets the precision.
    """

    def __init__(self, partial=False, **kwargs):
        super().__init__(format=None, **kwargs)
        self.partial = partial

    def clean(self, value, row=None, **kwargs):
        date, precision = read_partial_date(value)
        if precision not in (None, "day") and not self.partial:
            raise ValueError(
                _('"%(value)s" gives no day; this column needs the full date, such as 2023-11-13.')
                % {"value": cell_text(value)}
            )
        return date


class WholeNumberWidget(widgets.IntegerWidget):
    """A whole number ("2024", "1 200", 3.0); text, fractions and, when `minimum` is 0, negative
    numbers are refused with a sentence saying so."""

    def __init__(self, minimum=None, **kwargs):
        super().__init__(**kwargs)
        self.minimum = minimum

    def clean(self, value, row=None, **kwargs):
        if cell_text(value) == "":
            return None
        try:
            number = FigureWidget().clean(value)
        except ValueError:
            number = None
        if number is None or number != number.to_integral_value():
            raise ValueError(_('Cannot read "%(value)s" as a whole number.') % {"value": cell_text(value)})
        if self.minimum is not None and number < self.minimum:
            raise ValueError(
                _("%(value)s is below %(minimum)s, the smallest value this column takes.")
                % {"value": cell_text(value), "minimum": self.minimum}
            )
        return int(number)


YES_WORD, NO_WORD = gettext_lazy("yes"), gettext_lazy("no")


class YesNoWidget(widgets.BooleanWidget):
    """Yes or no: "yes", "no", "true", "false", 1, 0 or an XLSX boolean; blank is no. Anything else
    is refused, where import-export would quietly read it as no."""

    YES = frozenset({"yes", "y", "true", "1"})
    NO = frozenset({"no", "n", "false", "0", ""})

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = cell_text(value).casefold()
        # An export made in another language writes its words ("da", "ne"): they read back.
        if text in self.YES or text in self.words(YES_WORD):
            return True
        if text in self.NO or text in self.words(NO_WORD):
            return False
        raise ValueError(_('Cannot read "%(value)s" as yes or no.') % {"value": cell_text(value)})

    @staticmethod
    def words(word):
        """`word` in every language of the site, casefolded."""
        words = set()
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                words.add(str(word).casefold())
        return words

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return str(YES_WORD if value else NO_WORD)

"""What a published figure allows the true value to be, given the word the source put before it.

A statement is read as a span of plausible true values, from its qualifier (operations.models.
qualifiers: what the word says of the figure, whether the figure itself is possible, and how far
from it the true value plausibly lies, `reach`, in percent of the figure):

| qualifier (bound, reach)       | span for a published value v                 |
| ------------------------------ | -------------------------------------------- |
| exact                          | exactly v                                    |
| more than, over (lower, 100 %) | above v, strictly, up to 2 v                 |
| at least (lower, 100 %)        | v up to 2 v                                  |
| almost, nearly (upper, 10 %)   | below v, strictly, down to 90 % of v         |
| approximately (approximate, 5 %) | within 5 % of v, either side               |
| (no value: not reported)       | anything from 0 up                           |

A bound is a plausible range, not an open interval: "more than 39 000" and "390 000" for the same
figure disagree (a tenfold gap), "more than 22 400" and "22 488" do not. "Almost 300" contradicts
an exact 300, and "more than 22 000" an exact 22 000. Values are compared in their dimension's
base unit (2 t and 2 000 kg are the same), never across currencies.
"""

from dataclasses import dataclass
from decimal import Decimal

from operations.models import Dimension, Qualifier
from operations.models.numbers import written_number

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Span:
    """An interval of possible true values; `high=None` means no upper limit."""

    low: Decimal
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    def __add__(self, other):
        # [a, b) + [c, d] = [a + c, b + d): an end is open when either addend's end is.
        high = None if self.high is None or other.high is None else self.high + other.high
        return Span(
            self.low + other.low,
            high,
            low_open=self.low_open or other.low_open,
            high_open=self.high_open or other.high_open,
        )

    def meets(self, other):
        """Whether one true value can satisfy both spans."""
        low = max(self.low, other.low)
        low_open = (self.low == low and self.low_open) or (other.low == low and other.low_open)
        highs = [(end, is_open) for end, is_open in ((self.high, self.high_open), (other.high, other.high_open))]
        highs = [(end, is_open) for end, is_open in highs if end is not None]
        if not highs:
            return True
        high = min(end for end, _ in highs)
        high_open = any(is_open for end, is_open in highs if end == high)
        return low < high or (low == high and not low_open and not high_open)

    def is_above(self, other):
        """Whether every value this span allows is larger than every value `other` allows."""
        if other.high is None:
            return False
        return self.low > other.high or (self.low == other.high and (self.low_open or other.high_open))

    @property
    def is_exact(self):
        return self.high is not None and self.low == self.high and not (self.low_open or self.high_open)


UNKNOWN = Span(Decimal(0), None)
ZERO = Span(Decimal(0), Decimal(0))


def span_of(result):
    """The span of plausible true values a statement allows, in its dimension's base unit; a
    statement without a value allows any. Kept on the statement while its value, unit and
    qualifier stay the same: the checks ask about each statement five times over (a sixth of the
    checks of 4,000 statements, bench/big_operation.py)."""
    key = (result.value, result.unit_id, result.qualifier_id)
    kept = result.__dict__.get("_span_of")
    if kept is None or kept[0] != key:
        kept = result.__dict__["_span_of"] = (key, _span_of(result))
    return kept[1]


def _span_of(result):
    if result.value is None:
        return UNKNOWN
    value, qualifier = result.unit.in_base(result.value), result.qualifier
    reach = value * qualifier.reach / HUNDRED
    if qualifier.bound == Qualifier.Bound.EXACT:
        return Span(value, value)
    if qualifier.bound == Qualifier.Bound.LOWER:
        return Span(value, value + reach, low_open=not qualifier.inclusive)
    if qualifier.bound == Qualifier.Bound.UPPER:
        return Span(max(value - reach, Decimal(0)), value, high_open=not qualifier.inclusive)
    return Span(max(value - reach, Decimal(0)), value + reach)


def comparable(first, second):
    """Whether two statements' figures can be compared or added: units of one dimension, which
    convert into each other (t and kg; persons and vehicles, both counts), but never two
    currencies. Kilograms and pieces, or EUR and USD, cannot be added without a conversion the
    register does not make."""
    return first.unit.converts_to(second.unit)


def is_count(unit):
    return unit.dimension == Dimension.COUNT


def format_number(value, unit=None):
    """'288 774', '926 kg': the register's way of writing a figure (spaces between thousands)."""
    number = written_number(value)
    symbol = unit.symbol if unit is not None else ""
    return f"{number} {symbol}" if symbol else number

"""What a published figure allows the true value to be, given the word the source put before it.

A statement is read as a span of possible true values:

| qualifier                 | span for a published value v           |
| ------------------------- | -------------------------------------- |
| exact                     | exactly v                              |
| more than, over           | above v, strictly; no upper limit      |
| at least                  | v or above; no upper limit             |
| almost, nearly            | below v, strictly, but at least 90 % of v |
| approximately             | within 5 % of v, either side           |
| (no value: not reported)  | anything from 0 up                     |

"Almost 300" therefore contradicts an exact 300, and "more than 22 000" an exact 22 000. The
lower limit of "almost" is what makes "almost 1 000" with parts adding up to 500 an inconsistency
rather than a vague truth. A qualifier added to `Qualifier` later is read through
`Qualifier.lower_bounds()` / `upper_bounds()`, and as "approximately" if it is in neither.
"""

from dataclasses import dataclass
from decimal import Decimal

from operations.models import Qualifier, Unit
from operations.models.numbers import written_number

#: "almost v" and "nearly v": the true value is below v and at least (1 - ALMOST_RANGE) × v.
ALMOST_RANGE = Decimal("0.10")
#: "approximately v": the true value is within APPROXIMATELY_TOLERANCE × v of v.
APPROXIMATELY_TOLERANCE = Decimal("0.05")


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
    """The span of true values a statement allows; a statement without a value allows any."""
    value, qualifier = result.value, result.qualifier
    if value is None:
        return UNKNOWN
    if qualifier == Qualifier.EXACT:
        return Span(value, value)
    if qualifier in Qualifier.lower_bounds():
        return Span(value, None, low_open=qualifier != Qualifier.AT_LEAST)
    if qualifier in Qualifier.upper_bounds():
        return Span(value * (1 - ALMOST_RANGE), value, high_open=True)
    return Span(value * (1 - APPROXIMATELY_TOLERANCE), value * (1 + APPROXIMATELY_TOLERANCE))


def can_be_summed(total_unit, part_unit):
    """Whether a part's figure adds up into its total's: the same unit, or counts of anything
    (entities checked = persons + vehicles + parcels + premises). Kilograms and tonnes, or EUR and
    USD, cannot be added without a conversion the register does not make."""
    if total_unit.pk == part_unit.pk:
        return True
    return total_unit.kind == Unit.Kind.COUNT and part_unit.kind == Unit.Kind.COUNT


def format_number(value, unit=None):
    """'288 774', '926 kg': the register's way of writing a figure (spaces between thousands)."""
    number = written_number(value)
    symbol = unit.symbol if unit is not None else ""
    return f"{number} {symbol}" if symbol else number

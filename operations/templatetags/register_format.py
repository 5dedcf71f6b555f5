"""Numbers as the register writes them: '22 488', '1.5' (spaces between thousands, no trailing zeros)."""

from django import template

from operations.models import Qualifier
from operations.models.numbers import written_number

register = template.Library()


@register.filter
def figure(value):
    return written_number(value)


@register.filter
def qualifier(value):
    """The words of a stored qualifier ("more_than" -> "more than"), in the active language."""
    try:
        return Qualifier(value).label
    except ValueError:
        return value

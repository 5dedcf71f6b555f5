"""Numbers as the register writes them: '22 488', '1.5' (spaces between thousands, no trailing zeros)."""

from django import template

from operations.tables import number

register = template.Library()


@register.filter
def figure(value):
    return number(value)

"""Numbers as the register writes them: '22 488', '1.5' (spaces between thousands, no trailing zeros)."""

from django import template

from operations.models.languages import in_active_language
from operations.models.numbers import written_number

register = template.Library()


@register.filter
def figure(value):
    return written_number(value)


@register.simple_tag
def language_word(name, regional):
    """A catalogue's word (a qualifier, a kind) in the active language: the regional one where given."""
    return in_active_language(name, regional)

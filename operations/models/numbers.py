"""Figures as the register writes them: '22 488', '1.5' in English and '22 488', '1,5' in Serbian.

Thousands are separated by a space in every language: unambiguous where a dot (Serbian) or a
comma (English) would be read as the other language's decimal mark. The decimal mark is the
active language's (Django's DECIMAL_SEPARATOR for it); trailing zeros are dropped.
"""

from django.utils.formats import get_format


def written_number(value):
    """A Decimal as the register writes it; '' for None."""
    if value is None:
        return ""
    whole, _point, fraction = f"{value.normalize():,f}".partition(".")
    whole = whole.replace(",", " ")
    return f"{whole}{get_format('DECIMAL_SEPARATOR')}{fraction}" if fraction else whole

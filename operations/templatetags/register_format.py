"""Numbers as the register writes them: '22 488', '1.5' (spaces between thousands, no trailing zeros)."""

from django import template
from django.conf import settings

from operations.models import languages
from operations.models.numbers import written_number

register = template.Library()


@register.filter
def figure(value):
    return written_number(value)


@register.simple_tag
def in_language(row, path, country_path=None):
    """A name a page read as values, in every stored language (`row["metric__name_en"]`,
    `row["metric__name_sr_latn"]`...), in the active language (languages.in_language); a country
    (`country_path` gives its code) is named from its code where no regional name is given."""
    if row[languages.columns(path)[0]] is None:
        return ""
    values = [row[column] for column in languages.columns(path)]
    return languages.in_language(values, row[country_path] if country_path else "")


@register.simple_tag
def languages_in_their_own_names():
    """settings.LANGUAGES as written there, each in its own words: {% get_available_languages %}
    would translate them into the page's language ("engleski")."""
    return settings.LANGUAGES

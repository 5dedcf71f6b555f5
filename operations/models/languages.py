"""The register's content in the region's languages.

Catalogue names and operations' summaries carry one column per stored language
(django-modeltranslation: `name_en`, `name_sr_latn`, `name_mk`, `name_sq`; settings say which).
A page reads the column of its language, English where an editor gave none. Serbian in Cyrillic
(`sr`) is not stored: it reads the Latin column and transliterates it (cyrtranslit), so that an
editor types a name once. A country's name, where no editor gave one, is its ISO name in the
language: django-countries' own catalogue, or pycountry's ISO 3166 catalogue for the languages
django-countries lacks (Macedonian, Albanian).
"""

import gettext
from functools import cache

import cyrtranslit
import pycountry
from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import get_language, override
from django_countries import countries
from modeltranslation.fields import NONE, TranslationFieldDescriptor
from modeltranslation.thread_context import fallbacks_enabled
from modeltranslation.utils import build_localized_fieldname, resolution_order

STORED = tuple(settings.MODELTRANSLATION_LANGUAGES)
DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
#: Languages read from another's column and transliterated: {language: (stored language, script)}.
TRANSLITERATED = {"sr": ("sr-latn", "sr")}
#: Languages whose country names django-countries has no catalogue for: pycountry's is read.
ISO_CATALOGUE = {"mk": "mk", "sq": "sq"}


def active_language():
    return get_language() or settings.LANGUAGE_CODE


def to_script(language, text):
    """`text` of a stored language in the script of `language` (Serbian Latin into Cyrillic)."""
    if text and language in TRANSLITERATED:
        return cyrtranslit.to_cyrillic(text, TRANSLITERATED[language][1])
    return text


def columns(field):
    """The stored columns of a translated field, or of a path to one (`metric__name`), in the
    order of settings.MODELTRANSLATION_LANGUAGES: what `in_language` reads."""
    return [build_localized_fieldname(field, language) for language in STORED]


def regional_value(values, language=None):
    """From the values of `columns(...)`, the one of `language` (the active one) in its script, or
    None where none was given for it."""
    language = language or active_language()
    stored = TRANSLITERATED.get(language, (language,))[0]
    by_language = dict(zip(STORED, values, strict=True))
    if stored == DEFAULT or not by_language.get(stored):
        return None
    return to_script(language, by_language[stored])


def in_language(values, country=""):
    """From the values of `columns(...)`: the active language's, else (for a country) its ISO name
    in the language, else English."""
    language = active_language()
    regional = regional_value(values, language)
    if regional:
        return regional
    if country and not language.startswith(DEFAULT):
        return country_name(country)
    return dict(zip(STORED, values, strict=True))[DEFAULT] or ""


@cache
def iso_catalogue(language):
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code):
    """The country's name in the active language: django-countries' (Kosovo from the register's
    override, in the register's own catalogue), else, where it has none, the ISO catalogue's."""
    name = str(countries.name(code))
    language = active_language()
    if language in ISO_CATALOGUE:
        with override(DEFAULT):
            english = str(countries.name(code))
        if name == english:
            name = iso_catalogue(ISO_CATALOGUE[language]).gettext(english)
    return name


class RegionalDescriptor(TranslationFieldDescriptor):
    """modeltranslation's reading of a translated field (`metric.name`: the active language's
    column, English where empty), which also reads transliterated languages from their source."""

    def __get__(self, instance, owner):
        if instance is None:
            return self
        language = active_language()
        if source := TRANSLITERATED.get(language):
            text = getattr(instance, build_localized_fieldname(self.field.name, source[0]))
            if text:
                return to_script(language, text)
        # modeltranslation's own reading asks for the language twice more and works out the fallback
        # order on every read: 4.1-4.6 µs a read, and the workbook of 4,000 statements reads 38,919
        # names. With the columns to try kept per language and the language read once: 1.7-2.5 µs
        # (ad hoc timing of metric and participant names in en, sr, mk; docs/performance.md). When no
        # column holds a name, modeltranslation's own reading gives its fallback value or default.
        for column in self.columns_for(language):
            value = getattr(instance, column, None)
            if value is not None and value != self.undefined:
                return value
        return super().__get__(instance, owner)

    def columns_for(self, language):
        # modeltranslation's `fallbacks(False)` (its admin) leaves the language's own column only.
        key = (language, fallbacks_enabled())
        columns = self.__dict__.setdefault("_columns", {})
        if key not in columns:
            columns[key] = tuple(
                build_localized_fieldname(self.field.name, each)
                for each in resolution_order(language, self.fallback_languages)
            )
        return columns[key]

    @cached_property
    def undefined(self):
        return self.field.get_default() if self.fallback_undefined is NONE else self.fallback_undefined


def read_transliterated(*models):
    """Make the translated fields of `models` (registered with modeltranslation) read Serbian
    Cyrillic from the Latin."""
    from modeltranslation.translator import translator

    for model in models:
        for field in translator.get_options_for_model(model).get_field_names():
            getattr(model, field).__class__ = RegionalDescriptor


class EnglishColumnMixin:
    """For a model with translated fields. modeltranslation keeps the untranslated column (`name`)
    and, on save, writes into it the word of the language active then; it is the register's key
    (imports and spreadsheets find catalogue entries by it, uniqueness and order read it), so it
    is saved in English whatever the editor's language."""

    def save(self, *args, **kwargs):
        with override(DEFAULT):
            super().save(*args, **kwargs)

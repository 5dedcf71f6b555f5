"""The register's content in the region's languages (django-modeltranslation reads this module):
the catalogues' names and operations' summaries get a column per stored language, entered in the
admin, English where one is empty (operations.models.languages)."""

from modeltranslation.translator import TranslationOptions, register

from operations.models import ActivityKind, Metric, Operation, Qualifier, Series, Unit
from operations.models.languages import read_transliterated


class RegionalOptions(TranslationOptions):
    # English is required (the admin asks for it); an empty regional word is stored as NULL, so
    # that the unique names of a catalogue do not clash on the empty ones.
    required_languages = ("en",)
    empty_values = None


@register(Metric)
class MetricOptions(RegionalOptions):
    fields = ("name",)


@register(Unit)
class UnitOptions(RegionalOptions):
    fields = ("name",)


@register(Qualifier)
class QualifierOptions(RegionalOptions):
    fields = ("name",)


@register(ActivityKind)
class ActivityKindOptions(RegionalOptions):
    fields = ("name",)


@register(Series)
class SeriesOptions(RegionalOptions):
    fields = ("name",)


# The history keeps every language of an operation's summary, as it keeps every other column.
@register([Operation, Operation.history.model])
class OperationOptions(RegionalOptions):
    fields = ("description",)
    required_languages = ()
    empty_values = ""


read_transliterated(Metric, Unit, Qualifier, ActivityKind, Series, Operation)

"""Participants' names in the region's languages (django-modeltranslation reads this module); a
country with none entered is named from its ISO code (operations.models.languages)."""

from modeltranslation.translator import TranslationOptions, register

from operations.models.languages import read_transliterated
from participants.models import Participant


@register(Participant)
class ParticipantOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)
    empty_values = None


read_transliterated(Participant)

"""Participants in and out of spreadsheets: the resources that import and export them, keyed by
name so that a file re-imports onto itself, and the public table's CSV and XLSX.

May import: participants.models, participants.footnotes, operations.models, operations.spreadsheets.
"""

import functools

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from import_export.fields import Field

from operations.models import NameMapping
from operations.models.languages import columns
from operations.models.spelling import fold
from operations.spreadsheets.exports import Column, TableExport
from operations.spreadsheets.lookups import ChoiceWidget, CountryCodeWidget, NaturalKeyManyWidget, NaturalKeyWidget
from operations.spreadsheets.natural_keys import NaturalKeyResource
from operations.spreadsheets.widgets import NameWidget
from operations.spreadsheets.writing import neutralise

from .models import Institution, Participant

# The languages of the region whose names of countries a file may use, where django-countries
# has them (it falls back to English for the others).
COUNTRY_NAME_LANGUAGES = ("en", "sr-latn", "sr", "mk", "sq", "hr", "bs")


@functools.cache
def country_names():
    """{ISO code: its names in COUNTRY_NAME_LANGUAGES}: "Makedonija", "Македонија" for MK. A name
    that two countries share in some language is left out: it names neither for sure."""
    names, codes = {}, {}
    for language in COUNTRY_NAME_LANGUAGES:
        with translation.override(language):
            for code, name in countries:
                names.setdefault(code, {}).setdefault(str(name))
                codes.setdefault(fold(str(name)), set()).add(code)
    return {code: tuple(name for name in found if len(codes[fold(name)]) == 1) for code, found in names.items()}


def participant_keys(participant):
    """Every way a spreadsheet may name a participant: Kosovo, Kosovo*, XK, KOS..., Türkiye; Turkey,
    and a country's name in the region's languages."""
    aliases = [alias.strip() for alias in participant.aliases.split(";")]
    code = participant.country.code
    return [
        *(getattr(participant, column) or "" for column in columns("name")),
        participant.display_name,
        participant.short_name,
        code,
        participant.country.alpha3 if participant.country else "",
        *aliases,
        *country_names().get(code, ()),
    ]


PARTICIPANT_HINT = _("give its name or country code, or add it to the participants first")


def participant_widget(noun=None):
    """A participant by name (as displayed, Kosovo*), short name, country code or other name."""
    return NaturalKeyWidget(
        Participant,
        keys=("name", participant_keys),
        render_key="display_name",
        noun=noun or _("participant"),
        hint=PARTICIPANT_HINT,
        mapping_kind=NameMapping.Kind.PARTICIPANT,
    )


def participants_widget(noun=None):
    """Several participants in one cell: "Serbia; Montenegro; Kosovo*"."""
    return NaturalKeyManyWidget(
        Participant,
        keys=("name", participant_keys),
        render_key="display_name",
        noun=noun or _("participant"),
        hint=PARTICIPANT_HINT,
        mapping_kind=NameMapping.Kind.PARTICIPANT,
    )


class ParticipantResource(NaturalKeyResource):
    """Columns: name (the key), short_name, slug (made from the name when blank), kind (code or
    label), country (ISO code, XK for Kosovo), footnote, aliases, members (for a group: participants
    separated by semicolons); display_name on export only."""

    # The English name (what `name` means in every file, whatever the editor's language).
    name = Field(attribute="name_en", column_name="name", widget=NameWidget())
    kind = Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Participant.Kind, noun=_("kind")))
    country = Field(attribute="country", column_name="country", widget=CountryCodeWidget())
    members = Field(attribute="members", column_name="members", widget=participants_widget(_("member")))
    display_name = Field(attribute="display_name", column_name="display_name", readonly=True)

    required_columns = ("kind",)
    example = {
        "name": "North Macedonia",
        "kind": "Non-EU country or jurisdiction",
        "country": "MK",
        "aliases": "Republic of North Macedonia",
    }

    class Meta:
        model = Participant
        fields = ("name", "short_name", "slug", "kind", "country", "footnote", "aliases", "members", "display_name")
        import_id_fields = ("name",)
        name = "Participants (by name)"

    def import_instance(self, instance, row, **kwargs):
        existing_slug = instance.slug
        super().import_instance(instance, row, **kwargs)
        if not instance.slug:
            # A blank slug keeps the one the participant has, or is made from the name.
            instance.slug = existing_slug or slugify(instance.name)
        if (row.get("members") or "").strip() and instance.kind != Participant.Kind.GROUP:
            raise ValidationError({"members": _("Only a group has members: make its kind a group, or leave it blank.")})


class InstitutionResource(NaturalKeyResource):
    """Columns: slug (the key), name, participant (country name or code), kind (code or label)."""

    participant = Field(attribute="participant", column_name="participant", widget=participant_widget(_("country")))
    kind = Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Institution.Kind, noun=_("kind")))

    required_columns = ("name", "participant", "kind")
    country_columns = ("participant",)
    example = {
        "slug": "serbia-border-police",
        "name": "Border Police",
        "participant": "Serbia",
        "kind": "Border police",
    }

    class Meta:
        model = Institution
        fields = ("slug", "name", "participant", "kind")
        import_id_fields = ("slug",)
        name = "Institutions (by slug)"

    def with_related(self, queryset):
        return queryset.select_related("participant")


class ParticipantExport(TableExport):
    name = "participants"
    title = "Participants"
    columns = [
        Column("Name", 36),
        Column("Short name", 14),
        Column("Kind", 28),
        Column("Country code", 8),
        Column("Operations", 10),
        Column("Activities", 10),
        Column("Other names", 30),
        Column("Note", 60),
    ]
    fields = ("name", "short_name", "kind", "country", "operations_count", "activities_count", "aliases", "footnote")

    def rows(self, queryset, number):
        kinds = dict(Participant.Kind.choices)
        text = neutralise
        for name, short_name, kind, code, operations, activities, aliases, footnote in queryset.values_list(
            *self.fields
        ).iterator(chunk_size=2000):
            yield (
                text(f"{name}*" if footnote else name),
                text(short_name),
                str(kinds.get(kind, kind)),
                code or None,
                operations,
                activities,
                text(aliases),
                text(f"*{name}: {footnote}") if footnote else None,
            )

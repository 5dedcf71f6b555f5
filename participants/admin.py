"""Participants and institutions in the admin, with import and export by name.

May import: participants.models, participants.spreadsheets, operations.admin.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from operations.admin import RegisterImportExportMixin
from participants.models import Institution, KindPeriod, Participant
from participants.spreadsheets import InstitutionResource, ParticipantResource

# Relations whose autocomplete offers only countries and jurisdictions (model, field name).
# A figure may also be stated for a group ("six Western Balkan jurisdictions").
STATABLE_FIELDS = {("result", "country")}
COUNTRY_ONLY_FIELDS = {
    ("coordinationcentre", "host_country"),
    ("activity", "beneficiary_countries"),
    ("institution", "participant"),
}


class KindPeriodInline(admin.TabularInline):
    """Kinds it had for some years (the United Kingdom, an EU Member State until 2020)."""

    model = KindPeriod
    extra = 0


@admin.register(Participant)
class ParticipantAdmin(RegisterImportExportMixin, TranslationAdmin):
    resource_classes = [ParticipantResource]
    list_display = ["display_name", "short_name", "kind", "country", "has_footnote"]
    list_filter = ["kind", ("country", admin.EmptyFieldListFilter)]
    search_fields = ["name", "short_name", "aliases", "country"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "kind"]}),
        (
            _("Country or jurisdiction"),
            {
                "fields": ["country", "footnote"],
                "description": _(
                    "Only for countries and jurisdictions. A designation footnote (Kosovo) makes the name "
                    "show with an asterisk wherever it appears."
                ),
            },
        ),
        (_("Other names in the sources"), {"fields": ["aliases"]}),
        (
            _("Group"),
            {
                "fields": ["members"],
                "description": _(
                    "Only for a group of countries or jurisdictions (six Western Balkan jurisdictions), which "
                    "figures may be stated for."
                ),
            },
        ),
    ]
    autocomplete_fields = ["members"]
    inlines = [KindPeriodInline]

    @admin.display(description=_("name"), ordering="name")
    def display_name(self, participant):
        return participant.display_name

    @admin.display(description=_("footnote"), boolean=True)
    def has_footnote(self, participant):
        return bool(participant.footnote)

    def get_search_results(self, request, queryset, search_term):
        """Autocompletes for a country (a figure's, a host's, a beneficiary) offer only countries."""
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        field = (request.GET.get("model_name"), request.GET.get("field_name"))
        if field in COUNTRY_ONLY_FIELDS:
            queryset = queryset.countries()
        elif field in STATABLE_FIELDS:
            queryset = queryset.statable()
        return queryset, may_have_duplicates


@admin.register(Institution)
class InstitutionAdmin(RegisterImportExportMixin, admin.ModelAdmin):
    resource_classes = [InstitutionResource]
    list_display = ["name", "participant", "kind"]
    list_filter = ["kind", ("participant", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "participant__name", "slug"]
    autocomplete_fields = ["participant"]
    list_select_related = ["participant"]
    ordering = ["participant__name", "name"]
    prepopulated_fields = {"slug": ["name"]}

"""Capacity building: trainings, deliveries, products, with their beneficiaries."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from operations.models import Activity
from operations.spreadsheets.resources import ActivityResource

from .base import CountryOnlyForm, RegisterImportExportMixin


class ActivityForm(CountryOnlyForm):
    country_fields = ("beneficiary_countries",)


@admin.register(Activity)
class ActivityAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    form = ActivityForm
    resource_classes = [ActivityResource]
    list_display = ["title", "kind", "implementer", "period_display", "value_display", "operation"]
    list_filter = [
        "kind",
        ("implementer", admin.RelatedOnlyFieldListFilter),
        ("operation", admin.RelatedOnlyFieldListFilter),
        ("beneficiary_countries", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "description", "place", "implementer__name", "quote"]
    autocomplete_fields = [
        "implementer",
        "partners",
        "beneficiary_countries",
        "beneficiary_institutions",
        "operation",
        "source",
    ]
    list_select_related = ["implementer", "operation"]
    ordering = ["-start_date", "title"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "description"]}),
        (_("Who"), {"fields": ["implementer", "partners", "beneficiary_countries", "beneficiary_institutions"]}),
        (_("When and where"), {"fields": ["place", "start_date", "end_date", "date_precision"]}),
        (_("Value"), {"fields": ["value", "value_qualifier", "currency"]}),
        (_("Source"), {"fields": ["operation", "source", "quote"]}),
    ]

    @admin.display(description=_("period"), ordering="start_date")
    def period_display(self, activity):
        return activity.period_display

    @admin.display(description=_("value"), ordering="value")
    def value_display(self, activity):
        if activity.value is None:
            return ""
        return f"{activity.value.normalize():,f} {activity.currency}".replace(",", " ")

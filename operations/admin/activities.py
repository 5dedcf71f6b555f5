"""Capacity building: trainings, deliveries, products, with their beneficiaries and their figures,
reviewed and published like operations."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from operations.models import Activity, Result
from operations.spreadsheets.resources import ActivityResource

from .base import CountryOnlyForm, RegisterImportExportMixin, ResultInlineFormSet, SmallTextareasMixin, StatementForm
from .review import ReviewActionsMixin
from .versions import VersionCheckedAdminMixin


class ActivityForm(CountryOnlyForm):
    country_fields = ("beneficiary_countries",)


class ActivityResultInline(VersionCheckedAdminMixin, SmallTextareasMixin, admin.TabularInline):
    """An activity's figures: people trained, days, items delivered, money in its own currency."""

    model = Result
    fk_name = "activity"
    form = StatementForm
    formset = ResultInlineFormSet
    fields = ["metric", "country", "value", "unit", "qualifier", "source", "quote"]
    autocomplete_fields = ["metric", "country", "unit", "source"]
    small_textareas = ("quote",)
    extra = 0
    verbose_name = _("figure")
    verbose_name_plural = _("figures")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("metric__parent", "unit", "qualifier", "country", "source")

    # A published activity's figures are corrected one by one, with a reason readers see.
    def get_readonly_fields(self, request, obj=None):
        return self.fields if obj is not None and obj.is_published else []

    def has_add_permission(self, request, obj=None):
        return not (obj is not None and obj.is_published) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not (obj is not None and obj.is_published) and super().has_delete_permission(request, obj)


@admin.register(Activity)
class ActivityAdmin(ReviewActionsMixin, VersionCheckedAdminMixin, RegisterImportExportMixin, SimpleHistoryAdmin):
    form = ActivityForm
    resource_classes = [ActivityResource]
    list_display = ["title", "kind", "implementer", "period_display", "status", "operation"]
    list_filter = [
        "status",
        "kind",
        ("implementer", admin.RelatedOnlyFieldListFilter),
        ("operation", admin.RelatedOnlyFieldListFilter),
        ("beneficiary_countries", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "description", "place", "implementer__name", "quote"]
    autocomplete_fields = [
        "kind",
        "implementer",
        "partners",
        "beneficiary_countries",
        "beneficiary_institutions",
        "operation",
        "source",
    ]
    list_select_related = ["kind", "implementer", "operation"]
    ordering = ["-start_date", "title"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["status", "review_comment", "published_at", "published_by"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "description"]}),
        (_("Who"), {"fields": ["implementer", "partners", "beneficiary_countries", "beneficiary_institutions"]}),
        (
            _("When and where"),
            {"fields": ["place", ("start_date", "start_precision"), ("end_date", "end_precision"), "duration_days"]},
        ),
        (_("Source"), {"fields": ["operation", "source", "quote"]}),
        (
            _("Review and publication"),
            {
                "fields": ["status", "review_comment", "published_at", "published_by"],
                "description": _("The status changes through the actions on the list of activities."),
            },
        ),
    ]
    inlines = [ActivityResultInline]

    @admin.display(description=_("period"), ordering="start_date")
    def period_display(self, activity):
        return activity.period_display

"""Operations, edited with their coordination centres, participations and figures inline, and
moved through review and publication by the workflow actions on their list."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from operations.models import CoordinationCentre, Operation, Participation, Result
from operations.spreadsheets.catalogues import CoordinationCentreResource
from operations.spreadsheets.resources import OperationResource, ParticipantListResource

from .base import (
    ConstraintCheckingInlineFormSet,
    CountryOnlyForm,
    RegisterImportExportMixin,
    ResultInlineFormSet,
    SmallTextareasMixin,
    StatementForm,
)
from .quality import DataQualityPanelMixin, HasInconsistenciesFilter
from .review import ReviewActionsMixin
from .versions import VersionCheckedAdminMixin, VersionCheckedForm
from .workbooks import OperationWorkbookMixin


class CoordinationCentreForm(CountryOnlyForm):
    country_fields = ("host_country",)


class CoordinationCentreInline(VersionCheckedAdminMixin, SmallTextareasMixin, admin.TabularInline):
    model = CoordinationCentre
    formset = ConstraintCheckingInlineFormSet
    form = CoordinationCentreForm
    fields = ["city", "host_country", "note"]
    autocomplete_fields = ["host_country"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("host_country")


class ParticipationInline(VersionCheckedAdminMixin, SmallTextareasMixin, admin.TabularInline):
    model = Participation
    form = VersionCheckedForm
    formset = ConstraintCheckingInlineFormSet
    fields = ["participant", "roles", "note", "sources"]
    autocomplete_fields = ["participant", "roles", "sources"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("participant", "operation")


class ResultInline(VersionCheckedAdminMixin, SmallTextareasMixin, admin.TabularInline):
    model = Result
    form = StatementForm
    formset = ResultInlineFormSet
    small_textareas = ("quote",)
    fields = ["metric", "country", "value", "unit", "qualifier", "source", "quote"]
    autocomplete_fields = ["metric", "country", "unit", "source"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).with_related()

    # A published operation's figures are listed here but corrected on their own page, where a
    # correction gets its reason; a new figure for it is added from the list of results.
    def get_readonly_fields(self, request, obj=None):
        return self.fields if obj is not None and obj.is_published else []

    def has_add_permission(self, request, obj=None):
        return not (obj is not None and obj.is_published) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not (obj is not None and obj.is_published) and super().has_delete_permission(request, obj)


@admin.register(Operation)
class OperationAdmin(
    ReviewActionsMixin,
    OperationWorkbookMixin,
    DataQualityPanelMixin,
    RegisterImportExportMixin,
    VersionCheckedAdminMixin,
    TranslationAdmin,
    SimpleHistoryAdmin,
):
    form = VersionCheckedForm
    resource_classes = [OperationResource]
    list_display = ["short_name", "series", "edition", "period_display", "status", "participants", "figures"]
    list_filter = ["status", HasInconsistenciesFilter, "series", "is_aggregate", "crime_areas"]
    search_fields = ["name", "short_name", "slug", "motto"]
    autocomplete_fields = ["series", "part_of", "crime_areas"]
    list_select_related = ["series"]
    ordering = ["-start_date", "name"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["short_name"]}
    readonly_fields = ["status", "review_comment", "published_at", "published_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["series", "edition", "name", "short_name", "slug", "part_of", "is_aggregate"]}),
        (
            _("Dates"),
            {
                "fields": [("start_date", "start_precision"), ("end_date", "end_precision"), "duration_days"],
                "description": _(
                    "As precisely as the sources say: a month is written as its 1st day with month precision; "
                    'give only a duration when they say no more ("a three-day action").'
                ),
            },
        ),
        (_("What it targeted"), {"fields": ["crime_areas", "motto", "description"]}),
        (
            _("Review and publication"),
            {
                "fields": ["status", "review_comment", "published_at", "published_by", "created_at", "updated_at"],
                "description": _("The status changes through the actions on the list of operations."),
            },
        ),
    ]
    inlines = [CoordinationCentreInline, ParticipationInline, ResultInline]
    history_list_display = ["status"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                participants_count=Count("participations", distinct=True),
                results_count=Count("results", distinct=True),
            )
        )

    @admin.display(description=_("period"), ordering="start_date")
    def period_display(self, operation):
        return operation.period_display

    @admin.display(description=_("participants"), ordering="participants_count")
    def participants(self, operation):
        return operation.participants_count

    @admin.display(description=_("figures"), ordering="results_count")
    def figures(self, operation):
        return operation.results_count


@admin.register(CoordinationCentre)
class CoordinationCentreAdmin(VersionCheckedAdminMixin, RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [CoordinationCentreResource]
    form = CoordinationCentreForm
    list_display = ["city", "host_country", "operation"]
    list_filter = [("operation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["city", "host_country__name", "operation__short_name", "operation__name"]
    autocomplete_fields = ["operation", "host_country"]
    list_select_related = ["operation", "host_country"]
    ordering = ["operation", "city"]


@admin.register(Participation)
class ParticipationAdmin(VersionCheckedAdminMixin, RegisterImportExportMixin, SimpleHistoryAdmin):
    form = VersionCheckedForm
    resource_classes = [ParticipantListResource]
    list_display = ["participant", "operation", "role_names", "source_count"]
    list_filter = [("operation", admin.RelatedOnlyFieldListFilter), "participant__kind", "roles"]
    search_fields = ["participant__name", "participant__short_name", "operation__short_name", "note"]
    autocomplete_fields = ["operation", "participant", "roles", "sources"]
    list_select_related = ["operation", "participant"]
    ordering = ["operation", "participant__kind", "participant__name"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles").annotate(sources_count=Count("sources"))

    @admin.display(description=_("roles"))
    def role_names(self, participation):
        return ", ".join(role.name for role in participation.roles.all())

    @admin.display(description=_("listed in"), ordering="sources_count")
    def source_count(self, participation):
        return participation.sources_count

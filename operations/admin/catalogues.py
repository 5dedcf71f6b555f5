"""The catalogues the register's figures are written against: series, crime areas, roles, units,
metrics (with their breakdown), and the sources everything cites."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from operations.models import ActivityKind, Breakdown, CrimeArea, Metric, Qualifier, Role, Series, Source, Unit
from operations.spreadsheets.catalogues import (
    ActivityKindResource,
    CrimeAreaResource,
    MetricResource,
    QualifierResource,
    RoleResource,
    SeriesResource,
    UnitResource,
)
from operations.spreadsheets.resources import SourceResource

from .base import ConstraintCheckingInlineFormSet, MetricFamilyFilter, RegisterImportExportMixin
from .versions import VersionCheckedAdminMixin, VersionCheckedForm


@admin.register(Series)
class SeriesAdmin(RegisterImportExportMixin, TranslationAdmin):
    resource_classes = [SeriesResource]
    list_display = ["short_name", "name", "slug"]
    search_fields = ["name", "short_name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["short_name"]}


@admin.register(CrimeArea)
class CrimeAreaAdmin(RegisterImportExportMixin, admin.ModelAdmin):
    resource_classes = [CrimeAreaResource]
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Role)
class RoleAdmin(RegisterImportExportMixin, admin.ModelAdmin):
    resource_classes = [RoleResource]
    list_display = ["name", "is_leading", "slug"]
    list_filter = ["is_leading"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Unit)
class UnitAdmin(RegisterImportExportMixin, TranslationAdmin):
    resource_classes = [UnitResource]
    list_display = ["name", "code", "symbol", "dimension", "factor", "currency"]
    list_filter = ["dimension"]
    search_fields = ["name", "code", "symbol"]
    ordering = ["name"]
    prepopulated_fields = {"code": ["name"]}


class MetricBreakdownInline(TranslationTabularInline):
    model = Metric
    formset = ConstraintCheckingInlineFormSet
    fk_name = "parent"
    verbose_name = _("part")
    verbose_name_plural = _("parts")
    fields = ["position", "name", "code", "breakdown", "dimension", "unit", "crime_area"]
    autocomplete_fields = ["unit", "crime_area"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # A part belongs to one of this total's own breakdowns.
        if db_field.name == "breakdown":
            total_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Breakdown.objects.filter(total_id=total_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent", "breakdown", "unit", "crime_area")


class BreakdownInline(admin.TabularInline):
    """The ways this total divides into parts: along which dimension, exhaustive or partial."""

    model = Breakdown
    fk_name = "total"
    fields = ["along", "kind"]
    extra = 0


class MetricFamilyOfMetricsFilter(MetricFamilyFilter):
    metric_lookup = "pk"


@admin.register(Metric)
class MetricAdmin(RegisterImportExportMixin, TranslationAdmin):
    resource_classes = [MetricResource]
    list_display = ["__str__", "code", "dimension", "parent", "breakdown", "unit", "crime_area", "position"]
    list_filter = [
        MetricFamilyOfMetricsFilter,
        ("parent", admin.EmptyFieldListFilter),
        "dimension",
        "breakdown__kind",
        "unit",
        "crime_area",
    ]
    search_fields = ["code", "name", "parent__name"]
    autocomplete_fields = ["parent", "unit", "crime_area"]
    list_select_related = ["parent", "breakdown__total", "unit", "crime_area"]
    ordering = ["parent__position", "parent__name", "position", "name"]
    prepopulated_fields = {"code": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "code", "dimension", "unit", "description"]}),
        (_("Place in the catalogue"), {"fields": ["parent", "breakdown", "position", "crime_area"]}),
    ]
    inlines = [BreakdownInline, MetricBreakdownInline]


@admin.register(Qualifier)
class QualifierAdmin(RegisterImportExportMixin, TranslationAdmin):
    """The words sources put before figures, and what each says of the true value."""

    resource_classes = [QualifierResource]
    list_display = [
        "name_en",
        "name_sr_latn",
        "name_mk",
        "name_sq",
        "code",
        "bound",
        "inclusive",
        "reach",
        "aliases",
        "position",
    ]
    list_filter = ["bound"]
    search_fields = ["code", "name_en", "name_sr_latn", "name_mk", "name_sq", "aliases"]
    ordering = ["position", "name"]
    prepopulated_fields = {"code": ["name"]}


@admin.register(ActivityKind)
class ActivityKindAdmin(RegisterImportExportMixin, TranslationAdmin):
    resource_classes = [ActivityKindResource]
    list_display = ["name_en", "name_sr_latn", "name_mk", "name_sq", "code", "position"]
    search_fields = ["code", "name_en", "name_sr_latn", "name_mk", "name_sq"]
    ordering = ["position", "name"]
    prepopulated_fields = {"code": ["name"]}


@admin.register(Source)
class SourceAdmin(VersionCheckedAdminMixin, RegisterImportExportMixin, SimpleHistoryAdmin):
    form = VersionCheckedForm
    resource_classes = [SourceResource]
    list_display = ["title", "kind", "publisher_display", "published_on", "year"]
    list_filter = ["kind", "year", ("publisher", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "publisher__name", "publisher_name", "url", "seed_file"]
    autocomplete_fields = ["publisher"]
    list_select_related = ["publisher"]
    ordering = ["-year", "title"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "url"]}),
        (
            _("Publisher"),
            {
                "fields": ["publisher", "publisher_name"],
                "description": _("Choose the participant who published it, or name the publisher."),
            },
        ),
        (_("Date"), {"fields": ["published_on", "year"]}),
        (_("Notes"), {"fields": ["seed_file", "note"]}),
    ]

    @admin.display(description=_("publisher"), ordering="publisher__name")
    def publisher_display(self, source):
        return source.publisher_display

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

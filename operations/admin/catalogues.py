"""The catalogues the register's figures are written against: series, crime areas, roles, units,
metrics (with their breakdown), and the sources everything cites."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from operations.models import CrimeArea, Metric, Role, Series, Source, Unit
from operations.spreadsheets.catalogues import CrimeAreaResource, RoleResource, SeriesResource, UnitResource
from operations.spreadsheets.resources import MetricResource, SourceResource

from .base import ConstraintCheckingInlineFormSet, MetricFamilyFilter, RegisterImportExportMixin


@admin.register(Series)
class SeriesAdmin(RegisterImportExportMixin, admin.ModelAdmin):
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
class UnitAdmin(RegisterImportExportMixin, admin.ModelAdmin):
    resource_classes = [UnitResource]
    list_display = ["name", "code", "symbol", "kind", "currency"]
    list_filter = ["kind"]
    search_fields = ["name", "code", "symbol"]
    ordering = ["name"]
    prepopulated_fields = {"code": ["name"]}


class MetricBreakdownInline(admin.TabularInline):
    model = Metric
    formset = ConstraintCheckingInlineFormSet
    fk_name = "parent"
    verbose_name = _("part of the breakdown")
    verbose_name_plural = _("breakdown")
    fields = ["position", "name", "code", "unit", "crime_area"]
    autocomplete_fields = ["unit", "crime_area"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent", "unit", "crime_area")


class MetricFamilyOfMetricsFilter(MetricFamilyFilter):
    metric_lookup = "pk"


@admin.register(Metric)
class MetricAdmin(RegisterImportExportMixin, admin.ModelAdmin):
    resource_classes = [MetricResource]
    list_display = ["__str__", "code", "parent", "unit", "crime_area", "position"]
    list_filter = [MetricFamilyOfMetricsFilter, ("parent", admin.EmptyFieldListFilter), "unit", "crime_area"]
    search_fields = ["code", "name", "parent__name"]
    autocomplete_fields = ["parent", "unit", "crime_area"]
    list_select_related = ["parent", "unit", "crime_area"]
    ordering = ["parent__position", "parent__name", "position", "name"]
    prepopulated_fields = {"code": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "code", "description"]}),
        (_("Place in the catalogue"), {"fields": ["parent", "position", "unit", "crime_area"]}),
    ]
    inlines = [MetricBreakdownInline]


@admin.register(Source)
class SourceAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
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

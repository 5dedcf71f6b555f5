"""Figures (results): each a statement by one source. Changing a published figure records a
public correction with its reason."""

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from operations.models import Correction, Result
from operations.review import workflow
from operations.spreadsheets.resources import ResultResource

from .base import SMALL_TEXTAREA, MetricFamilyFilter, RegisterImportExportMixin, StatementForm
from .versions import VersionCheckedAdminMixin


class ResultAdminForm(StatementForm):
    correction_reason = forms.CharField(
        label=_("reason for the correction"),
        required=False,
        widget=SMALL_TEXTAREA,
        help_text=_("Needed when the value or qualifier of a published figure changes; readers see it."),
    )

    class Meta:
        model = Result
        fields = [
            "operation",
            "activity",
            "metric",
            "country",
            "value",
            "unit",
            "qualifier",
            "is_headline",
            "source",
            "quote",
            "note",
        ]

    def clean(self):
        cleaned = super().clean()
        if self.correction_needed(cleaned) and not cleaned.get("correction_reason", "").strip():
            self.add_error(
                "correction_reason",
                _("This figure is published: say why its value or qualifier changes."),
            )
        return cleaned

    def stored_figure(self):
        """The value and qualifier (its code) as stored now. Compared with the database, not with the
        form's initial data, because a revert from the history starts from an older version."""
        if self.instance.pk is None:
            return None
        return Result.objects.filter(pk=self.instance.pk).values("value", "qualifier").first()

    def correction_needed(self, cleaned):
        stored = self.stored_figure()
        subject = cleaned.get("operation") or cleaned.get("activity")
        qualifier = cleaned.get("qualifier")
        return bool(
            stored
            and subject is not None
            and subject.is_published
            and (cleaned.get("value"), getattr(qualifier, "pk", None)) != (stored["value"], stored["qualifier"])
        )


@admin.register(Result)
class ResultAdmin(VersionCheckedAdminMixin, RegisterImportExportMixin, SimpleHistoryAdmin):
    form = ResultAdminForm
    resource_classes = [ResultResource]
    # The register's tools, and "Import in the background" for large files (operations.admin.imports).
    import_export_change_list_template = "admin/operations/result/change_list_import_export.html"
    list_display = ["operation", "activity", "metric", "country", "value", "unit", "qualifier", "source", "is_headline"]
    list_filter = [
        ("operation", admin.RelatedOnlyFieldListFilter),
        ("activity", admin.RelatedOnlyFieldListFilter),
        MetricFamilyFilter,
        "qualifier",
        ("source", admin.RelatedOnlyFieldListFilter),
        ("country", admin.RelatedOnlyFieldListFilter),
        "is_headline",
    ]
    search_fields = ["quote", "metric__name", "metric__code", "country__name", "note"]
    search_help_text = _("Searches the quote, the metric, the country and the note.")
    autocomplete_fields = ["operation", "activity", "metric", "country", "unit", "source"]
    list_select_related = ["operation", "activity", "metric__parent", "unit", "qualifier", "country", "source"]
    ordering = ["operation", "metric__position", "metric__name", "country__name"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["operation", "activity", "metric", "country"]}),
        (_("The figure"), {"fields": ["value", "unit", "qualifier", "is_headline", "correction_reason"]}),
        (_("Where it comes from"), {"fields": ["source", "quote", "note"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    history_list_display = ["value", "qualifier"]

    def add_import_report(self, request, context, stored=None):
        super().add_import_report(request, context, stored)
        context["background_import_url"] = reverse("admin:operations_importrecord_upload_results")

    def has_delete_permission(self, request, obj=None):
        # A published figure is corrected, with a reason readers see; it is not made to vanish.
        if obj is not None and obj.subject.is_published:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        stored = form.stored_figure() if change else None
        super().save_model(request, obj, form, change)
        if stored and workflow.needs_correction_note(obj, stored["value"], stored["qualifier"]):
            workflow.record_correction(
                obj,
                stored["value"],
                stored["qualifier"],
                form.cleaned_data["correction_reason"].strip(),
                request.user,
            )


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """Corrections are made on a published figure's page; here they are only listed."""

    list_display = [
        "result",
        "old_value",
        "old_qualifier",
        "new_value",
        "new_qualifier",
        "corrected_at",
        "corrected_by",
    ]
    list_filter = [
        ("result__operation", admin.RelatedOnlyFieldListFilter),
        ("result__activity", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["reason", "result__metric__name", "result__quote"]
    list_select_related = [
        "result__operation",
        "result__activity",
        "result__metric__parent",
        "result__unit",
        "result__qualifier",
        "result__country",
        "old_qualifier",
        "new_qualifier",
        "corrected_by",
    ]
    ordering = ["-corrected_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

"""Operations, edited with their coordination centres, participations and figures inline, and
moved through review and publication by the workflow actions on their list."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME, ActionForm
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from operations.models import CoordinationCentre, Operation, Participation, Result
from operations.review import workflow
from operations.spreadsheets.catalogues import CoordinationCentreResource
from operations.spreadsheets.resources import OperationResource, ParticipantListResource

from .base import ConstraintCheckingInlineFormSet, CountryOnlyForm, RegisterImportExportMixin, SmallTextareasMixin
from .quality import DataQualityPanelMixin, HasInconsistenciesFilter
from .workbooks import OperationWorkbookMixin


class ResultInlineFormSet(ConstraintCheckingInlineFormSet):
    """Also refuses the same statement entered twice among the new rows (the statement
    constraints depend on whether a country is given, which Django's duplicate check skips)."""

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.is_valid() or self._should_delete_form(form) or not form.cleaned_data:
                continue
            data = form.cleaned_data
            key = (data.get("metric"), data.get("country"), data.get("source"), data.get("qualifier"))
            if key in seen:
                form.add_error(
                    None,
                    _("This statement is entered twice: same metric, country, source and qualifier."),
                )
            seen.add(key)


class CoordinationCentreForm(CountryOnlyForm):
    country_fields = ("host_country",)


class CoordinationCentreInline(SmallTextareasMixin, admin.TabularInline):
    model = CoordinationCentre
    formset = ConstraintCheckingInlineFormSet
    form = CoordinationCentreForm
    fields = ["city", "host_country", "note"]
    autocomplete_fields = ["host_country"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("host_country")


class ParticipationInline(SmallTextareasMixin, admin.TabularInline):
    model = Participation
    formset = ConstraintCheckingInlineFormSet
    fields = ["participant", "roles", "note", "sources"]
    autocomplete_fields = ["participant", "roles", "sources"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("participant", "operation")


class ResultInline(SmallTextareasMixin, admin.TabularInline):
    model = Result
    formset = ResultInlineFormSet
    small_textareas = ("quote",)
    fields = ["metric", "country", "value", "qualifier", "source", "quote"]
    autocomplete_fields = ["metric", "country", "source"]
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


class WorkflowActionForm(ActionForm):
    comment = forms.CharField(
        label=_("Comment (to return or withdraw)"),
        required=False,
        widget=forms.TextInput(attrs={"size": 40}),
    )


@admin.register(Operation)
class OperationAdmin(OperationWorkbookMixin, DataQualityPanelMixin, RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [OperationResource]
    list_display = ["short_name", "series", "edition", "period_display", "status", "participants", "figures"]
    list_filter = ["status", HasInconsistenciesFilter, "series", "crime_areas", "date_precision"]
    search_fields = ["name", "short_name", "slug", "motto"]
    autocomplete_fields = ["series", "crime_areas"]
    list_select_related = ["series"]
    ordering = ["-start_date", "name"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["short_name"]}
    readonly_fields = ["status", "review_comment", "published_at", "published_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["series", "edition", "name", "short_name", "slug"]}),
        (_("Dates"), {"fields": ["start_date", "end_date", "date_precision"]}),
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
    action_form = WorkflowActionForm
    actions = ["submit_for_review", "return_for_changes", "publish", "withdraw"]

    # Workflow fields keep their stored value whatever a form or a revert from history says.
    WORKFLOW_FIELDS = ["status", "review_comment", "published_at", "published_by_id"]

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

    def save_model(self, request, obj, form, change):
        if change:
            stored = Operation.objects.filter(pk=obj.pk).values(*self.WORKFLOW_FIELDS).get()
            for field, value in stored.items():
                setattr(obj, field, value)
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        # A published operation is withdrawn, not deleted: readers may have cited it. Django's
        # "delete selected" asks this for every chosen object, so it refuses them too.
        if obj is not None and obj.is_published:
            return False
        return super().has_delete_permission(request, obj)

    def has_publish_permission(self, request):
        return request.user.has_perm("operations.publish_operation")

    def _move(self, request, queryset, step, done, *, verb, needs_comment=False):
        """Run a workflow step on the chosen operations once the user has confirmed it."""
        comment = request.POST.get("comment", "").strip()
        if request.POST.get("confirm") != "yes" or (needs_comment and not comment):
            return self._confirm(request, queryset, verb, comment, needs_comment)
        moved = 0
        for operation in queryset:
            try:
                step(operation, request.user)
            except workflow.TransitionError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                moved += 1
        if moved:
            self.message_user(request, done(moved), messages.SUCCESS)
        return None

    def _confirm(self, request, queryset, verb, comment, needs_comment):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Confirm: %(verb)s") % {"verb": verb},
            "verb": verb,
            "operations": queryset,
            "action": request.POST.get("action", ""),
            "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
            "comment": comment,
            "needs_comment": needs_comment,
            "comment_missing": needs_comment and request.POST.get("confirm") == "yes" and not comment,
        }
        return TemplateResponse(request, "admin/operations/operation/workflow_confirm.html", context)

    @admin.action(description=_("Submit for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        return self._move(
            request,
            queryset,
            workflow.submit,
            lambda n: ngettext("%d operation submitted for review.", "%d operations submitted for review.", n) % n,
            verb=_("submit for review"),
        )

    @admin.action(description=_("Return for changes (say what to fix in the comment)"), permissions=["publish"])
    def return_for_changes(self, request, queryset):
        comment = request.POST.get("comment", "")
        return self._move(
            request,
            queryset,
            lambda operation, user: workflow.return_for_changes(operation, user, comment),
            lambda n: ngettext("%d operation returned for changes.", "%d operations returned for changes.", n) % n,
            verb=_("return for changes"),
            needs_comment=True,
        )

    @admin.action(description=_("Publish"), permissions=["publish"])
    def publish(self, request, queryset):
        return self._move(
            request,
            queryset,
            workflow.publish,
            lambda n: ngettext("%d operation published.", "%d operations published.", n) % n,
            verb=_("publish"),
        )

    @admin.action(description=_("Withdraw from the public site"), permissions=["publish"])
    def withdraw(self, request, queryset):
        reason = request.POST.get("comment", "")
        return self._move(
            request,
            queryset,
            lambda operation, user: workflow.withdraw(operation, user, reason),
            lambda n: ngettext("%d operation withdrawn.", "%d operations withdrawn.", n) % n,
            verb=_("withdraw from the public site"),
        )


@admin.register(CoordinationCentre)
class CoordinationCentreAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [CoordinationCentreResource]
    form = CoordinationCentreForm
    list_display = ["city", "host_country", "operation"]
    list_filter = [("operation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["city", "host_country__name", "operation__short_name", "operation__name"]
    autocomplete_fields = ["operation", "host_country"]
    list_select_related = ["operation", "host_country"]
    ordering = ["operation", "city"]


@admin.register(Participation)
class ParticipationAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
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

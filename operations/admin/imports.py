"""Imports in the admin: the record of every import (who, when, which file, what it did, and a
progress bar while it runs in the background: background.py), its rollback as one unit, and the
review of what imports propose for published operations and activities, with the stored and the
proposed values side by side."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from operations.models import ImportRecord, ProposedChange, Result
from operations.review import imports, proposals
from operations.review.workflow import TransitionError

from .background import BackgroundImportsMixin


class ProposalInline(admin.TabularInline):
    model = ProposedChange
    fields = ["row", "subject", "changes", "decision", "decided_by", "reason"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("about"))
    def subject(self, proposal):
        return proposal.operation or proposal.activity

    @admin.display(description=_("stored and proposed values"))
    def changes(self, proposal):
        return changes_table(proposal)


@admin.register(ImportRecord)
class ImportRecordAdmin(BackgroundImportsMixin, admin.ModelAdmin):
    list_display = [
        "__str__",
        "what",
        "user",
        "created_at",
        "status",
        "rows",
        "created",
        "changed",
        "skipped",
        "proposed",
    ]
    list_filter = ["status", "what"]
    search_fields = ["file_name", "sha256", "user__username", "scope"]
    date_hierarchy = "created_at"
    list_select_related = ["user"]
    inlines = [ProposalInline]
    readonly_fields = [field.name for field in ImportRecord._meta.fields]
    change_form_template = "admin/operations/importrecord/change_form.html"
    change_list_template = "admin/operations/importrecord/change_list.html"

    def has_add_permission(self, request):
        return False  # imports are made by uploading a file on an import page

    def has_delete_permission(self, request, obj=None):
        return False  # the record is the audit: an import is rolled back, not forgotten

    def has_rollback_permission(self, request, record):
        return request.user.has_perm("operations.change_importrecord") and record.status == ImportRecord.Status.IMPORTED

    def get_urls(self):
        rollback = path(
            "<int:record_id>/rollback/",
            self.admin_site.admin_view(self.rollback_view),
            name="operations_importrecord_rollback",
        )
        return [rollback, *super().get_urls()]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        record = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "can_roll_back": record is not None and self.has_rollback_permission(request, record),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def rollback_view(self, request, record_id):
        record = get_object_or_404(ImportRecord, pk=record_id)
        if not self.has_rollback_permission(request, record):
            raise PermissionDenied
        change_url = reverse("admin:operations_importrecord_change", args=[record.pk])
        if request.method != "POST" or request.POST.get("confirm") != "yes":
            context = {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Roll back %(import)s?") % {"import": record},
                "record": record,
                "change_url": change_url,
            }
            return TemplateResponse(request, "admin/operations/importrecord/rollback_confirm.html", context)
        try:
            imports.rollback(record, request.user)
        except TransitionError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(request, _("%(import)s was rolled back.") % {"import": record}, messages.SUCCESS)
        return HttpResponseRedirect(change_url)


class DecisionForm(ActionForm):
    reason = forms.CharField(
        label=_("Reason (for readers, when a published figure changes)"),
        required=False,
        widget=forms.TextInput(attrs={"size": 50}),
    )


class PendingFilter(admin.SimpleListFilter):
    title = _("decision")
    parameter_name = "decision"

    def lookups(self, request, model_admin):
        return ProposedChange.Decision.choices

    def queryset(self, request, queryset):
        # Waiting for review unless asked otherwise: that is what an editor comes here for.
        return queryset.filter(decision=self.value() or ProposedChange.Decision.PENDING)

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            selected = (self.value() or ProposedChange.Decision.PENDING) == lookup
            yield {
                "selected": selected,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


@admin.register(ProposedChange)
class ProposedChangeAdmin(admin.ModelAdmin):
    list_display = ["__str__", "subject", "changes", "decision", "import_record"]
    list_filter = [PendingFilter]
    search_fields = ["import_record__file_name", "operation__name", "activity__name"]
    list_select_related = ["import_record", "operation", "activity", "result", "decided_by"]
    readonly_fields = [field.name for field in ProposedChange._meta.fields] + ["changes"]
    action_form = DecisionForm
    actions = ["accept", "reject"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # decided by the actions, never edited

    def has_publish_permission(self, request):
        return request.user.has_perm("operations.publish_operation")

    @admin.display(description=_("about"))
    def subject(self, proposal):
        return proposal.operation or proposal.activity

    @admin.display(description=_("stored and proposed values"))
    def changes(self, proposal):
        return changes_table(proposal)

    def _decide(self, request, queryset, decide, done):
        reason = request.POST.get("reason", "")
        decided = 0
        for proposal in queryset:
            try:
                decide(proposal, request.user, reason)
            except (TransitionError, forms.ValidationError) as error:
                problem = " ".join(getattr(error, "messages", [str(error)]))
                self.message_user(request, f"{proposal}: {problem}", messages.ERROR)
            else:
                decided += 1
        if decided:
            self.message_user(request, done % {"count": decided}, messages.SUCCESS)

    @admin.action(description=_("Accept: make public"), permissions=["publish"])
    def accept(self, request, queryset):
        self._decide(request, queryset, proposals.accept, _("%(count)s proposed changes accepted."))

    @admin.action(description=_("Reject"), permissions=["publish"])
    def reject(self, request, queryset):
        self._decide(request, queryset, proposals.reject, _("%(count)s proposed changes rejected."))


def changes_table(proposal):
    """The proposal's fields with names rather than ids: for a change, the stored value beside the
    proposed one; for a new statement, what it would say."""
    rows = []
    for name, value in proposal.values.items():
        field = Result._meta.get_field(name.removesuffix("_id"))
        if proposal.result_id:
            rows.append((field.verbose_name, shown(field, proposal.old_values.get(name)), shown(field, value)))
        elif value not in ("", None, False):
            rows.append((field.verbose_name, shown(field, value)))
    if not proposal.result_id:
        body = format_html_join("", "<tr><th>{}</th><td>{}</td></tr>", rows)
        return format_html(
            '<table class="proposal-changes"><thead><tr><th></th><th>{}</th></tr></thead><tbody>{}</tbody></table>',
            _("new statement"),
            body,
        )
    body = format_html_join("", "<tr><th>{}</th><td>{}</td><td>{}</td></tr>", rows)
    return format_html(
        '<table class="proposal-changes"><thead><tr><th></th><th>{}</th><th>{}</th></tr></thead>'
        "<tbody>{}</tbody></table>",
        _("stored"),
        _("proposed"),
        body,
    )


def shown(field, value):
    if value in ("", None):
        return "—"
    if field.is_relation:
        return str(field.related_model._default_manager.filter(pk=value).first() or value)
    return str(value)

"""The review workflow in the admin: submit, return, publish and withdraw as actions on the list of
operations or of activities, each confirmed on a page of its own; the workflow's fields keep their
stored value whatever a form or a revert from the history says."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME, ActionForm
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from operations.review import workflow


class WorkflowActionForm(ActionForm):
    comment = forms.CharField(
        label=_("Comment (to return or withdraw)"),
        required=False,
        widget=forms.TextInput(attrs={"size": 40}),
    )


class ReviewActionsMixin:
    """For the admin of a model the review workflow moves (an operation, an activity)."""

    action_form = WorkflowActionForm
    actions = ["submit_for_review", "return_for_changes", "publish", "withdraw"]
    WORKFLOW_FIELDS = ["status", "review_comment", "published_at", "published_by_id"]

    def save_model(self, request, obj, form, change):
        if change:
            stored = type(obj).objects.filter(pk=obj.pk).values(*self.WORKFLOW_FIELDS).get()
            for field, value in stored.items():
                setattr(obj, field, value)
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        # A published record is withdrawn, not deleted: readers may have cited it. Django's
        # "delete selected" asks this for every chosen object, so it refuses them too.
        if obj is not None and obj.is_published:
            return False
        return super().has_delete_permission(request, obj)

    def has_publish_permission(self, request):
        return request.user.has_perm("operations.publish_operation")

    def counted(self, message, count):
        """'2 operations published.': `message` with the count and the model's name, one or many."""
        names = self.model._meta
        return message % {"count": count, "name": names.verbose_name if count == 1 else names.verbose_name_plural}

    def _move(self, request, queryset, step, done, *, verb, needs_comment=False):
        """Run a workflow step on the chosen records once the user has confirmed it."""
        comment = request.POST.get("comment", "").strip()
        if request.POST.get("confirm") != "yes" or (needs_comment and not comment):
            return self._confirm(request, queryset, verb, comment, needs_comment)
        moved = 0
        for record in queryset:
            try:
                step(record, request.user)
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
            "records": queryset,
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
            lambda n: self.counted(_("%(count)d %(name)s submitted for review."), n),
            verb=_("submit for review"),
        )

    @admin.action(description=_("Return for changes (say what to fix in the comment)"), permissions=["publish"])
    def return_for_changes(self, request, queryset):
        comment = request.POST.get("comment", "")
        return self._move(
            request,
            queryset,
            lambda record, user: workflow.return_for_changes(record, user, comment),
            lambda n: self.counted(_("%(count)d %(name)s returned for changes."), n),
            verb=_("return for changes"),
            needs_comment=True,
        )

    @admin.action(description=_("Publish"), permissions=["publish"])
    def publish(self, request, queryset):
        return self._move(
            request,
            queryset,
            workflow.publish,
            lambda n: self.counted(_("%(count)d %(name)s published."), n),
            verb=_("publish"),
        )

    @admin.action(description=_("Withdraw from the public site"), permissions=["publish"])
    def withdraw(self, request, queryset):
        reason = request.POST.get("comment", "")
        return self._move(
            request,
            queryset,
            lambda record, user: workflow.withdraw(record, user, reason),
            lambda n: self.counted(_("%(count)d %(name)s withdrawn."), n),
            verb=_("withdraw from the public site"),
        )

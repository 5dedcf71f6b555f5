"""Releases in the admin: those published, read only (a release never changes), and publishing the
next one, for editors with the publish permission: one form, its notes in, the data package built,
compared with the previous release's and frozen (operations.opendata.releases)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from operations.models import Release
from operations.opendata.releases import ReleaseError, publish_release

PUBLISH_PERMISSION = "operations.publish_operation"


class PublishForm(forms.Form):
    notes = forms.CharField(
        label=_("Notes"),
        widget=forms.Textarea(attrs={"rows": 6, "cols": 80}),
        help_text=_("What this release is and why it was made; shown on the public releases page."),
    )


@admin.register(Release)
class ReleaseAdmin(admin.ModelAdmin):
    list_display = ["number", "published_at", "published_by", "package_size", "package_sha256"]
    fields = [
        "number",
        "published_at",
        "published_by",
        "notes",
        "revision",
        "package_size",
        "package_sha256",
        "changes",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("published_by")

    def has_add_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def add_view(self, request, form_url="", extra_context=None):
        """Publish the next release (not Django's add form: the number, file and summary are made here)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PublishForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                release = publish_release(request.user, form.cleaned_data["notes"])
            except ReleaseError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request,
                    _("Release %(number)s is published: %(size)s bytes, SHA-256 %(sha256)s.")
                    % {"number": release.number, "size": release.package_size, "sha256": release.package_sha256},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:operations_release_change", args=[release.pk]))
        latest = Release.objects.latest_first().first()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Publish a release"),
            "form": form,
            "number": latest.number + 1 if latest else 1,
            "latest": latest,
        }
        return TemplateResponse(request, "admin/operations/release/publish.html", context)

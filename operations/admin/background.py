"""Results imported in the background, in the admin: the page that uploads a file to import
(`operations.spreadsheets.background`), and what an import's page needs to follow it while it runs:
its progress, as JSON, read by a progress bar the editor can leave and come back to. Used by
`imports.ImportRecordAdmin`.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from operations.models import ImportRecord, Result
from operations.review.imports import earlier_imports
from operations.spreadsheets.background import (
    RESULTS,
    check_upload,
    max_background_bytes,
    max_background_rows,
    progress_of,
    queue_results_import,
)
from operations.spreadsheets.reading import ERASE_BLANK_CELLS_HELP, ERASE_BLANK_CELLS_LABEL, SpreadsheetError

# What a results file imports: who may upload one to import in the background.
IMPORT_RESULTS = f"{Result._meta.app_label}.add_{Result._meta.model_name}"


class BackgroundImportForm(forms.Form):
    import_file = forms.FileField(label=gettext_lazy("Results file"))
    erase_blank_cells = forms.BooleanField(
        label=ERASE_BLANK_CELLS_LABEL, help_text=ERASE_BLANK_CELLS_HELP, required=False
    )
    import_again = forms.BooleanField(
        label=gettext_lazy("Import it again"),
        required=False,
        help_text=gettext_lazy("This file was imported before; import it once more all the same."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["import_file"].help_text = _(
            "CSV (UTF-8) or XLSX with the columns of the results import, at most %(size)s and %(rows)s rows. "
            "Formulas, merged cells, hidden rows or columns and values under no column name are refused."
        ) % {"size": filesizeformat(max_background_bytes()), "rows": f"{max_background_rows():,}"}
        self.earlier = None
        self.rows = None

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("import_file")
        if upload is None:
            return cleaned
        try:
            self.rows = check_upload(upload)
        except SpreadsheetError as error:
            self.add_error("import_file", str(error))
            return cleaned
        self.earlier = earlier_imports(upload.file, RESULTS).first()
        if self.earlier is not None and not cleaned.get("import_again"):
            self.add_error(
                "import_file",
                _(
                    "This file was already imported on %(when)s by %(user)s (import #%(number)s); importing it "
                    'again changes nothing. To import it all the same, tick "Import it again" and choose the file '
                    "once more."
                )
                % {
                    "when": formats.date_format(self.earlier.created_at, "DATETIME_FORMAT"),
                    "user": self.earlier.user,
                    "number": self.earlier.pk,
                },
            )
        return cleaned


class BackgroundImportsMixin:
    """For the admin of ImportRecord: the upload page, the progress as JSON, and both on its pages."""

    def get_urls(self):
        return [
            path(
                "upload/results/",
                self.admin_site.admin_view(self.upload_view),
                name="operations_importrecord_upload_results",
            ),
            path(
                "<path:object_id>/progress/",
                self.admin_site.admin_view(self.progress_view),
                name="operations_importrecord_progress",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import_results": request.user.has_perm(IMPORT_RESULTS)}
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        record = self.get_object(request, object_id)
        if record is not None:
            extra_context = {
                **(extra_context or {}),
                "progress": progress_of(record),
                "progress_url": reverse("admin:operations_importrecord_progress", args=[record.pk]),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def progress_view(self, request, object_id):
        """How far the import is, as JSON, for its page's progress bar (static/operations/import_progress.js)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        record = get_object_or_404(ImportRecord, pk=object_id)
        return JsonResponse(progress_of(record).as_json())  # never cached: jadsite's PRIVATE_PATH_PREFIXES

    def upload_view(self, request):
        """Upload a results file; it is checked at once, then queued, and the import's page follows it."""
        if not request.user.has_perm(IMPORT_RESULTS):
            raise PermissionDenied
        form = BackgroundImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            record = queue_results_import(
                request.user,
                form.cleaned_data["import_file"],
                erase_blank_cells=form.cleaned_data["erase_blank_cells"],
                rows=form.rows,
            )
            messages.success(
                request,
                _(
                    "Queued: %(file)s, %(rows)s rows. It is imported in the background; this page follows it, and "
                    "you may leave it and come back (Imports, in the menu)."
                )
                % {"file": record.file_name, "rows": f"{record.rows:,}"},
            )
            return HttpResponseRedirect(reverse("admin:operations_importrecord_change", args=[record.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "result_opts": Result._meta,
            "title": _("Import results in the background"),
            "form": form,
            "media": self.media + form.media,
            "show_import_again": form.earlier is not None,
            "import_template_url": reverse("admin:operations_result_import_template"),
            "max_rows": max_background_rows(),
            "max_size": max_background_bytes(),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/operations/importrecord/upload.html", context)

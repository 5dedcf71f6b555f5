"""Import and export in the admin, through the register's natural-key resources.

An import is previewed first (nothing saved), row by row: new, updated, unchanged or error, with
every problem's row, column and reason. Confirming imports the whole file in one transaction:
if any row fails then (the register changed since the preview), nothing is saved and the
problems are shown again. Files are read by `operations.spreadsheets.reading`, which refuses what is not a
spreadsheet to import; every import page offers a template to download. Exports follow the
list's current filters and search, and selected rows can be exported with an action.
"""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from import_export.admin import ExportActionMixin, ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX

from operations.review.imports import earlier_imports, fail_import, finish_import, recorded_import, start_import
from operations.spreadsheets.reading import (
    BULK_COMMAND,
    CheckedCSV,
    CheckedXLSX,
    ConfirmUploadForm,
    ImportUploadForm,
    SpreadsheetError,
    max_web_rows,
)
from operations.spreadsheets.reports import counts_of, report_for
from operations.spreadsheets.templates import import_template
from operations.spreadsheets.writing import XLSX_CONTENT_TYPE, write_workbook

from .changes import RegisterChangeMixin


class RegisterImportExportMixin(RegisterChangeMixin, ImportExportMixin):
    """Import and export through the register's natural-key resources, as CSV or XLSX (the two
    formats whose round trip is tested; the settings' IMPORT_FORMATS/EXPORT_FORMATS still win).
    Every register admin has it, and with it `RegisterChangeMixin`: its writes are register changes."""

    formats = [CSV, XLSX]
    import_formats = [CheckedCSV, CheckedXLSX]
    import_form_class = ImportUploadForm
    confirm_form_class = ConfirmUploadForm
    import_template_name = "admin/register/import.html"
    import_export_change_list_template = "admin/register/change_list_import_export.html"

    def admin_url_name(self, view):
        app_label, model_name = self.get_model_info()
        return f"{app_label}_{model_name}_{view}"

    # --- the import template ----------------------------------------------------------------

    def get_urls(self):
        urls = [
            path(
                "import/template.xlsx",
                self.admin_site.admin_view(self.import_template_view),
                name=self.admin_url_name("import_template"),
            ),
        ]
        return urls + super().get_urls()

    def import_template_view(self, request):
        """An XLSX with the import's columns, an example row and the allowed values."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        resource_class = self.get_import_resource_classes(request)[0]
        resource = resource_class(**self.get_import_resource_kwargs(request))
        response = HttpResponse(import_template(resource), content_type=XLSX_CONTENT_TYPE)
        name = slugify(self.model._meta.verbose_name_plural)
        response["Content-Disposition"] = f'attachment; filename="{name}-import-template.xlsx"'
        return response

    # --- preview ----------------------------------------------------------------------------

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        if isinstance(response, TemplateResponse):
            self.add_import_report(request, response.context_data)
        return response

    def add_import_report(self, request, context):
        context["import_template_url"] = reverse(f"admin:{self.admin_url_name('import_template')}")
        context["max_web_rows"] = max_web_rows()
        context["bulk_command"] = BULK_COMMAND
        if context.get("result") is not None:
            context["report"] = report_for(context["result"])
        confirm_form = context.get("confirm_form")
        if confirm_form is not None:
            stored = self.get_tmp_storage_class()(
                name=confirm_form.initial["import_file_name"], read_mode="rb", **self.get_tmp_storage_class_kwargs()
            )
            # Said before confirming: importing the same file again changes nothing.
            context["earlier_imports"] = list(earlier_imports(stored.read(), self.model._meta.verbose_name_plural)[:3])

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, SpreadsheetError):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            initial["erase_blank_cells"] = import_form.cleaned_data.get("erase_blank_cells", False)
        return initial

    def get_import_resource_kwargs(self, request, **kwargs):
        resource_kwargs = super().get_import_resource_kwargs(request, **kwargs)
        form = kwargs.get("form")
        if form is not None and getattr(form, "cleaned_data", None):
            resource_kwargs["erase_blank_cells"] = bool(form.cleaned_data.get("erase_blank_cells"))
        return resource_kwargs

    def add_success_message(self, result, request):
        record = request.import_record
        messages.success(
            request,
            _(
                "%(import)s: %(created)s created, %(changed)s changed, %(skipped)s unchanged, "
                "%(proposed)s waiting for review."
            )
            % {
                "import": record,
                "created": record.created,
                "changed": record.changed,
                "skipped": record.skipped,
                "proposed": record.proposed,
            },
        )

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        # A row that fails on confirmation rolls the whole file back, not only itself.
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    # --- confirmation -----------------------------------------------------------------------

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """As import-export's, except that a file which fails now (it was previewed against an
        older state of the register, or the stored upload expired) saves nothing and says why."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        confirm_form = self.create_confirm_form(request)
        if not confirm_form.is_valid():
            return super().process_import(request, **kwargs)
        import_url = reverse(f"admin:{self.admin_url_name('import')}")
        try:
            input_format = self.get_import_formats()[int(confirm_form.cleaned_data["format"])](
                encoding=self.from_encoding
            )
        except (ValueError, IndexError):
            messages.error(request, _("Unknown file format; upload the file again."))
            return HttpResponseRedirect(import_url)
        tmp_storage = self.get_tmp_storage_class()(
            name=confirm_form.cleaned_data["import_file_name"],
            encoding=None if input_format.is_binary() else self.from_encoding,
            read_mode=input_format.get_read_mode(),
            **self.get_tmp_storage_class_kwargs(),
        )
        data = tmp_storage.read()
        try:
            dataset = input_format.create_dataset(data)
        except SpreadsheetError as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(import_url)
        record = start_import(
            request.user,
            self.model._meta.verbose_name_plural,
            confirm_form.cleaned_data["original_file_name"],
            data,
            erase_blank_cells=confirm_form.cleaned_data.get("erase_blank_cells", False),
            rows=len(dataset),
        )
        with recorded_import(record):
            result = self.process_dataset(dataset, confirm_form, request, import_record=record, **kwargs)
        tmp_storage.remove()
        if not (result.has_errors() or result.has_validation_errors()):
            counts = counts_of(result)
            finish_import(
                record,
                created=counts["new"],
                changed=counts["update"],
                skipped=counts["skip"],
                proposed=counts["proposed"],
            )
            request.import_record = record  # for the message; the admin is shared by every request
            return self.process_result(result, request)
        fail_import(record, "\n".join(str(problem) for problem in report_for(result).problems))
        # import_data rolled the whole file back: say so, show why, and offer a new upload.
        messages.error(request, _("Nothing was imported: the file no longer imports cleanly. Fix the rows below."))
        form = self.get_import_form_class(request)(self.get_import_formats(), self.get_import_resource_classes(request))
        context = self.get_import_context_data()
        context.update(self.admin_site.each_context(request))
        context.update(
            title=_("Import"),
            opts=self.model._meta,
            form=form,
            media=self.media + form.media,
            result=result,
            import_error_display=self.import_error_display,
        )
        self.add_import_report(request, context)
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)

    # --- export -----------------------------------------------------------------------------

    # "Export selected ..." among the list's actions, without import-export's change-form button.
    export_admin_action = ExportActionMixin.export_admin_action

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_export_permission(request):
            actions["export_admin_action"] = (
                type(self).export_admin_action,
                "export_admin_action",
                _("Export selected %(verbose_name_plural)s"),
            )
        return actions

    def get_export_data(self, file_format, request, queryset, **kwargs):
        """XLSX in openpyxl's write-only mode (the public exports' writer): the same workbook as
        import-export's, bold frozen header included, in about half the time for large lists."""
        if not isinstance(file_format, XLSX):
            return super().get_export_data(file_format, request, queryset, **kwargs)
        if not self.has_export_permission(request):
            raise PermissionDenied
        dataset = self.get_data_for_export(request, queryset, force_native_type=True, **kwargs)
        sample = dataset[:200]
        widths = [
            max(10, min(60, max([len(str(header)), *(len(str(row[index] or "")) for row in sample)]) + 2))
            for index, header in enumerate(dataset.headers)
        ]
        stream = io.BytesIO()
        write_workbook(stream, str(self.model._meta.verbose_name_plural), dataset.headers, dataset, widths)
        return stream.getvalue()

    def get_valid_export_item_pks(self, request):
        # import-export 4.4 validates an 'export selected' request against every primary key of
        # the table; only the posted ones can be valid.
        posted = [pk for pk in request.POST.getlist("export_items") if pk.isdigit()]
        return self.model._default_manager.filter(pk__in=posted).values_list("pk", flat=True)

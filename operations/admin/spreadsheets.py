"""Import and export in the admin, through the register's natural-key resources.

An import is previewed first (nothing saved), row by row: new, updated, unchanged or error, with
every problem's row, column and reason. Confirming imports the whole file in one transaction:
if any row fails then (the register changed since the preview), nothing is saved and the
problems are shown again. Files are read by `operations.spreadsheets.reading`, which refuses what is not a
spreadsheet to import; every import page offers a template to download. Exports follow the
list's current filters and search, and selected rows can be exported with an action.

An upload names whose file it is (an organisation or template: the scope of the name mappings it
reads). A preview that meets names the register does not know lists each once, with the closest
entries, for the editor to map or create (`mappings.py`); saving that previews the same stored
upload again.

A confirmed import is recorded and runs as one change to the register
(`operations.review.imports`): blank cells keep stored values unless the editor asked otherwise,
rows about published operations become proposals for review, and the record can be rolled back.
"""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from import_export.admin import ExportActionMixin, ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX

from operations.models import NameMapping
from operations.review.imports import earlier_imports, fail_import, finish_import, recorded_import, start_import
from operations.spreadsheets.mapping import save_decisions, summary, widgets_by_kind
from operations.spreadsheets.reading import (
    BULK_COMMAND,
    CheckedCSV,
    CheckedXLSX,
    ImportUploadForm,
    SpreadsheetError,
    StoredUploadForm,
    max_web_rows,
)
from operations.spreadsheets.reports import counts_of, report_for
from operations.spreadsheets.templates import import_template
from operations.spreadsheets.writing import XLSX_CONTENT_TYPE, write_workbook

from .changes import RegisterChangeMixin
from .mappings import add_perm, assistant_formset, catalogue, formset_problems


class RegisterImportExportMixin(RegisterChangeMixin, ImportExportMixin):
    """Import and export through the register's natural-key resources, as CSV or XLSX (the two
    formats whose round trip is tested; the settings' IMPORT_FORMATS/EXPORT_FORMATS still win).
    Every register admin has it, and with it `RegisterChangeMixin`: its writes are register changes."""

    formats = [CSV, XLSX]
    import_formats = [CheckedCSV, CheckedXLSX]
    import_form_class = ImportUploadForm
    confirm_form_class = StoredUploadForm
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
            path(
                "import/names/",
                self.admin_site.admin_view(self.import_names_view),
                name=self.admin_url_name("import_names"),
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
            form = response.context_data.get("form")
            upload = getattr(form, "cleaned_data", {}).get("import_file")
            stored = self.get_confirm_form_initial(request, form) if hasattr(upload, "tmp_storage_name") else None
            self.add_import_report(request, response.context_data, stored)
        return response

    def add_import_report(self, request, context, stored=None):
        """The report of the preview in `context`; `stored` (a StoredUploadForm's data) lets the
        mapping assistant preview the same upload again."""
        context["import_template_url"] = reverse(f"admin:{self.admin_url_name('import_template')}")
        context["max_web_rows"] = max_web_rows()
        context["bulk_command"] = BULK_COMMAND
        context["mapping_scopes"] = NameMapping.objects.scopes()
        result = context.get("result")
        if result is None:
            return
        context["report"] = report_for(result)
        if context.get("confirm_form") is not None and stored:
            # Said before confirming: importing the same file again changes nothing.
            data = self.get_tmp_storage_class()(
                name=stored["import_file_name"], read_mode="rb", **self.get_tmp_storage_class_kwargs()
            ).read()
            if data is not None:
                context["earlier_imports"] = list(earlier_imports(data, self.model._meta.verbose_name_plural)[:3])
        names = getattr(result, "names", None)
        context["mapped_names"] = names.applied() if names else []
        unknown = names.unknown_names() if names else []
        if unknown and stored and self.may_map_names(request):
            widgets = widgets_by_kind(self.stored_resource(request, StoredUploadForm(stored)))
            context["assistant"] = {
                "formset": assistant_formset(unknown, widgets, request.user),
                "stored": StoredUploadForm(initial=stored, auto_id=False),  # beside the upload form's ids
                "scope": stored.get("scope", ""),
                "catalogues": {name.kind: catalogue(widgets[name.kind]) for name in unknown},
            }

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, SpreadsheetError):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def get_import_resource_kwargs(self, request, **kwargs):
        kwargs = super().get_import_resource_kwargs(request, **kwargs)
        # Whose file it is: the resource reads the name mappings of that organisation or template.
        cleaned = getattr(kwargs.get("form"), "cleaned_data", {})
        kwargs["scope"] = cleaned.get("scope", "")
        kwargs["erase_blank_cells"] = bool(cleaned.get("erase_blank_cells"))
        return kwargs

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            initial["scope"] = import_form.cleaned_data.get("scope", "")
            initial["erase_blank_cells"] = import_form.cleaned_data.get("erase_blank_cells", False)
        return initial

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

    # --- the stored upload: confirmation, and previews after mapping names -------------------

    def stored_resource(self, request, stored):
        """The resource an upload carried by `stored` (a StoredUploadForm) is read with."""
        stored.is_valid()
        return self.choose_import_resource_class(stored, request)(
            **self.get_import_resource_kwargs(request, form=stored)
        )

    def stored_dataset(self, stored):
        """The stored upload's rows; SpreadsheetError when it is gone or cannot be read."""
        try:
            input_format = self.get_import_formats()[int(stored.cleaned_data["format"])](encoding=self.from_encoding)
        except (ValueError, IndexError):
            raise SpreadsheetError(_("Unknown file format; upload the file again.")) from None
        tmp_storage = self.get_tmp_storage_class()(
            name=stored.cleaned_data["import_file_name"],
            encoding=None if input_format.is_binary() else self.from_encoding,
            read_mode=input_format.get_read_mode(),
            **self.get_tmp_storage_class_kwargs(),
        )
        return input_format.create_dataset(tmp_storage.read()), tmp_storage

    def import_page(self, request, result, stored=None):
        """The import page with `result`'s report, the confirmation when it imports cleanly and the
        mapping assistant when it meets unknown names (for an upload still stored)."""
        scope = stored.cleaned_data.get("scope", "") if stored else ""
        form = self.get_import_form_class(request)(
            self.get_import_formats(), self.get_import_resource_classes(request), initial={"scope": scope}
        )
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
        if stored and not (result.has_errors() or result.has_validation_errors()):
            context["confirm_form"] = StoredUploadForm(initial=stored.cleaned_data)
        self.add_import_report(request, context, stored.cleaned_data if stored else None)
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)

    def may_map_names(self, request):
        return self.has_import_permission(request) and request.user.has_perm(add_perm(NameMapping))

    @method_decorator(require_POST)
    def import_names_view(self, request):
        """Save what the editor decided for the unknown names of a preview, all or nothing, then
        preview the same stored upload again."""
        if not self.may_map_names(request):
            raise PermissionDenied
        import_url = reverse(f"admin:{self.admin_url_name('import')}")
        stored = StoredUploadForm(request.POST)
        if not stored.is_valid():
            messages.error(request, _("The upload is no longer available; upload the file again."))
            return HttpResponseRedirect(import_url)
        resource = self.stored_resource(request, stored)
        formset = assistant_formset([], widgets_by_kind(resource), request.user, data=request.POST)
        if not formset.is_valid():
            messages.error(request, _("Nothing was saved: %(problems)s") % {"problems": formset_problems(formset)})
        elif decisions := [form.decision for form in formset if form.decision]:
            scope = stored.cleaned_data["scope"]
            reason = (_("Mapped in the preview of %s") % stored.cleaned_data["original_file_name"])[:100]
            try:
                mappings, created = save_decisions(decisions, scope, request.user, reason)
            except ValidationError as error:  # the register changed since the choices were checked
                messages.error(request, _("Nothing was saved: %(problems)s") % {"problems": " ".join(error.messages)})
            else:
                messages.success(request, summary(mappings, created, scope))
        else:
            messages.info(request, _("Nothing was saved: every name was left as it is."))
        try:
            dataset, _tmp_storage = self.stored_dataset(stored)
        except SpreadsheetError as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(import_url)
        # The same resource: its widgets read the register again, with what was just saved.
        result = resource.import_data(
            dataset,
            dry_run=True,
            raise_errors=False,
            file_name=stored.cleaned_data["original_file_name"],
            user=request.user,
            **self.get_import_data_kwargs(request=request, form=stored),
        )
        return self.import_page(request, result, stored)

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """As import-export's, except that a file which fails now (it was previewed against an
        older state of the register, or the stored upload expired) saves nothing and says why."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        confirm_form = self.create_confirm_form(request)
        if not confirm_form.is_valid():
            return super().process_import(request, **kwargs)
        try:
            dataset, tmp_storage = self.stored_dataset(confirm_form)
        except SpreadsheetError as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(reverse(f"admin:{self.admin_url_name('import')}"))
        record = start_import(
            request.user,
            self.model._meta.verbose_name_plural,
            confirm_form.cleaned_data["original_file_name"],
            tmp_storage.read(),
            scope=confirm_form.cleaned_data.get("scope", ""),
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
        return self.import_page(request, result)

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

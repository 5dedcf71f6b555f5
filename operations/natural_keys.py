"""The base of every resource of the register: natural keys, strict headers, history, safe exports.

`NaturalKeyResource` refuses files with missing or unknown columns, skips unchanged rows,
records who imported from which file in the history, and neutralises text that a spreadsheet
would run as a formula (`spreadsheets.neutralise`, shared with the public exports).
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.instance_loaders import ModelInstanceLoader

from .spreadsheets import neutralise
from .widgets import DateWidget, FigureWidget, TextWidget, cell_text, unknown


class LenientInstanceLoader(ModelInstanceLoader):
    """Finds the row's existing object by its natural key; an unreadable key means a new row.

    Without this, an unknown participant in a key column fails the row with a bare exception;
    with it, the same message comes back as a validation error on the cell.
    """

    def get_instance(self, row):
        try:
            return super().get_instance(row)
        except ValueError:
            return None


class HeaderError(ValueError):
    """The file's columns are not the ones the resource reads."""


class NaturalKeyResource(resources.ModelResource):
    """Base of the register's resources: natural keys, strict headers, history, safe exports.

    Subclasses list their columns in `Meta.fields`, their natural key in `Meta.import_id_fields`,
    and the other columns an import cannot do without in `required_columns`. Columns that are
    only informative on export (a unit, a footnote) are readonly fields: accepted back on
    import, and ignored.
    """

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "CharField": TextWidget,
        "TextField": TextWidget,
        "DecimalField": FigureWidget,
        "DateField": DateWidget,
    }

    required_columns = ()

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        # Bulk saves send no signals, so the history would miss every imported change.
        use_bulk = False
        instance_loader_class = LenientInstanceLoader

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._rows_by_key = {}

    # --- import ---------------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        self._rows_by_key = {}
        for field in self.fields.values():
            if hasattr(field.widget, "reset"):
                field.widget.reset()
        if dataset.headers:
            dataset.headers = [cell_text(header).casefold() for header in dataset.headers]
        self._drop_blank_rows(dataset)
        self._check_headers(dataset)

    @staticmethod
    def _drop_blank_rows(dataset):
        # Spreadsheets often end with formatted but empty rows.
        for index in reversed(range(len(dataset))):
            if all(cell_text(cell) == "" for cell in dataset[index]):
                del dataset[index]

    def _check_headers(self, dataset):
        headers = [header for header in (dataset.headers or []) if header]
        known = [field.column_name for field in self.fields.values()]
        required = list(dict.fromkeys([*self.get_import_id_fields(), *self.required_columns]))
        missing = [column for column in required if column not in headers]
        unrecognised = [header for header in headers if header not in known]
        repeated = sorted({header for header in headers if headers.count(header) > 1})
        problems = []
        if missing:
            problems.append(_("Missing required column(s): %s.") % ", ".join(missing))
        if repeated:
            problems.append(_("Column(s) given twice: %s.") % ", ".join(repeated))
        for header in unrecognised:
            problems.append(unknown(_("column"), header, known))
        if problems:
            # Fail the whole file, not every row: without its columns no row can be read.
            del dataset[0 : len(dataset)]
            raise HeaderError(" ".join([*problems, _("Expected columns: %s.") % ", ".join(known)]))

    def import_instance(self, instance, row, **kwargs):
        """Read every cell, many-to-many ones included, so that all errors of a row show at once."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error), code="invalid")
        key_names = self.get_import_id_fields()
        if not errors.keys() & {self.fields[name].attribute for name in key_names}:
            self._check_repeated_key(instance, row, errors, kwargs.get("row_number"))
        if errors:
            raise ValidationError(errors)

    def _check_repeated_key(self, instance, row, errors, row_number):
        """Two rows of one file for the same thing must agree; otherwise the last would silently win."""
        key = tuple(self.fields[name].get_value(instance) for name in self.get_import_id_fields())
        earlier = self._rows_by_key.get(key)
        if earlier is None:
            self._rows_by_key[key] = (row_number, dict(row))
        elif earlier[1] != dict(row):
            errors[NON_FIELD_ERRORS] = ValidationError(
                _("Row %(row)s is about the same %(columns)s but says something else; keep one of the two.")
                % {"row": earlier[0], "columns": ", ".join(self.get_import_id_fields())},
                code="repeated",
            )

    def before_save_instance(self, instance, row, **kwargs):
        # The history says who imported and from which file, not just that something changed.
        if kwargs.get("user") is not None:
            instance._history_user = kwargs["user"]
        if kwargs.get("file_name"):
            instance._change_reason = _("Imported from %s") % kwargs["file_name"]

    # --- export ---------------------------------------------------------------------------

    def with_related(self, queryset):
        """The queryset with what the export columns read; subclasses add their relations."""
        return queryset

    def get_queryset(self):
        return self.with_related(super().get_queryset())

    def filter_export(self, queryset, **kwargs):
        return self.with_related(queryset)

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        if isinstance(field.widget, widgets.NumberWidget):
            return value
        return neutralise(value)

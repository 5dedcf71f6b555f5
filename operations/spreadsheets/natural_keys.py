"""The base of every resource of the register: natural keys, strict headers, history, safe exports.

`NaturalKeyResource` refuses files with missing or unknown columns, skips unchanged rows,
records who imported from which file in the history, reads names through the editors' mappings
for the upload's `scope` (an organisation or template; `mapping.NameBook`), and neutralises
text that a spreadsheet would run as a formula (`spreadsheets.neutralise`, shared with the
public exports).
"""

import functools

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import CheckConstraint
from django.utils.text import slugify
from django.utils.translation import gettext as _
from import_export import resources, widgets

from operations.models.constraints import constraint_fields
from operations.review.changes import current_change

from .constraint_checks import validate_constraints
from .instances import NaturalKeyInstanceLoader
from .lookups import unknown
from .mapping import NameBook
from .widgets import (
    DateWidget,
    FigureWidget,
    TextWidget,
    WholeNumberWidget,
    YesNoWidget,
    cell_text,
    read_partial_date,
    same_lines,
)
from .writing import neutralise

# What became of a row about a published operation or activity: kept for review, or already waiting.
STAGED_PROPOSED, STAGED_WAITING = "proposed", "waiting"

# From the most precise to the least: a date with month precision is coarser than one with a day.
PRECISIONS = ("day", "month", "year")


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
        "BooleanField": YesNoWidget,
        "IntegerField": WholeNumberWidget,
        "SmallIntegerField": WholeNumberWidget,
        "BigIntegerField": WholeNumberWidget,
        "PositiveIntegerField": functools.partial(WholeNumberWidget, minimum=0),
        "PositiveSmallIntegerField": functools.partial(WholeNumberWidget, minimum=0),
        "PositiveBigIntegerField": functools.partial(WholeNumberWidget, minimum=0),
    }

    required_columns = ()
    #: Key columns a file may leave out (each row's cell is then blank), in groups of which a file
    #: must give at least one: (("operation", "activity"),) for figures about either.
    either_columns = ()
    #: The key columns that narrow what is read before the rows (the first key column by default).
    narrowing_keys = ()

    #: (precision column, date columns) for models whose dates may be a month or a year:
    #: "November 2023" in a date column sets the precision when the precision cell is blank.
    partial_dates = None

    #: One row of believable values for the downloadable import template, by column.
    example = {}

    #: What the import template says about a column beyond its kind, by column.
    column_notes = {}

    #: For models with a slug: the field a blank slug is made from (a stored slug is kept).
    slug_from = None

    #: Columns of participants that must be countries or jurisdictions (a host, beneficiaries).
    country_columns = ()

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        # Bulk saves send no signals, so the history would miss every imported change.
        use_bulk = False
        instance_loader_class = NaturalKeyInstanceLoader

    def __init__(self, scope="", *, erase_blank_cells=False, **kwargs):
        super().__init__(**kwargs)
        self.scope = scope
        self.names = NameBook(scope)
        # A blank cell keeps what is stored unless the editor asked for blanks to erase it.
        self.erase_blank_cells = erase_blank_cells
        self._rows_by_key = {}
        self.sheet_rows = []
        self.instance_loader = None

    # --- import ---------------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        self._rows_by_key = {}
        self.names = NameBook(self.scope)
        self.names.load()
        for field in self.fields.values():
            if hasattr(field.widget, "reset"):
                field.widget.reset()
                field.widget.use(self.names, field.column_name, grows=field.widget.model is self._meta.model)
        if dataset.headers:
            dataset.headers = [cell_text(header).casefold() for header in dataset.headers]
        # Rows are numbered as the spreadsheet numbers them (the header is row 1), blank rows
        # included, so that "row 7" is the row a person sees as 7.
        self.sheet_rows = list(range(2, len(dataset) + 2))
        self._drop_blank_rows(dataset)
        self._check_headers(dataset)

    def _drop_blank_rows(self, dataset):
        # Spreadsheets often end with formatted but empty rows.
        for index in reversed(range(len(dataset))):
            if all(cell_text(cell) == "" for cell in dataset[index]):
                del dataset[index]
                del self.sheet_rows[index]

    def before_import_row(self, row, **kwargs):
        super().before_import_row(row, **kwargs)
        self.names.row = self.sheet_row(kwargs.get("row_number"))

    def sheet_row(self, row_number):
        """The spreadsheet's number for import-export's row `row_number` (1 = the first data row)."""
        if row_number is None or not 0 < row_number <= len(self.sheet_rows):
            return row_number
        return self.sheet_rows[row_number - 1]

    def _check_headers(self, dataset):
        message = self.header_problems(dataset.headers or [])
        if message:
            # Fail the whole file, not every row: without its columns no row can be read.
            del dataset[0 : len(dataset)]
            raise HeaderError(message)

    def header_problems(self, headers):
        """Why a file with these (casefolded) column names cannot be read, or None."""
        headers = [header for header in headers if header]
        known = [field.column_name for field in self.fields.values()]
        optional = self.optional_key_columns()
        required = list(dict.fromkeys([*self.get_import_id_fields(), *self.required_columns]))
        missing = [column for column in required if column not in headers and column not in optional]
        missing += [" or ".join(group) for group in self.either_columns if not set(group) & set(headers)]
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
            return " ".join([*problems, _("Expected columns: %s.") % ", ".join(known)])
        return None

    def optional_key_columns(self):
        return {column for group in self.either_columns for column in group}

    def _check_import_id_fields(self, headers):
        # import-export fails a file without every key column; `header_problems` has said already
        # what is missing, in a person's words, and the key columns of `either_columns` may be left out.
        super()._check_import_id_fields([*(headers or []), *self.optional_key_columns()])

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        if self.keeps_stored(field, instance, row):
            return
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def keeps_stored(self, field, instance, row):
        """A blank cell of a stored record's column (not its key) leaves the stored value alone."""
        return (
            instance.pk is not None
            and not self.erase_blank_cells
            and field.column_name in row
            and cell_text(row[field.column_name]) == ""
            and field.column_name not in {self.fields[name].column_name for name in self.get_import_id_fields()}
        )

    def get_instance(self, instance_loader, row):
        """The stored object the row is about. import-export gives up when a key column is missing
        from the file; a key column of `either_columns` may be left out, its cells being blank."""
        optional = self.optional_key_columns()
        for name in self.get_import_id_fields():
            column = self.fields[name].column_name
            if column not in row and column not in optional:
                return None
        return instance_loader.get_instance(row)

    def import_instance(self, instance, row, **kwargs):
        """Read every cell, many-to-many ones included, so that all errors of a row show at once."""
        errors = {}
        stored_slug = getattr(instance, "slug", "") if self.slug_from else ""
        # The model's own texts (not those read through a relation, such as a metric's breakdown's).
        text_fields = [
            field
            for field in self.get_import_fields()
            if isinstance(field.widget, TextWidget) and "__" not in field.attribute
        ]
        stored_texts = {field.attribute: getattr(instance, field.attribute) for field in text_fields if instance.pk}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for attribute, stored in stored_texts.items():
            # A text that differs only in its line endings is the same text: keep it as stored.
            given = getattr(instance, attribute)
            if isinstance(stored, str) and isinstance(given, str) and given != stored and same_lines(given, stored):
                setattr(instance, attribute, stored)
        if self.slug_from and not instance.slug:
            instance.slug = stored_slug or slugify(getattr(instance, self.slug_from) or "")
        for field in self.get_import_fields():
            is_many = isinstance(field.widget, widgets.ManyToManyWidget)
            if field.column_name not in row or field.attribute in errors:
                continue
            if not is_many and field.column_name not in self.country_columns:
                continue
            try:
                chosen = field.clean(row) if is_many else [getattr(instance, field.attribute)]
            except ValueError as error:
                errors[field.attribute] = ValidationError(str(error), code="invalid")
                continue
            if field.column_name not in self.country_columns:
                continue
            not_countries = [str(who) for who in chosen if who is not None and not who.is_country]
            if not_countries:
                errors[field.attribute] = ValidationError(
                    _("Only countries and jurisdictions belong here, not: %(names)s.")
                    % {"names": ", ".join(not_countries)},
                    code="invalid",
                )
        if self.partial_dates:
            self._apply_date_precision(instance, row, errors)
        key_names = self.get_import_id_fields()
        if not errors.keys() & {self.fields[name].attribute for name in key_names}:
            self._check_repeated_key(instance, row, errors, self.sheet_row(kwargs.get("row_number")))
        if errors:
            raise ValidationError(errors)

    def _apply_date_precision(self, instance, row, errors):
        """ "December 2024" in a date column means month precision; a blank precision cell beside it
        takes it, and a precision finer than the date gives is refused. `partial_dates` pairs each
        precision column with its date column."""
        for precision_column, column in self.partial_dates:
            if column not in row or column in errors or precision_column in errors:
                continue
            try:
                _date, implied = read_partial_date(row[column])
            except ValueError:
                continue
            if not implied:
                continue
            if cell_text(row.get(precision_column)) == "":
                if implied != "day":
                    setattr(instance, precision_column, implied)
            elif PRECISIONS.index(getattr(instance, precision_column)) < PRECISIONS.index(implied):
                errors[precision_column] = ValidationError(
                    _('"%(written)s" gives only the %(precision)s: write %(precision)s here, or give the full date.')
                    % {"written": cell_text(row[column]), "precision": implied},
                    code="invalid",
                )

    def _check_repeated_key(self, instance, row, errors, row_number):
        """Two rows of one file for the same thing must agree; otherwise the last would silently win."""
        key = tuple(self.fields[name].get_value(instance) for name in self.get_import_id_fields())
        earlier = self._rows_by_key.get(key)
        if earlier is None:
            self._rows_by_key[key] = (row_number, dict(row))
        elif earlier[1] != dict(row):
            # The key columns the file has: a file of figures about operations has no activity column.
            columns = [name for name in self.get_import_id_fields() if self.fields[name].column_name in row]
            errors[NON_FIELD_ERRORS] = ValidationError(
                _("Row %(row)s is about the same %(columns)s but says something else; keep one of the two.")
                % {"row": earlier[0], "columns": ", ".join(columns)},
                code="repeated",
            )

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The model's own checks, less the queries that cannot fail: a foreign key the widgets
        just found, and a uniqueness over the natural key, which the instance loader and
        `_check_repeated_key` already hold (the database still enforces both)."""
        errors = dict(import_validation_errors or {})
        found = {
            field.name
            for field in instance._meta.fields
            if field.many_to_one and field.is_cached(instance) and field.get_cached_value(instance) is not None
        }
        exclude = {*errors, *found, *self.follows_from(errors)}
        try:
            instance.full_clean(exclude=exclude, validate_unique=validate_unique, validate_constraints=False)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        try:
            key = {self.fields[name].attribute for name in self.get_import_id_fields()}
            validate_constraints(instance, key, exclude={name for name in errors if name != NON_FIELD_ERRORS})
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(self._errors_by_column(errors))

    def follows_from(self, errors):
        """Fields not to check when these columns failed, because their value follows from them
        (a blank unit is the metric's): one mistake, one message."""
        return set()

    def _errors_by_column(self, error_dict):
        """Model errors in a spreadsheet's words: an empty required cell says so, and a check
        constraint on one field (value >= 0) is reported against that field's column."""
        single_field = {}
        for constraint in self._meta.model._meta.constraints:
            if isinstance(constraint, CheckConstraint):
                fields = constraint_fields(constraint)
                if len(fields) == 1:
                    single_field[str(constraint.violation_error_message)] = fields.pop()
        errors = {}
        for field, field_errors in error_dict.items():
            for error in field_errors:
                target = field
                if field == NON_FIELD_ERRORS and str(error.message) in single_field:
                    target = single_field[str(error.message)]
                if error.code in {"null", "blank"}:
                    error = ValidationError(_("This cell is empty; the column is required."), code=error.code)
                errors.setdefault(target, []).append(error)
        return errors

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        result.names = self.names  # the preview lists the names it did not know
        # Each reported row learns its spreadsheet row number (`sheet_row`), for messages and pages.
        for index, row_result in enumerate(result.rows):
            row_result.sheet_row = self.sheet_row(index + 1)
        for row in [*result.invalid_rows, *result.error_rows]:
            row.sheet_row = self.sheet_row(row.number)

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        if self.instance_loader is not None and self.instance_loader.instances is not None:
            self.instance_loader.remember(instance)

    def before_save_instance(self, instance, row, **kwargs):
        # The history says who imported and from which file, not just that something changed; an
        # import recorded as a change to the register (operations.review.imports) says it itself.
        if current_change() is not None:
            return
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

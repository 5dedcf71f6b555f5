"""The base of every resource of the register: natural keys, strict headers, history, safe exports.

`NaturalKeyResource` refuses files with missing or unknown columns, skips unchanged rows,
records who imported from which file in the history, and neutralises text that a spreadsheet
would run as a formula (`spreadsheets.neutralise`, shared with the public exports).
"""

import copy
import functools

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import router
from django.db.models import CheckConstraint, Model, UniqueConstraint
from django.utils.text import slugify
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.instance_loaders import ModelInstanceLoader

from operations.models.constraints import Unsupported, condition_holds, constraint_fields

from .lookups import unknown
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

# From the most precise to the least: a date with month precision is coarser than one with a day.
PRECISIONS = ("day", "month", "year")


class NaturalKeyInstanceLoader(ModelInstanceLoader):
    """Finds each row's stored object by its natural key, from one query for the whole file.

    The objects whose first key column the file names are fetched once (with what the resource
    reads); each row gets its own copy, so that a row that fails leaves nothing behind, and what
    the import saves is remembered (`remember`), so that a later row finds what an earlier one
    created. An unreadable key means a new row: its cell's message comes from the row's own
    import, as a validation error on the cell, rather than a bare exception.
    """

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        self.key_fields = [resource.fields[name] for name in resource.get_import_id_fields()]
        self.instances = None
        resource.instance_loader = self

    @staticmethod
    def _key_part(value):
        return value.pk if isinstance(value, Model) else value

    def key_of(self, instance):
        return tuple(self._key_part(field.get_value(instance)) for field in self.key_fields)

    def load(self):
        first = self.key_fields[0]
        values = set()
        for row in self.dataset.dict if self.dataset is not None else []:
            try:
                value = first.clean(row)
            except (ValueError, KeyError):
                continue
            if value is not None:
                values.add(value)
        queryset = self.get_queryset().filter(**{f"{first.attribute}__in": values})
        self.instances = {self.key_of(instance): instance for instance in queryset}

    def get_instance(self, row):
        if self.instances is None:
            self.load()
        try:
            key = tuple(self._key_part(field.clean(row)) for field in self.key_fields)
        except ValueError:
            return None
        found = self.instances.get(key)
        return copy.copy(found) if found is not None else None

    def remember(self, instance):
        self.instances[self.key_of(instance)] = copy.copy(instance)


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

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._rows_by_key = {}
        self.sheet_rows = []
        self.instance_loader = None

    # --- import ---------------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        self._rows_by_key = {}
        for field in self.fields.values():
            if hasattr(field.widget, "reset"):
                field.widget.reset()
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
            return " ".join([*problems, _("Expected columns: %s.") % ", ".join(known)])
        return None

    def import_instance(self, instance, row, **kwargs):
        """Read every cell, many-to-many ones included, so that all errors of a row show at once."""
        errors = {}
        stored_slug = getattr(instance, "slug", "") if self.slug_from else ""
        text_fields = [field for field in self.get_import_fields() if isinstance(field.widget, TextWidget)]
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
        """ "December 2024" in a date column means month precision; a blank precision cell takes it,
        and a precision finer than the dates give is refused."""
        precision_column, date_columns = self.partial_dates
        implied = []
        for column in date_columns:
            if column in row and column not in errors:
                try:
                    _date, precision = read_partial_date(row[column])
                except ValueError:
                    continue
                if precision:
                    implied.append((PRECISIONS.index(precision), precision, cell_text(row[column])))
        if not implied or precision_column in errors:
            return
        _rank, coarsest, written = max(implied)
        if cell_text(row.get(precision_column)) == "":
            if coarsest != "day":
                setattr(instance, precision_column, coarsest)
        elif PRECISIONS.index(getattr(instance, precision_column)) < PRECISIONS.index(coarsest):
            errors[precision_column] = ValidationError(
                _('"%(written)s" gives only the %(precision)s: write %(precision)s here, or give the full date.')
                % {"written": written, "precision": coarsest},
                code="invalid",
            )

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

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The model's own checks, less the queries that cannot fail: a foreign key the widgets
        just found, and a uniqueness over the natural key, which the instance loader and
        `_check_repeated_key` already hold (the database still enforces both)."""
        errors = dict(import_validation_errors or {})
        found = {
            field.name
            for field in instance._meta.fields
            if field.many_to_one and field.is_cached(instance) and getattr(instance, field.name) is not None
        }
        try:
            instance.full_clean(exclude={*errors, *found}, validate_unique=validate_unique, validate_constraints=False)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        try:
            self._validate_constraints(instance, exclude={name for name in errors if name != NON_FIELD_ERRORS})
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(self._errors_by_column(errors))

    def _validate_constraints(self, instance, exclude):
        key = {self.fields[name].attribute for name in self.get_import_id_fields()}
        using = router.db_for_write(type(instance), instance=instance)
        errors = {}
        for model_class, constraints in instance.get_constraints():
            for constraint in constraints:
                if isinstance(constraint, UniqueConstraint) and constraint.fields and set(constraint.fields) <= key:
                    continue
                try:
                    if isinstance(constraint, CheckConstraint):
                        self._check(constraint, model_class, instance, exclude, using)
                    else:
                        constraint.validate(model_class, instance, exclude=exclude, using=using)
                except ValidationError as error:
                    errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

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
        # Each reported row learns its spreadsheet row number (`sheet_row`), for messages and pages.
        for index, row_result in enumerate(result.rows):
            row_result.sheet_row = self.sheet_row(index + 1)
        for row in [*result.invalid_rows, *result.error_rows]:
            row.sheet_row = self.sheet_row(row.number)

    @staticmethod
    def _check(constraint, model_class, instance, exclude, using):
        """A check constraint evaluated in Python (a query per row otherwise), skipped like
        Django skips it when it names a field that already failed."""
        if constraint_fields(constraint) & set(exclude or ()):
            return
        try:
            holds = condition_holds(constraint.condition, instance)
        except Unsupported:
            constraint.validate(model_class, instance, exclude=exclude, using=using)
            return
        if holds is False:
            raise ValidationError(constraint.get_violation_error_message(), code=constraint.violation_error_code)

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        if self.instance_loader is not None and self.instance_loader.instances is not None:
            self.instance_loader.remember(instance)

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

"""Imports check versions as the admin's forms do (operations.models.versions): an export has a
`version` column, and a row that would change a record it brings back at an older version than
the stored one is refused, naming the record, so that importing an old file never undoes someone's
later save (a row that changes nothing is no conflict: it stays "unchanged"). A row without a
version (a new record, a file from an older template) is imported as before."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export.fields import Field

from operations.models import StaleEdit

from .natural_keys import NaturalKeyResource
from .reports import Problem
from .widgets import WholeNumberWidget, cell_text

VERSION = "version"


def version_field():
    """Written on export; on import, compared with the stored version and never saved."""
    return Field(attribute=VERSION, column_name=VERSION, readonly=True, widget=WholeNumberWidget(minimum=1))


def stale_row_message(record, given, stored):
    """Why a row at version `given` of `record` (stored at version `stored`) is refused."""
    if given > stored:
        return _("%(record)s has no version %(given)s yet: the register holds version %(stored)s.") % {
            "record": record,
            "given": given,
            "stored": stored,
        }
    last = record.history.filter(version__gt=given).select_related("history_user").order_by("-history_id").first()
    saved = {
        "user": (last.history_user if last and last.history_user else None) or _("someone"),
        "date": last.history_date.strftime("%Y-%m-%d %H:%M") if last else "?",
    }
    return _(
        "%(record)s was saved again after this file was exported (version %(given)s in the file, %(stored)s in "
        "the register, last saved by %(user)s on %(date)s): export it again and make your changes there."
    ) % {"record": record, "given": given, "stored": stored, **saved}


def stale_row(model, stored, given, sheet_row, row):
    """The problem of a bulk import's row at version `given`, not the stored one's (`stored`: the
    record's values, its key and version among them)."""
    message = stale_row_message(model._default_manager.get(pk=stored["pk"]), given, stored["version"])
    return Problem(sheet_row, VERSION, message, cell_text(row[VERSION]))


def lock_for_correction(model, changed, problems):
    """The records a bulk import corrects ({pk: record}; `changed`: (sheet row, pk, changes, version
    the row was checked against) each), locked until the import commits and raised to their next
    version: a number, not `F("version") + 1`, because the history rows written beside them copy it.
    A record saved by someone else since its row was checked adds a problem to `problems`."""
    records = model._default_manager.select_for_update(of=("self",)).in_bulk([pk for _row, pk, *_rest in changed])
    for sheet_row, pk, _changes, version in changed:
        record = records[pk]
        if record.version != version:
            problems.append(Problem(sheet_row, VERSION, stale_row_message(record, version, record.version)))
        record.version += 1
    return records


class VersionedResource(NaturalKeyResource):
    """The base of the resources of versioned records (operations, results, participations,
    sources, activities, coordination centres)."""

    version = version_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._versions_read, self._version_problem = {}, None

    def before_import(self, dataset, **kwargs):
        self._versions_read = {}
        super().before_import(dataset, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        # Judged in validate_instance(), which import-export calls only for a row that is not
        # skipped as unchanged.
        self._version_problem = self.version_problem(instance, row)
        super().import_instance(instance, row, **kwargs)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        if self._version_problem:
            errors[VERSION] = [ValidationError(self._version_problem, code="stale")]
        super().validate_instance(instance, errors, validate_unique)

    def version_problem(self, instance, row):
        """Why the row's version cell refuses it, or None."""
        if instance.pk is None or cell_text(row.get(VERSION)) == "":
            return None
        try:
            given = self.fields[VERSION].clean(row)
        except ValueError as error:
            return str(error)
        # As read before this import: a record two rows of the file are about is saved by the first.
        read = self._versions_read.setdefault(instance.pk, instance.version)
        return None if given == read else stale_row_message(instance, given, read)

    def save_instance(self, instance, is_create, row, **kwargs):
        try:
            super().save_instance(instance, is_create, row, **kwargs)
        except StaleEdit as stale:
            # Saved by someone else while the file was being imported.
            stored = type(instance)._default_manager.get(pk=instance.pk)
            raise ValidationError({VERSION: stale_row_message(stored, stale.seen_version, stored.version)}) from stale

"""Versions of the records editors change, so that no save overwrites one it never saw.

Each `Versioned` record carries a number that every save raises by one. A save writes only if the
stored number is still the one the record was read with (`UPDATE ... WHERE version = <read>`, the
idea of django-concurrency in a few lines); otherwise someone else saved in between and the save
raises `StaleEdit`, for the admin and the imports to show what changed (operations.admin.versions).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StaleEdit(Exception):
    """The record was saved by someone else after `seen_version` was read: writing it now would
    overwrite their change."""

    def __init__(self, record, seen_version):
        self.record = record
        self.seen_version = seen_version
        super().__init__(
            f"{record._meta.verbose_name} {record.pk} was saved by someone else after version {seen_version} was read"
        )


class Versioned(models.Model):
    """A record whose saves are checked against the version they were read at (see the module)."""

    # db_default too: rows written by plain SQL (bench/synthetic.py's COPY, a DBA's INSERT) start at 1.
    version = models.PositiveIntegerField(
        _("version"), default=1, db_default=1, editable=False, help_text=_("Raised by one on every save.")
    )

    class Meta:
        abstract = True

    def _do_update(self, base_qs, using, pk_val, values, update_fields, forced_update):
        seen = self.version
        version_field = self._meta.get_field("version")
        values = [(field, model, value) for field, model, value in values if field is not version_field]
        values.append((version_field, None, seen + 1))
        if super()._do_update(base_qs.filter(version=seen), using, pk_val, values, update_fields, forced_update):
            self.version = seen + 1
            return True
        if base_qs.filter(pk=pk_val).exists():
            raise StaleEdit(self, seen)
        return False  # no such row: Django inserts it

"""Imports as units of change: recorded when they start, counted when they land, and rolled back
as one unit while nothing newer depends on them.

`recorded_import(...)` opens the record and the change the import's rows are written in; the
history rows written inside carry the record's id, which is what `rollback` undoes.
"""

import hashlib
from contextlib import contextmanager

from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from operations.models import (
    Activity,
    CoordinationCentre,
    ImportRecord,
    Operation,
    Participation,
    Result,
    Source,
    StaleEdit,
)

from .changes import register_change
from .workflow import TransitionError

# The tables whose history an import's rollback reads, parents first (restored in this order,
# deleted in the reverse one).
HISTORIES = (Source, Operation, Activity, CoordinationCentre, Participation, Result)
SHOWN = 5


class RollbackRefused(TransitionError):
    """The import cannot be undone: the message says what depends on it."""


def sha256_of(data):
    """Of bytes, text, or a binary file (read from its start to its end, then put back at its start)."""
    if hasattr(data, "read"):
        data.seek(0)
        digest = hashlib.file_digest(data, "sha256").hexdigest()
        data.seek(0)
        return digest
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode()).hexdigest()


def size_of(data):
    if hasattr(data, "read"):
        size = data.seek(0, 2)
        data.seek(0)
        return size
    return len(data)


def earlier_imports(data, what):
    """Imports of these same bytes into the same table that landed, newest first."""
    return ImportRecord.objects.of_file(sha256_of(data), what).select_related("user")


def start_import(user, what, file_name, data, *, scope="", erase_blank_cells=False, rows=0, status=None):
    """The record of an import about to run (or to be queued), saved at once: a failure is recorded too.
    `data`: the file's bytes, or the file itself (a binary file object)."""
    return ImportRecord.objects.create(
        user=user,
        what=what,
        file_name=file_name[:255],
        sha256=sha256_of(data),
        size=size_of(data),
        scope=scope,
        erase_blank_cells=erase_blank_cells,
        rows=rows,
        status=status or ImportRecord.Status.RUNNING,
    )


@contextmanager
def recorded_import(record):
    """The change an import writes its rows in, as the importing user, with the file named in
    the history. Yields the record; the caller counts what was done on it, then `finish_import`."""
    reason = _("Imported from %(file)s (import #%(number)s)") % {"file": record.file_name, "number": record.pk}
    with register_change(record.user, reason, import_record=record):
        yield record


def finish_import(record, *, created=0, changed=0, skipped=0, proposed=0):
    record.created, record.changed, record.skipped, record.proposed = created, changed, skipped, proposed
    record.done = record.rows
    record.status, record.finished_at = ImportRecord.Status.IMPORTED, timezone.now()
    record.save()
    return record


def fail_import(record, message):
    """Nothing of the import was saved; the record says why."""
    record.status, record.finished_at, record.message = ImportRecord.Status.FAILED, timezone.now(), message
    record.save(update_fields=["status", "finished_at", "message"])
    return record


# --- rollback ---------------------------------------------------------------------------------


def rollback(record, user):
    """Undo the import: statements and records it created are deleted, those it changed get back
    the values they had before it. Refused (RollbackRefused) when something saved since depends on
    it: a later change to one of its records, or a record added under one it created."""
    if record.status != ImportRecord.Status.IMPORTED:
        raise RollbackRefused(
            _("%(import)s is %(status)s; only an import that landed can be rolled back.")
            % {"import": record, "status": record.get_status_display()}
        )
    reason = _("Rollback of import #%s") % record.pk
    with register_change(user, reason, lock=record) as record:
        if record.status != ImportRecord.Status.IMPORTED:  # rolled back meanwhile
            raise RollbackRefused(_("%(import)s was rolled back meanwhile.") % {"import": record})
        touched = {model: _touched(model, record) for model in HISTORIES}
        _refuse_if_newer(touched, record)
        created = {
            model: [pk for pk, (first, _last) in rows.items() if first.history_type == "+"]
            for model, rows in touched.items()
        }
        _refuse_if_depended_on(created)
        for model, rows in touched.items():
            for pk, (first, last) in rows.items():
                if first.history_type == "~":
                    _restore(model, pk, first, last)
        for model in reversed(HISTORIES):
            model._default_manager.filter(pk__in=created[model]).delete()
        for proposal in record.proposals.pending():
            proposal.decision = proposal.Decision.REJECTED
            proposal.decided_by, proposal.decided_at, proposal.reason = user, timezone.now(), reason
            proposal.save()
        record.status, record.rolled_back_at, record.rolled_back_by = (
            ImportRecord.Status.ROLLED_BACK,
            timezone.now(),
            user,
        )
        record.save()
    return record


def _touched(model, record):
    """{object id: (the import's first history row of it, its last)}."""
    rows = {}
    for row in model.history.filter(import_id=record.pk).order_by("history_id").iterator(chunk_size=2000):
        first = rows.get(row.id, (row, row))[0]
        rows[row.id] = (first, row)
    return rows


def _refuse_if_newer(touched, record):
    newer = []
    for model, rows in touched.items():
        if not rows:
            continue
        since = min(last.history_id for _first, last in rows.values())
        later = model.history.filter(history_id__gt=since).exclude(import_id=record.pk)
        for object_id, history_id, user in later.values_list("id", "history_id", "history_user__username"):
            if object_id in rows and history_id > rows[object_id][1].history_id:
                changed_by = {"record": rows[object_id][1], "user": user or "?"}
                newer.append(_("%(record)s (changed by %(user)s)") % changed_by)
    if newer:
        raise RollbackRefused(
            ngettext(
                "Not rolled back: %(count)s record was changed after the import: %(records)s.",
                "Not rolled back: %(count)s records were changed after the import: %(records)s.",
                len(newer),
            )
            % {"count": len(newer), "records": _listed(newer)}
        )


def _refuse_if_depended_on(created):
    """What deleting the created records would take with it must have been created by the import."""
    ours = {(model._meta.label, pk) for model, pks in created.items() for pk in pks}
    dependants = []
    for model, pks in created.items():
        if not pks:
            continue
        collector = Collector(using=model._default_manager.db)
        try:
            collector.collect(list(model._default_manager.filter(pk__in=pks)))
        except (ProtectedError, RestrictedError) as error:
            objects = error.protected_objects if isinstance(error, ProtectedError) else error.restricted_objects
            dependants.extend(str(obj) for obj in objects if (obj._meta.label, obj.pk) not in ours)
            continue
        for dependant_model, objects in collector.data.items():
            if dependant_model._meta.auto_created:  # many-to-many rows go with their record
                continue
            dependants.extend(str(obj) for obj in objects if (dependant_model._meta.label, obj.pk) not in ours)
    if dependants:
        raise RollbackRefused(
            ngettext(
                "Not rolled back: %(count)s record added since depends on what the import created: %(records)s.",
                "Not rolled back: %(count)s records added since depend on what the import created: %(records)s.",
                len(dependants),
            )
            % {"count": len(dependants), "records": _listed(dependants)}
        )


def _restore(model, pk, first, last):
    """The values `pk` had before the import's first change of it, saved over the import's last
    one: at the version that last change left, which `_refuse_if_newer` found to be the stored one."""
    before = model.history.filter(id=pk, history_id__lt=first.history_id).order_by("-history_id").first()
    if before is None:
        raise RollbackRefused(
            _("Not rolled back: %(record)s has no record of how it was before the import.") % {"record": first}
        )
    restored = before.instance
    restored.version = last.version
    try:
        restored.save()
    except StaleEdit as stale:
        raise RollbackRefused(
            _("Not rolled back: %(record)s was changed while the rollback ran; try again.") % {"record": stale.record}
        ) from stale


def _listed(names):
    shown = ", ".join(names[:SHOWN])
    if len(names) > SHOWN:
        return _("%(names)s and %(more)s more") % {"names": shown, "more": len(names) - SHOWN}
    return shown

"""The one way the register changes: `register_change(user, reason)`.

Every save, import, publication, withdrawal and rollback runs inside it: one durable transaction
(it is never a savepoint of something larger that could still roll back after the editor was told
"saved"), with its audit: each history row it writes names the user, the reason and, for an
import, the import. A change inside another change joins it: the outermost one is the transaction.
`lock` takes the rows a change must not share with a concurrent one (`select_for_update`).

Once a change has committed, `register_changed` is sent: what is made from the register and kept
apart from it (the data package, operations.opendata.current) is made again from there. A
receiver that fails is logged; the change stands.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import connections, router, transaction
from django.dispatch import Signal
from simple_history.signals import pre_create_historical_record

_current = ContextVar("register_change", default=None)

#: Sent with `change` once a change to the register has committed.
register_changed = Signal()


@dataclass(frozen=True)
class Change:
    user: object
    reason: str = ""
    import_id: int | None = None


def current_change():
    """The change in progress, or None."""
    return _current.get()


@contextmanager
def register_change(user, reason="", *, import_record=None, lock=None):
    """Run the block as one change to the register (see the module's docstring). `lock`: a model
    instance whose row is locked until the change commits; it is read again and yielded."""
    outer = _current.get()
    if outer is not None:
        # Part of a change already running: its transaction, user and import stay the change's.
        with transaction.atomic():
            yield _locked(lock)
        return
    change = Change(user=user, reason=reason, import_id=import_record.pk if import_record else None)
    token = _current.set(change)
    try:
        with transaction.atomic(durable=True):
            transaction.on_commit(lambda: register_changed.send(sender=Change, change=change), robust=True)
            yield _locked(lock)
    finally:
        _current.reset(token)


def _locked(instance):
    if instance is None:
        return None
    return type(instance)._default_manager.select_for_update().get(pk=instance.pk)


def history_custom_attrs():
    """What bulk writes (`copy_into_history`, `bulk_update_with_history`) put on their history rows:
    the import."""
    change = _current.get()
    return {"import_id": change.import_id} if change and change.import_id else {}


def audit_history_row(sender, instance, history_instance, **kwargs):
    """Each history row written inside a change names its user, reason and import, unless the
    code that saved said otherwise (`_history_user`, `_change_reason`)."""
    change = _current.get()
    if change is None:
        return
    if change.import_id is not None and hasattr(history_instance, "import_id"):
        history_instance.import_id = change.import_id
    if history_instance.history_user_id is None and getattr(change.user, "pk", None) is not None:
        history_instance.history_user = change.user
    if not history_instance.history_change_reason and change.reason:
        history_instance.history_change_reason = change.reason


def connect():
    pre_create_historical_record.connect(audit_history_row, dispatch_uid="register-change-audit")


def copy_into_history(model, pks, *, history_type, date, user, reason, **custom):
    """History rows of the rows `pks` of `model` as stored, copied by the database (INSERT ...
    SELECT): the rows simple-history's `bulk_history_create` writes, with the same user, reason,
    date and custom columns (the import), without making a history instance of each row first.
    That took two fifths of a results import (docs/performance.md, issue 18)."""
    history = model.history.model
    connection = connections[router.db_for_write(history)]
    quote = connection.ops.quote_name
    copied = [
        (quote(history._meta.get_field(field.name).column), quote(field.column)) for field in history.tracked_fields
    ]
    audit = {
        "history_type": history_type,
        "history_date": date,
        "history_user": getattr(user, "pk", user),
        "history_change_reason": reason or "",
        **custom,
    }
    audit_fields = [history._meta.get_field(name) for name in audit]
    audit_values = [field.get_db_prep_save(audit[field.name], connection) for field in audit_fields]
    columns = ", ".join([target for target, _source in copied] + [quote(field.column) for field in audit_fields])
    selected = ", ".join([source for _target, source in copied] + ["%s"] * len(audit_fields))
    key = quote(model._meta.pk.column)
    with connection.cursor() as cursor:
        for start in range(0, len(pks), 500):  # within SQLite's 999 parameters a statement
            chunk = pks[start : start + 500]
            cursor.execute(
                f"INSERT INTO {quote(history._meta.db_table)} ({columns}) SELECT {selected} "
                f"FROM {quote(model._meta.db_table)} WHERE {key} IN ({', '.join(['%s'] * len(chunk))}) ORDER BY {key}",
                [*audit_values, *chunk],
            )

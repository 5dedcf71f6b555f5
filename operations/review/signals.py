"""Every change to the register (operations and participants) bumps its revision, so that what
is kept of it in the cache (operations.public.cache) is read again; a change that may alter what
visitors see also moves the register's "last updated" moment (`Revision.public_changed_at`).

Saves, deletions and many-to-many changes of any model of the two apps count, history rows, the
revision itself, name mappings (how files are read, not what the register says), the records of
imports (who imported what, and the files waiting for a background import: the public site shows
none of them) and the kept data packages (made from the register, not part of it) excepted; so do
migrations and `flush` (post_migrate). Writes that send no signal (bulk_create, QuerySet.update,
raw SQL) must call `Revision.objects.bump()` themselves, as operations.spreadsheets.bulk does.
"""

from django.apps import apps
from django.db import connections
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from simple_history.models import HistoricalChanges

from operations.models import (
    Activity,
    DataPackage,
    DataPackagePart,
    ImportRecord,
    ImportUpload,
    NameMapping,
    Operation,
    ProposedChange,
    Release,
    ReleasePart,
    Revision,
)

from .changes import current_change
from .workflow import WORKFLOW_REASON_PREFIX

REGISTER_APPS = frozenset({"operations", "participants"})
PUBLISHABLE = (Operation, Activity)
WITHDRAWAL = f"{WORKFLOW_REASON_PREFIX}withdraw"


def counts_as_change(model):
    return (
        model._meta.app_label in REGISTER_APPS
        and model not in (Revision, NameMapping, ImportRecord, ImportUpload, DataPackage, DataPackagePart)
        and not issubclass(model, HistoricalChanges)  # simple-history's records
    )


def alters_public(instance, deleted=False):
    """Whether saving (or deleting) `instance` may change what visitors see. When unsure, yes: a
    "last updated" moment a little late is harmless, one that misses a change is not.

    An operation or activity counts when it is published or being withdrawn; what belongs to one
    (a statement, a coordination centre, a participation) when that one is published; a proposal
    never (it is public only once accepted, which saves the statement), nor a release (it freezes
    the data as it is); a source or participant
    when it is public after the change; a catalogue entry (metric, unit, qualifier, series, ...)
    and a correction always."""
    if isinstance(instance, (ProposedChange, Release, ReleasePart)):
        return False  # a release freezes the data as it is; it changes none of it
    if isinstance(instance, PUBLISHABLE):
        change = current_change()
        return instance.status == instance.Status.PUBLISHED or (change is not None and change.reason == WITHDRAWAL)
    owners = [
        (model, getattr(instance, f"{name}_id", None))
        for name, model in (("operation", Operation), ("activity", Activity))
        if hasattr(instance, f"{name}_id")
    ]
    if owners:
        return any(owner is not None and model.objects.published().filter(pk=owner).exists() for model, owner in owners)
    manager = type(instance)._default_manager
    if hasattr(manager, "public") and not deleted:
        return manager.public().filter(pk=instance.pk).exists()
    return True


def bump_on_save(sender, instance, **kwargs):
    if counts_as_change(sender):
        Revision.objects.bump(public=alters_public(instance))


def bump_on_delete(sender, instance, **kwargs):
    if counts_as_change(sender):
        Revision.objects.bump(public=alters_public(instance, deleted=True))


def bump_on_relation_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and counts_as_change(type(instance)):
        Revision.objects.bump(public=alters_public(instance))


def bump_after_migrate(sender, using, **kwargs):
    # Not when migrating backwards past the revision's own table. A migration changes how the
    # register is kept, not what it says: its "last updated" moment stays.
    if sender.name == "operations" and Revision._meta.db_table in connections[using].introspection.table_names():
        Revision.objects.using(using).bump(public=False)


def connect():
    # Model by model: a receiver for every sender would cost Django its fast path for deleting rows
    # of any other model (sessions, lockout records), which it takes only where nobody listens.
    for model in apps.get_models():
        if counts_as_change(model):
            post_save.connect(bump_on_save, sender=model, dispatch_uid=f"register-revision-save-{model._meta.label}")
            post_delete.connect(
                bump_on_delete, sender=model, dispatch_uid=f"register-revision-delete-{model._meta.label}"
            )
    m2m_changed.connect(bump_on_relation_change, dispatch_uid="register-revision-m2m")
    post_migrate.connect(bump_after_migrate, dispatch_uid="register-revision-migrate")

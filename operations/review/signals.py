"""Every change to the register (operations and participants) bumps its revision, so that what
is kept of it in the cache (operations.public.cache) is read again.

Saves, deletions and many-to-many changes of any model of the two apps count, history rows, the
revision itself, name mappings (how files are read, not what the register says) and the records
of imports (who imported what, and the files waiting for a background import: the public site
shows none of them) excepted; so do migrations and `flush` (post_migrate). Writes that send no
signal (bulk_create, QuerySet.update, raw SQL) must call `Revision.objects.bump()` themselves, as
operations.spreadsheets.bulk does.
"""

from django.apps import apps
from django.db import connections
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from simple_history.models import HistoricalChanges

from operations.models import ImportRecord, ImportUpload, NameMapping, Revision

REGISTER_APPS = frozenset({"operations", "participants"})


def counts_as_change(model):
    return (
        model._meta.app_label in REGISTER_APPS
        and model not in (Revision, NameMapping, ImportRecord, ImportUpload)
        and not issubclass(model, HistoricalChanges)  # simple-history's records
    )


def bump_on_change(sender, **kwargs):
    if counts_as_change(sender):
        Revision.objects.bump()


def bump_on_relation_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and counts_as_change(type(instance)):
        Revision.objects.bump()


def bump_after_migrate(sender, using, **kwargs):
    # Not when migrating backwards past the revision's own table.
    if sender.name == "operations" and Revision._meta.db_table in connections[using].introspection.table_names():
        Revision.objects.using(using).bump()


def connect():
    # Model by model: a receiver for every sender would cost Django its fast path for deleting rows
    # of any other model (sessions, lockout records), which it takes only where nobody listens.
    for model in apps.get_models():
        if counts_as_change(model):
            post_save.connect(bump_on_change, sender=model, dispatch_uid=f"register-revision-save-{model._meta.label}")
            post_delete.connect(
                bump_on_change, sender=model, dispatch_uid=f"register-revision-delete-{model._meta.label}"
            )
    m2m_changed.connect(bump_on_relation_change, dispatch_uid="register-revision-m2m")
    post_migrate.connect(bump_after_migrate, dispatch_uid="register-revision-migrate")

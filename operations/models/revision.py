"""A tag that changes whenever the register does, so that what is derived from the register can be
kept and reused until then (operations.public.cache), and the moment what the public sees last
changed (the "last updated" of every page and export)."""

import datetime
import uuid
from typing import NamedTuple

from django.conf import settings
from django.db import connections, models
from django.utils import timezone
from django.utils.dateparse import parse_datetime


class RegisterState(NamedTuple):
    """The register's revision tag and when its public part last changed (None: never, or unknown)."""

    tag: object
    public_changed_at: object


class RevisionQuerySet(models.QuerySet):
    ROW = 1

    def current(self):
        """The register's revision tag, as the database driver returns it (compare it, nothing
        else), or None if none was ever set (then nothing may be kept)."""
        return self.state().tag

    def state(self):
        """The revision tag and the moment the public register last changed, in one query.

        Every public page asks for it first, and a page answered from the cache asks nothing else:
        read with a plain cursor, it takes 13 µs; through the ORM, 130 µs, a sixth of such a page
        (bench/revision_read.py, docs/performance.md)."""
        meta, connection = self.model._meta, connections[self.db]
        quote = connection.ops.quote_name
        tag, changed = quote(meta.get_field("tag").column), quote(meta.get_field("public_changed_at").column)
        table, key = quote(meta.db_table), quote(meta.pk.column)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {tag}, {changed} FROM {table} WHERE {key} = %s", [self.ROW])
            row = cursor.fetchone()
        if row is None:
            return RegisterState(None, None)
        return RegisterState(row[0], aware(row[1]))

    def bump(self, public=True):
        """Give the register a new tag; `public`: the change may alter what visitors see, so it
        is also the register's new "last updated" moment. Both are written in the caller's
        transaction, so other processes see them exactly when they see the change. Tags are random
        rather than counted: a rolled-back change restores the tag that went with the data as it
        was, and a later change can never come back to a tag already used for other data."""
        values = {"tag": uuid.uuid4()}
        if public:
            values["public_changed_at"] = timezone.now()
        if not self.filter(pk=self.ROW).update(**values):
            self.update_or_create(pk=self.ROW, defaults=values)


def aware(value):
    """A datetime column read through a plain cursor as the ORM would give it: SQLite's driver
    returns the stored text, naive and in UTC."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and settings.USE_TZ and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


class Revision(models.Model):
    """One row, whose tag every change to the register replaces (operations.review.signals).

    In the database rather than in a cache: it is written in the same transaction as the change, is
    shared by every server process, and no cache eviction can lose it."""

    tag = models.UUIDField(default=uuid.uuid4)
    public_changed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a change last altered what visitors see (a publication, a withdrawal, a correction, "
        "an edit of published data); changes to drafts leave it.",
    )

    objects = RevisionQuerySet.as_manager()

    class Meta:
        verbose_name = "register revision"

    def __str__(self):
        return f"revision {self.tag}"

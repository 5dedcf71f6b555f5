"""The admin's home page for editors: what waits for them. Operations in review or returned, the
operations whose figures cannot all be true as published, the register's latest changes and the
latest imports; each part only for an editor allowed to see it."""

from dataclasses import dataclass, field
from heapq import merge
from itertools import islice

from django.core.cache import cache
from django.urls import reverse

from operations.models import (
    Activity,
    CoordinationCentre,
    ImportRecord,
    Operation,
    Participation,
    Result,
    Revision,
    Source,
)

from .quality import inconsistent_operation_ids

#: How many rows each part lists.
SHOWN = 8
#: The records whose history the latest changes are read from.
HISTORIES = (Operation, Result, Source, Participation, Activity, CoordinationCentre)


@dataclass
class Change:
    when: object
    who: object
    kind: str
    what: str
    record: str
    reason: str
    url: str


@dataclass
class WaitingWork:
    in_review: list = field(default_factory=list)
    returned: list = field(default_factory=list)
    inconsistent: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    imports: list = field(default_factory=list)


def waiting_work(user):
    work = WaitingWork()
    if user.has_perm("operations.view_operation"):
        by_status = Operation.objects.select_related("series").order_by("-start_date", "name")
        work.in_review = list(by_status.filter(status=Operation.Status.SUBMITTED)[:SHOWN])
        work.returned = list(by_status.filter(status=Operation.Status.RETURNED)[:SHOWN])
        work.inconsistent = inconsistent_operations()
    if user.has_perm("operations.view_result"):
        work.changes = latest_changes(user)
    if user.has_perm("operations.view_importrecord"):
        work.imports = list(ImportRecord.objects.select_related("user")[:SHOWN])
    return work


def inconsistent_operations():
    """The operations, of any status, with a figure that cannot be true as published: the figure
    checks over every result, so kept until the register next changes (its revision)."""
    key = f"admin-home:inconsistent:{Revision.objects.current()}"
    ids = cache.get(key)
    if ids is None:
        ids = sorted(inconsistent_operation_ids(Operation.objects.all()))
        cache.set(key, ids, 3600)
    return list(Operation.objects.filter(pk__in=ids).order_by("-start_date", "name")[:SHOWN])


def latest_changes(user):
    """The latest history rows of every register record, newest first."""
    newest_first = [
        model.history.select_related("history_user").order_by("-history_date")[:SHOWN] for model in HISTORIES
    ]
    rows = merge(*newest_first, key=lambda row: row.history_date, reverse=True)
    return [_change(row) for row in islice(rows, SHOWN)]


def _change(row):
    model = row.instance_type
    opts = model._meta
    return Change(
        when=row.history_date,
        who=row.history_user,
        kind=row.get_history_type_display(),
        what=opts.verbose_name,
        record=str(row.instance),
        reason=row.history_change_reason or "",
        url=reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[row.id]),
    )

"""Review and publication of an operation or an activity, and corrections to figures once it is public.

These span several models (an operation, its figures' histories, users), so they live here
rather than in a model's save(). Every transition is saved with its author for the history.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from operations.models import Activity, CoordinationCentre, Correction, Operation, Participation, Result

from .changes import register_change

Status = Operation.Status
WORKFLOW_REASON_PREFIX = "workflow: "

# Which statuses each transition may start from.
ALLOWED_FROM = {
    "submit": {Status.DRAFT, Status.RETURNED, Status.WITHDRAWN},
    "return": {Status.SUBMITTED},
    "publish": {Status.SUBMITTED},
    "withdraw": {Status.PUBLISHED},
}


# What each transition makes of a record, in the message that refuses it.
DONE = {
    "submit": gettext_lazy("submitted for review"),
    "return": gettext_lazy("returned for changes"),
    "publish": gettext_lazy("published"),
    "withdraw": gettext_lazy("withdrawn"),
}


class TransitionError(Exception):
    """A transition that the operation's status or the four-eyes rule does not allow."""


def refusal(record, transition, new_status):
    """Why `transition` cannot run from the record's status as stored now (another editor's step
    may have moved it since the page was opened)."""
    names = {"record": record, "done": DONE[transition], "status": record.get_status_display()}
    if record.status == new_status:
        return _("%(record)s cannot be %(done)s: it was already %(done)s.") % names
    return _('%(record)s is now "%(status)s": it cannot be %(done)s from there.') % names


def histories_of(record):
    """The histories of an operation or an activity and of everything edited on its page."""
    if isinstance(record, Activity):
        return [Activity.history.filter(id=record.pk), Result.history.filter(activity_id=record.pk)]
    return [
        Operation.history.filter(id=record.pk),
        CoordinationCentre.history.filter(operation_id=record.pk),
        Participation.history.filter(operation_id=record.pk),
        Result.history.filter(operation_id=record.pk),
    ]


def last_editor(record):
    """The user who last changed the operation or activity or anything on it, workflow steps excluded."""
    histories = histories_of(record)
    latest = None
    for history in histories:
        record = (
            history.exclude(history_change_reason__startswith=WORKFLOW_REASON_PREFIX)
            .select_related("history_user")
            .order_by("-history_date")
            .first()
        )
        if record and (latest is None or record.history_date > latest.history_date):
            latest = record
    return latest.history_user if latest else None


def _move(operation, user, transition, new_status, check=None, **changes):
    """One transition, as one change to the register with the operation's row locked: two
    transitions of one operation at the same moment run one after the other, and the second sees
    the status the first left (`check(locked)` runs then too)."""
    with register_change(user, f"{WORKFLOW_REASON_PREFIX}{transition}", lock=operation) as locked:
        if locked.status not in ALLOWED_FROM[transition]:
            raise TransitionError(refusal(locked, transition, new_status))
        if check is not None:
            check(locked)
        locked.status = new_status
        for field, value in changes.items():
            setattr(locked, field, value)
        locked._history_user = user
        locked._change_reason = f"{WORKFLOW_REASON_PREFIX}{transition}"
        locked.save()
    for field in ("status", "version", *changes):
        setattr(operation, field, getattr(locked, field))
    return operation


def submit(operation, user):
    return _move(operation, user, "submit", Status.SUBMITTED, review_comment="")


def return_for_changes(operation, user, comment):
    if not comment or not comment.strip():
        raise TransitionError(_("Say what to fix when returning it for changes."))
    return _move(operation, user, "return", Status.RETURNED, review_comment=comment.strip())


def publish(operation, user):
    def four_eyes(locked):
        if getattr(settings, "FOUR_EYES_PUBLISHING", True) and last_editor(locked) == user:
            raise TransitionError(
                _("You were the last to edit %(operation)s; someone else must publish it (four-eyes rule).")
                % {"operation": locked}
            )

    return _move(
        operation, user, "publish", Status.PUBLISHED, four_eyes, published_at=timezone.now(), published_by=user
    )


def withdraw(operation, user, reason=""):
    return _move(operation, user, "withdraw", Status.WITHDRAWN, review_comment=reason.strip())


def needs_correction_note(result, old_value, old_qualifier):
    """A figure of a published operation or activity changed value or qualifier (`old_qualifier`:
    its code): readers must be told."""
    return result.subject.is_published and (old_value != result.value or old_qualifier != result.qualifier_id)


def record_correction(result, old_value, old_qualifier, reason, user):
    """The public note of a change to a published figure; `old_qualifier` is the qualifier's code."""
    return Correction.objects.create(
        result=result,
        old_value=old_value,
        old_qualifier_id=old_qualifier,
        new_value=result.value,
        new_qualifier_id=result.qualifier_id,
        reason=reason,
        corrected_by=user,
    )

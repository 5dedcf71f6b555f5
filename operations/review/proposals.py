"""Statements an import would add to or change on a published operation or activity wait here for
review instead of reaching the public at once: `propose` keeps one (once: the same proposal twice
is one), `accept` applies it with a public correction note where a published figure changes,
`reject` drops it. Accepting follows the four-eyes rule where it is on: the editor who imported
cannot accept their own proposals.
"""

from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from operations.models import ProposedChange, Result

from .changes import register_change
from .workflow import TransitionError, record_correction

FIGURE_PLACES = Decimal(10) ** -Result._meta.get_field("value").decimal_places

# What a proposal may set on a statement: its key and what a re-import may correct.
PROPOSED_FIELDS = (
    "operation_id",
    "activity_id",
    "metric_id",
    "country_id",
    "source_id",
    "qualifier_id",
    "unit_id",
    "value",
    "quote",
    "note",
    "is_headline",
)


def values_of(statement, names=PROPOSED_FIELDS):
    """A statement's values as a proposal stores them (JSON: a figure as its decimal text)."""
    values = {}
    for name in names:
        value = getattr(statement, name)
        # As stored (three decimal places), so that "1204" read from a file equals "1204.000".
        values[name] = str(value.quantize(FIGURE_PLACES)) if isinstance(value, Decimal) else value
    return values


def propose(import_record, row, statement, stored=None):
    """Keep `statement` (a Result not saved) as a proposal of row `row` of the import: new when
    `stored` is None, else a change to the stored statement, with the stored values beside the new
    ones. Returns the proposal, or None when the same one already waits for review."""
    values = values_of(statement)
    old_values = {}
    if stored is not None:
        old = values_of(stored)
        values = {name: value for name, value in values.items() if value != old[name]}
        old_values = {name: old[name] for name in values}
        if not values:
            return None
    waiting = ProposedChange.objects.pending().filter(
        operation_id=statement.operation_id,
        activity_id=statement.activity_id,
        result=stored,
        values=values,
    )
    if waiting.exists():
        return None
    return ProposedChange.objects.create(
        import_record=import_record,
        row=row,
        operation_id=statement.operation_id,
        activity_id=statement.activity_id,
        result=stored,
        values=values,
        old_values=old_values,
    )


def _decide(proposal, user, decision, reason=""):
    if proposal.decision != ProposedChange.Decision.PENDING:
        raise TransitionError(
            _("%(proposal)s was already %(decision)s.")
            % {"proposal": proposal, "decision": proposal.get_decision_display()}
        )
    proposal.decision, proposal.decided_by, proposal.decided_at = decision, user, timezone.now()
    proposal.reason = reason.strip()
    proposal.save()


def accept(proposal, user, reason=""):
    """Apply the proposal to the register. A change to a published figure's value or qualifier needs
    a reason, published as its correction note."""
    if getattr(settings, "FOUR_EYES_PUBLISHING", True) and proposal.import_record.user_id == user.pk:
        raise TransitionError(
            _("You imported %(proposal)s; someone else must accept it (four-eyes rule).") % {"proposal": proposal}
        )
    with register_change(user, _("Accepted from import #%s") % proposal.import_record_id, lock=proposal) as locked:
        # The statement's row is locked too, so no editor's save can land between reading and writing it.
        statement = Result.objects.select_for_update().get(pk=locked.result_id) if locked.result_id else Result()
        old_value, old_qualifier = statement.value, statement.qualifier_id
        for name, value in locked.values.items():
            setattr(statement, name, Decimal(value) if name == "value" and value is not None else value)
        corrects = locked.result is not None and {"value", "qualifier_id"} & set(locked.values)
        if corrects and not reason.strip():
            raise TransitionError(_("Say why this published figure changes: readers see the reason."))
        statement.full_clean()
        statement.save()
        if corrects:
            record_correction(statement, old_value, old_qualifier, reason.strip(), user)
        _decide(locked, user, ProposedChange.Decision.ACCEPTED, reason)
        return statement


def reject(proposal, user, reason=""):
    with register_change(user, _("Rejected from import #%s") % proposal.import_record_id, lock=proposal) as locked:
        _decide(locked, user, ProposedChange.Decision.REJECTED, reason)

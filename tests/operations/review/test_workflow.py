"""Review and publication: who may move an operation where, and the four-eyes rule."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from operations.models import Activity, Dimension, Metric, Operation, Qualifier, Result, Source, Unit
from operations.review import workflow
from operations.review.access import COORDINATORS, EDITORS
from participants.models import Participant
from tests.operations.builders import make_danube_operation

pytestmark = pytest.mark.django_db


@pytest.fixture
def operation():
    return make_danube_operation()


@pytest.fixture
def alice():
    return get_user_model().objects.create_user("alice", is_staff=True)


@pytest.fixture
def bob():
    return get_user_model().objects.create_user("bob", is_staff=True)


def edit(operation, user, **changes):
    for field, value in changes.items():
        setattr(operation, field, value)
    operation._history_user = user
    operation.save()


def test_full_review_cycle(operation, alice, bob):
    edit(operation, alice, motto="Together")
    workflow.submit(operation, alice)
    assert operation.status == Operation.Status.SUBMITTED
    workflow.return_for_changes(operation, bob, "Add the source of the arrests figure.")
    assert operation.status == Operation.Status.RETURNED
    assert operation.review_comment == "Add the source of the arrests figure."
    edit(operation, alice, motto="Together again")
    workflow.submit(operation, alice)
    workflow.publish(operation, bob)
    operation.refresh_from_db()
    assert operation.status == Operation.Status.PUBLISHED
    assert operation.published_by == bob and operation.published_at is not None
    assert Operation.objects.published().get() == operation
    workflow.withdraw(operation, bob, "Source retracted")
    assert not Operation.objects.published().exists()


def test_returning_needs_a_comment(operation, alice, bob):
    workflow.submit(operation, alice)
    with pytest.raises(workflow.TransitionError, match="what to fix"):
        workflow.return_for_changes(operation, bob, "   ")
    operation.refresh_from_db()
    assert operation.status == Operation.Status.SUBMITTED


@pytest.mark.parametrize(
    ("status", "transition"),
    [
        (Operation.Status.DRAFT, "publish"),
        (Operation.Status.DRAFT, "withdraw"),
        (Operation.Status.PUBLISHED, "submit"),
        (Operation.Status.RETURNED, "publish"),
    ],
)
def test_transitions_only_from_allowed_statuses(operation, bob, status, transition):
    Operation.objects.filter(pk=operation.pk).update(status=status, review_comment="Fix it")
    operation.refresh_from_db()
    move = {"publish": workflow.publish, "withdraw": workflow.withdraw, "submit": workflow.submit}[transition]
    with pytest.raises(workflow.TransitionError):
        move(operation, bob)
    operation.refresh_from_db()
    assert operation.status == status


def test_four_eyes_the_last_editor_cannot_publish(operation, alice, bob, settings):
    settings.FOUR_EYES_PUBLISHING = True
    edit(operation, alice, motto="Mine")
    workflow.submit(operation, alice)
    with pytest.raises(workflow.TransitionError, match="four-eyes"):
        workflow.publish(operation, alice)
    workflow.publish(operation, bob)
    assert operation.status == Operation.Status.PUBLISHED


def test_four_eyes_counts_edits_to_figures(operation, alice, bob, settings):
    settings.FOUR_EYES_PUBLISHING = True
    edit(operation, alice, motto="Alice's")
    unit = Unit.objects.create(code="persons", name="persons", dimension=Dimension.COUNT, factor=1)
    metric = Metric.objects.create(code="arrests", name="Arrests", unit=unit)
    source = Source.objects.create(title="Press release", kind="press_release")
    result = Result(operation=operation, metric=metric, value=Decimal(5), source=source, quote="5 arrests")
    result._history_user = bob
    result.save()
    workflow.submit(operation, alice)
    assert workflow.last_editor(operation) == bob
    with pytest.raises(workflow.TransitionError):
        workflow.publish(operation, bob)
    workflow.publish(operation, alice)


def test_four_eyes_can_be_switched_off(operation, alice, settings):
    settings.FOUR_EYES_PUBLISHING = False
    edit(operation, alice, motto="Mine")
    workflow.submit(operation, alice)
    workflow.publish(operation, alice)
    assert operation.status == Operation.Status.PUBLISHED


def test_transitions_are_in_the_history_with_their_author(operation, alice, bob):
    workflow.submit(operation, alice)
    workflow.return_for_changes(operation, bob, "Fix the dates")
    latest = operation.history.order_by("-history_date").first()
    assert latest.history_user == bob
    assert latest.status == Operation.Status.RETURNED
    assert latest.history_change_reason == "workflow: return"


def test_correction_is_recorded_for_a_published_figure(operation, alice):
    Operation.objects.filter(pk=operation.pk).update(status=Operation.Status.PUBLISHED)
    operation.refresh_from_db()
    unit = Unit.objects.create(code="persons", name="persons", dimension=Dimension.COUNT, factor=1)
    metric = Metric.objects.create(code="arrests", name="Arrests", unit=unit)
    source = Source.objects.create(title="Press release", kind="press_release")
    result = Result.objects.create(operation=operation, metric=metric, value=Decimal(566), source=source, quote="566")
    result.value = Decimal(565)
    assert workflow.needs_correction_note(result, Decimal(566), Qualifier.EXACT)
    correction = workflow.record_correction(result, Decimal(566), Qualifier.EXACT, "Typo in the first release", alice)
    assert (correction.old_value, correction.new_value) == (Decimal(566), Decimal(565))
    assert correction.old_qualifier_id == correction.new_qualifier_id == Qualifier.EXACT
    result.note = "only a note"
    assert not workflow.needs_correction_note(result, Decimal(565), Qualifier.EXACT)
    result.qualifier_id = Qualifier.MORE_THAN
    assert workflow.needs_correction_note(result, Decimal(565), Qualifier.EXACT)


def test_four_eyes_for_an_activity_counts_its_own_edits_and_figures(operation, alice, bob, settings):
    settings.FOUR_EYES_PUBLISHING = True
    edit(operation, alice, motto="Alice's operation")  # the operation's editor, not the activity's
    implementer = Participant.objects.create(name="SEESAC", slug="seesac", kind=Participant.Kind.PARTNER)
    source = Source.objects.create(title="SEESAC report", kind=Source.Kind.OTHER)
    activity = Activity.objects.create(
        kind_id="training", title="Training", slug="training", implementer=implementer, source=source
    )
    unit = Unit.objects.create(code="persons", name="persons", dimension=Dimension.COUNT, factor=1)
    metric = Metric.objects.create(code="trained", name="Officers trained", unit=unit)
    result = Result(activity=activity, metric=metric, value=Decimal(20), source=source, quote="20 officers")
    result._history_user = bob
    result.save()
    workflow.submit(activity, alice)
    assert workflow.last_editor(activity) == bob
    with pytest.raises(workflow.TransitionError, match="four-eyes"):
        workflow.publish(activity, bob)
    workflow.publish(activity, alice)
    assert activity.status == Activity.Status.PUBLISHED


def test_groups_have_what_they_need_and_no_more():
    editors = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    coordinators = set(Group.objects.get(name=COORDINATORS).permissions.values_list("codename", flat=True))
    assert {"add_result", "change_result", "view_result", "publish_operation", "change_participant"} <= editors
    assert not any(codename.endswith("_user") or codename.endswith("_group") for codename in editors)
    assert "delete_participant" not in editors and "delete_source" not in editors
    assert coordinators and all(codename.startswith("view_") for codename in coordinators)
    assert "view_result" in coordinators
    catalogues = {"qualifier", "activitykind", "breakdown"}
    assert {f"{action}_{model}" for model in catalogues for action in ("add", "change", "view")} <= editors
    assert {f"view_{model}" for model in catalogues} <= coordinators


def test_create_account_puts_the_user_in_its_group(capsys):
    call_command("create_account", "carla", "coordinator")
    out = capsys.readouterr().out
    user = get_user_model().objects.get(username="carla")
    password = out.split("shown only this once): ")[1].strip()
    assert user.check_password(password) and user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [COORDINATORS]
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_account", "carla", "editor")

"""The register's "last updated" moment (`Revision.public_changed_at`): every change that may alter
what visitors see moves it, in the change's own transaction; a change to drafts only, an import
into a draft, a proposal or a migration leaves it (while the revision tag, which keys the cache,
changes with all of them)."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from operations.models import Operation, Result, Revision
from operations.review import workflow
from operations.review.changes import register_change
from tests import public_fixtures
from tests.operations.fixtures import build_world
from tests.operations.sheets import RESULT_HEADERS, csv_bytes, result_rows

pytestmark = pytest.mark.django_db

world = public_fixtures.world


def last_updated():
    return Revision.objects.state().public_changed_at


@pytest.fixture
def marked(world):
    """The register with a known "last updated" moment, earlier than anything a test does."""
    Revision.objects.bump(public=True)
    return last_updated()


@pytest.fixture
def editors():
    users = get_user_model().objects
    return users.create_user("alice", is_staff=True), users.create_user("bob", is_staff=True)


def test_the_moment_and_the_tag_are_read_in_one_query(world, django_assert_num_queries):
    with django_assert_num_queries(1):
        state = Revision.objects.state()
    assert state.tag == Revision.objects.current()
    assert state.public_changed_at is not None and state.public_changed_at.tzinfo is not None


def test_editing_a_draft_changes_the_tag_but_not_the_moment(world, marked):
    tag = Revision.objects.current()
    world.draft.motto = "Another secret motto"
    world.draft.save()
    Result.objects.filter(pk=world.draft_result.pk).get().save()
    world.secret_activity.beneficiary_countries.add(world.spain)
    assert Revision.objects.current() != tag
    assert last_updated() == marked


@pytest.mark.parametrize(
    "change",
    [
        lambda world: world.jad_2024.save(),
        lambda world: Result.objects.get(pk=world.arrests_total.pk).save(),
        lambda world: Result.objects.get(pk=world.kosovo_weapons.pk).delete(),
        lambda world: world.jad_2024.crime_areas.add(world.drugs),
        lambda world: world.training_value.save(),
        lambda world: world.europol_release.save(),  # a public source
        lambda world: world.arrests.save(),  # the catalogue is public
    ],
    ids=["operation", "statement", "deleted statement", "crime area", "activity figure", "source", "metric"],
)
def test_a_change_to_published_data_moves_the_moment(world, marked, change):
    change(world)
    assert last_updated() > marked


def test_publishing_and_withdrawing_move_the_moment(world, marked, editors, settings):
    settings.FOUR_EYES_PUBLISHING = False
    alice, _bob = editors
    workflow.submit(world.draft, alice)
    assert last_updated() == marked  # submitted: still a draft to visitors
    workflow.publish(world.draft, alice)
    published = last_updated()
    assert published > marked
    workflow.withdraw(world.draft, alice, "Sources disagree")
    assert last_updated() > published


def test_a_correction_moves_the_moment(world, marked, editors):
    alice, _bob = editors
    statement = Result.objects.get(pk=world.arrests_total.pk)
    with register_change(alice, "corrected"):
        old_value, old_qualifier = statement.value, statement.qualifier_id
        statement.value = 567
        statement.save()
        workflow.record_correction(statement, old_value, old_qualifier, "Typo in the release", alice)
    assert last_updated() > marked


def test_a_rolled_back_change_leaves_the_moment(world, marked):
    with pytest.raises(RuntimeError), transaction.atomic():
        world.jad_2024.save()
        assert last_updated() > marked
        raise RuntimeError("roll back")
    assert last_updated() == marked


def test_a_bulk_import_into_a_draft_leaves_the_moment(tmp_path, db, admin_user):
    build_world()
    Operation.objects.update(status=Operation.Status.DRAFT)
    Revision.objects.bump(public=True)
    before, tag = last_updated(), Revision.objects.current()
    path = tmp_path / "results.csv"
    path.write_bytes(csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "12", "12 arrests in Serbia"))))
    call_command("import_results", str(path), stdout=StringIO(), stderr=StringIO())
    assert Revision.objects.current() != tag
    assert last_updated() == before


def test_a_migration_leaves_the_moment(world, marked):
    call_command("migrate", "operations", verbosity=0, stdout=StringIO())
    assert last_updated() == marked


def test_a_new_register_has_no_moment_until_something_public_changes(db):
    Revision.objects.all().delete()
    Revision.objects.bump(public=False)
    assert Revision.objects.state().tag is not None
    assert last_updated() is None

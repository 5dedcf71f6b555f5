"""The drop-downs' choices: read through the public doors once per revision of the register and
kept in the shared cache (operations.public.choices), read again after any change. A visitor never
sees a withdrawn operation or a stale list, and a draft's key cannot be chosen through the URL."""

import pytest

from operations.models import Operation, Result, Revision
from operations.public.choices import choices, footnoted_participants, metric_breakdowns
from operations.review.workflow import publish, withdraw
from tests import public_fixtures
from tests.public_fixtures import SECRET

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def operation_choices(client):
    response = client.get("/results/")
    return {key for key, _label in response.context["filter"].form.fields["operation"].choices if key}


def test_choices_are_read_once_per_revision(world, django_assert_num_queries):
    revision = Revision.objects.current()
    first = choices("operations", revision)
    assert ("jad-see-2024", "JAD SEE 2024") in first
    assert "jad-see-2025" not in dict(first)  # the draft
    assert [participant.name for participant in footnoted_participants(revision)] == ["Kosovo"]
    with django_assert_num_queries(0):
        assert choices("operations", revision) == first
        assert [participant.name for participant in footnoted_participants(revision)] == ["Kosovo"]


def test_a_metric_is_chosen_with_its_whole_breakdown(world):
    breakdowns = metric_breakdowns(Revision.objects.current())
    assert set(breakdowns["arrests"]) == {world.arrests.pk, *world.arrests.children.values_list("pk", flat=True)}


def test_publishing_and_withdrawing_show_at_once_in_the_drop_downs(client, world, admin_user, django_user_model):
    draft = Operation.objects.get(slug="jad-see-2025")
    assert draft.slug not in operation_choices(client)
    reviewer = django_user_model.objects.create_superuser("reviewer", "reviewer@example.org", "x")
    draft.status = Operation.Status.SUBMITTED
    draft.save()

    publish(draft, reviewer)
    assert draft.slug in operation_choices(client)
    assert SECRET in client.get("/results/").content.decode()  # its coordination centre's host, now public

    withdraw(draft, reviewer, "published by mistake")
    assert draft.slug not in operation_choices(client)
    assert client.get("/results/?operation=jad-see-2025").context["filter"].form.errors["operation"]


def test_a_renamed_operation_is_renamed_in_the_drop_down(client, world):
    operation = Operation.objects.get(slug="jad-see-2024")
    client.get("/results/")
    operation.short_name = "JAD SEE Sarajevo"
    operation.save()
    assert "JAD SEE Sarajevo" in client.get("/results/").content.decode()


def test_the_unfiltered_count_is_kept_per_revision_and_follows_changes(client, world):
    from tests.public_fixtures import add_results

    assert client.get("/results/").context["table"].paginator.count == Result.objects.public().count()
    add_results(world, 7)
    count = client.get("/results/").context["table"].paginator.count
    assert count == Result.objects.public().count()
    Result.objects.public().first().delete()
    assert client.get("/results/").context["table"].paginator.count == count - 1


def test_metrics_are_offered_in_tree_order(client, world):
    """Each metric followed by its breakdown, siblings by position: not alphabetically by label."""
    field = client.get("/results/").context["filter"].form.fields["metric"]
    keys = [key for key, _label in field.choices if key]
    # Siblings of one position by name: Firearms trafficking before Migrant smuggling.
    fixture_metrics = ["officers", "arrests", "arrests-firearms", "arrests-smuggling", "weapons", "cannabis", "value"]
    assert [key for key in keys if key in fixture_metrics] == fixture_metrics
    labels = dict(field.choices)
    assert labels["arrests-smuggling"] == "Arrests – Migrant smuggling"

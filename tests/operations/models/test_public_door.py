"""The public door of results (`Result.objects.public()`): the results of published operations and
of published activities, alone, negated, nested in another query, and after a withdrawal."""

import pytest
from django.db.models import Exists, OuterRef, Q

from operations.models import Activity, Operation, Result, Source
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def ids(queryset):
    return sorted(queryset.values_list("pk", flat=True))


def of_published_operations_and_activities():
    return Result.objects.filter(
        Q(operation__status=Operation.Status.PUBLISHED) | Q(activity__status=Activity.Status.PUBLISHED)
    )


def test_public_results_are_those_of_published_operations_and_activities_and_no_draft_one(world):
    public = ids(Result.objects.public())
    assert public == ids(of_published_operations_and_activities())
    assert world.training_value.pk in public and len(public) > 5
    assert world.draft_result.pk not in public and world.secret_value.pk not in public


def test_the_rest_are_the_results_of_drafts(world):
    rest = ids(Result.objects.exclude(pk__in=Result.objects.public()))
    assert rest == sorted([world.draft_result.pk, world.secret_value.pk])


def test_nested_in_another_query_it_still_hides_drafts(world):
    published = of_published_operations_and_activities()
    expected = ids(Source.objects.filter(Exists(published.filter(source=OuterRef("pk")))))
    assert ids(Source.objects.filter(Exists(Result.objects.public().filter(source=OuterRef("pk"))))) == expected
    assert world.secret_source.pk not in expected and world.seesac_report.pk in expected


def test_a_withdrawn_operation_takes_its_results_with_it(world):
    Operation.objects.filter(pk=world.jad_2024.pk).update(status=Operation.Status.WITHDRAWN)
    assert ids(Result.objects.public()) == ids(of_published_operations_and_activities())
    assert not Result.objects.public().filter(operation=world.jad_2024).exists()


def test_a_withdrawn_activity_takes_its_results_with_it(world):
    Activity.objects.filter(pk=world.training.pk).update(status=Activity.Status.WITHDRAWN)
    assert ids(Result.objects.public()) == ids(of_published_operations_and_activities())
    assert not Result.objects.public().filter(activity=world.training).exists()
    assert Result.objects.public().filter(operation=world.jad_2024).exists()  # the operation it supported stays

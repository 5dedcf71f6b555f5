"""The public door of results (`Result.objects.public()`): the results of published operations,
alone, negated, nested in another query, and after a withdrawal."""

import pytest
from django.db.models import Exists, OuterRef

from operations.models import Operation, Result, Source
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def ids(queryset):
    return sorted(queryset.values_list("pk", flat=True))


def of_published_operations():
    return Result.objects.filter(operation__status=Operation.Status.PUBLISHED)


def test_public_results_are_those_of_published_operations_and_no_draft_one(world):
    public = ids(Result.objects.public())
    assert public == ids(of_published_operations())
    assert world.draft_result.pk not in public and len(public) > 5


def test_the_rest_are_the_results_of_drafts(world):
    assert ids(Result.objects.exclude(pk__in=Result.objects.public())) == [world.draft_result.pk]


def test_nested_in_another_query_it_still_hides_drafts(world):
    expected = ids(Source.objects.filter(Exists(of_published_operations().filter(source=OuterRef("pk")))))
    assert ids(Source.objects.filter(Exists(Result.objects.public().filter(source=OuterRef("pk"))))) == expected
    assert world.secret_source.pk not in expected


def test_a_withdrawn_operation_takes_its_results_with_it(world):
    Operation.objects.filter(pk=world.jad_2024.pk).update(status=Operation.Status.WITHDRAWN)
    assert ids(Result.objects.public()) == ids(of_published_operations())
    assert not Result.objects.public().filter(operation=world.jad_2024).exists()

"""The public door of results (`Result.objects.public()`), written as the PublishedOperation
expression: it must find what the ORM's own EXISTS finds, alone, negated and nested."""

import pytest
from django.db.models import Exists, OuterRef

from operations.models import Operation, Result, Source
from operations.models.operations import PublishedOperation
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def published_by_the_orm(column):
    return Exists(Operation.objects.published().filter(pk=OuterRef(column)))


def ids(queryset):
    return sorted(queryset.values_list("pk", flat=True))


def test_public_results_are_those_the_orm_finds_and_no_draft_one(world):
    public = ids(Result.objects.public())
    assert public == ids(Result.objects.filter(published_by_the_orm("operation_id")))
    assert world.draft_result.pk not in public and len(public) > 5


def test_negated_it_finds_the_results_of_drafts(world):
    drafts = ids(Result.objects.exclude(PublishedOperation("operation_id")))
    assert drafts == ids(Result.objects.exclude(published_by_the_orm("operation_id"))) == [world.draft_result.pk]


def test_nested_in_another_query_it_names_the_nested_table(world):
    """Inside a subquery the results table is aliased (U0): the expression must follow it."""
    expected = ids(
        Source.objects.filter(
            Exists(Result.objects.filter(published_by_the_orm("operation_id"), source=OuterRef("pk")))
        )
    )
    assert ids(Source.objects.filter(Exists(Result.objects.public().filter(source=OuterRef("pk"))))) == expected
    assert world.secret_source.pk not in expected


def test_a_withdrawn_operation_takes_its_results_with_it(world):
    Operation.objects.filter(pk=world.jad_2024.pk).update(status=Operation.Status.DRAFT)
    public = ids(Result.objects.public())
    assert public == ids(Result.objects.filter(published_by_the_orm("operation_id")))
    assert not Result.objects.public().filter(operation=world.jad_2024).exists()

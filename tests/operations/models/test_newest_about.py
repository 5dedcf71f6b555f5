"""A country's newest statements (Result.objects.newest_about): its newest published operations'
first, each in catalogue order, then the activities', never more than asked, never a draft's."""

import datetime
from decimal import Decimal

import pytest

from operations.models import Activity, Metric, Operation, Result
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def about(world, operation=None, activity=None, metric=None, value=1):
    return Result.objects.create(
        operation=operation,
        activity=activity,
        metric=metric or world.weapons,
        value=Decimal(value),
        source=world.europol_release,
        country=world.kosovo,
        quote=f"{value} in Kosovo*",
    )


def test_the_newest_operation_first_then_activities(world):
    older = about(world, world.jad_2023, metric=world.arrests)
    older_officers = about(world, world.jad_2023, metric=world.officers)
    training = about(world, activity=world.training, metric=world.value, value=500)
    about(world, world.draft, metric=world.officers)  # a draft's: never

    newest = Result.objects.newest_about(world.kosovo, 10)

    # JAD SEE 2024 (its weapons seized in Kosovo*), then 2023 in catalogue order, then the training.
    assert newest == [world.kosovo_weapons, older_officers, older, training]


def test_never_more_than_asked_and_only_the_newest(world):
    for index in range(3):
        metric = Metric.objects.create(code=f"m-{index}", name=f"M {index}", unit=world.items, position=10 + index)
        about(world, world.jad_2023, metric=metric)
    assert Result.objects.newest_about(world.kosovo, 1) == [world.kosovo_weapons]
    two = Result.objects.newest_about(world.kosovo, 2)
    assert two[0] == world.kosovo_weapons and two[1].operation == world.jad_2023 and two[1].metric.code == "m-0"


def test_a_withdrawn_operation_or_draft_activity_says_nothing(world):
    about(world, activity=world.secret_activity, metric=world.value)
    Operation.objects.filter(pk=world.jad_2024.pk).update(status=Operation.Status.DRAFT)
    assert Result.objects.newest_about(world.kosovo, 10) == []
    Activity.objects.filter(pk=world.secret_activity.pk).update(
        status=Activity.Status.PUBLISHED, start_date=datetime.date(2025, 1, 1)
    )
    assert [result.activity for result in Result.objects.newest_about(world.kosovo, 10)] == [world.secret_activity]

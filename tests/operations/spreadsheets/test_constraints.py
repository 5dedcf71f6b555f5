"""Imports evaluate the models' check constraints in Python (operations.models.constraints) rather than
with a query per row: the answer must be the database's, for every check constraint."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db.models import CheckConstraint

from operations.models import Activity, Metric, Operation, Qualifier, Result, Source, Unit
from operations.models.constraints import Unsupported, condition_holds
from participants.models import KindPeriod, Participant
from tests.operations.fixtures import build_world

pytestmark = pytest.mark.django_db


def instances(world):
    day = datetime.date(2024, 3, 10)
    operation, activity = world.operation.pk, world.activity.pk
    return [
        Result(value=Decimal("5"), operation_id=operation),
        Result(value=Decimal("-1"), activity_id=activity),
        Result(value=None, operation_id=operation, activity_id=activity),
        Result(value=None),
        Activity(start_date=day, end_date=day - datetime.timedelta(days=1)),
        Activity(start_date=None, end_date=day),
        Activity(start_date=day, end_date=day),
        Activity(status="returned", review_comment=""),
        Activity(status="returned", review_comment="Fix it"),
        Unit(dimension="money", currency=""),
        Unit(dimension="money", currency="EUR"),
        Unit(dimension="money", currency="EUR", factor=Decimal("1")),
        Unit(dimension="count", currency="EUR", factor=Decimal("1")),
        Unit(dimension="count", currency="", factor=Decimal("0")),
        Unit(dimension="mass", currency="", factor=Decimal("1000")),
        Unit(dimension="mass", currency="", factor=None),
        Qualifier(bound="exact", reach=Decimal("0"), inclusive=True),
        Qualifier(bound="exact", reach=Decimal("5"), inclusive=True),
        Qualifier(bound="exact", reach=Decimal("0"), inclusive=False),
        Qualifier(bound="lower", reach=Decimal("0")),
        Qualifier(bound="lower", reach=Decimal("100")),
        Qualifier(bound="approximate", reach=Decimal("2000")),
        Source(year=1850),
        Source(year=2024),
        Source(year=None),
        Operation(status="returned", review_comment=""),
        Operation(status="returned", review_comment="Fix it", start_date=day, end_date=day),
        Operation(start_date=None, end_date=day),
        Operation(pk=operation, part_of_id=operation),
        Operation(pk=operation, part_of_id=None),
        Participant(kind="partner", country="RS"),
        Participant(kind="non_eu", country="RS"),
        Participant(kind="partner", country=""),
        KindPeriod(since=2020, until=1973),
        KindPeriod(since=1973, until=2020),
        KindPeriod(since=None, until=None),
        KindPeriod(since=None, until=2020),
        Metric(pk=world.arrests.pk, parent_id=world.arrests.pk, breakdown_id=None),
        Metric(pk=world.arrests.pk, parent_id=None, breakdown_id=None),
        Metric(parent_id=world.arrests.pk, breakdown_id=world.arrests_firearms.breakdown_id),
        Metric(parent_id=None, breakdown_id=world.arrests_firearms.breakdown_id),
    ]


def database_says(constraint, model, instance):
    try:
        constraint.validate(model, instance)
    except ValidationError:
        return False
    return True


def test_python_and_the_database_agree_on_every_check_constraint():
    world = build_world()
    compared, outcomes = 0, {}
    for instance in instances(world):
        model = type(instance)
        for constraint in model._meta.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            try:
                holds = condition_holds(constraint.condition, instance)
            except Unsupported:
                continue
            says = database_says(constraint, model, instance)
            assert (holds is not False) == says, (constraint.name, instance)
            outcomes.setdefault(constraint.name, set()).add(says)
            compared += 1
    assert compared == 87  # none left to the database
    # Every check constraint of these models is met and broken at least once.
    checks = {
        constraint.name
        for model in {type(instance) for instance in instances(world)}
        for constraint in model._meta.constraints
        if isinstance(constraint, CheckConstraint)
    }
    assert {name: says for name, says in outcomes.items() if says != {True, False}} == {}
    assert set(outcomes) == checks

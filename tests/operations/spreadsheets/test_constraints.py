"""Imports evaluate the models' check constraints in Python (operations.models.constraints) rather than
with a query per row: the answer must be the database's, for every check constraint."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db.models import CheckConstraint

from operations.models import Activity, Metric, Operation, Result, Source, Unit
from operations.models.constraints import Unsupported, condition_holds
from participants.models import Participant
from tests.operations.fixtures import build_world

pytestmark = pytest.mark.django_db


def instances(world):
    day = datetime.date(2024, 3, 10)
    return [
        Result(value=Decimal("5")),
        Result(value=Decimal("-1")),
        Result(value=None),
        Activity(value=Decimal("1"), currency=""),
        Activity(value=Decimal("-1"), currency="EUR"),
        Activity(value=None, currency="", start_date=day, end_date=day - datetime.timedelta(days=1)),
        Activity(start_date=None, end_date=day),
        Activity(start_date=day, end_date=day),
        Unit(kind="money", currency=""),
        Unit(kind="money", currency="EUR"),
        Unit(kind="count", currency="EUR"),
        Source(year=1850),
        Source(year=2024),
        Source(year=None),
        Operation(status="returned", review_comment=""),
        Operation(status="returned", review_comment="Fix it", start_date=day, end_date=day),
        Participant(kind="partner", country="RS"),
        Participant(kind="non_eu", country="RS"),
        Participant(kind="partner", country=""),
        Metric(pk=world.arrests.pk, parent_id=world.arrests.pk),
        Metric(pk=world.arrests.pk, parent_id=None),
    ]


def database_says(constraint, model, instance):
    try:
        constraint.validate(model, instance)
    except ValidationError:
        return False
    return True


def test_python_and_the_database_agree_on_every_check_constraint():
    world = build_world()
    compared = 0
    for instance in instances(world):
        model = type(instance)
        for constraint in model._meta.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            try:
                holds = condition_holds(constraint.condition, instance)
            except Unsupported:
                continue
            assert (holds is not False) == database_says(constraint, model, instance), (constraint.name, instance)
            compared += 1
    assert compared == 33  # none left to the database

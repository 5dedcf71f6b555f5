"""History copied by the database (`changes.copy_into_history`, the bulk import's): the very rows
simple-history's `bulk_history_create` writes of the same statements."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from operations.models import Metric, Qualifier, Result
from operations.review.changes import copy_into_history
from tests.operations.fixtures import build_world

pytestmark = pytest.mark.django_db

AUDIT = ("history_type", "history_date", "history_user_id", "history_change_reason", "import_id")


def history_rows(pks):
    """Every column of the statements' history rows but the history's own id, oldest first."""
    history = Result.history.model
    names = [field.attname for field in history._meta.concrete_fields if field.attname != "history_id"]
    return list(history.objects.filter(id__in=pks).order_by("history_id").values_list(*names))


def test_copied_history_is_the_history_simple_history_writes(db):
    world = build_world()
    editor = User.objects.create_user("importer")
    unmeasured = Metric.objects.create(code="unmeasured", name="Not yet measured", unit=world.persons)
    statements = Result.objects.bulk_create(
        [
            Result(
                operation=world.operation,
                metric=world.arrests,
                value=Decimal("1.5"),
                unit=world.persons,
                qualifier_id=Qualifier.OVER,
                source=world.source,
                country=world.kosovo,
                quote='He said "over 1.5", then, a comma',
                note="a note",
                is_headline=True,
            ),
            Result(operation=world.operation, metric=unmeasured, value=None, unit=world.persons, source=world.source),
        ]
    )
    pks = [statement.pk for statement in statements]
    moment = timezone.make_aware(datetime.datetime(2026, 12, 7, 8, 30, 15, 123456))
    audit = {"date": moment, "user": editor, "reason": "Imported from results.csv", "import_id": 41}

    copy_into_history(Result, pks, history_type="+", **audit)
    copied = history_rows(pks)
    Result.history.filter(id__in=pks).delete()
    Result.history.bulk_history_create(
        statements,
        default_user=editor,
        default_change_reason=audit["reason"],
        default_date=moment,
        custom_historical_attrs={"import_id": 41},
    )

    assert copied == history_rows(pks)
    assert [row[0] for row in copied] == pks  # the statement's id, in the order they were written
    first = Result.history.filter(id=pks[0]).get()
    assert (first.history_type, first.history_date, first.history_user, first.import_id) == ("+", moment, editor, 41)
    assert (first.value, first.quote, first.country_id) == (
        Decimal("1.5"),
        'He said "over 1.5", then, a comma',
        world.kosovo.pk,
    )


def test_history_of_more_statements_than_one_insert_takes(db):
    """The ids go to the database 500 at a time (SQLite takes at most 999 parameters a statement)."""
    world = build_world()
    metrics = Metric.objects.bulk_create(
        Metric(code=f"copied-{index}", name=f"Copied {index}", unit=world.persons) for index in range(1201)
    )
    statements = Result.objects.bulk_create(
        Result(operation=world.operation, metric=metric, value=index, unit=world.persons, source=world.source)
        for index, metric in enumerate(metrics)
    )
    pks = [statement.pk for statement in statements]
    copy_into_history(Result, pks, history_type="+", date=timezone.now(), user=None, reason="")
    assert [row[0] for row in history_rows(pks)] == pks
    assert set(Result.history.filter(id__in=pks).values_list("history_type", "history_user", "import_id")) == {
        ("+", None, None)
    }

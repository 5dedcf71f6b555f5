"""`manage.py load_demo`: a second run changes nothing, a change is put back, a dry run saves
nothing, a typo fails the whole load."""

import dataclasses
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from operations.demo import OPERATIONS, loader
from operations.demo.records import Listed
from operations.models import (
    Activity,
    Metric,
    Operation,
    Participation,
    Result,
    Source,
)
from participants.models import Institution, Participant
from tests.operations.demo.seeds import source, value

pytestmark = pytest.mark.usefixtures("demo_data")


# ---- The command -------------------------------------------------------------------------------------


def snapshot():
    return {
        "rows": [
            model.objects.count()
            for model in (Participant, Institution, Operation, Participation, Result, Source, Activity, Metric)
        ],
        "history": [model.history.count() for model in (Operation, Participation, Result, Source, Activity)],
        "updated_at": sorted(Result.objects.values_list("pk", "updated_at"))
        + sorted(Operation.objects.values_list("pk", "updated_at")),
    }


def test_second_run_changes_nothing():
    before = snapshot()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "Demo data loaded: 0 created, 0 updated" in out.getvalue()


def test_a_change_in_the_database_is_put_back_and_counted():
    Result.objects.filter(metric__code="arrests", source=source("001")).update(value=999)
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert value("jad-see-2023", "arrests", "001") == 566
    assert "results: 0 created, 1 updated" in out.getvalue()


def test_dry_run_saves_nothing():
    Operation.objects.filter(part_of__isnull=False).delete()  # parts first: an operation with parts is protected
    Operation.objects.all().delete()
    out = StringIO()
    call_command("load_demo", "--dry-run", stdout=out)
    assert not Operation.objects.exists()
    assert "Dry run, rolled back" in out.getvalue()
    assert f"operations: {len(OPERATIONS)} created" in out.getvalue()


def test_a_typo_in_the_data_fails_the_whole_load(monkeypatch):
    Participation.objects.all().delete()
    first = loader.REPORTS[0]
    typo = dataclasses.replace(first, listed=(Listed("spain"), Listed("atlantis")))
    monkeypatch.setattr(loader, "REPORTS", (typo, *loader.REPORTS[1:]))
    with pytest.raises(CommandError, match="unknown participant 'atlantis'"):
        call_command("load_demo", stdout=StringIO())
    assert not Participation.objects.exists()

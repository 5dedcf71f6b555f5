"""Capacity building gets the same checks as operations: an activity's statements are checked
against each other, never against an operation's, and money is never compared across currencies."""

from io import StringIO

import pytest
from django.core.management import call_command

from operations.models import Dimension, Qualifier
from operations.quality import FindingKind, check_operations
from tests.operations.builders import make_activity, make_metric, make_operation, make_source, make_unit, state

pytestmark = pytest.mark.django_db


@pytest.fixture
def worth():
    return make_metric("Value", unit=make_unit("eur", Dimension.MONEY, currency="EUR"))


def test_two_sources_disagreeing_on_an_activity_are_a_conflict_of_that_activity(worth):
    course = make_activity()
    state(None, worth, make_source(), 3_300_000, Qualifier.OVER, activity=course)
    state(None, worth, make_source(), 1_000_000, activity=course)

    [finding] = check_operations([], [course]).findings

    assert (finding.kind, finding.subject, finding.operation) == (FindingKind.CONFLICT, course, None)
    assert f"Value, {course.short_name}: the statements cannot all be true" in finding.message


def test_money_in_two_currencies_is_never_compared(worth):
    dollars = make_unit("usd", Dimension.MONEY, currency="USD")
    handover = make_activity(kind="equipment_delivery")
    state(None, worth, make_source(), 1_000_000, activity=handover)
    state(None, worth, make_source(), 1_180_000, activity=handover, unit=dollars)

    assert check_operations([], [handover]).findings == []


def test_an_activity_and_the_operation_it_supports_are_checked_apart(worth):
    operation, source = make_operation(), make_source()
    course = make_activity(source=source)
    state(operation, worth, source, 50_000)
    state(None, worth, source, 20_000, activity=course)

    assert check_operations([operation], [course]).findings == []


def test_the_command_checks_activities_and_names_them(worth):
    course = make_activity()
    state(None, worth, make_source(), 300, Qualifier.ALMOST, activity=course)
    state(None, worth, make_source(), 300, activity=course)
    out = StringIO()

    call_command("check_figures", "--activity", course.slug, stdout=out, no_color=True)

    assert f"{course.title} (Published)" in out.getvalue()
    assert "[conflict]" in out.getvalue()  # "almost 300" excludes 300
    assert "0 operations and 1 activity checked: 1 finding: 1 conflict between statements." in out.getvalue()

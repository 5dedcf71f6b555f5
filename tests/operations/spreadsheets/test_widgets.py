"""Cells as people and sources write them: dates (ISO, Excel, "December 2024", "2024") with their
precision, figures ("22 488"), whole numbers, and what is refused, with the reason."""

import datetime
from decimal import Decimal

import pytest
import tablib
from django.utils import translation

from operations.models import Activity, Operation, Result, Source
from operations.spreadsheets.resources import ActivityResource, OperationResource, ResultResource, SourceResource
from operations.spreadsheets.widgets import DateWidget, FigureWidget, WholeNumberWidget, YesNoWidget, read_partial_date
from tests.operations.fixtures import build_world
from tests.operations.sheets import SOURCE

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2023-11-13", (datetime.date(2023, 11, 13), "day")),
        ("13/11/2023", (datetime.date(2023, 11, 13), "day")),
        ("13.11.2023", (datetime.date(2023, 11, 13), "day")),
        ("13 November 2023", (datetime.date(2023, 11, 13), "day")),
        ("2023-11-13 00:00:00", (datetime.date(2023, 11, 13), "day")),
        (datetime.datetime(2023, 11, 13, 0, 0), (datetime.date(2023, 11, 13), "day")),
        (datetime.date(2023, 11, 13), (datetime.date(2023, 11, 13), "day")),
        (45243, (datetime.date(2023, 11, 13), "day")),  # an Excel serial number
        (45243.0, (datetime.date(2023, 11, 13), "day")),
        ("45243", (datetime.date(2023, 11, 13), "day")),
        ("December 2024", (datetime.date(2024, 12, 1), "month")),
        ("Dec 2024", (datetime.date(2024, 12, 1), "month")),
        ("2024-12", (datetime.date(2024, 12, 1), "month")),
        ("2024", (datetime.date(2024, 1, 1), "year")),
        (2024, (datetime.date(2024, 1, 1), "year")),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_dates_are_read_with_their_precision(written, read):
    assert read_partial_date(written) == read


@pytest.mark.parametrize("written", ["soon", "31/02/2024", "5000", "2024-13"])
def test_unreadable_dates_say_how_to_write_them(written):
    with pytest.raises(ValueError, match="date"):
        read_partial_date(written)


def test_a_full_date_column_refuses_a_month():
    with pytest.raises(ValueError, match="gives no day; this column needs the full date"):
        DateWidget().clean("December 2024")


@pytest.mark.parametrize(("written", "read"), [("2024", 2024), ("2 024", 2024), (7.0, 7), ("", None)])
def test_whole_numbers(written, read):
    assert WholeNumberWidget(minimum=0).clean(written) == read


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("twenty", 'Cannot read "twenty" as a whole number.'),
        ("1.5", 'Cannot read "1.5" as a whole number.'),
        ("-3", "-3 is below 0, the smallest value this column takes."),
    ],
)
def test_whole_numbers_refused(written, message):
    with pytest.raises(ValueError, match=message):
        WholeNumberWidget(minimum=0).clean(written)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("22 488", Decimal("22488")),
        ("22\u00a0488", Decimal("22488")),
        ("22,488", Decimal("22488")),
        ("1,234,567", Decimal("1234567")),
        ("22488", Decimal("22488")),
        ("0,5", Decimal("0.5")),
        ("1.5", Decimal("1.5")),
        ("22,488.5", Decimal("22488.5")),
        ("22.488,5", Decimal("22488.5")),
        (22488, Decimal("22488")),
        (0.5, Decimal("0.5")),
        ("", None),
    ],
)
def test_figures_are_read_as_the_sources_write_them(written, read):
    assert FigureWidget().clean(written) == read


@pytest.mark.parametrize("written", ["almost a tonne", "more than 22,400", "1,2,3", "NaN"])
def test_words_in_a_figure_are_refused_with_advice(written):
    with pytest.raises(ValueError, match="Write the figure alone"):
        FigureWidget().clean(written)


def operation_row(**cells):
    row = {
        "slug": "jad-see-2022",
        "short_name": "JAD SEE 2022",
        "name": "JAD SEE 2022",
        "series": "JAD SEE",
        "edition": "2022",
    }
    row.update(cells)
    return tablib.Dataset(list(row.values()), headers=list(row))


def errors(result):
    return {row.sheet_row: row.error_dict for row in result.invalid_rows}


def test_a_month_sets_month_precision_when_the_precision_is_blank(world):
    OperationResource().import_data(
        operation_row(start_date="November 2022", end_date="", start_precision="", end_precision="")
    )

    operation = Operation.objects.get(slug="jad-see-2022")
    assert (operation.start_date, operation.start_precision) == (datetime.date(2022, 11, 1), "month")
    assert operation.period_display == "November 2022"


def test_a_year_alone_sets_year_precision(world):
    OperationResource().import_data(operation_row(start_date="2022"))

    assert Operation.objects.get(slug="jad-see-2022").start_precision == "year"


def test_each_end_has_its_own_precision(world):
    result = OperationResource().import_data(operation_row(start_date="13 November 2022", end_date="December 2022"))

    assert not errors(result)
    operation = Operation.objects.get(slug="jad-see-2022")
    assert (operation.start_date, operation.start_precision) == (datetime.date(2022, 11, 13), "day")
    assert (operation.end_date, operation.end_precision) == (datetime.date(2022, 12, 1), "month")


def test_a_precision_finer_than_the_dates_is_refused(world):
    result = OperationResource().import_data(operation_row(start_date="November 2022", start_precision="day"))

    assert errors(result) == {
        2: {"start_precision": ['"November 2022" gives only the month: write month here, or give the full date.']}
    }
    assert not Operation.objects.filter(slug="jad-see-2022").exists()


def test_a_day_with_month_precision_is_refused_in_the_models_words(world):
    result = OperationResource().import_data(operation_row(start_date="2022-11-13", start_precision="month"))

    assert errors(result)[2]["start_date"] == ["With month precision, give the first day of the period."]


def test_an_end_before_the_start_is_refused_in_the_models_words(world):
    result = OperationResource().import_data(operation_row(start_date="2022-11-13", end_date="2022-10-01"))

    assert errors(result)[2]["end_date"] == ["The end (2022-10-01) is before the start (2022-11-13)."]


def test_an_export_with_month_precision_reimports_unchanged(world):
    Operation.objects.filter(pk=world.operation.pk).update(
        start_date=datetime.date(2023, 11, 1), end_date=None, start_precision="month"
    )

    result = OperationResource().import_data(OperationResource().export(), dry_run=True)

    assert result.totals["skip"] == 1, errors(result)


def activity_value(value):
    """A result row saying what the activity sop-2024 was worth: a statement of the metric "value"."""
    headers = ["activity", "metric", "country", "source", "qualifier", "value", "unit", "quote"]
    return tablib.Dataset(["sop-2024", "value", "", SOURCE, "", value, "EUR", "worth it"], headers=headers)


def test_activities_take_partial_dates_and_their_values_as_written(world):
    dataset = tablib.Dataset(headers=["slug", "title", "kind", "implementer", "source", "start_date"])
    dataset.append(["sop-2024", "SOP on firearms", "sop", "Europol", world.source.title, "March 2024"])

    result = ActivityResource().import_data(dataset)
    values = ResultResource().import_data(activity_value("15 000,50"))

    assert not errors(result) and not errors(values)
    activity = Activity.objects.get(slug="sop-2024")
    assert (activity.start_date, activity.start_precision) == (datetime.date(2024, 3, 1), "month")
    worth = Result.objects.get(activity=activity)
    assert (worth.operation, worth.metric.code, worth.value, worth.unit.currency) == (
        None,
        "value",
        Decimal("15000.50"),
        "EUR",
    )


def test_a_negative_activity_value_is_refused_against_its_column(world):
    dataset = tablib.Dataset(headers=["slug", "title", "kind", "implementer", "source"])
    dataset.append(["sop-2024", "SOP", "sop", "Europol", world.source.title])
    ActivityResource().import_data(dataset)

    result = ResultResource().import_data(activity_value("-1"))

    assert errors(result) == {2: {"value": ["A result cannot be negative."]}}


def test_text_in_a_whole_number_column_is_named(world):
    dataset = tablib.Dataset(headers=["title", "kind", "year"])
    dataset.append([world.source.title, "press release", "last year"])

    result = SourceResource().import_data(dataset)

    assert errors(result) == {2: {"year": ['Cannot read "last year" as a whole number.']}}
    assert Source.objects.get().year == 2023


def test_an_empty_required_cell_says_so(world):
    dataset = tablib.Dataset(headers=["slug", "title", "kind", "implementer", "source"])
    dataset.append(["x", "", "sop", "Europol", world.source.title])

    result = ActivityResource().import_data(dataset)

    assert errors(result)[2]["title"] == ["This cell is empty; the column is required."]


@pytest.mark.parametrize("language", ["en", "sr-latn"])
def test_yes_and_no_written_in_one_language_read_back_in_any(language):
    widget = YesNoWidget()
    with translation.override(language):
        written = (widget.render(True), widget.render(False))
    assert [widget.clean(word) for word in written] == [True, False]
    assert (widget.clean("DA"), widget.clean("ne")) == (True, False)
    with pytest.raises(ValueError, match="as yes or no"):
        widget.clean("maybe")

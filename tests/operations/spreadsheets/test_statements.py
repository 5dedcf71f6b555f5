"""What a results file says of each statement beyond its figure: its unit (blank is the metric's),
the source's qualifier (by its code or any of its words), what it is about (an operation or a
capacity-building activity) and the editor's headline choice. The admin's import and
`manage.py import_results` read them alike, and say alike what they refuse."""

from decimal import Decimal

import pytest

from operations.models import Dimension, Metric, Qualifier, Result, Unit
from operations.spreadsheets.bulk import ResultBulkImport
from operations.spreadsheets.reading import Sheet
from operations.spreadsheets.reports import report_for
from operations.spreadsheets.resources import ResultResource
from tests.operations.fixtures import build_world
from tests.operations.sheets import SOURCE

pytestmark = pytest.mark.django_db

HEADERS = ["operation", "metric", "country", "source", "qualifier", "value", "quote"]


@pytest.fixture
def world(db):
    return build_world()


def admin_import(headers, rows):
    # As the admin confirms a file: a row that fails rolls the whole file back.
    result = ResultResource().import_data(Sheet(headers, rows).dataset(), rollback_on_validation_errors=True)
    return [(problem.row, problem.column, problem.message) for problem in report_for(result).problems]


def command_import(headers, rows):
    outcome = ResultBulkImport().run(Sheet(headers, rows))
    return [(problem.row, problem.column, problem.message) for problem in outcome.problems]


@pytest.fixture(params=[admin_import, command_import], ids=["admin", "command"])
def importing(request):
    return request.param


def row(metric="arrests", country="Serbia", qualifier="", value="40", **cells):
    """A row of HEADERS (and of any other column given) about JAD SEE 2023."""
    return {"operation": "JAD SEE 2023", "metric": metric, "country": country, "source": SOURCE} | {
        "qualifier": qualifier,
        "value": value,
        "quote": f"{value} {metric}",
        **cells,
    }


def rows_of(*rows):
    headers = list(dict.fromkeys(name for each in rows for name in each))
    return headers, [[each.get(name, "") for name in headers] for each in rows]


# --- Units ---------------------------------------------------------------------------------


def test_a_file_without_a_unit_column_is_in_each_metrics_unit(world, importing):
    assert importing(*rows_of(row())) == []

    statement = Result.objects.get(country=world.serbia)
    assert (statement.unit, statement.qualifier_id) == (world.persons, Qualifier.EXACT)


def test_a_blank_unit_is_the_metrics_unit(world, importing):
    assert importing(*rows_of(row(unit=""))) == []

    assert Result.objects.get(country=world.serbia).unit == world.persons


@pytest.mark.parametrize("written", ["t", "T", "tonnes"])
def test_a_unit_by_its_code_symbol_or_name(world, importing, written):
    kg = Unit.objects.create(code="kg", name="kilograms", symbol="kg", dimension=Dimension.MASS, factor=1)
    Unit.objects.create(code="t", name="tonnes", symbol="t", dimension=Dimension.MASS, factor=1000)
    Metric.objects.create(code="cannabis", name="Cannabis seized", unit=kg, dimension=Dimension.MASS)

    assert importing(*rows_of(row(metric="cannabis", value="1.5", unit=written))) == []

    assert Result.objects.get(metric__code="cannabis").unit.code == "t"


def test_a_unit_of_another_dimension_is_refused_against_its_column(world, importing):
    problems = importing(*rows_of(row(unit="eur")))

    assert problems == [(2, "unit", "Arrests is a quantity of count; EUR is a unit of money.")]
    assert not Result.objects.filter(country=world.serbia).exists()


def test_an_unknown_unit_names_the_closest(world, importing):
    assert importing(*rows_of(row(unit="persns"))) == [(2, "unit", 'Unknown unit "persns"; closest: persons')]


def test_an_unknown_metric_is_the_one_problem_of_its_row_not_its_blank_unit_too(world, importing):
    problems = importing(*rows_of(row(metric="arrestz", unit="")))

    assert [(problem_row, column) for problem_row, column, _message in problems] == [(2, "metric")]


def test_a_corrected_unit_updates_the_statement(world, importing):
    kg = Unit.objects.create(code="kg", name="kilograms", symbol="kg", dimension=Dimension.MASS, factor=1)
    Unit.objects.create(code="t", name="tonnes", symbol="t", dimension=Dimension.MASS, factor=1000)
    cannabis = Metric.objects.create(code="cannabis", name="Cannabis seized", unit=kg, dimension=Dimension.MASS)
    stored = Result.objects.create(
        operation=world.operation, metric=cannabis, value=Decimal("1.5"), source=world.source, quote="1.5 cannabis"
    )

    assert importing(*rows_of(row(metric="cannabis", country="", value="1.5", unit="t"))) == []

    stored.refresh_from_db()
    assert stored.unit.code == "t"


# --- Qualifiers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("", Qualifier.EXACT),
        ("Exact", Qualifier.EXACT),
        ("more_than", Qualifier.MORE_THAN),
        ("More than", Qualifier.MORE_THAN),
        ("more-than", Qualifier.MORE_THAN),
        ("više od", Qualifier.MORE_THAN),
        ("approx.", Qualifier.APPROXIMATELY),
        ("circa", Qualifier.AROUND),
    ],
)
def test_a_qualifier_by_its_code_name_or_another_spelling(world, importing, written, code):
    assert importing(*rows_of(row(qualifier=written))) == []

    assert Result.objects.get(country=world.serbia).qualifier_id == code


def test_an_unknown_qualifier_is_refused_against_its_column(world, importing):
    (problem,) = importing(*rows_of(row(qualifier="roughly")))

    assert problem[:2] == (2, "qualifier")
    assert problem[2].startswith('Unknown qualifier "roughly"')
    assert not Result.objects.filter(country=world.serbia).exists()


# --- What a figure is about ----------------------------------------------------------------


def test_a_figure_about_an_activity_names_the_activity_and_no_operation(world, importing):
    worth = row(metric="value", country="", qualifier="approximately", value="2 000", unit="EUR")
    worth |= {"operation": "", "activity": "Firearms detection training"}

    assert importing(*rows_of(worth)) == []

    statement = Result.objects.get(activity=world.activity, qualifier=Qualifier.APPROXIMATELY)
    assert (statement.operation, statement.value, statement.unit.currency) == (None, Decimal("2000"), "EUR")


def test_a_figure_is_about_an_operation_or_an_activity_not_both(world, importing):
    both = row(activity="firearms-detection-training")
    neither = row(operation="", activity="", country="Spain")

    problems = importing(*rows_of(both, neither))

    message = "Give the operation or the activity the figure is about (one of the two)."
    assert problems == [(2, "operation", message), (3, "operation", message)]


# --- The editor's headline -----------------------------------------------------------------


def test_the_editors_headline_choice_is_imported(world, importing):
    chosen = row(metric="officers", country="", qualifier="more than", value="22400", is_headline="yes")
    chosen["quote"] = "more than 22,400 officers"

    assert importing(*rows_of(chosen)) == []

    assert Result.objects.get(metric=world.officers, is_headline=True).qualifier_id == Qualifier.MORE_THAN


def test_one_headline_per_figure(world, importing):
    exact = row(metric="officers", country="", value="22488", is_headline="yes")
    exact["quote"] = "22 488 officers"
    more_than = row(metric="officers", country="", qualifier="more_than", value="22400", is_headline="yes")
    more_than["quote"] = "more than 22,400 officers"

    problems = importing(*rows_of(exact, more_than))

    assert problems == [(3, "", "Another statement is already the chosen headline for this figure.")]
    assert not Result.objects.filter(is_headline=True).exists()

"""Import and export of the register with natural keys: what goes out comes back in unchanged."""

from decimal import Decimal

import pytest
import tablib
from import_export.exceptions import ImportError as ImportExportError
from import_export.formats.base_formats import CSV, XLSX

from operations.models import Breakdown, Metric, Operation, Participation, Qualifier, Result, Source
from operations.spreadsheets.catalogues import MetricResource
from operations.spreadsheets.resources import (
    ActivityResource,
    OperationResource,
    ParticipantListResource,
    ResultResource,
    SourceResource,
)
from tests.operations.fixtures import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def through(file_format, dataset):
    """The dataset written to a file of this format and read back, as an upload would be."""
    fmt = file_format()
    return fmt.create_dataset(fmt.export_data(dataset))


def export(resource_class, file_format=CSV):
    native = file_format is XLSX
    return through(file_format, resource_class().export(force_native_type=native))


def import_(resource_class, dataset, dry_run=False):
    return resource_class().import_data(dataset, dry_run=dry_run)


def set_cell(dataset, index, column, value):
    row = list(dataset[index])
    row[dataset.headers.index(column)] = value
    dataset[index] = tuple(row)


def row_errors(result):
    """{row number: {column: [messages]}} of a result's invalid rows."""
    return {row.number: row.error.message_dict for row in result.invalid_rows}


# --- Export ---------------------------------------------------------------------------------


def test_result_export_uses_natural_keys(world):
    dataset = ResultResource().export()
    assert dataset.headers == [
        "operation",
        "activity",
        "metric",
        "country",
        "value",
        "unit",
        "qualifier",
        "source",
        "quote",
        "note",
        "is_headline",
        "country_footnote",
        "version",
    ]
    rows = {(row["metric"], row["qualifier"]): row for row in dataset.dict}
    officers = rows[("officers", "exact")]
    assert officers["operation"] == "JAD SEE 2023"
    assert officers["country"] == ""
    assert officers["activity"] == ""
    assert officers["value"] == "22488"
    assert officers["unit"] == "persons"
    assert officers["source"] == "Europol press release on JAD SEE 2023"
    assert officers["is_headline"] == "no"
    assert rows[("officers", "more_than")]["value"] == "22400"
    # What the training was worth: a statement about the activity, in its own unit.
    worth = rows[("value", "exact")]
    assert (worth["operation"], worth["activity"]) == ("", "firearms-detection-training")
    assert (worth["value"], worth["unit"]) == ("15000.5", "eur")


def test_result_export_shows_kosovo_with_asterisk_and_footnote(world):
    row = next(row for row in ResultResource().export().dict if row["metric"] == "arrests-firearms")
    assert row["country"] == "Kosovo*"
    assert row["country_footnote"].startswith("This designation is without prejudice")


def test_export_neutralises_formulas_and_keeps_numbers_native(world):
    dataset = ResultResource().export(force_native_type=True)
    row = next(row for row in dataset.dict if row["metric"] == "arrests-firearms")
    assert row["note"] == '\'=HYPERLINK("http://example.com")'
    assert row["value"] == 12 and isinstance(row["value"], int)


def test_xlsx_export_holds_numbers_and_no_formula(world):
    dataset = export(ResultResource, XLSX)
    row = next(row for row in dataset.dict if row["metric"] == "arrests-firearms")
    assert row["value"] == 12
    assert row["note"].startswith("'=")


def test_export_runs_a_fixed_number_of_queries(world, django_assert_num_queries):
    resource = ResultResource()
    # One query: results with their operation, metric and unit, country and source.
    with django_assert_num_queries(1):
        resource.export()


# --- Round trip ----------------------------------------------------------------------------


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_reimporting_an_export_changes_nothing(world, file_format):
    dataset = export(ResultResource, file_format)
    count = Result.objects.count()
    history = Result.history.count()

    result = import_(ResultResource, dataset, dry_run=True)

    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals["skip"] == count
    assert result.totals["new"] == 0 and result.totals["update"] == 0
    result = import_(ResultResource, dataset)
    assert result.totals["skip"] == count
    assert Result.objects.count() == count
    assert Result.history.count() == history


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_a_corrected_value_updates_its_row_in_place(world, file_format, admin_user):
    dataset = export(ResultResource, file_format)
    index = next(i for i, row in enumerate(dataset.dict) if row["metric"] == "arrests")
    set_cell(dataset, index, "value", "562")
    arrests = Result.objects.get(metric=world.arrests)
    count = Result.objects.count()

    result = ResultResource().import_data(dataset, user=admin_user, file_name="arrests.csv")

    assert result.totals["update"] == 1 and result.totals["skip"] == count - 1
    assert Result.objects.count() == count
    arrests.refresh_from_db()
    assert arrests.value == Decimal("562")
    latest = arrests.history.first()
    assert latest.history_type == "~" and latest.value == Decimal("562")
    assert latest.history_user == admin_user
    assert latest.history_change_reason == "Imported from arrests.csv"


def test_a_new_statement_is_added_once(world):
    dataset = tablib.Dataset(headers=["operation", "metric", "country", "source", "qualifier", "value", "quote"])
    dataset.append(["jad-see-2023", "arrests", "RS", world.source.title, "", "40", "40 arrests in Serbia"])

    first = import_(ResultResource, dataset)
    second = import_(ResultResource, dataset)

    assert first.totals["new"] == 1 and second.totals["skip"] == 1
    assert Result.objects.filter(country=world.serbia, metric=world.arrests).count() == 1


def test_blank_country_is_operation_wide_and_a_country_is_not(world):
    dataset = tablib.Dataset(headers=["operation", "metric", "country", "source", "qualifier", "value", "quote"])
    dataset.append(["JAD SEE 2023", "arrests", "", world.source.title, "exact", "566", "566 arrests"])
    dataset.append(["JAD SEE 2023", "arrests", "Serbia", world.source.title, "exact", "40", "40 in Serbia"])

    result = import_(ResultResource, dataset)

    assert [row.import_type for row in result.rows] == ["skip", "new"]


def test_qualifier_may_be_its_label(world):
    dataset = tablib.Dataset(headers=["operation", "metric", "country", "source", "qualifier", "value", "quote"])
    dataset.append(["JAD SEE 2023", "officers", "", world.source.title, "More than", "22 400", "changed quote"])

    result = import_(ResultResource, dataset)

    assert result.totals["update"] == 1
    statement = Result.objects.get(metric=world.officers, qualifier=Qualifier.MORE_THAN)
    assert statement.quote == "changed quote"


def test_rows_of_blank_cells_are_ignored(world):
    dataset = export(ResultResource)
    dataset.append([""] * len(dataset.headers))
    dataset.append([None] * len(dataset.headers))

    result = import_(ResultResource, dataset, dry_run=True)

    assert not result.has_validation_errors() and result.totals["skip"] == Result.objects.count()


# --- Errors a person can act on ------------------------------------------------------------


def result_row(world, **cells):
    row = {
        "operation": "JAD SEE 2023",
        "metric": "arrests",
        "country": "Serbia",
        "source": world.source.title,
        "qualifier": "exact",
        "value": "40",
        "quote": "40 arrests",
    }
    row.update(cells)
    return tablib.Dataset(list(row.values()), headers=list(row))


def test_unknown_participant_names_the_closest(world):
    result = import_(ResultResource, result_row(world, country="Serbiaa"), dry_run=True)

    assert row_errors(result) == {1: {"country": ['Unknown country "Serbiaa"; closest: Serbia']}}


def test_unknown_metric_names_the_closest(world):
    result = import_(ResultResource, result_row(world, metric="arests"), dry_run=True)

    assert row_errors(result)[1]["metric"] == ['Unknown metric "arests"; closest: arrests']


def test_unknown_operation_without_a_close_match_says_what_to_give(world):
    result = import_(ResultResource, result_row(world, operation="Pangea XVI"), dry_run=True)

    (message,) = row_errors(result)[1]["operation"]
    assert message == 'Unknown operation "Pangea XVI"; give its short name (JAD SEE 2023) or slug'


def test_several_errors_of_a_row_show_together(world):
    result = import_(ResultResource, result_row(world, country="Serbiaa", value="many"), dry_run=True)

    assert set(row_errors(result)[1]) == {"country", "value"}


def test_a_country_that_is_not_a_country_is_refused(world):
    result = import_(ResultResource, result_row(world, country="Europol"), dry_run=True)

    assert row_errors(result)[1]["country"] == [
        "A figure is stated for a country, a jurisdiction or a group of them, not for Europol."
    ]


def test_negative_value_is_refused_with_the_constraint_message(world):
    result = import_(ResultResource, result_row(world, value="-5"), dry_run=True)

    # The constraint's message, against the column it is about.
    assert row_errors(result)[1]["value"] == ["A result cannot be negative."]


def test_missing_required_column_fails_the_whole_file(world):
    dataset = result_row(world)
    del dataset["quote"]
    del dataset["qualifier"]

    result = import_(ResultResource, dataset, dry_run=True)

    assert result.has_errors() and result.totals["new"] == 0
    (error,) = result.base_errors
    assert str(error.error).startswith("Missing required column(s): qualifier, quote.")
    assert not result.invalid_rows and not result.row_errors()


def test_unknown_column_is_named_with_its_closest(world):
    dataset = result_row(world)
    dataset.headers = ["vaule" if header == "value" else header for header in dataset.headers]

    with pytest.raises(ImportExportError, match='Unknown column "vaule"; closest: value'):
        ResultResource().import_data(dataset, dry_run=True, raise_errors=True)


def test_a_column_given_twice_fails_the_file(world):
    dataset = result_row(world)
    dataset.append_col(["41"], header="value")

    result = import_(ResultResource, dataset, dry_run=True)

    assert "Column(s) given twice: value." in str(result.base_errors[0].error)


def test_two_rows_for_one_statement_must_agree(world):
    dataset = result_row(world)
    dataset.append(dataset[0])
    dataset.append(tuple("41" if cell == "40" else cell for cell in dataset[0]))

    result = import_(ResultResource, dataset, dry_run=True)

    assert [row.import_type for row in result.rows] == ["new", "skip", "invalid"]
    (message,) = row_errors(result)[3]["__all__"]
    # Rows as the spreadsheet numbers them: the header is row 1, the first statement row 2.
    assert message.startswith("Row 2 is about the same operation, metric, country, source, qualifier but says")


def test_headers_are_read_without_case_or_spaces(world):
    dataset = result_row(world)
    dataset.headers = [f" {header.title()} " for header in dataset.headers]

    result = import_(ResultResource, dataset)

    assert result.totals["new"] == 1


def test_a_published_figure_is_not_changed_by_an_import_but_proposed(world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    dataset = result_row(world, country="", value="600", quote="566 arrests")

    result = import_(ResultResource, dataset)

    assert not row_errors(result)
    assert [row.staged for row in result.rows] == ["proposed"]
    assert Result.objects.get(metric=world.arrests).value == Decimal("566")


# --- The other resources -------------------------------------------------------------------


@pytest.mark.parametrize(
    "resource_class",
    [OperationResource, SourceResource, MetricResource, ActivityResource, ParticipantListResource],
)
@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_every_resource_reimports_its_export_unchanged(world, resource_class, file_format):
    dataset = export(resource_class, file_format)
    model = resource_class._meta.model

    result = import_(resource_class, dataset, dry_run=True)

    assert not result.has_errors(), [error.error for error in result.base_errors]
    assert not result.has_validation_errors(), row_errors(result)
    assert result.totals["skip"] == model.objects.count() == len(dataset)


def test_operation_export_has_crime_areas_and_series_by_name(world):
    (row,) = OperationResource().export().dict
    assert row["series"] == "JAD SEE"
    assert row["crime_areas"] == "Firearms trafficking"
    assert row["start_date"] == "2023-11-13"
    assert row["status"] == "draft"


def test_operation_status_is_not_imported(world):
    dataset = OperationResource().export()
    set_cell(dataset, 0, "status", "published")

    import_(OperationResource, dataset)

    world.operation.refresh_from_db()
    assert world.operation.status == Operation.Status.DRAFT


def test_metric_file_may_define_a_parent_before_its_breakdown(world):
    dataset = tablib.Dataset(
        headers=["code", "name", "dimension", "parent", "breakdown_along", "breakdown_kind", "unit"]
    )
    dataset.append(["weapons", "Weapons seized", "count", "", "", "", "persons"])
    dataset.append(["weapons-pistols", "Pistols", "count", "weapons", "by type", "partial", "persons"])

    result = import_(MetricResource, dataset)

    assert result.totals["new"] == 2, row_errors(result)
    pistols = Metric.objects.get(code="weapons-pistols")
    assert pistols.parent.code == "weapons"
    assert (pistols.breakdown.total, pistols.breakdown.along, pistols.breakdown.kind) == (
        pistols.parent,
        Breakdown.Along.TYPE,
        Breakdown.Kind.PARTIAL,
    )
    assert Metric.objects.get(code="weapons").breakdown is None


def test_participations_import_roles_and_sources_by_name(world):
    dataset = tablib.Dataset(headers=["operation", "participant", "roles", "sources"])
    dataset.append(["JAD SEE 2023", "RS", "coordinator of operational activities", world.source.title])

    result = import_(ParticipantListResource, dataset)

    assert result.totals["new"] == 1, row_errors(result)
    participation = Participation.objects.get(participant=world.serbia)
    assert list(participation.roles.all()) == [world.coordinator]
    assert list(participation.sources.all()) == [world.source]


def test_unknown_role_in_a_list_names_the_closest(world):
    dataset = tablib.Dataset(headers=["operation", "participant", "roles"])
    dataset.append(["JAD SEE 2023", "Serbia", "Coordinator of operational activitie; Host"])

    result = import_(ParticipantListResource, dataset, dry_run=True)

    (message,) = row_errors(result)[1]["roles"]
    assert 'Unknown role "Coordinator of operational activitie"; closest: Coordinator of operational activities' in (
        message
    )
    assert 'Unknown role "Host"' in message


def test_source_title_is_the_key(world):
    dataset = tablib.Dataset(headers=["title", "kind", "publisher", "year"])
    dataset.append([world.source.title, "Press release", "Europol", "2024"])

    result = import_(SourceResource, dataset)

    assert result.totals["update"] == 1
    assert Source.objects.get().year == 2024

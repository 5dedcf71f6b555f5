"""CSV and XLSX exports: every matching row (not only the page), in the table's order, numbers and
dates native in XLSX, formula injection neutralised in both, the Kosovo* footnote carried."""

import csv
import datetime
import io
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from operations.models import Result
from operations.spreadsheets.names import CellsById, CsvText, WrittenById, quoted
from tests import public_fixtures
from tests.public_fixtures import INJECTION, KOSOVO_FOOTNOTE, add_results, read_csv, read_xlsx

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

TABLES = ["/operations/", "/results/", "/participants/", "/activities/", "/sources/"]


def test_csv_is_streamed_with_a_telling_file_name(client, world):
    response = client.get("/results/?operation=jad-see-2024&_export=csv")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="results-jad-see-2024-{today}.csv"'


def test_xlsx_file_name_sums_up_the_filters(client, world):
    response = client.get("/results/?operation=jad-see-2024&metric=arrests&year=abc&_export=xlsx")
    today = timezone.localdate().isoformat()
    # The invalid year is ignored, in the rows and in the name.
    assert response["Content-Disposition"] == f'attachment; filename="results-jad-see-2024-arrests-{today}.xlsx"'
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")


def test_unfiltered_export_is_named_after_the_table(client, world):
    response = client.get("/operations/?_export=csv")
    assert re.fullmatch(r'attachment; filename="operations-\d{4}-\d\d-\d\d\.csv"', response["Content-Disposition"])


def test_csv_has_every_matching_row_across_pages_in_the_table_order(client, world):
    add_results(world, 40)
    response = client.get("/results/?operation=jad-see-2024&per_page=10&page=2&sort=-value&_export=csv")
    header, *rows = read_csv(response)
    assert header[:6] == ["Operation", "Activity", "Metric", "Country", "Country code", "Value"]
    assert len(rows) == 47  # 7 figures of JAD SEE 2024 plus the 40 added, not one page of 10
    assert {row[0] for row in rows} == {"JAD SEE 2024"}
    values = [float(row[5]) for row in rows]
    assert values == sorted(values, reverse=True)


def test_csv_rows_match_the_filter(client, world):
    header, *rows = read_csv(client.get("/results/?metric=arrests&_export=csv"))
    assert sorted(row[header.index("Value")] for row in rows) == ["262", "300", "566"]


def test_xlsx_numbers_are_numbers_dates_are_dates_and_the_header_is_bold_and_frozen(client, world):
    add_results(world, 30)
    sheet = read_xlsx(client.get("/results/?operation=jad-see-2024&sort=value&_export=xlsx"))
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert all(cell.font.bold for cell in sheet[1])
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == 37
    values = [row[header.index("Value")] for row in rows]
    assert all(isinstance(value, int | float) for value in values)
    assert values == sorted(values)
    assert 1.5 in values and 22488 in values
    dates = {row[header.index("Source date")] for row in rows}
    assert datetime.datetime(2024, 11, 25) in dates  # openpyxl reads dates back as datetimes
    assert sheet.column_dimensions["B"].width > 10


def test_activity_xlsx_has_dates_and_its_value_is_a_numeric_result(client, world):
    sheet = read_xlsx(client.get("/activities/?kind=training&_export=xlsx"))
    header = [cell.value for cell in sheet[1]]
    (row,) = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert row[header.index("Start")] == datetime.datetime(2024, 3, 10)
    assert row[header.index("End")] == datetime.datetime(2024, 3, 12)
    # What an activity was worth is a statement about it, of the metric "value", in its own unit.
    sheet = read_xlsx(client.get("/results/?metric=value&_export=xlsx"))
    header = [cell.value for cell in sheet[1]]
    (row,) = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]  # not the draft's
    assert row[header.index("Activity")] == "Firearms detection training"
    assert row[header.index("Operation")] is None
    assert row[header.index("Value")] == 15000
    assert row[header.index("Unit")] == "EUR"


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_formula_injection_is_neutralised(client, world, export_format):
    response = client.get(f"/results/?metric=cannabis&_export={export_format}")
    if export_format == "csv":
        header, row = read_csv(response)
        cell = row[header.index("As published")]
    else:
        sheet = read_xlsx(response)
        header = [cell.value for cell in sheet[1]]
        cell_object = sheet.cell(row=2, column=header.index("As published") + 1)
        assert cell_object.data_type == "s"  # text, not a formula
        cell = cell_object.value
    assert cell == "'" + INJECTION


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("dangerous", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_trigger_character_is_neutralised_in_every_table(client, world, export_format, dangerous):
    from operations.models import Activity, Operation, Result, Source
    from participants.models import Participant

    Result.objects.filter(pk=world.arrests_total.pk).update(quote=dangerous)
    Operation.objects.filter(pk=world.jad_2024.pk).update(motto=dangerous)
    Activity.objects.filter(pk=world.training.pk).update(place=dangerous)
    Source.objects.filter(pk=world.news.pk).update(publisher_name=dangerous)
    Participant.objects.filter(pk=world.spain.pk).update(aliases=dangerous)
    for url in TABLES:
        response = client.get(f"{url}?_export={export_format}")
        if export_format == "csv":
            cells = [cell for row in read_csv(response) for cell in row]
        else:
            cells = [cell.value for row in read_xlsx(response).iter_rows() for cell in row]
        # XML (so XLSX) turns a carriage return into a line feed when read back.
        texts = [cell.replace("\r", "\n") for cell in cells if isinstance(cell, str)]
        expected = dangerous.replace("\r", "\n")
        assert "'" + expected in texts, url
        assert expected not in texts, url


@pytest.mark.parametrize("url", TABLES[1:] + ["/operations/"])
def test_kosovo_rows_carry_the_footnote(client, world, url):
    from operations.models import CoordinationCentre, Source

    if url == "/sources/":
        Source.objects.filter(pk=world.news.pk).update(publisher=world.kosovo)
    header, *rows = read_csv(client.get(f"{url}?_export=csv"))
    if url == "/operations/":
        # No operation names anyone with a footnote (hosts and leads) until Kosovo hosts one.
        assert all(not row[header.index("Note")] for row in rows)
        CoordinationCentre.objects.filter(operation=world.jad_2023).update(host_country=world.kosovo)
        header, *rows = read_csv(client.get(f"{url}?_export=csv"))
    kosovo_rows = [row for row in rows if any("Kosovo*" in cell for cell in row)]
    assert kosovo_rows, url
    for row in kosovo_rows:
        assert KOSOVO_FOOTNOTE in row[header.index("Note")]


@pytest.mark.parametrize("url", TABLES)
def test_every_table_exports_both_formats(client, world, url):
    csv_rows = read_csv(client.get(f"{url}?_export=csv"))
    sheet = read_xlsx(client.get(f"{url}?_export=xlsx"))
    assert sheet.max_row == len(csv_rows)
    assert [cell.value for cell in sheet[1]] == csv_rows[0]


def test_an_unknown_export_format_shows_the_page(client, world):
    response = client.get("/results/?_export=pdf")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_names_read_whole_before_the_rows_and_one_that_appears_later_alone(world, django_assert_num_queries):
    from operations.models import Operation
    from operations.spreadsheets.names import CellsById

    draft = Operation.objects.get(slug="jad-see-2025")
    with django_assert_num_queries(1):
        names = CellsById(Operation.objects.published(), ("short_name",), str.upper)
    assert sorted(names.values()) == ["JAD SEE 2023", "JAD SEE 2024"]
    # Published while the export streams: its rows may follow, and are named, with one query.
    with django_assert_num_queries(1):
        assert names[draft.pk] == "JAD SEE 2025"
    with django_assert_num_queries(0):
        assert names[draft.pk] == "JAD SEE 2025"


def test_results_csv_is_what_the_csv_module_writes_of_the_rows(client, world):
    """The CSV writes the names of operations, metrics, countries and sources once per id; the file
    must be the one csv.writer makes of the rows the XLSX export gets, cell for cell."""
    from operations.models import Qualifier, Result
    from operations.spreadsheets.exports import ResultExport, plain_number
    from operations.spreadsheets.writing import csv_chunks

    tricky = [
        'He said "566 arrests", then left',
        "two\nlines, and a comma",
        "-12 weapons",
        "@SUM(A1)",
        "carriage\rreturn",
    ]
    metrics = [world.weapons, world.arrests, world.cannabis, world.arrests_firearms, world.arrests_smuggling]
    for metric, quote in zip(metrics, tricky, strict=True):
        Result.objects.create(
            operation=world.jad_2024,
            metric=metric,
            value=None,
            source=world.news,
            qualifier_id=Qualifier.ALMOST,
            country=world.kosovo if metric == world.weapons else None,
            quote=quote,
        )
    world.news.title = 'News, "quoted"'
    world.news.save()
    export = ResultExport()
    results = Result.objects.public().order_by("pk")
    written = "".join(export.csv_stream(results))
    expected = "".join(csv_chunks(export.header(), export.rows(results, plain_number)))
    assert written == expected
    header, *rows = list(csv.reader(io.StringIO(written)))
    assert sorted(read_csv(client.get("/results/?_export=csv"))) == sorted([header, *rows])
    # The published operations' 8 figures, the published training's value and the tricky ones.
    assert len(rows) == Result.objects.public().count() == 8 + 1 + len(tricky)
    assert [row[header.index("Operation")] for row in rows if row[header.index("Activity")]] == [""]
    assert {row[header.index("As published")] for row in rows} >= {"'-12 weapons", "'@SUM(A1)", tricky[0], tricky[1]}
    assert {row[header.index("Source")] for row in rows} >= {'News, "quoted"'}


def test_a_name_that_appears_while_the_csv_streams_is_written_too(world):
    from operations.models import Operation

    draft = Operation.objects.get(slug="jad-see-2025")
    names = WrittenById(
        CellsById(
            Operation.objects.published(), ("short_name", "name"), lambda short, name: (short, name + ", in full")
        ),
        CsvText(),
        split=1,
    )
    assert names[world.jad_2024.pk] == ("JAD SEE 2024", f'"{world.jad_2024.name}, in full"')
    assert names[draft.pk] == ("JAD SEE 2025", f'"{draft.name}, in full"')


CELLS = [
    None,
    "",
    "plain",
    " leading space",
    "a,b",
    'say "hi"',
    '"',
    "two\nlines",
    "carriage\rreturn",
    "windows\r\nline",
    "tab\there",
    "semicolon; and 'apostrophes'",
    "Kosovo*",
    "Ћирилица, čćž",
    "'=1+1",
    5,
    -1.5,
    Decimal("22488"),
    datetime.date(2024, 11, 25),
]


def written_by_csv_module(cells):
    buffer = io.StringIO()
    csv.writer(buffer).writerow(cells)
    return buffer.getvalue()


@pytest.mark.parametrize("cell", CELLS)
def test_a_cell_is_written_as_the_csv_module_writes_it_inside_a_row(cell):
    # Between two other cells, as in every export row (a row of one empty cell is a special case).
    assert CsvText()(["x", cell, "y"]) + "\r\n" == written_by_csv_module(["x", cell, "y"])
    assert "x," + CsvText()([cell]) + ",y\r\n" == written_by_csv_module(["x", cell, "y"])
    if isinstance(cell, str) or cell is None:
        assert "x," + quoted(cell) + ",y\r\n" == written_by_csv_module(["x", cell, "y"])


@pytest.mark.django_db(transaction=True)
def test_a_csv_export_read_in_part_or_whole_leaves_no_transaction_open(client):
    # The rows are read in a transaction (on PostgreSQL, so that they stream: exports.streamed).
    from django.db import connection

    from tests.migration_data import restore_catalogues

    restore_catalogues()  # a test outside a transaction may follow one that emptied the tables
    public_fixtures.build_world()

    whole = client.get("/results/?_export=csv")
    rows = read_csv(whole)
    assert len(rows) == Result.objects.public().count() + 1
    assert not connection.in_atomic_block
    part = client.get("/results/?_export=csv")
    next(iter(part.streaming_content))
    next(iter(part.streaming_content))
    part.close()  # the visitor went away
    assert not connection.in_atomic_block
    assert client.get("/results/?_export=csv").status_code == 200

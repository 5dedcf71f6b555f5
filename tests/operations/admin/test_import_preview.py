"""Imports through the admin's two steps: upload (a preview, nothing saved), then confirm (the
whole file in one transaction). Every file that cannot be imported says why and changes nothing."""

import hashlib
import io
from decimal import Decimal

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from import_export.formats.base_formats import CSV, XLSX
from openpyxl import load_workbook

from operations.models import ImportRecord, Metric, Operation, Result
from operations.spreadsheets.resources import ResultResource
from tests.operations.fixtures import admin_url, build_world
from tests.operations.sheets import (
    BAD_FILES,
    GOOD_ROWS,
    RESULT_HEADERS,
    SOURCE,
    csv_bytes,
    result_rows,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

FORMATS = {"csv": CSV, "xlsx": XLSX}


@pytest.fixture
def world(db):
    return build_world()


def upload(client, content, kind="csv", name=None, model=Result):
    formats = admin.site._registry[model].get_import_formats()
    index = next(i for i, candidate in enumerate(formats) if issubclass(candidate, FORMATS[kind]))
    upload = SimpleUploadedFile(name or f"results.{kind}", content)
    return client.post(admin_url(model, "import"), {"resource": "0", "format": str(index), "import_file": upload})


def confirm(client, preview, model=Result):
    return client.post(admin_url(model, "process_import"), preview.context["confirm_form"].initial, follow=True)


def state():
    """What an import could change: the results and their history."""
    return (
        sorted(Result.objects.values_list("pk", "value", "quote", "note")),
        Result.history.count(),
    )


def problems(response):
    return [(p.row, p.column, p.message) for p in response.context["report"].problems]


# --- Files that cannot be imported ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "kind", "message"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_a_bad_file_is_refused_on_upload_and_changes_nothing(admin_client, world, name, content, kind, message):
    before = state()

    response = upload(admin_client, content, kind, name)

    assert response.status_code == 200
    assert message in response.context["form"].errors["import_file"][0]
    assert not response.context.get("confirm_form")
    assert state() == before


def test_an_empty_file_is_refused(admin_client, world):
    response = upload(admin_client, b"")

    assert response.context["form"].errors["import_file"] == ["The submitted file is empty."]


@override_settings(IMPORT_MAX_UPLOAD_BYTES=100)
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(admin_client, world):
    before = state()

    response = upload(admin_client, csv_bytes(RESULT_HEADERS, GOOD_ROWS * 5))

    (error,) = response.context["form"].errors["import_file"]
    assert error.startswith("The file is ") and "takes files up to 100\xa0bytes" in error
    assert "python manage.py import_results FILE" in error
    assert state() == before


@override_settings(IMPORT_MAX_WEB_ROWS=3)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_file_with_more_rows_than_a_request_takes_points_to_the_command(admin_client, world, kind):
    before = state()
    make = csv_bytes if kind == "csv" else xlsx_bytes

    response = upload(admin_client, make(RESULT_HEADERS, GOOD_ROWS * 4), kind)

    (error,) = response.context["form"].errors["import_file"]
    assert error.startswith("The file has 4 rows; an import in the admin takes at most 3 rows.")
    assert "`python manage.py import_results FILE`" in error
    assert state() == before


def test_the_upload_form_states_the_limits_and_offers_the_template(admin_client, world):
    response = admin_client.get(admin_url(Result, "import"))

    content = response.content.decode()
    assert "at most 5.0\xa0MB and 5,000 rows" in content
    assert admin_url(Result, "import_template") in content


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_wrong_and_missing_headers_fail_the_whole_file(admin_client, world, kind):
    before = state()
    headers = ["operation", "metric", "country", "source", "qualifier", "vaule", "colour"]
    make = csv_bytes if kind == "csv" else xlsx_bytes

    response = upload(admin_client, make(headers, [[*GOOD_ROWS[0][:6], "red"]]), kind)

    ((row, column, message),) = problems(response)
    assert row is None and column == ""
    assert message.startswith("Missing required column(s): value, quote.")
    assert 'Unknown column "vaule"; closest: value' in message
    assert 'Unknown column "colour"' in message
    assert "The file cannot be imported" in response.content.decode()
    assert not response.context.get("confirm_form")
    assert state() == before


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_text_in_a_number_column_and_negative_values_are_named_by_row_and_column(admin_client, world, kind):
    before = state()
    rows = result_rows(
        ("arrests", "Serbia", "many", "many arrests"),
        ("officers", "Spain", "-5", "-5 officers"),
        ("arrests", "Serbiaa", "3", "3 arrests"),
    )
    make = csv_bytes if kind == "csv" else xlsx_bytes

    response = upload(admin_client, make(RESULT_HEADERS, rows), kind)

    assert problems(response) == [
        (
            2,
            "value",
            'Cannot read "many" as a number. Write the figure alone (22 488 or 22,488), its qualifier '
            "in the qualifier column and the source's words in the quote.",
        ),
        (3, "value", "A result cannot be negative."),
        (4, "country", 'Unknown country "Serbiaa"; closest: Serbia'),
    ]
    content = response.content.decode()
    assert "Some rows cannot be imported" in content and "0 new, 0 updated, 0 unchanged, 3 with errors" in content
    assert not response.context.get("confirm_form")
    assert state() == before


# --- Preview, then confirm ------------------------------------------------------------------


def mixed_file(world):
    """One new statement, one corrected, one unchanged."""
    return csv_bytes(
        RESULT_HEADERS,
        result_rows(
            ("arrests", "Serbia", "1 204", "1 204 arrests in Serbia"),
            ("arrests", "", "562", "562 arrests"),
            ("officers", "", "22 488", "22 488 officers"),
        ),
    )


def test_the_preview_says_what_each_row_would_do_and_saves_nothing(admin_client, world):
    before = state()

    response = upload(admin_client, mixed_file(world))

    report = response.context["report"]
    assert [(row.row, row.label) for row in report.rows] == [(2, "New"), (3, "Updated"), (4, "Unchanged")]
    assert report.summary == "1 new, 1 updated, 1 unchanged, 0 with errors"
    assert response.context["confirm_form"] is not None
    content = response.content.decode()
    assert "Nothing has been saved yet" in content and 'id="import-preview"' in content
    assert state() == before


def test_confirming_imports_the_file_with_a_history_entry(admin_client, admin_user, world):
    preview = upload(admin_client, mixed_file(world))

    done = confirm(admin_client, preview)

    record = ImportRecord.objects.get()
    assert done.status_code == 200
    assert (
        f"Import #{record.pk} of results.csv: 1 created, 1 changed, 1 unchanged, 0 waiting for review."
        in done.content.decode()
    )
    assert (record.user, record.status, record.rows, record.created, record.changed, record.skipped) == (
        admin_user,
        ImportRecord.Status.IMPORTED,
        3,
        1,
        1,
        1,
    )
    assert record.sha256 == hashlib.sha256(mixed_file(world)).hexdigest()
    arrests = Result.objects.get(metric=world.arrests, country=None)
    assert arrests.value == Decimal("562")
    latest = arrests.history.first()
    assert (latest.history_type, latest.history_user, latest.history_change_reason, latest.import_id) == (
        "~",
        admin_user,
        f"Imported from results.csv (import #{record.pk})",
        record.pk,
    )
    assert Result.objects.get(country=world.serbia).value == Decimal("1204")


def test_importing_the_same_file_again_changes_nothing(admin_client, world):
    confirm(admin_client, upload(admin_client, mixed_file(world)))
    after_first = state()

    preview = upload(admin_client, mixed_file(world))
    confirm(admin_client, preview)

    assert [row.label for row in preview.context["report"].rows] == ["Unchanged"] * 3
    assert state() == after_first


def test_a_row_that_fails_on_confirmation_saves_nothing_of_the_file(admin_client, world):
    preview = upload(admin_client, mixed_file(world))
    # Between preview and confirmation the officers metric is renamed: its row now fails, and
    # the new and corrected rows must not be saved without it.
    Metric.objects.filter(pk=world.officers.pk).update(code="officers-deployed", name="Officers deployed")
    before = state()

    response = confirm(admin_client, preview)

    assert "Nothing was imported" in response.content.decode()
    ((row, column, message),) = problems(response)
    assert (row, column) == (4, "metric") and message.startswith('Unknown metric "officers"')
    assert state() == before
    record = ImportRecord.objects.get()
    assert record.status == ImportRecord.Status.FAILED and 'Unknown metric "officers"' in record.message


def test_an_expired_upload_is_asked_again(admin_client, world):
    from django.core.cache import cache

    preview = upload(admin_client, mixed_file(world))
    cache.clear()

    response = confirm(admin_client, preview)

    assert "The uploaded file is no longer available; upload it again." in response.content.decode()
    assert response.redirect_chain[-1][0] == admin_url(Result, "import")


def test_an_xlsx_export_with_excel_dates_and_numbers_imports_operations(admin_client, world):
    import datetime

    headers = ["slug", "short_name", "name", "series", "edition", "start_date", "end_date", "start_precision"]
    rows = [
        [
            "jad-see-2024",
            "JAD SEE 2024",
            "JAD SEE 2024 full name",
            "JAD SEE",
            2024,
            datetime.datetime(2024, 11, 25),
            45625,  # the Excel serial number of 29 November 2024
            "",
        ],
        ["jad-see-2022", "JAD SEE 2022", "JAD SEE 2022 full name", "JAD SEE", "2022", "December 2022", "", ""],
    ]

    preview = upload(admin_client, xlsx_bytes(headers, rows), "xlsx", model=Operation)
    confirm(admin_client, preview, model=Operation)

    assert not problems(preview)
    jad_2024 = Operation.objects.get(slug="jad-see-2024")
    assert (jad_2024.start_date, jad_2024.end_date, jad_2024.start_precision, jad_2024.end_precision) == (
        datetime.date(2024, 11, 25),
        datetime.date(2024, 11, 29),
        "day",
        "day",
    )
    jad_2022 = Operation.objects.get(slug="jad-see-2022")
    assert (jad_2022.start_date, jad_2022.start_precision) == (datetime.date(2022, 12, 1), "month")


# --- The template ---------------------------------------------------------------------------


def test_the_changelist_offers_the_import_template(admin_client, world):
    response = admin_client.get(admin_url(Result, "changelist"))

    assert admin_url(Result, "import_template") in response.content.decode()


def test_the_template_has_the_columns_an_example_and_the_allowed_values(admin_client, world):
    response = admin_client.get(admin_url(Result, "import_template"))

    assert response["Content-Disposition"] == 'attachment; filename="results-import-template.xlsx"'
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Import", "Columns", "Allowed values"]
    header, example = ([cell.value for cell in row] for row in book["Import"].iter_rows(max_row=2))
    assert header == [
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
    ]
    assert all(cell.font.bold for cell in book["Import"][1])
    assert example[:7] == ["JAD SEE 2024", None, "arrests", "Serbia", "1 204", None, "more than"]
    columns = {row[0]: row[1:] for row in book["Columns"].iter_rows(min_row=2, values_only=True)}
    assert columns["country"][0] == "key, may be blank"
    assert "blank for a figure about the whole operation" in columns["country"][1]
    assert columns["value"][0] == "required" and "22 488" in columns["value"][1]
    assert columns["qualifier"][0] == "key; blank means exact"
    assert "blank: the metric's" in columns["unit"][1]
    allowed = list(book["Allowed values"].iter_rows(values_only=True))
    by_column = {name: [row[index] for row in allowed[1:] if row[index]] for index, name in enumerate(allowed[0])}
    # The qualifiers in the catalogue's order, each with the words it may be written as.
    assert by_column["qualifier"][:2] == ["exact (tačno)", "more_than (more than; više od; more-than)"]
    assert by_column["unit"] == ["eur", "persons"]
    assert by_column["activity"] == ["firearms-detection-training"]
    assert "Kosovo*" in by_column["country"] and "JAD SEE 2023" in by_column["operation"]
    assert by_column["source"] == [SOURCE]


def test_the_template_reimports_as_a_file_of_the_right_shape(admin_client, world):
    """Filled in with a real statement, the template imports (its other sheets are ignored)."""
    response = admin_client.get(admin_url(Result, "import_template"))
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Import"]
    header = [cell.value for cell in sheet[1]]
    cells = {"operation": "JAD SEE 2023", "metric": "arrests", "country": "Spain", "value": "7", "qualifier": "exact"}
    cells.update(source=SOURCE, quote="7 in Spain")
    for column, name in enumerate(header, 1):
        sheet.cell(2, column, cells.get(name))
    stream = io.BytesIO()
    book.save(stream)

    preview = upload(admin_client, stream.getvalue(), "xlsx")

    assert [row.label for row in preview.context["report"].rows] == ["New"]
    confirm(admin_client, preview)
    # No unit given: the metric's.
    assert Result.objects.get(country=world.spain).unit == world.persons


@pytest.mark.parametrize("model_name", ["operation", "participation", "source", "metric", "activity", "result"])
def test_every_import_page_has_its_template(admin_client, world, model_name):
    from django.apps import apps

    model = apps.get_model("operations", model_name)
    resource = admin.site._registry[model].get_import_resource_classes(None)[0]()

    response = admin_client.get(admin_url(model, "import_template"))

    header = [cell.value for cell in next(load_workbook(io.BytesIO(response.content))["Import"].iter_rows(max_row=1))]
    assert set(resource.get_import_id_fields()) <= set(header)
    assert set(resource.required_columns) <= set(header)


def test_the_template_needs_the_import_permission(client, world):
    viewer = User.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_result"))
    client.force_login(viewer)

    assert client.get(admin_url(Result, "import_template")).status_code == 403


def test_the_resource_imports_the_admins_files_alike(world):
    """The same file through the resource alone: the same problems, nothing saved."""
    from operations.spreadsheets.reading import read_dataset

    before = state()
    rows = result_rows(("arrests", "Serbia", "many", "q"), ("officers", "Spain", "-5", "q"))

    result = ResultResource().import_data(read_dataset(csv_bytes(RESULT_HEADERS, rows), "csv"))

    errors = {row.sheet_row: row.error_dict for row in result.invalid_rows}
    assert errors[2]["value"][0].startswith('Cannot read "many" as a number.')
    assert errors[3] == {"value": ["A result cannot be negative."]}
    assert state() == before

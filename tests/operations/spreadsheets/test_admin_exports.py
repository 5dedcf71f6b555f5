"""Exports from the admin's lists: formula injection made inert in CSV and XLSX (numbers stay
numbers), the list's current filters and search respected, and 'Export selected' without
validating against every primary key of the table."""

import csv
import io

import pytest
from django.contrib import admin
from import_export.formats.base_formats import CSV, XLSX
from openpyxl import load_workbook

from operations.models import Qualifier, Result, Source
from operations.spreadsheets.resources import ResultResource, SourceResource
from tests.operations.fixtures import admin_url, build_world

pytestmark = pytest.mark.django_db

TRIGGERS = ["=1+1", "+1", "-1 arrest", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.fixture
def world(db):
    world = build_world()
    for index, trigger in enumerate(TRIGGERS):
        Result.objects.create(
            operation=world.operation,
            metric=world.arrests,
            country=[world.serbia, world.spain, world.kosovo][index % 3],
            qualifier_id=[Qualifier.EXACT, Qualifier.MORE_THAN][index // 3],
            value=index,
            source=world.source,
            quote=trigger,
        )
    return world


def export(client, file_format, query="", **data):
    formats = admin.site._registry[Result].get_export_formats()
    fields = {f"resultresource_{name}": "on" for name in ResultResource().get_export_order()}
    response = client.post(
        admin_url(Result, "export") + query,
        {"format": str(formats.index(file_format)), "resource": "0", **fields, **data},
    )
    assert response.status_code == 200
    return response


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def xlsx_rows(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows], sheet


def test_csv_export_neutralises_every_formula_trigger(admin_client, world):
    quotes = {row["quote"] for row in csv_rows(export(admin_client, CSV))}

    for trigger in TRIGGERS:
        assert "'" + trigger in quotes
    assert '\'=HYPERLINK("http://example.com")' in {row["note"] for row in csv_rows(export(admin_client, CSV))}


def test_xlsx_export_neutralises_and_keeps_numbers_native(admin_client, world):
    rows, sheet = xlsx_rows(export(admin_client, XLSX))

    quotes = {row["quote"] for row in rows}
    for trigger in TRIGGERS:
        # The apostrophe stays in front. A carriage return comes back as a line feed when the sheet is
        # read with Python's XML parser, as itself with lxml's (openpyxl uses lxml when installed).
        assert {"'" + trigger, "'" + trigger.replace("\r", "\n")} & quotes
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    officers = next(row for row in rows if row["quote"] == "22 488 officers")
    assert officers["value"] == 22488 and isinstance(officers["value"], int)


def test_the_changelist_export_link_carries_the_filters(admin_client, world):
    changelist = admin_client.get(admin_url(Result, "changelist"), {"country__id__exact": world.serbia.pk})

    assert f"{admin_url(Result, 'export')}?country__id__exact={world.serbia.pk}" in changelist.content.decode()


def test_export_of_a_filtered_list_has_only_its_rows(admin_client, world):
    query = f"?country__id__exact={world.serbia.pk}"
    shown = admin_client.get(admin_url(Result, "changelist") + query).context["cl"].result_count

    rows = csv_rows(export(admin_client, CSV, query))

    assert len(rows) == shown == 2
    assert {row["country"] for row in rows} == {"Serbia"}


def test_export_of_a_searched_list_has_only_its_rows(admin_client, world):
    rows, _sheet = xlsx_rows(export(admin_client, XLSX, "?q=officers"))

    assert {row["metric"] for row in rows} == {"officers"}
    assert len(rows) == 2


def test_export_selected_exports_the_chosen_rows(admin_client, world):
    chosen = list(Result.objects.filter(country=world.kosovo).values_list("pk", flat=True))

    page = admin_client.post(
        admin_url(Result, "changelist"), {"action": "export_admin_action", "_selected_action": chosen}
    )
    rows = csv_rows(export(admin_client, CSV, export_items=[str(pk) for pk in chosen]))

    assert page.status_code == 200 and "export_items" in page.content.decode()
    assert len(rows) == len(chosen) == 3
    assert {row["country"] for row in rows} == {"Kosovo*"}


def test_export_selected_checks_only_the_posted_keys(rf, world, django_assert_num_queries):
    chosen = [str(pk) for pk in Result.objects.values_list("pk", flat=True)[:2]]
    request = rf.post("/", {"export_items": [*chosen, "999999", "x"]})

    # One query for the posted keys, however large the table (import-export asks for all of them).
    with django_assert_num_queries(1):
        valid = sorted(map(str, admin.site._registry[Result].get_valid_export_item_pks(request)))

    assert valid == sorted(chosen)


def test_every_register_export_neutralises(admin_client, world):
    Source.objects.filter(pk=world.source.pk).update(note="=cmd|' /C calc'!A0")
    formats = admin.site._registry[Source].get_export_formats()

    fields = {f"sourceresource_{name}": "on" for name in SourceResource().get_export_order()}

    response = admin_client.post(
        admin_url(Source, "export"), {"format": str(formats.index(CSV)), "resource": "0", **fields}
    )

    assert "'=cmd|' /C calc'!A0" in response.content.decode()


def test_the_admins_xlsx_export_has_a_frozen_bold_header_and_imports_back_unchanged(admin_client, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = export(admin_client, XLSX)
    _rows, sheet = xlsx_rows(response)
    assert sheet.freeze_panes == "A2" and all(cell.font.bold for cell in sheet[1])
    formats = admin.site._registry[Result].get_import_formats()
    index = next(i for i, candidate in enumerate(formats) if issubclass(candidate, XLSX))

    preview = admin_client.post(
        admin_url(Result, "import"),
        {"resource": "0", "format": str(index), "import_file": SimpleUploadedFile("results.xlsx", response.content)},
    )

    assert {row.label for row in preview.context["report"].rows} == {"Unchanged"}
    assert len(preview.context["report"].rows) == Result.objects.count()


def test_text_with_windows_line_endings_reimports_unchanged_from_xlsx(world):
    from operations.spreadsheets.reading import read_dataset

    Result.objects.filter(pk=world.results[0].pk).update(quote="22 488 officers\r\nfrom 26 countries")
    content = XLSX().export_data(ResultResource().export(force_native_type=True))

    result = ResultResource().import_data(read_dataset(content, "xlsx"), dry_run=True)

    assert result.totals["skip"] == Result.objects.count() and not result.has_validation_errors()

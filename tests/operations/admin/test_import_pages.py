"""Import and export through the admin's own pages: upload, preview, confirm; export by natural keys."""

from decimal import Decimal

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from import_export.formats.base_formats import CSV, XLSX

from operations.models import Result
from operations.spreadsheets.resources import ResultResource
from tests.operations.fixtures import admin_url, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def import_format_index(file_format):
    """The import form's choice for CSV or XLSX (the admin imports through checked subclasses)."""
    formats = admin.site._registry[Result].get_import_formats()
    return next(index for index, candidate in enumerate(formats) if issubclass(candidate, file_format))


# --- Import through the admin --------------------------------------------------------------


def test_csv_import_previews_then_confirms(admin_client, admin_user, world):
    csv = (
        "operation,metric,country,source,qualifier,value,quote\n"
        f'JAD SEE 2023,arrests,Serbia,{world.source.title},exact,"1,204",1 204 arrests in Serbia\n'
        f"jad-see-2023,arrests,,{world.source.title},exact,562,562 arrests\n"
    )
    csv_index = import_format_index(CSV)
    upload = SimpleUploadedFile("results.csv", csv.encode(), content_type="text/csv")

    preview = admin_client.post(
        admin_url(Result, "import"), {"resource": "0", "format": str(csv_index), "import_file": upload}
    )

    assert preview.status_code == 200
    result = preview.context["result"]
    assert [row.import_type for row in result.rows] == ["new", "update"]
    assert Result.objects.count() == 5  # a preview writes nothing
    confirm = preview.context["confirm_form"]

    done = admin_client.post(admin_url(Result, "process_import"), confirm.initial, follow=True)

    assert done.status_code == 200
    assert Result.objects.count() == 6
    serbia = Result.objects.get(country=world.serbia)
    assert serbia.value == Decimal("1204")
    assert serbia.history.first().history_user == admin_user
    assert Result.objects.get(pk=world.results[2].pk).value == Decimal("562")


def test_admin_import_with_a_wrong_header_explains_it(admin_client, world):
    csv = "operation,metric,country,source,qualifier,vaule,quote\nJAD SEE 2023,arrests,,x,exact,1,q\n"
    csv_index = import_format_index(CSV)
    upload = SimpleUploadedFile("results.csv", csv.encode(), content_type="text/csv")

    response = admin_client.post(
        admin_url(Result, "import"), {"resource": "0", "format": str(csv_index), "import_file": upload}
    )

    content = response.content.decode()
    assert "Missing required column(s): value." in content
    assert "Unknown column &quot;vaule&quot;; closest: value" in content
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None


def test_spreadsheets_come_as_csv_or_xlsx(admin_client, world):
    model_admin = admin.site._registry[Result]
    assert model_admin.get_export_formats() == [CSV, XLSX]
    # Imports read them through operations.spreadsheets.reading, which refuses what is not a spreadsheet to import.
    imports = model_admin.get_import_formats()
    assert len(imports) == 2 and issubclass(imports[0], CSV) and issubclass(imports[1], XLSX)


def test_export_writes_natural_keys(admin_client, world):
    formats = admin.site._registry[Result].get_export_formats()
    csv_index = next(index for index, file_format in enumerate(formats) if file_format is CSV)

    fields = {f"resultresource_{name}": "on" for name in ResultResource().get_export_order()}

    response = admin_client.post(admin_url(Result, "export"), {"format": str(csv_index), "resource": "0", **fields})

    assert response.status_code == 200
    content = response.content.decode()
    assert content.splitlines()[0].startswith("operation,activity,metric,country,value,unit,qualifier")
    assert "JAD SEE 2023,,arrests-firearms,Kosovo*,12,persons,exact" in content
    # A figure about an activity names the activity, and no operation.
    assert ",firearms-detection-training,value,,15000.5,eur,exact" in content


def test_an_exported_xlsx_uploads_back_unchanged(admin_client, world):
    workbook = XLSX().export_data(ResultResource().export(force_native_type=True))
    upload = SimpleUploadedFile("results.xlsx", workbook)

    preview = admin_client.post(
        admin_url(Result, "import"), {"resource": "0", "format": str(import_format_index(XLSX)), "import_file": upload}
    )

    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals["skip"] == Result.objects.count() == 5

"""Imports check versions as the admin's forms do: exports carry a `version` column, a row that
would change a record saved since the file was exported is refused naming the record (and nothing
of the file is saved), rows without a version still work, and a rollback restores at the current
version. For the import with a preview, the bulk import and `manage.py import_results`."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from operations.models import ImportRecord, Operation, Result
from operations.review import imports
from operations.review.changes import register_change
from operations.spreadsheets.resources import OperationResource, ResultResource
from tests.operations.admin.test_import_preview import confirm, upload
from tests.operations.fixtures import build_world
from tests.operations.sheets import RESULT_HEADERS, csv_bytes, result_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db, admin_user):
    return build_world()


def exported_operations():
    """The operations as an editor downloads them: {slug: row}, and the headers."""
    dataset = OperationResource().export()
    return dataset.headers, {row["slug"]: dict(row) for row in dataset.dict}


def as_csv(headers, rows):
    return csv_bytes(headers, [[row[column] for column in headers] for row in rows])


def saved_by_ben(operation, django_user_model, **changes):
    ben = django_user_model.objects.create_user("ben", is_staff=True)
    with register_change(ben, "Ben's edit"):
        for name, value in changes.items():
            setattr(operation, name, value)
        operation.save()


def test_exports_carry_each_records_version(world):
    world.operation.motto = "Together"
    world.operation.save()

    headers, rows = exported_operations()
    results = ResultResource().export()

    assert headers[-1] == "version" and rows["jad-see-2023"]["version"] == "2"
    assert results.headers[-1] == "version" and set(results["version"]) == {"1"}


def test_an_import_confirmed_after_someone_elses_save_is_refused_naming_the_record(
    admin_client, world, django_user_model
):
    headers, rows = exported_operations()
    edited = {**rows["jad-see-2023"], "motto": "Ana's motto"}
    new = {**edited, "slug": "jad-see-2024", "short_name": "JAD SEE 2024", "name": "JAD SEE 2024", "edition": "2024"}
    new["version"] = ""
    content = as_csv(headers, [edited, new])
    preview = upload(admin_client, content, model=Operation)
    assert [row.label for row in preview.context["report"].rows] == ["Updated", "New"]
    saved_by_ben(world.operation, django_user_model, motto="Ben's motto")

    response = confirm(admin_client, preview, model=Operation)

    page = response.content.decode()
    assert (
        "JAD SEE 2023 was saved again after this file was exported (version 1 in the file, 2 in the register, "
        "last saved by ben on "
    ) in page
    assert Operation.objects.get(pk=world.operation.pk).motto == "Ben's motto"
    assert not Operation.objects.filter(slug="jad-see-2024").exists()  # all or nothing
    assert ImportRecord.objects.get().status == ImportRecord.Status.FAILED


def test_the_preview_refuses_a_stale_row(admin_client, world, django_user_model):
    headers, rows = exported_operations()
    saved_by_ben(world.operation, django_user_model, motto="Ben's motto")
    content = as_csv(headers, [{**rows["jad-see-2023"], "description": "Ana's description"}])

    preview = upload(admin_client, content, model=Operation)

    assert "was saved again after this file was exported (version 1 in the file, 2 in the register" in (
        preview.content.decode()
    )


def test_a_stale_row_that_changes_nothing_is_no_conflict(admin_client, world, django_user_model):
    headers, rows = exported_operations()
    saved_by_ben(world.operation, django_user_model, motto="Ben's motto")
    content = as_csv(headers, [{**rows["jad-see-2023"], "motto": "Ben's motto"}])

    preview = upload(admin_client, content, model=Operation)

    assert [row.label for row in preview.context["report"].rows] == ["Unchanged"]


def test_rows_without_a_version_are_imported_as_before(admin_client, world, django_user_model):
    headers, rows = exported_operations()
    saved_by_ben(world.operation, django_user_model, motto="Ben's motto")
    blank = as_csv(headers, [{**rows["jad-see-2023"], "description": "from a blank cell", "version": ""}])
    confirm(admin_client, upload(admin_client, blank, model=Operation), model=Operation)
    older_template = [column for column in headers if column != "version"]
    without = as_csv(older_template, [{**rows["jad-see-2023"], "description": "from an older template"}])

    confirm(admin_client, upload(admin_client, without, model=Operation), model=Operation)

    operation = Operation.objects.get(pk=world.operation.pk)
    assert (operation.description, operation.version) == ("from an older template", 4)


def test_a_file_at_the_current_version_imports_and_raises_it(admin_client, world):
    headers, rows = exported_operations()
    content = as_csv(headers, [{**rows["jad-see-2023"], "motto": "Ana's motto"}])

    confirm(admin_client, upload(admin_client, content, model=Operation), model=Operation)

    operation = Operation.objects.get(pk=world.operation.pk)
    assert (operation.motto, operation.version) == ("Ana's motto", 2)
    # The same file again: its row is now unchanged, and no conflict.
    again = upload(admin_client, content, model=Operation)
    assert [row.label for row in again.context["report"].rows] == ["Unchanged"]


def test_a_rollback_restores_at_the_current_version(admin_client, admin_user, world):
    headers, rows = exported_operations()
    content = as_csv(headers, [{**rows["jad-see-2023"], "motto": "Ana's motto"}])
    confirm(admin_client, upload(admin_client, content, model=Operation), model=Operation)

    imports.rollback(ImportRecord.objects.get(), admin_user)

    operation = Operation.objects.get(pk=world.operation.pk)
    assert (operation.motto, operation.version) == ("", 3)
    assert operation.history.order_by("-history_id").first().version == 3


# --- the bulk import (`manage.py import_results`, the background import) --------------------------


def results_file(tmp_path, version, value="562"):
    rows = [[*row, version] for row in result_rows(("arrests", "", value, "562 arrests"))]
    path = tmp_path / "results.csv"
    path.write_bytes(csv_bytes([*RESULT_HEADERS, "version"], rows))
    return str(path)


def test_the_bulk_import_refuses_a_stale_row(tmp_path, world):
    stored = Result.objects.get(metric=world.arrests, country=None)
    stored.value = Decimal("570")
    stored.save()
    err = StringIO()

    with pytest.raises(CommandError, match="Nothing was imported: 1 problem"):
        call_command("import_results", results_file(tmp_path, "1"), stdout=StringIO(), stderr=err)

    assert (
        'row 2, column version ("1"): JAD SEE 2023: Arrests = 570 was saved again after this file was exported '
        "(version 1 in the file, 2 in the register"
    ) in err.getvalue()
    assert Result.objects.get(pk=stored.pk).value == Decimal("570")


def test_the_bulk_import_takes_a_current_row_and_raises_its_version(tmp_path, world):
    stored = Result.objects.get(metric=world.arrests, country=None)

    call_command("import_results", results_file(tmp_path, "1"), stdout=StringIO(), stderr=StringIO())

    stored.refresh_from_db()
    assert (stored.value, stored.version) == (Decimal("562"), 2)
    assert stored.history.order_by("-history_id").first().version == 2
    # Unchanged rows of an older version are no conflict; blank versions are not checked.
    call_command("import_results", results_file(tmp_path, "1"), stdout=StringIO(), stderr=StringIO())
    call_command("import_results", results_file(tmp_path, "", "563"), stdout=StringIO(), stderr=StringIO())
    stored.refresh_from_db()
    assert (stored.value, stored.version) == (Decimal("563"), 3)

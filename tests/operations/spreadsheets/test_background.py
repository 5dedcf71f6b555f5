"""Big results files in the background (operations.spreadsheets.background): queued with the file
kept in the database, then imported by the task, all rows or none, with progress on the way; the
bulk path's rules (blank cells keep what is stored, published operations get proposals, importing
twice changes nothing). Through the admin's pages: tests/operations/admin/test_background_import.py."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from operations.models import ImportRecord, ImportUpload, Operation, ProposedChange, Result, Revision
from operations.spreadsheets import background
from operations.spreadsheets.background import (
    check_upload,
    progress_of,
    queue_results_import,
    report_progress,
    run_results_import,
)
from operations.spreadsheets.reading import SpreadsheetError
from tests.operations.fixtures import build_world
from tests.operations.sheets import RESULT_HEADERS, SOURCE, csv_bytes, result_rows, xlsx_bytes

pytestmark = pytest.mark.django_db

ROWS = result_rows(
    ("arrests", "Serbia", "1 204", "1 204 arrests in Serbia"),  # new
    ("arrests", "", "562", "562 arrests"),  # corrects 566
    ("officers", "", "22,488", "22 488 officers"),  # unchanged
    ("arrests-firearms", "Spain", "3", "3 in Spain"),  # new
)


@pytest.fixture
def world(db):
    return build_world()


def upload(content, name="results.csv"):
    return SimpleUploadedFile(name, content)


def queued(user, content, name="results.csv", **options):
    return queue_results_import(user, upload(content, name), **options)


def imported(user, content, name="results.csv", **options):
    """Queue the file and run its task as the worker would; the record as the task left it."""
    record = queued(user, content, name, **options)
    run_results_import.call(record.pk)
    return ImportRecord.objects.get(pk=record.pk)


def state():
    return sorted(Result.objects.values_list("pk", "value", "quote", "note", "unit")), Result.history.count()


# --- Queueing ----------------------------------------------------------------------------------


def test_queueing_keeps_the_file_and_enqueues_the_task_once_committed(
    world, admin_user, django_capture_on_commit_callbacks
):
    content = csv_bytes(RESULT_HEADERS, ROWS)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        record = queued(admin_user, content)

    assert len(callbacks) == 1
    assert (record.status, record.rows, record.size, record.what) == ("queued", 4, len(content), "results")
    with record.open_upload() as stream:
        assert stream.read() == content
    (task,) = DBTaskResult.objects.all()
    assert (task.task_path, task.args_kwargs) == (
        "operations.spreadsheets.background.run_results_import",
        {"args": [record.pk], "kwargs": {}},
    )
    assert task.status == "READY"


def test_the_kept_file_is_read_back_a_part_at_a_time_and_can_be_seeked(world, admin_user, monkeypatch):
    monkeypatch.setattr(ImportUpload, "PART_SIZE", 1000)
    content = xlsx_bytes(RESULT_HEADERS, ROWS * 20)

    record = queued(admin_user, content, "results.xlsx")

    assert ImportUpload.objects.filter(record=record).count() == len(content) // 1000 + 1
    with record.open_upload() as stream:
        stream.seek(-10, io.SEEK_END)
        assert stream.read() == content[-10:]
        stream.seek(1500)
        assert stream.read(1000) == content[1500:2500]
    # Zip archives seek about: the workbook is read from its parts.
    assert imported(admin_user, content, "again.xlsx").status == "imported"


@pytest.mark.parametrize(
    ("name", "content", "setting", "message"),
    [
        (
            "results.csv",
            b"x" * 2000,
            {"IMPORT_MAX_BACKGROUND_BYTES": 1000},
            "The file is 2.0\xa0KB; an import in the background takes files up to 1000\xa0bytes.",
        ),
        (
            "results.csv",
            csv_bytes(RESULT_HEADERS, ROWS),
            {"IMPORT_MAX_BACKGROUND_ROWS": 3},
            "The file has 4 rows; an import in the background takes at most 3 rows.",
        ),
        (
            "results.xlsx",
            xlsx_bytes(RESULT_HEADERS, ROWS),
            {"IMPORT_MAX_BACKGROUND_ROWS": 3},
            "The file has 4 rows; an import in the background takes at most 3 rows.",
        ),
    ],
    ids=["size", "csv-rows", "xlsx-rows"],
)
def test_a_file_over_a_limit_is_refused_before_it_is_read(world, monkeypatch, name, content, setting, message):
    def read_rows(*args, **kwargs):
        raise AssertionError("rows were read")

    monkeypatch.setattr(background, "open_sheet", read_rows)
    monkeypatch.setattr(background, "read_sheet", read_rows)

    with override_settings(**setting), pytest.raises(SpreadsheetError) as refused:
        check_upload(upload(content, name))

    assert str(refused.value).startswith(message)
    assert not ImportRecord.objects.exists()


# --- Running --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "make"), [("results.csv", csv_bytes), ("results.xlsx", xlsx_bytes)])
def test_the_task_imports_the_file_with_history_naming_the_import(world, admin_user, name, make):
    record = imported(admin_user, make(RESULT_HEADERS, ROWS), name)

    assert (record.status, record.rows, record.done, record.message) == ("imported", 4, 4, "")
    assert (record.created, record.changed, record.skipped, record.proposed) == (2, 1, 1, 0)
    assert record.finished_at is not None
    assert Result.objects.get(country=world.serbia).value == Decimal("1204")
    corrected = Result.objects.get(metric=world.arrests, country=None)
    assert corrected.value == Decimal("562")
    written = Result.history.filter(import_id=record.pk)
    assert sorted(written.values_list("history_type", flat=True)) == ["+", "+", "~"]
    assert {(row.history_user, row.history_change_reason) for row in written} == {
        (admin_user, f"Imported from {name} (import #{record.pk})")
    }
    assert not ImportUpload.objects.filter(record=record).exists()  # the kept file is gone once imported


def test_one_bad_row_and_nothing_is_saved_the_record_lists_the_problems(world, admin_user):
    rows = [*ROWS, *result_rows(("arrests", "Serbiaa", "3", "q"), ("officers", "Spain", "-5", "q"))]
    before = state()

    record = imported(admin_user, csv_bytes(RESULT_HEADERS, rows))

    assert state() == before
    assert record.status == "failed"
    assert record.message.splitlines() == [
        "Nothing was imported: 2 problems in results.csv. Correct them and upload the file again.",
        'row 6, column country ("Serbiaa"): Unknown country "Serbiaa"; closest: Serbia',
        'row 7, column value ("-5"): A result cannot be negative.',
    ]
    assert not ImportUpload.objects.exists()


def test_many_problems_are_listed_fifty_and_counted(world, admin_user):
    rows = result_rows(*[("arrests", f"Nowhere {number}", "1", "q") for number in range(60)])

    record = imported(admin_user, csv_bytes(RESULT_HEADERS, rows))

    lines = record.message.splitlines()
    assert lines[0].startswith("Nothing was imported: 60 problems in results.csv.")
    assert len(lines) == 1 + 50 + 1 and lines[-1] == "… and 10 more."


def test_a_problem_found_after_rows_were_written_rolls_them_all_back(world, admin_user, monkeypatch):
    monkeypatch.setattr("operations.spreadsheets.bulk.CHUNK", 2)  # rows 2 and 3 are written before row 7 is read
    rows = [*ROWS, *result_rows(("officers", "Kosovo", "4", "q"), ("officers", "Spain", "many", "q"))]
    before = state()

    record = imported(admin_user, csv_bytes(RESULT_HEADERS, rows))

    assert record.status == "failed" and 'row 7, column value ("many")' in record.message
    assert state() == before


def test_a_file_refused_at_its_end_is_refused_whole(world, admin_user):
    def merge(sheet):
        sheet.merge_cells("C4:C5")

    before = state()

    record = imported(admin_user, xlsx_bytes(RESULT_HEADERS, ROWS, merge), "results.xlsx")

    assert (record.status, record.message) == (
        "failed",
        "Merged cells (C4:C5) cannot be imported: unmerge them and give every row its own values, then upload the "
        "file again.",
    )
    assert state() == before


def test_an_unexpected_error_fails_the_record_and_the_task(world, admin_user, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError

    monkeypatch.setattr(background.ResultBulkImport, "run", broken)
    record = queued(admin_user, csv_bytes(RESULT_HEADERS, ROWS))

    with pytest.raises(ZeroDivisionError):
        run_results_import.call(record.pk)

    record.refresh_from_db()
    assert record.status == "failed"
    assert record.message.startswith(
        "The import stopped on an unexpected error (ZeroDivisionError); nothing was saved."
    )


def test_a_task_run_again_after_its_import_ended_does_nothing(world, admin_user):
    record = imported(admin_user, csv_bytes(RESULT_HEADERS, ROWS))
    before = state()

    assert run_results_import.call(record.pk) is None

    assert state() == before


def test_with_the_immediate_backend_the_upload_is_imported_once_committed(
    world, admin_user, django_capture_on_commit_callbacks
):
    immediate = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with override_settings(TASKS=immediate), django_capture_on_commit_callbacks(execute=True):
        record = queued(admin_user, csv_bytes(RESULT_HEADERS, ROWS))

    record.refresh_from_db()
    assert (record.status, record.created, record.changed) == ("imported", 2, 1)


# --- Progress -------------------------------------------------------------------------------------


def test_progress_is_read_from_the_shared_cache_while_the_import_runs(world, admin_user, settings):
    settings.CACHES = {**settings.CACHES, "progress": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    record = queued(admin_user, csv_bytes(RESULT_HEADERS, ROWS))
    assert progress_of(record).text == "Waiting for a worker: 4 rows to import."

    ImportRecord.objects.filter(pk=record.pk).update(status="running")
    record.refresh_from_db()
    report_progress(record, 3, 4)
    progress = progress_of(record)

    assert (progress.done, progress.rows, progress.percent, progress.finished) == (3, 4, 75, False)
    assert progress.text == "Importing: 3 of 4 rows checked and written (saved only once all are)."


def test_the_task_reports_progress_as_it_goes(world, admin_user, monkeypatch):
    reported = []
    monkeypatch.setattr("operations.spreadsheets.bulk.CHUNK", 2)
    monkeypatch.setattr(background, "report_progress", lambda record, done, total: reported.append((done, total)))

    record = imported(admin_user, csv_bytes(RESULT_HEADERS, ROWS))

    assert reported == [(0, 4), (2, 4), (4, 4)]
    progress = progress_of(record)
    assert (progress.percent, progress.finished) == (100, True)
    assert progress.text == "Imported 4 rows: 2 new, 1 changed, 1 unchanged, 0 proposed for review."


# --- The bulk path's rules --------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing_the_second_time(world, admin_user):
    content = xlsx_bytes(RESULT_HEADERS, ROWS)
    first = imported(admin_user, content, "results.xlsx")
    before = state()

    again = imported(admin_user, content, "results.xlsx")

    assert (first.created, first.changed) == (2, 1)
    assert (again.status, again.created, again.changed, again.skipped, again.proposed) == ("imported", 0, 0, 4, 0)
    assert state() == before
    assert first.sha256 == again.sha256


HEADERS = [*RESULT_HEADERS, "note", "unit", "is_headline"]


def test_blank_cells_keep_what_is_stored(world, admin_user):
    stored = Result.objects.get(metric=world.arrests, country=None)
    Result.objects.filter(pk=stored.pk).update(note="Said at the press conference", is_headline=True)
    row = ["JAD SEE 2023", "arrests", "", SOURCE, "exact", "", "", "", "", ""]  # only the key

    record = imported(admin_user, csv_bytes(HEADERS, [row]))

    stored.refresh_from_db()
    assert (record.status, record.changed, record.skipped) == ("imported", 0, 1)
    assert (stored.value, stored.quote, stored.note, stored.unit, stored.is_headline) == (
        Decimal("566"),
        "566 arrests",
        "Said at the press conference",
        world.persons,
        True,
    )


def test_blank_cells_erase_what_is_stored_when_asked(world, admin_user):
    stored = Result.objects.get(metric=world.arrests, country=None)
    Result.objects.filter(pk=stored.pk).update(note="Said at the press conference", is_headline=True)
    row = ["JAD SEE 2023", "arrests", "", SOURCE, "exact", "", "566 arrests", "", "", ""]

    record = imported(admin_user, csv_bytes(HEADERS, [row]), erase_blank_cells=True)

    stored.refresh_from_db()
    assert (record.status, record.changed) == ("imported", 1)
    assert (stored.value, stored.note, stored.is_headline) == (None, "", False)


def test_a_blank_quote_is_still_required_of_a_new_statement_or_when_erasing(world, admin_user):
    new = ["JAD SEE 2023", "arrests", "Spain", SOURCE, "exact", "4", "", "", "", ""]
    stored = ["JAD SEE 2023", "arrests", "", SOURCE, "exact", "566", "", "", "", ""]

    record = imported(admin_user, csv_bytes(HEADERS, [new, stored]), erase_blank_cells=True)

    assert record.message.splitlines()[1:] == [
        "row 2, column quote: This cell is empty; the column is required.",
        "row 3, column quote: This cell is empty; the column is required.",
    ]


def test_a_published_operation_gets_proposals_not_statements(world, admin_user):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    before = state()

    record = imported(admin_user, csv_bytes(RESULT_HEADERS, ROWS))

    assert state() == before
    assert (record.status, record.created, record.changed, record.skipped, record.proposed) == ("imported", 0, 0, 1, 3)
    proposals = ProposedChange.objects.filter(import_record=record).order_by("row")
    assert [(proposal.row, proposal.result_id) for proposal in proposals] == [
        (2, None),
        (3, world.results[2].pk),
        (5, None),
    ]
    assert proposals[0].values["value"] == "1204.000" and proposals[0].operation == world.operation

    again = imported(admin_user, csv_bytes(RESULT_HEADERS, ROWS))

    assert (again.created, again.changed, again.proposed, again.skipped) == (0, 0, 0, 4)
    assert ProposedChange.objects.count() == 3  # the same proposals already wait for review


def test_identical_rows_in_one_file_are_one_statement(world, admin_user):
    rows = [*ROWS[:1], *ROWS[:1]]

    record = imported(admin_user, csv_bytes(RESULT_HEADERS, rows))

    assert (record.status, record.created, record.skipped) == ("imported", 1, 1)


# --- An import whose worker stopped -------------------------------------------------------------


def test_a_stuck_import_is_listed_then_queued_again_or_failed(world, admin_user, django_capture_on_commit_callbacks):
    content = csv_bytes(RESULT_HEADERS, ROWS)
    stuck, other = queued(admin_user, content), queued(admin_user, content, "other.csv")
    ImportRecord.objects.update(status="running")  # their worker stopped mid-way: nothing was saved
    out = io.StringIO()

    call_command("stuck_imports", stdout=out)

    assert f"#{stuck.pk} running  results.csv by admin, 4 rows" in out.getvalue()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("stuck_imports", "--requeue", str(stuck.pk), stdout=out)
    call_command("stuck_imports", "--fail", str(other.pk), stdout=out)

    stuck.refresh_from_db()
    assert stuck.status == "queued" and DBTaskResult.objects.filter(args_kwargs__args=[stuck.pk]).exists()
    run_results_import.call(stuck.pk)
    stuck.refresh_from_db()
    assert (stuck.status, stuck.created) == ("imported", 2)
    other.refresh_from_db()
    assert other.status == "failed" and other.message.startswith("The import was stopped before it ended")
    assert not ImportUpload.objects.exists()
    with pytest.raises(CommandError, match="is neither queued nor running"):
        call_command("stuck_imports", "--fail", str(other.pk))


def test_an_import_that_changes_nothing_leaves_the_revision_as_it_was(world, admin_user):
    content = csv_bytes(RESULT_HEADERS, ROWS)
    imported(admin_user, content)
    revision = Revision.objects.current()

    imported(admin_user, content)

    assert Revision.objects.current() == revision  # the public pages kept in the cache stay valid

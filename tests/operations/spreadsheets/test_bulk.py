"""manage.py import_results FILE: the admin's checks, in bulk, all rows or none (behaviour, not speed:
bench/import_bench.py measures that)."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from operations.management.commands import import_results
from operations.models import ImportRecord, Operation, ProposedChange, Result
from operations.spreadsheets import bulk as bulk_import
from tests.operations.fixtures import build_world
from tests.operations.sheets import (
    RESULT_HEADERS,
    csv_bytes,
    png_bytes,
    result_rows,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db, admin_user):
    # admin_user: the one superuser, whom the command records as the importer when --user is not given.
    return build_world()


def write(tmp_path, content, name="results.csv"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def run(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_results", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def failing(path, *args):
    err = StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_results", str(path), *args, stdout=StringIO(), stderr=err)
    return str(failure.value), err.getvalue()


def state():
    return sorted(Result.objects.values_list("pk", "value", "quote", "note")), Result.history.count()


ROWS = result_rows(
    ("arrests", "Serbia", "1 204", "1 204 arrests in Serbia"),  # new
    ("arrests", "", "562", "562 arrests"),  # corrects 566
    ("officers", "", "22,488", "22 488 officers"),  # unchanged
    ("arrests-firearms", "Spain", "3", "3 in Spain"),  # new
)


@pytest.mark.parametrize(("name", "make"), [("results.csv", csv_bytes), ("results.xlsx", xlsx_bytes)])
def test_imports_new_and_corrected_statements_with_history(tmp_path, world, admin_user, name, make):
    path = write(tmp_path, make(RESULT_HEADERS, ROWS), name)

    out, _err = run(path, "--user", admin_user.username)

    assert "Imported 4 rows: 2 new, 1 updated, 1 unchanged" in out
    assert "rows/s" in out
    assert Result.objects.get(country=world.serbia).value == Decimal("1204")
    arrests = Result.objects.get(metric=world.arrests, country=None)
    assert arrests.value == Decimal("562")
    record = ImportRecord.objects.get()
    latest = arrests.history.first()
    assert (latest.history_type, latest.history_user, latest.history_change_reason, latest.import_id) == (
        "~",
        admin_user,
        f"Imported from {name} (import #{record.pk})",
        record.pk,
    )
    created = Result.objects.get(country=world.spain)
    assert (created.history.get().history_type, created.history.get().import_id) == ("+", record.pk)
    assert (record.status, record.user, record.file_name, record.rows) == ("imported", admin_user, name, 4)
    assert (record.created, record.changed, record.skipped, record.proposed) == (2, 1, 1, 0)
    assert created.created_at is not None


def test_running_it_again_changes_nothing(tmp_path, world):
    path = write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS))
    run(path)
    before = state()

    out, _err = run(path)

    assert "0 new, 0 updated, 4 unchanged" in out
    assert state() == before


def test_dry_run_checks_and_counts_but_writes_nothing(tmp_path, world):
    before = state()

    out, _err = run(write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS)), "--dry-run")

    assert "Dry run: 2 new, 1 updated, 1 unchanged. Nothing was written" in out
    assert state() == before


def test_one_bad_row_and_nothing_is_imported_every_problem_listed(tmp_path, world):
    rows = [
        *ROWS,
        *result_rows(
            ("arrests", "Serbiaa", "3", "q"),
            ("officers", "Spain", "-5", "q"),
            ("officers", "Serbia", "many", "q"),
            ("officers", "Europol", "5", "q"),
            ("officers", "Serbia", "5", ""),
        ),
    ]
    before = state()

    message, err = failing(write(tmp_path, csv_bytes(RESULT_HEADERS, rows)))

    assert message.startswith("Nothing was imported: 5 problem(s) in results.csv.")
    assert err.splitlines() == [
        '  row 6, column country ("Serbiaa"): Unknown country "Serbiaa"; closest: Serbia',
        '  row 7, column value ("-5"): A result cannot be negative.',
        '  row 8, column value ("many"): Cannot read "many" as a number. Write the figure alone (22 488 or '
        "22,488), its qualifier in the qualifier column and the source's words in the quote.",
        '  row 9, column country ("Europol"): A figure is stated for a country, a jurisdiction or a group of them, '
        "not for Europol.",
        "  row 10, column quote: This cell is empty; the column is required.",
    ]
    assert state() == before


def test_two_rows_about_one_statement_must_agree(tmp_path, world):
    rows = result_rows(
        ("arrests", "Serbia", "3", "q"), ("arrests", "Serbia", "3", "q"), ("arrests", "Serbia", "4", "q")
    )

    _message, err = failing(write(tmp_path, csv_bytes(RESULT_HEADERS, rows)))

    assert err.strip() == (
        "row 4: Row 2 is about the same operation, metric, country, source, qualifier but says something else; "
        "keep one of the two."
    )


def test_rows_about_a_published_operation_are_proposed_for_review_not_written(tmp_path, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    before = state()

    out, _err = run(write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS)))

    assert "0 new, 0 updated, 1 unchanged, 3 proposed for review" in out
    assert state() == before
    proposals = ProposedChange.objects.order_by("row")
    assert [(proposal.row, proposal.result_id is not None) for proposal in proposals] == [
        (2, False),  # a new statement
        (3, True),  # a change to a published figure: 566 to 562
        (5, False),
    ]
    assert (proposals[1].values, proposals[1].old_values) == (
        {"value": "562.000", "quote": "562 arrests"},
        {"value": "566.000", "quote": "566 arrests"},
    )


def test_wrong_headers_fail_the_file(tmp_path, world):
    headers = [*RESULT_HEADERS[:5], "vaule", "quote"]

    _message, err = failing(write(tmp_path, csv_bytes(headers, ROWS)))

    assert err.strip().startswith("the file: Missing required column(s): value.")
    assert 'Unknown column "vaule"; closest: value' in err


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("results.xlsx", png_bytes(), "This file is a PNG image, not a spreadsheet"),
        ("results.csv", b"", "The file is empty."),
        ("results.csv", csv_bytes(RESULT_HEADERS, []), "The file has only its header row"),
    ],
)
def test_a_file_that_is_not_one_to_import_is_refused(tmp_path, world, name, content, says):
    message, _err = failing(write(tmp_path, content, name))

    assert says in message


def test_the_command_takes_more_rows_than_the_admin(tmp_path, world, settings):
    settings.IMPORT_MAX_WEB_ROWS = 1

    out, _err = run(write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS)))

    assert "Imported 4 rows" in out


def test_progress_is_reported_with_rows_per_second(tmp_path, world, monkeypatch):
    monkeypatch.setattr(import_results, "PROGRESS_EVERY", 2)
    monkeypatch.setattr(bulk_import, "CHUNK", 1)

    out, _err = run(write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS)))

    assert "  imported 2 of 4 rows (" in out and "rows/s)" in out
    assert "  imported 4 of 4 rows (" in out


def test_rows_are_written_in_batches(tmp_path, world, django_assert_max_num_queries):
    rows = result_rows(
        *[("officers", country, str(n), f"{n} officers") for n, country in enumerate(["Serbia", "Spain"])]
    )
    rows += [[*row[:4], "more than", *row[5:]] for row in rows]
    path = write(tmp_path, csv_bytes(RESULT_HEADERS, rows))

    # The user, the file's earlier imports, the import's record; its change (a savepoint here, in
    # the test's transaction, and its release) and the bulk writes' own (2); the record locked for
    # the change; the catalogue's tables (operations, metrics, participants, qualifiers, sources: 5),
    # the stored statements of the operation; one INSERT for the results and one for their history,
    # whatever the number of rows; the revision, and the record's counts.
    with django_assert_max_num_queries(18):
        run(path)

    assert Result.objects.filter(metric=world.officers).count() == 6


def test_an_unknown_file_and_format_are_refused(tmp_path, world):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_results", str(tmp_path / "missing.csv"))
    path = write(tmp_path, b"x", "results.txt")
    with pytest.raises(CommandError, match="name it .csv or .xlsx, or give --format"):
        call_command("import_results", str(path))


# --- The import record and its user ---------------------------------------------------------


def test_without_user_the_only_superuser_is_recorded_as_the_importer(tmp_path, world, admin_user):
    path = write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS))

    out, _err = run(path)

    record = ImportRecord.objects.get()
    assert f"import #{record.pk}, by admin." in out
    assert (record.user, record.what, record.file_name, record.size) == (
        admin_user,
        "results",
        "results.csv",
        path.stat().st_size,
    )


def test_without_user_several_superusers_or_none_are_refused(tmp_path, world, admin_user, django_user_model):
    path = write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS))
    django_user_model.objects.create_superuser("another", password=None)

    with pytest.raises(CommandError, match=r"--user NAME \(there are several superusers\)"):
        run(path)
    django_user_model.objects.update(is_superuser=False)
    with pytest.raises(CommandError, match=r"--user NAME \(there is no superuser\)"):
        run(path)
    assert not ImportRecord.objects.exists()


def test_a_file_imported_before_is_said_so_and_changes_nothing(tmp_path, world):
    path = write(tmp_path, csv_bytes(RESULT_HEADERS, ROWS))
    run(path)
    first = ImportRecord.objects.get()

    out, _err = run(path)

    assert f"already imported on {first.created_at:%Y-%m-%d %H:%M} by admin (import #{first.pk})" in out
    assert "0 new, 0 updated, 4 unchanged" in out


def test_a_failed_import_is_recorded_with_its_problems(tmp_path, world):
    rows = [*ROWS, *result_rows(("arrests", "Serbiaa", "3", "q"))]

    failing(write(tmp_path, csv_bytes(RESULT_HEADERS, rows)))

    record = ImportRecord.objects.get()
    assert record.status == "failed"
    assert 'row 6, column country ("Serbiaa")' in record.message


def test_blank_cells_erase_only_when_asked(tmp_path, world):
    headers = [*RESULT_HEADERS, "note"]
    rows = [
        [*row, ""] for row in result_rows(("arrests-firearms", "Kosovo", "12", "12 arrests for firearms trafficking"))
    ]
    path = write(tmp_path, csv_bytes(headers, rows))
    stored = world.results[3]

    run(path)
    stored.refresh_from_db()
    assert stored.note == '=HYPERLINK("http://example.com")'

    out, _err = run(path, "--erase-blank-cells")
    stored.refresh_from_db()
    assert "1 updated" in out and stored.note == ""

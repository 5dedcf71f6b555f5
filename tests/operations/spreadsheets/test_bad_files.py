"""Every kind of bad results file the issue names, through the background import: refused when it is
uploaded, or failed by the worker, with nothing saved and a message an editor can act on.
(The same kinds through the admin's preview: test_reading.py's BAD_FILES and test_statements.py.)"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from operations.models import ImportRecord, ImportUpload, ProposedChange, Result
from operations.spreadsheets.background import queue_results_import, run_results_import
from operations.spreadsheets.reading import SpreadsheetError
from tests.operations.fixtures import build_world
from tests.operations.sheets import (
    GOOD_ROWS,
    RESULT_HEADERS,
    SOURCE,
    csv_bytes,
    formula,
    hidden_row,
    merged,
    png_bytes,
    result_rows,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def attempt(user, name, content):
    """("upload" or "worker", the message) of a file that cannot be imported."""
    try:
        record = queue_results_import(user, SimpleUploadedFile(name, content))
    except SpreadsheetError as error:
        assert not ImportRecord.objects.exists()
        return "upload", str(error)
    run_results_import.call(record.pk)
    record.refresh_from_db()
    assert record.status == ImportRecord.Status.FAILED
    assert not ImportUpload.objects.exists()
    return "worker", record.message


def state():
    return (
        sorted(Result.objects.values_list("pk", "value", "quote", "note", "unit")),
        Result.history.count(),
        ProposedChange.objects.count(),
    )


def cyrillic(country):
    """A CSV file as Excel saves "CSV UTF-8": a byte order mark, then the text; names in Cyrillic."""
    lines = [",".join(RESULT_HEADERS), f"JAD SEE 2023,arrests,{country},{SOURCE},exact,12,12 ухапшених"]
    return ("\ufeff" + "\n".join(lines)).encode("utf-8")


WINDOWS_1250 = "\n".join(
    [",".join(RESULT_HEADERS), f"JAD SEE 2023,arrests,Serbia,{SOURCE},exact,12,12 uhapšenih u Čačku"]
).encode("cp1250")


BAD_FILES = [
    (
        "wrong-extension",
        "results.txt",
        csv_bytes(RESULT_HEADERS, GOOD_ROWS),
        "upload",
        '"results.txt" is text (.txt): save it as "CSV UTF-8 (Comma delimited)" (.csv), then upload it again.',
    ),
    (
        "old-excel",
        "results.xls",
        b"\xd0\xcf\x11\xe0" + b"\x00" * 600,
        "upload",
        '"results.xls" is an old Excel workbook (.xls): save it as an Excel workbook (.xlsx), then upload it again.',
    ),
    (
        "image-renamed",
        "results.xlsx",
        png_bytes(),
        "upload",
        "This file is a PNG image, not a spreadsheet (XLSX was chosen). Upload the data as CSV or XLSX.",
    ),
    (
        "windows-1250",
        "results.csv",
        WINDOWS_1250,
        "upload",
        'The file is not UTF-8 text (byte 137 cannot be read). In Excel, save it as "CSV UTF-8 (Comma delimited)", '
        "or upload the XLSX workbook itself.",
    ),
    (
        "utf8-bom-cyrillic",
        "results.csv",
        cyrillic("Атлантида"),
        "worker",
        'row 2, column country ("Атлантида"): Unknown country "Атлантида"',
    ),
    (
        "formula-csv",
        "results.csv",
        csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "=10+2", "12"))),
        "worker",
        "Cell(s) F2 hold a formula. Imports take values only: copy the cells and paste them as values",
    ),
    (
        "formula-xlsx",
        "results.xlsx",
        xlsx_bytes(RESULT_HEADERS, GOOD_ROWS, formula),
        "worker",
        "Cell(s) F2 hold a formula.",
    ),
    (
        "merged-cells",
        "results.xlsx",
        xlsx_bytes(RESULT_HEADERS, GOOD_ROWS * 2, merged),
        "worker",
        "Merged cells (A2:A3) cannot be imported: unmerge them and give every row its own values",
    ),
    (
        "hidden-rows",
        "results.xlsx",
        xlsx_bytes(RESULT_HEADERS, GOOD_ROWS * 3, hidden_row),
        "worker",
        "In this file row(s) 3 are hidden, and they hold values: an import takes every cell, seen or not.",
    ),
    (
        "duplicate-rows",
        "results.csv",
        csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "12", "12"), ("arrests", "Serbia", "13", "13"))),
        "worker",
        "row 3: Row 2 is about the same operation, metric, country, source, qualifier but says something else; "
        "keep one of the two.",
    ),
    (
        "unknown-names",
        "results.csv",
        csv_bytes(RESULT_HEADERS, result_rows(("arrestz", "Serbiaa", "12", "12"))),
        "worker",
        'row 2, column metric ("arrestz"): Unknown metric "arrestz"; closest: arrests',
    ),
    (
        "operation-that-does-not-exist",
        "results.csv",
        csv_bytes(RESULT_HEADERS, [["JAD SEE 2099", "arrests", "Serbia", SOURCE, "exact", "12", "12"]]),
        "worker",
        'row 2, column operation ("JAD SEE 2099"): Unknown operation "JAD SEE 2099"',
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "where", "message"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_a_bad_file_saves_nothing_and_says_why(world, admin_user, name, content, where, message):
    before = state()

    refused_at, said = attempt(admin_user, name, content)

    assert (refused_at, message in said) == (where, True), said
    assert state() == before


def test_unknown_names_are_each_named_with_the_closest_known(world, admin_user):
    content = csv_bytes(RESULT_HEADERS, [["JAD SEE 2023", "arrestz", "Serbiaa", "Europol press relase", "", "1", "q"]])

    _where, message = attempt(admin_user, "results.csv", content)

    assert message.splitlines()[1:] == [
        'row 2, column metric ("arrestz"): Unknown metric "arrestz"; closest: arrests',
        'row 2, column country ("Serbiaa"): Unknown country "Serbiaa"; closest: Serbia',
        'row 2, column source ("Europol press relase"): Unknown source "Europol press relase"; closest: ' + SOURCE,
    ]


def test_utf8_with_a_byte_order_mark_and_cyrillic_names_the_register_knows_is_imported(world, admin_user):
    record = queue_results_import(admin_user, SimpleUploadedFile("results.csv", cyrillic("Србија")))

    run_results_import.call(record.pk)

    record.refresh_from_db()
    assert (record.status, record.created) == ("imported", 1)
    assert Result.objects.get(quote="12 ухапшених").country == world.serbia

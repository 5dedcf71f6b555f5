"""Reading uploaded files (operations.spreadsheets.reading): what a spreadsheet gives, and every kind of file
that cannot be imported, refused with a sentence that says why."""

import datetime
import io
import re
import zipfile

import pytest
from django.test import override_settings
from openpyxl import Workbook

from operations.spreadsheets import reading
from operations.spreadsheets.reading import CheckedCSV, CheckedXLSX, SpreadsheetError, count_rows, read_sheet
from tests.operations.sheets import (
    BAD_FILES,
    GOOD_ROWS,
    RESULT_HEADERS,
    csv_bytes,
    result_rows,
    xlsx_bytes,
)

FORMATS = {"csv": CheckedCSV, "xlsx": CheckedXLSX}


@pytest.mark.parametrize(
    ("name", "content", "kind", "message"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_a_file_that_cannot_be_imported_says_why(name, content, kind, message):
    with pytest.raises(SpreadsheetError, match=re.escape(message)):
        FORMATS[kind]().create_dataset(content)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_empty_file_is_refused(kind):
    with pytest.raises(SpreadsheetError, match="The file is empty."):
        read_sheet(b"", kind)


def test_a_csv_of_blank_lines_is_empty():
    with pytest.raises(SpreadsheetError, match="The file is empty."):
        read_sheet(b"\r\n,,,\r\n\r\n", "csv")


def test_text_that_is_not_utf8_says_how_to_save_it():
    with pytest.raises(SpreadsheetError, match='save it as "CSV UTF-8'):
        read_sheet("operation,quote\nJAD SEE 2023,Priština\n".encode("cp1250"), "csv")


def test_a_file_of_a_zip_that_is_no_workbook_is_refused():
    import io
    import zipfile

    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(SpreadsheetError, match="This file is a zip archive, not a spreadsheet"):
        read_sheet(stream.getvalue(), "xlsx")


@override_settings(IMPORT_MAX_WEB_ROWS=2)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_more_rows_than_the_admin_takes_point_to_the_command(kind):
    make = csv_bytes if kind == "csv" else xlsx_bytes
    content = make(RESULT_HEADERS, GOOD_ROWS * 3)

    with pytest.raises(SpreadsheetError) as refused:
        FORMATS[kind]().create_dataset(content)

    assert str(refused.value).startswith("The file has 3 rows; an import in the admin takes at most 2 rows.")
    assert "python manage.py import_results FILE" in str(refused.value)


def test_the_command_reads_without_the_row_limit():
    with override_settings(IMPORT_MAX_WEB_ROWS=2):
        sheet = read_sheet(csv_bytes(RESULT_HEADERS, GOOD_ROWS * 3), "csv")
    assert len(sheet.rows) == 3


# --- What a good file gives --------------------------------------------------------------------


def test_xlsx_cells_keep_their_types():
    rows = [["JAD SEE 2023", "arrests", "", "Source", "exact", 22488, "q", datetime.date(2023, 11, 13), 1.5]]
    sheet = read_sheet(xlsx_bytes([*RESULT_HEADERS, "date", "share"], rows), "xlsx")

    (row,) = sheet.rows
    assert row[5] == 22488 and isinstance(row[5], int)
    assert row[7] == datetime.datetime(2023, 11, 13)
    assert row[8] == 1.5
    assert row[2] is None  # an empty cell


def test_csv_from_excel_in_europe_is_read_with_semicolons_and_a_byte_order_mark():
    content = b"\xef\xbb\xbf" + csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "1,5", "q")), ";")

    sheet = read_sheet(content, "csv")

    assert sheet.headers == RESULT_HEADERS
    assert sheet.rows[0][5] == "1,5"


def test_blank_rows_keep_their_place_and_trailing_ones_go():
    rows = [*result_rows(("arrests", "Serbia", "1", "q")), ["", "", "", "", "", "", ""], *GOOD_ROWS, [""] * 7, [""] * 7]

    sheet = read_sheet(csv_bytes(RESULT_HEADERS, rows), "csv")

    assert len(sheet.rows) == 3  # the blank row between stays, so the last row is still row 4


def test_empty_columns_without_a_name_are_dropped_and_short_rows_padded():
    content = b"operation,metric,,\nJAD SEE 2023\n"

    sheet = read_sheet(content, "csv")

    assert sheet.headers == ["operation", "metric"]
    assert sheet.rows == [["JAD SEE 2023", None]]


def test_an_apostrophe_before_an_equals_sign_is_text_not_a_formula():
    sheet = read_sheet(csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "1", "'=not a formula"))), "csv")

    assert sheet.rows[0][6] == "'=not a formula"


def test_an_excel_error_value_is_refused():
    def error(sheet):
        sheet["F2"] = "#DIV/0!"

    with pytest.raises(SpreadsheetError, match=r"F2 \(#DIV/0!\) show a spreadsheet error"):
        read_sheet(xlsx_bytes(RESULT_HEADERS, GOOD_ROWS, error), "xlsx")


def test_the_active_sheet_is_read_and_the_others_ignored():
    workbook = Workbook()
    workbook.active.append(["notes"])
    data = workbook.create_sheet("Data")
    data.append(RESULT_HEADERS)
    data.append(GOOD_ROWS[0])
    workbook.active = 1
    stream = io.BytesIO()
    workbook.save(stream)

    sheet = read_sheet(stream.getvalue(), "xlsx")

    assert sheet.headers == RESULT_HEADERS and len(sheet.rows) == 1


def test_inline_strings_and_gaps_keep_their_columns():
    # openpyxl's write-only mode writes inline strings and no dimension; cells may be missing.
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Results")
    sheet.append(RESULT_HEADERS)
    sheet.append(["JAD SEE 2023", None, None, "Source", "exact", 5, "five"])
    sheet.append([])
    sheet.append(["JAD SEE 2023", "arrests", "Serbia", "Source", "exact", True, "q"])
    stream = io.BytesIO()
    workbook.save(stream)

    rows = read_sheet(stream.getvalue(), "xlsx").rows

    assert rows[0] == ["JAD SEE 2023", None, None, "Source", "exact", 5, "five"]
    assert rows[1] == [None] * 7
    assert rows[2][5] is True


# --- Before reading: the quick count, and what refuses a file before its rows are read ----------------


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_rows_are_counted_quickly_without_their_header_or_blank_lines_at_the_end(kind):
    make = csv_bytes if kind == "csv" else xlsx_bytes
    content = make(RESULT_HEADERS, GOOD_ROWS * 3 + ([[""] * 7, [""] * 7] if kind == "csv" else []))
    stream = io.BytesIO(content)

    assert count_rows(stream, kind) == 3
    assert stream.tell() == 0  # ready to be read again


def test_a_byte_that_is_not_utf8_far_into_a_file_is_placed():
    text = "operation,quote\n" + "JAD SEE 2023,Pristina\n" * 5000 + "JAD SEE 2023,Priština\n"
    content = b"\xef\xbb\xbf" + text.encode("cp1250")
    position = len(text.split("Pri\u0161tina")[0].encode()) + len("Pri") + 1

    with pytest.raises(SpreadsheetError, match=f"byte {position} cannot be read"):
        count_rows(io.BytesIO(content), "csv")


def bomb():
    """A workbook whose worksheet unpacks to 5 MB from a few kilobytes."""
    good = zipfile.ZipFile(io.BytesIO(xlsx_bytes(RESULT_HEADERS, GOOD_ROWS)))
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in good.infolist():
            data = good.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b"</sheetData>" + b"<!--" + b"A" * 5_000_000 + b"-->")
            archive.writestr(info.filename, data)
    return stream.getvalue()


def test_a_zip_bomb_is_refused_before_any_part_is_unpacked(monkeypatch):
    def unpack(*args, **kwargs):
        raise AssertionError("unpacked")

    monkeypatch.setattr(reading, "Workbook", unpack)

    for read in (lambda data: count_rows(io.BytesIO(data), "xlsx"), lambda data: read_sheet(data, "xlsx")):
        with pytest.raises(SpreadsheetError, match="compressed beyond what a spreadsheet needs"):
            read(bomb())

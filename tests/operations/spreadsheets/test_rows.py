"""A file's rows read one at a time (operations.spreadsheets.rows, through reading.open_sheet): only
what has been asked for is read, rows keep their numbers, and what refuses the whole file is found
however far into it it lies, with every cell named."""

import io
import re

import pytest
from openpyxl import Workbook

from operations.spreadsheets.reading import SpreadsheetError, open_sheet
from tests.operations.sheets import GOOD_ROWS, RESULT_HEADERS, csv_bytes, result_rows, xlsx_bytes


class CountingFile(io.BytesIO):
    """A binary file that says how many bytes were read from it."""

    def __init__(self, data):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        data = super().read(size)
        self.bytes_read += len(data)
        return data

    def readinto(self, buffer):
        count = super().readinto(buffer)
        self.bytes_read += count
        return count


def many_rows(count):
    return result_rows(*[("arrests", "Serbia", str(number), f"{number} arrests") for number in range(count)])


def test_only_the_rows_asked_for_are_read():
    data = csv_bytes(RESULT_HEADERS, many_rows(50_000))
    stream = CountingFile(data)

    sheet = open_sheet(stream, "csv")
    rows = iter(sheet)
    first = next(rows)

    assert sheet.headers == RESULT_HEADERS
    assert first == (2, GOOD_ROWS[0][:5] + ["0", "0 arrests"])
    assert stream.bytes_read < len(data) / 10
    assert sum(1 for _row in rows) == 49_999
    assert sheet.rows == 50_000


def test_the_callers_file_stays_open():
    stream = io.BytesIO(csv_bytes(RESULT_HEADERS, GOOD_ROWS))

    assert len(list(open_sheet(stream, "csv"))) == 1

    assert not stream.closed


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_rows_keep_their_numbers_and_blank_rows_at_the_end_go(kind):
    rows = [*GOOD_ROWS, [""] * 7, *GOOD_ROWS, [""] * 7, [""] * 7]
    make = csv_bytes if kind == "csv" else xlsx_bytes

    sheet = open_sheet(make(RESULT_HEADERS, rows), kind)

    assert [number for number, _cells in sheet] == [2, 3, 4]
    assert sheet.rows == 3


def test_a_formula_far_into_the_file_refuses_it_and_no_later_row_is_given():
    rows = many_rows(3000)
    rows[2500][5] = "=1+1"
    rows[2700][6] = "=HYPERLINK(1)"
    given = []

    with pytest.raises(SpreadsheetError, match=re.escape("Cell(s) F2502, G2702 hold a formula")):
        for number, _cells in open_sheet(csv_bytes(RESULT_HEADERS, rows), "csv"):
            given.append(number)

    assert given[-1] == 2501


def test_many_problem_cells_are_named_five_and_counted():
    rows = many_rows(20)
    for row in rows:
        row[5] = "#N/A"

    with pytest.raises(SpreadsheetError) as refused:
        list(open_sheet(csv_bytes(RESULT_HEADERS, rows), "csv"))

    assert str(refused.value).startswith(
        "Cell(s) F2 (#N/A), F3 (#N/A), F4 (#N/A), F5 (#N/A), F6 (#N/A) and 15 more show a spreadsheet error"
    )


def test_merged_cells_are_found_at_the_end_of_the_worksheet():
    def merge(sheet):
        sheet.merge_cells("C40:D40")

    with pytest.raises(SpreadsheetError, match=re.escape("Merged cells (C40:D40) cannot be imported")):
        list(open_sheet(xlsx_bytes(RESULT_HEADERS, many_rows(50), merge), "xlsx"))


def test_hidden_rows_and_columns_without_values_are_no_trap():
    def hide(sheet):
        sheet.row_dimensions[3].hidden = True  # blank
        sheet.column_dimensions["K"].hidden = True  # beyond the columns

    sheet = open_sheet(xlsx_bytes(RESULT_HEADERS, [*GOOD_ROWS, [None] * 7, [None] * 7, *GOOD_ROWS], hide), "xlsx")

    assert [number for number, _cells in sheet] == [2, 3, 4, 5]


def test_hidden_rows_are_named_and_counted():
    def hide(sheet):
        for number in range(3, 10):
            sheet.row_dimensions[number].hidden = True

    with pytest.raises(SpreadsheetError) as refused:
        list(open_sheet(xlsx_bytes(RESULT_HEADERS, many_rows(10), hide), "xlsx"))

    assert str(refused.value).startswith(
        "In this file row(s) 3, 4, 5, 6, 7 and 2 more are hidden, and they hold values: an import takes every cell, "
        "seen or not. Unhide them"
    )


def test_a_worksheet_of_a_write_only_workbook_streams_too():
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Results")
    sheet.append(RESULT_HEADERS)
    for row in many_rows(2000):
        sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    stream.seek(0)

    read = open_sheet(stream, "xlsx")

    assert sum(1 for _row in read) == 2000 and read.rows == 2000

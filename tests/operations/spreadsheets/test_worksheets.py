"""The workbook's rows written a whole row at a time (spreadsheets.worksheets) say exactly what
XlsxWriter's own cell-by-cell writing says: the same XML, read back by openpyxl as the same
values, number formats and bold labels."""

import datetime
import io
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from xlsxwriter import Workbook

from operations.spreadsheets import workbook, worksheets
from operations.spreadsheets.worksheets import DATE_FORMAT, Sheet
from operations.spreadsheets.writing import Formatted, xlsx_text, xlsx_value
from tests import public_fixtures

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "remove_timezone": True}

TRICKY_ROWS = [
    ["Arrests", "Kosovo*", Decimal("22488"), Decimal("1.5"), datetime.date(2024, 3, 1), True, 7, 2.25],
    [" leading space", "trailing space ", "a & b < c > d", 'say "no"', "line\nbreak", "tab\there"],
    ["_x0041_ looks escaped", "control \x01\x1f gone", "\ufffe\uffff", "Ćevapi, Ђорђе, 中文, 🙂"],
    ["'=1+1", "http://example.org", "=HYPERLINK(1)", "1e5", "", "  "],
    [None, "gap before and after", None, Formatted(Decimal("1234.5"), "#,##0.0##"), Formatted(3, "0")],
    [datetime.datetime(2024, 3, 1, 12, 30), Decimal("-0.125"), Decimal("1E+20"), 0, False],
    ["x" * 40000, "🙂" * 20000],
]


def reference_append(self, values, number_formats=None, bold=()):
    """The rows as XlsxWriter's own cell-by-cell methods wrote them before (Sheet.append until
    issue 18's second round): the oracle."""
    number_formats = number_formats or {}
    sheet, row = self.sheet, self.row
    for column, value in enumerate(values):
        if value is None:
            continue
        number_format = number_formats.get(column)
        strong = column in bold
        if isinstance(value, Formatted):
            value, number_format = value.value, value.number_format
        if isinstance(value, str):
            sheet.write_string(row, column, xlsx_text(value), self.format(bold=strong))
            continue
        value = xlsx_value(value)
        if isinstance(value, bool):
            sheet.write_boolean(row, column, value, self.format(bold=strong))
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value, self.format(number_format, strong))
        elif isinstance(value, datetime.date):
            sheet.write_datetime(row, column, value, self.format(number_format or DATE_FORMAT, strong))
        else:
            sheet.write_string(row, column, str(value), self.format(bold=strong))
    self.row += 1


def parts(content):
    """The files of an XLSX, but for its creation time."""
    archive = zipfile.ZipFile(io.BytesIO(content))
    return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}


def values(sheet, row):
    """A row's values as openpyxl reads them, without the empty cells after the last."""
    found = [cell.value for cell in sheet[row]]
    while found and found[-1] is None:
        found.pop()
    return found


def write_tricky_rows():
    stream = io.BytesIO()
    book = Workbook(stream, OPTIONS)
    sheet = Sheet(book, "Tricky", [10, 20, 30], frozen_rows=1)
    sheet.append(["Header", "=Not a formula"], bold=range(2))
    for row in TRICKY_ROWS:
        sheet.append(row, number_formats={2: "#,##0", 4: DATE_FORMAT})
    sheet.row += 1
    sheet.append(["*Kosovo: a footnote"])
    book.close()
    return stream.getvalue()


def test_rows_are_written_as_xlsxwriter_writes_them_cell_by_cell(monkeypatch):
    fast = write_tricky_rows()
    monkeypatch.setattr(Sheet, "append", reference_append)
    cell_by_cell = write_tricky_rows()

    assert parts(fast) == parts(cell_by_cell)


def test_rows_read_back_with_their_values_formats_and_labels():
    book = load_workbook(io.BytesIO(write_tricky_rows()))
    sheet = book["Tricky"]

    assert sheet.freeze_panes == "A2"
    assert [sheet.column_dimensions[letter].width for letter in "ABC"] == [10.7109375, 20.7109375, 30.7109375]
    assert sheet["A1"].value == "Header" and sheet["A1"].font.b and sheet["B1"].value == "=Not a formula"
    assert sheet["B1"].data_type == "s"  # text, never a formula
    assert not sheet["A2"].font.b
    assert values(sheet, 2) == [
        "Arrests",
        "Kosovo*",
        22488,
        1.5,
        datetime.datetime(2024, 3, 1),
        True,
        7,
        2.25,
    ]
    assert sheet["C2"].number_format == "#,##0" and sheet["E2"].number_format == DATE_FORMAT
    assert values(sheet, 3) == [
        " leading space",
        "trailing space ",
        "a & b < c > d",
        'say "no"',
        "line\nbreak",
        "tab\there",
    ]
    # XlsxWriter's escapes of "_x0041_" and of U+FFFE are Excel's, which openpyxl does not read back:
    # the first test shows they are the same as before.
    assert values(sheet, 4)[1::2] == ["control  gone", "Ćevapi, Ђорђе, 中文, 🙂"]
    assert values(sheet, 5) == ["'=1+1", "http://example.org", "=HYPERLINK(1)", "1e5", "", "  "]
    assert values(sheet, 6) == [None, "gap before and after", None, 1234.5, 3]
    assert sheet["D6"].number_format == "#,##0.0##" and sheet["E6"].number_format == "0"
    assert values(sheet, 7) == [datetime.datetime(2024, 3, 1, 12, 30), -0.125, 1e20, 0, False]
    assert len(sheet["A8"].value) == 32767  # Excel's limit, as XlsxWriter cuts it
    assert sheet["A10"].value == "*Kosovo: a footnote"


def test_text_that_looks_like_a_rich_string_stays_text():
    """XlsxWriter's constant-memory mode copies "<r>...</r>" into the file as it is (invalid XML
    for a stored quote); these rows escape it like any text."""
    stream = io.BytesIO()
    book = Workbook(stream, OPTIONS)
    sheet = Sheet(book, "Quotes", [10], frozen_rows=1)
    sheet.append(["<r><t>bold?</t></r>"])
    book.close()

    assert load_workbook(stream)["Quotes"]["A1"].value == "<r><t>bold?</t></r>"


def test_a_row_before_one_already_written_is_refused():
    book = Workbook(io.BytesIO(), OPTIONS)
    sheet = Sheet(book, "Rows", [10], frozen_rows=1)
    sheet.append(["first"])
    sheet.append(["second"])
    sheet.row = 0

    with pytest.raises(ValueError, match="already written"):
        sheet.append(["again"])


@pytest.mark.django_db
def test_the_operation_workbook_is_what_cell_by_cell_writing_made(world, monkeypatch):
    fast = workbook.operation_workbook(world.jad_2024, "https://example.org/operations/jad-see-2024/")
    monkeypatch.setattr(worksheets.Sheet, "append", reference_append)
    cell_by_cell = workbook.operation_workbook(world.jad_2024, "https://example.org/operations/jad-see-2024/")

    assert parts(fast) == parts(cell_by_cell)
    assert b"inlineStr" in parts(fast)["xl/worksheets/sheet2.xml"]  # the Results sheet, written

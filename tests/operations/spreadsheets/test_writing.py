"""The one formula-injection sanitizer and the export helpers every export path shares."""

import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from operations.spreadsheets.writing import csv_chunks, export_filename, neutralise, write_workbook


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("x")'])
def test_formula_triggers_get_an_apostrophe(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "", " =1", "1-2", None, 5, Decimal("-1.5"), datetime.date(2024, 1, 1)])
def test_everything_else_is_left_alone(value):
    assert neutralise(value) == value


def test_file_name_says_what_and_when():
    name = export_filename("results", ["jad-see-2024", "Arrests – by crime area"], "xlsx", datetime.date(2026, 11, 24))
    assert name == "results-jad-see-2024-arrests-by-crime-area-2026-11-24.xlsx"
    assert export_filename("sources", [], "csv", datetime.date(2026, 11, 24)) == "sources-2026-11-24.csv"
    assert len(export_filename("results", ["x" * 500], "csv")) < 120


def test_csv_chunks_group_rows():
    chunks = list(csv_chunks(["a"], ([index] for index in range(5)), chunk_size=2))
    assert "".join(chunks).splitlines() == ["a", "0", "1", "2", "3", "4"]
    assert len(chunks) == 3


def test_workbook_has_native_values_bold_frozen_header_and_widths():
    stream = io.BytesIO()
    rows = [("'=1", Decimal("22488.000"), Decimal("1.5"), datetime.date(2024, 11, 25), "bad\x00char", None)]
    write_workbook(
        stream, "Results", ["Text", "Int", "Float", "Date", "Ctrl", "None"], rows, [30, 10], {3: "yyyy-mm-dd"}
    )
    sheet = load_workbook(io.BytesIO(stream.getvalue())).active
    assert sheet.title == "Results"
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    text, integer, decimal, date, control, empty = (cell.value for cell in sheet[2])
    assert (text, integer, decimal, control, empty) == ("'=1", 22488, 1.5, "badchar", None)
    assert date == datetime.datetime(2024, 11, 25)
    assert sheet["D2"].number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["A"].width == 30

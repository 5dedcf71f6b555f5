"""Files to upload in tests: result rows, CSV and XLSX made from them, and files that are no
spreadsheet at all, each with what the message about it says."""

import csv
import io
import random

from openpyxl import Workbook

RESULT_HEADERS = ["operation", "metric", "country", "source", "qualifier", "value", "quote"]
SOURCE = "Europol press release on JAD SEE 2023"  # the source of fixtures.build_world()


def result_rows(*rows):
    """Result rows with the fixture's source: (metric, country, value, quote) each."""
    return [["JAD SEE 2023", metric, country, SOURCE, "exact", value, quote] for metric, country, value, quote in rows]


def csv_bytes(headers, rows, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(headers, rows, edit=None):
    """An XLSX workbook (normal mode, so that `edit(sheet)` may merge cells or write formulas)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Results"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    if edit:
        edit(sheet)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def png_bytes():
    """The start of a real PNG (a 1×1 image), as if renamed results.xlsx."""
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
        b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def random_bytes(size=4096):
    generator = random.Random(5)
    return bytes(generator.randrange(256) for _ in range(size))


GOOD_ROWS = result_rows(("arrests", "Serbia", "1 204", "1 204 arrests in Serbia"))


def merged(sheet):
    sheet.merge_cells("A2:A3")


def formula(sheet):
    sheet["F2"] = "=SUM(1,2)"


def hidden_row(sheet):
    sheet.row_dimensions[3].hidden = True


def hidden_column(sheet):
    sheet.column_dimensions["G"].hidden = True


# (id, file name, content, format name, what the message says)
BAD_FILES = [
    ("png-as-xlsx", "results.xlsx", png_bytes(), "xlsx", "This file is a PNG image, not a spreadsheet"),
    ("random-as-xlsx", "results.xlsx", random_bytes(), "xlsx", "This file is not an XLSX workbook"),
    ("random-as-csv", "results.csv", random_bytes(), "csv", "This file is binary data, not a spreadsheet"),
    ("xlsx-as-csv", "results.csv", xlsx_bytes(RESULT_HEADERS, GOOD_ROWS), "csv", "choose XLSX as the format"),
    ("headers-only-csv", "results.csv", csv_bytes(RESULT_HEADERS, []), "csv", "The file has only its header row"),
    ("headers-only-xlsx", "results.xlsx", xlsx_bytes(RESULT_HEADERS, []), "xlsx", "The file has only its header row"),
    (
        "merged-cells",
        "results.xlsx",
        xlsx_bytes(RESULT_HEADERS, GOOD_ROWS * 2, merged),
        "xlsx",
        "Merged cells (A2:A3) cannot be imported",
    ),
    (
        "hidden-row",
        "results.xlsx",
        xlsx_bytes(RESULT_HEADERS, GOOD_ROWS * 3, hidden_row),
        "xlsx",
        "In this file row(s) 3 are hidden, and they hold values",
    ),
    (
        "hidden-column",
        "results.xlsx",
        xlsx_bytes(RESULT_HEADERS, GOOD_ROWS, hidden_column),
        "xlsx",
        "In this file column(s) G are hidden, and they hold values",
    ),
    (
        "formula-xlsx",
        "results.xlsx",
        xlsx_bytes(RESULT_HEADERS, GOOD_ROWS, formula),
        "xlsx",
        "Cell(s) F2 hold a formula",
    ),
    (
        "formula-csv",
        "results.csv",
        csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "=1+1", "x"))),
        "csv",
        "Cell(s) F2 hold a formula",
    ),
    (
        "values-under-no-column",
        "results.csv",
        csv_bytes([*RESULT_HEADERS, ""], [[*GOOD_ROWS[0], "stray"]]),
        "csv",
        "Cell(s) H2 hold values in a column without a name",
    ),
    (
        "extra-cells-in-a-row",
        "results.csv",
        csv_bytes(RESULT_HEADERS, [[*GOOD_ROWS[0], "stray"]]),
        "csv",
        "Cell(s) H2 hold values in a column without a name",
    ),
]

"""Writing rows to CSV and XLSX safely: the one formula-injection sanitizer and the workbook writer.

Every public export, the admin's import-export widgets and any later workbook code go through
`neutralise`, so a stored "=HYPERLINK(...)" never becomes a live formula in a spreadsheet.
Numbers and dates are left native, so that they stay numbers and dates.
"""

import csv
import io
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# A cell starting with one of these is run as a formula (or a DDE command) by Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# Control characters XML 1.0 cannot carry; openpyxl refuses a string containing them.
_XML_ILLEGAL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_XML_ILLEGAL_SEARCH = re.compile("[" + "".join(re.escape(chr(code)) for code in _XML_ILLEGAL) + "]").search


def neutralise(value):
    """Text a spreadsheet would run as a formula, made inert with a leading apostrophe:
    "=1+1" becomes "'=1+1". Numbers, dates and None are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_filename(name, summary_parts=(), export_format="csv", today=None):
    """'results-jad-see-2024-2026-11-24.xlsx': the table, what the filters chose, and the day."""
    today = today or timezone.localdate()
    summary = slugify(" ".join(str(part) for part in summary_parts if part not in (None, "")))[:80].strip("-")
    stem = "-".join(part for part in (slugify(name), summary, today.isoformat()) if part)
    return f"{stem}.{export_format}"


def csv_chunks(header, rows, chunk_size=2000):
    """CSV text for a StreamingHttpResponse: the header, then `chunk_size` rows at a time
    (yielding one row at a time is several times slower). `rows` must already be neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    rows = iter(rows)
    while True:
        writer.writerows(itertools.islice(rows, chunk_size))
        text = buffer.getvalue()
        if not text:
            return
        buffer.seek(0)
        buffer.truncate(0)
        yield text


def xlsx_value(value):
    """A value as openpyxl should write it: Decimals as numbers, text without XML-illegal characters."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):
        return xlsx_text(value)
    return value


def xlsx_text(text):
    """Text without XML-illegal characters. Searching is several times cheaper than translating,
    and almost no text needs it."""
    return text.translate(_XML_ILLEGAL) if _XML_ILLEGAL_SEARCH(text) else text


def write_workbook(stream, title, header, rows, widths=None, number_formats=None, describe=None):
    """One sheet in openpyxl's write-only mode (constant memory): bold frozen header, column widths,
    numbers and dates native. `rows` must already be neutralised.

    `number_formats` maps a column index to an Excel number format (for dates); `describe(workbook)`
    adds what the file says about itself (spreadsheets.provenance) after the data.
    """
    workbook = Workbook(write_only=True)
    write_sheet(workbook, title, header, rows, widths, number_formats)
    if describe is not None:
        describe(workbook)
    workbook.save(stream)


@dataclass(frozen=True)
class Formatted:
    """A value with an Excel number format of its own ("#,##0"), for `write_sheet`."""

    value: object
    number_format: str


def write_sheet(workbook, title, header, rows, widths=None, number_formats=None):
    """Append a sheet to a write-only `workbook`: bold header frozen above the rows, column
    widths, numbers and dates native. `rows` must already be neutralised; a value may be
    `Formatted` to carry a number format of its own."""
    sheet = workbook.create_sheet(title=(title or "Export")[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths or [], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append(bold_cells(sheet, header))
    formats = number_formats or {}
    for row in rows:
        values = [formatted_cell(sheet, value) if isinstance(value, Formatted) else xlsx_value(value) for value in row]
        if formats:
            for index, number_format in formats.items():
                if index < len(values) and values[index] is not None and not isinstance(values[index], Cell):
                    cell = WriteOnlyCell(sheet, value=values[index])
                    cell.number_format = number_format
                    values[index] = cell
        sheet.append(values)
    return sheet


def bold_cells(sheet, texts):
    """Header cells for a write-only sheet: bold, neutralised text."""
    bold = Font(bold=True)
    cells = []
    for text in texts:
        cell = WriteOnlyCell(sheet, value=xlsx_value(neutralise(str(text))))
        cell.font = bold
        cells.append(cell)
    return cells


def formatted_cell(sheet, formatted):
    """A write-only cell holding a `Formatted` value with its number format."""
    cell = WriteOnlyCell(sheet, value=xlsx_value(formatted.value))
    cell.number_format = formatted.number_format
    return cell

"""Spreadsheet output shared by every export path: formula neutralising, CSV streaming, XLSX.

NOTE (admin/import-export engineer): the original of this module was overwritten by mistake
while it was still untracked. This is a reconstruction from its callers (operations/exports.py,
participants/exports.py); its author should compare it with their own copy and keep theirs.
"""

import csv
import io

from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# A cell starting with one of these is run as a formula by Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text a spreadsheet would run as a formula, made inert with a leading apostrophe.

    Numbers, dates and None are returned unchanged, so they stay native in XLSX.
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_chunks(header, rows, chunk_size=2000):
    """CSV text for a StreamingHttpResponse: the header, then `chunk_size` rows at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate(0)
        return text

    writer.writerow(header)
    yield flush()
    pending = 0
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
        pending += 1
        if pending >= chunk_size:
            yield flush()
            pending = 0
    if pending:
        yield flush()


def export_filename(name, summary_parts=(), export_format="csv"):
    """'results-jad-see-2023-arrests.csv': the table's name and what the filters chose."""
    parts = [slugify(str(part)) for part in (name, *summary_parts) if part]
    return f"{'-'.join(part for part in parts if part) or 'export'}.{export_format}"


def write_workbook(stream, title, header, rows, widths=None, number_formats=None):
    """An XLSX workbook of one sheet written to `stream`, in write-only mode (constant memory).

    `number_formats` maps a column index to an Excel number format, for dates.
    """
    number_formats = number_formats or {}
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=(title or "Export")[:31])
    for index, width in enumerate(widths or [], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        if number_formats:
            cells = []
            for index, value in enumerate(row):
                cell = WriteOnlyCell(sheet, value=value)
                if index in number_formats and value is not None:
                    cell.number_format = number_formats[index]
                cells.append(cell)
            sheet.append(cells)
        else:
            sheet.append(list(row))
    workbook.save(stream)

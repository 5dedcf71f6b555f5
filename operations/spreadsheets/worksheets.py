"""The rows of an operation's workbook (operations.spreadsheets.sheets), written to XlsxWriter a
whole row at a time.

`Sheet` writes a row of values by their types under a bold frozen header. Its worksheet,
`RowWorksheet`, is XlsxWriter's own in constant-memory mode with the one override this needs:
XlsxWriter checks, keeps and then writes each cell on its own (`write_string` and the others,
then `_write_cell` when the row ends), some 13 µs a cell, which for the 83,595 cells of a
workbook of 4,000 statements took 1.08-1.25 s of CPU (docs/performance.md, issue 18), more than
the whole workbook may take. `RowWorksheet.write_cells` writes a row's XML at once, each cell's
XML built by `cell_xml` with XlsxWriter's own escapes, whitespace rule, string length limit and
number and date conversions, and kept for the values that repeat (names, units, sources, words).
"""

import datetime
from functools import cache

from xlsxwriter.utility import _preserve_whitespace, _utf16_len, _utf16_truncate, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from .writing import Formatted, xlsx_text, xlsx_value

DATE_FORMAT = "yyyy-mm-dd"

column_name = cache(xl_col_to_name)


class RowWorksheet(Worksheet):
    """An XlsxWriter worksheet that also takes whole rows (`write_cells`), in constant-memory mode."""

    def cell_xml(self, value, cell_format=None):
        """What XlsxWriter writes for a cell after its reference (`<c r="A1"`): text (str), a
        number (int or float), a boolean, or a date (datetime.date or datetime) as a number. Text
        is written as text, escaped, even when it looks like XML of a rich string, which
        XlsxWriter's constant-memory mode would copy as it is."""
        style = f' s="{cell_format._get_xf_index()}"' if cell_format else ""
        if isinstance(value, str):
            if len(value) > self.xls_strmax // 2 and _utf16_len(value) > self.xls_strmax:
                value = _utf16_truncate(value, self.xls_strmax)
            value = self._escape_control_characters(value)
            space = ' xml:space="preserve"' if _preserve_whitespace(value) else ""
            return f'{style} t="inlineStr"><is><t{space}>{self._escape_data(value)}</t></is></c>'
        if isinstance(value, bool):
            return f'{style} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, datetime.date):  # and datetime
            value = self._convert_date_time(value)
        return f"{style}><v>{value:.16G}</v></c>"

    def write_cells(self, row, cells):
        """Write row `row` (zero-based, after every row written so far): `cells` are (column,
        xml) pairs in column order, each xml from `cell_xml`."""
        if not self.constant_memory:
            raise ValueError("Whole rows are written in constant-memory mode only.")
        if not cells:
            return
        if self.dim_rowmax is not None and row <= self.dim_rowmax:
            raise ValueError(f"Row {row} is already written.")
        # Whatever XlsxWriter still holds of an earlier row goes first, as its own writes would do.
        self._write_single_row(row)
        if self._check_dimensions(row, cells[0][0]) or self._check_dimensions(row, cells[-1][0]):
            raise ValueError(f"Row {row} is outside the sheet.")
        self._write_row(row, None, self.row_info.get(row))
        number = row + 1
        self.fh.write("".join([f'<c r="{column_name(column)}{number}"{xml}' for column, xml in cells]) + "</row>")


class Sheet:
    """A worksheet of an XlsxWriter workbook (in constant-memory mode) written one row after
    another. Every value is written by its type (never read as a formula or a link); a
    `Formatted` value and a date carry their number format; `bold` columns are labels."""

    def __init__(self, workbook, title, widths, frozen_rows):
        self.workbook = workbook
        self.sheet = workbook.add_worksheet(str(title)[:31], worksheet_class=RowWorksheet)
        self.sheet.freeze_panes(frozen_rows, 0)
        for index, width in enumerate(widths):
            self.sheet.set_column(index, index, width)
        self.row = 0
        self.formats = {}
        self.cells = {}

    def format(self, number_format=None, bold=False):
        key = (number_format, bold)
        if key not in self.formats:
            properties = {"bold": True} if bold else {}
            if number_format:
                properties["num_format"] = number_format
            self.formats[key] = self.workbook.add_format(properties) if properties else None
        return self.formats[key]

    def append(self, values, number_formats=None, bold=()):
        # Some 90,000 cells for 4,000 statements: each step of this loop counts (written this way,
        # it and write_cells took 3-10 % less time, ad hoc).
        number_formats = number_formats or {}
        bold = frozenset(bold)
        known = self.cells
        cells = []
        for column, value in enumerate(values):
            if value is None:
                continue
            if value.__class__ is Formatted:
                value, number_format = value.value, value.number_format
            else:
                number_format = number_formats.get(column)
            key = (value.__class__, value, number_format, column in bold)
            xml = known.get(key)
            if xml is None:
                xml = known[key] = self.sheet.cell_xml(*self.typed(value, number_format, column in bold))
            cells.append((column, xml))
        self.sheet.write_cells(self.row, cells)
        self.row += 1

    def typed(self, value, number_format, strong):
        """The value as XlsxWriter writes it, and its format: Decimals as numbers, text without
        XML-illegal characters, dates with a date format."""
        if isinstance(value, str):
            return xlsx_text(value), self.format(bold=strong)
        value = xlsx_value(value)
        if isinstance(value, bool):
            return value, self.format(bold=strong)
        if isinstance(value, int | float):
            return value, self.format(number_format, strong)
        if isinstance(value, datetime.date):
            return value, self.format(number_format or DATE_FORMAT, strong)
        return str(value), self.format(bold=strong)

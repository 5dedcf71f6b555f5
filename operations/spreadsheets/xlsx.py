"""The rows of an XLSX workbook's active worksheet, read one at a time (the worksheet's XML is
never held whole), about twice as fast as openpyxl's read-only mode.

openpyxl reads the workbook's parts (which sheet is active, the shared strings, which styles are
dates, the 1900 or 1904 epoch), without building its worksheet objects: in read-only mode it
parses a whole worksheet just to size it when the file gives no dimension, as openpyxl's own
write-only files do not. This module then walks the worksheet's XML once with the standard
library's C parser, turning each cell into the value openpyxl gives with `data_only=False`:
text, int, float, bool, datetime for date-formatted numbers, the error text ("#N/A"), and
"=..." for a formula. Rows the file leaves out come back empty and cells it leaves out as None,
so that row and column numbers stay the spreadsheet's. What an editor may not see is noted as
it is read: merged cells, hidden rows and hidden columns.
"""

from xml.etree.ElementTree import iterparse

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string, get_column_letter
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS

ROW = f"{{{SHEET_MAIN_NS}}}row"
CELL = f"{{{SHEET_MAIN_NS}}}c"
VALUE = f"{{{SHEET_MAIN_NS}}}v"
FORMULA = f"{{{SHEET_MAIN_NS}}}f"
INLINE = f"{{{SHEET_MAIN_NS}}}is"
TEXT = f"{{{SHEET_MAIN_NS}}}t"
RUN = f"{{{SHEET_MAIN_NS}}}r"
MERGED = f"{{{SHEET_MAIN_NS}}}mergeCell"
COLUMN = f"{{{SHEET_MAIN_NS}}}col"
SHEET_DATA = f"{{{SHEET_MAIN_NS}}}sheetData"
TRUE = {"1", "true"}
LETTERS = [get_column_letter(index) for index in range(1, 703)]  # A to ZZ


class Workbook:
    """What reading a worksheet needs from a workbook (a zip archive given as a file object)."""

    def __init__(self, stream):
        reader = ExcelReader(stream, read_only=True, data_only=False)
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        self.archive = reader.archive
        self.shared_strings = reader.shared_strings
        self.dates = reader.wb._date_formats
        self.durations = reader.wb._timedelta_formats
        self.epoch = reader.wb.epoch
        sheets = [(sheet, rel) for sheet, rel in reader.parser.find_sheets() if rel.target in reader.valid_files]
        worksheets = [rel.target for _sheet, rel in sheets if "chartsheet" not in rel.Type]
        if not worksheets:
            raise ValueError("no worksheet")
        active = reader.wb._active_sheet_index
        active_path = sheets[active][1].target if 0 <= active < len(sheets) else None
        self.sheet_path = active_path if active_path in worksheets else worksheets[0]
        self.merged, self.hidden_rows, self.hidden_columns = [], [], set()

    def close(self):
        self.archive.close()

    def rows(self):
        """(number, values) for each row from row 1: the spreadsheet's row number and its cell values.
        Rows the file leaves out come back empty. Once every row was given, `merged` holds the ranges
        of merged cells ("A1:B1"), `hidden_rows` the numbers of hidden rows and `hidden_columns` the
        numbers (from 1) of hidden columns."""
        last = 0
        with self.archive.open(self.sheet_path) as source:
            parent = None
            for event, element in iterparse(source, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == SHEET_DATA:
                        parent = element
                    continue
                if tag != ROW:
                    if tag == MERGED:
                        self.merged.append(element.get("ref"))
                    elif tag == COLUMN and element.get("hidden") in TRUE:
                        self.hidden_columns.update(range(int(element.get("min")), int(element.get("max")) + 1))
                    continue
                number = element.get("r")
                number = int(number) if number else last + 1
                while last < number - 1:
                    last += 1
                    yield last, []
                last = number
                if element.get("hidden") in TRUE:
                    self.hidden_rows.append(number)
                yield number, self.row_values(element, str(number))
                # Keep nothing of the rows read: the row's cells, and the row itself in its parent.
                element.clear()
                if parent is not None:
                    parent.clear()

    def row_values(self, row, number):
        values = []
        for cell in row:
            if cell.tag != CELL:
                continue
            reference = cell.get("r")
            position = len(values)
            if reference and (position >= len(LETTERS) or reference != LETTERS[position] + number):
                column = column_index_from_string(reference.rstrip("0123456789"))
                values.extend([None] * (column - 1 - position))
            values.append(self.cell_value(cell))
        return values

    def cell_value(self, cell):
        kind = cell.get("t", "n")
        text, formula, inline = None, None, None
        for child in cell:
            tag = child.tag
            if tag == VALUE:
                text = child.text
            elif tag == FORMULA:
                formula = child
            elif tag == INLINE:
                inline = child
        if formula is not None:
            return "=" + (formula.text or "")
        if kind == "inlineStr":
            return inline_text(inline) if inline is not None else None
        if not text:
            return None
        if kind == "n":
            number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
            style = cell.get("s")
            if style and int(style) in self.dates:
                try:
                    return from_excel(number, self.epoch, timedelta=int(style) in self.durations)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return self.shared_strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return from_ISO8601(text)
        return text  # "str" (a formula's cached text) and "e" (an error such as #N/A)


def inline_text(inline):
    """An inline string's text: its <t>, or the <t> of each rich-text run (phonetic hints left out)."""
    parts = []
    for child in inline:
        if child.tag == TEXT:
            parts.append(child.text or "")
        elif child.tag == RUN:
            parts.extend(run.text or "" for run in child if run.tag == TEXT)
    return "".join(parts)

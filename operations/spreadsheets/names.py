"""The cells an export row takes from the tables it names (an operation's name, a metric's unit, a
country's footnote, a source's title), read whole by id before the rows, and their CSV text written
once per id by csv.writer (operations.spreadsheets.exports)."""

import csv
import io
import re
from typing import NamedTuple


class CsvText:
    """Cells as csv.writer writes them inside a row (the line end left out)."""

    def __init__(self):
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer)

    def __call__(self, cells):
        if len(cells) == 1 and cells[0] in (None, ""):
            return ""  # alone on a line, csv.writer writes an empty cell as "" to show the line is not empty
        self.writer.writerow(cells)
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text[:-2]


# What makes csv.writer (the excel dialect, QUOTE_MINIMAL) quote a cell.
NEEDS_QUOTES = re.compile('[,"\r\n]').search


def quoted(text):
    """One text cell as csv.writer writes it inside a row."""
    if not text:
        return ""
    return '"' + text.replace('"', '""') + '"' if NEEDS_QUOTES(text) else text


class WrittenById(dict):
    """The cells of a CellsById table as CSV text, by id, written by `write` (a CsvText): the cells
    joined, cut in two groups before `split` (for cells that are not side by side in a row)."""

    def __init__(self, cells_by_id, write, split=None):
        self.cells_by_id, self.write, self.split = cells_by_id, write, split
        super().__init__((pk, self.written(cells)) for pk, cells in cells_by_id.items())

    def written(self, cells):
        if self.split is None:
            return (self.write(cells),)
        return self.write(cells[: self.split]), self.write(cells[self.split :])

    def __missing__(self, pk):
        written = self[pk] = self.written(self.cells_by_id[pk])
        return written


class NameTables(NamedTuple):
    operations: "CellsById"
    activities: "CellsById"
    metrics: "CellsById"
    countries: "CellsById"
    units: "CellsById"
    qualifiers: "CellsById"
    sources: "CellsById"


class CellsById(dict):
    """Cells made by `make` from `fields` of each row of `queryset`, by id, all read in one query.
    An id that is not there (the register changed while the export was streaming) is read alone."""

    def __init__(self, queryset, fields, make):
        self.queryset, self.fields, self.make = queryset, fields, make
        super().__init__((pk, make(*values)) for pk, *values in queryset.values_list("pk", *fields))

    def __missing__(self, pk):
        values = self.queryset.model._base_manager.filter(pk=pk).values_list(*self.fields).get()
        cell = self[pk] = self.make(*values)
        return cell

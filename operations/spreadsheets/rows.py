"""A spreadsheet's rows, one at a time: the header, then each row as wide as the header, and the
refusals that are about the whole file rather than one row.

`SheetStream` reads rows from a CSV or XLSX reader (`reading.open_sheet`) as they are asked for and
keeps none of them, so that a file of a hundred thousand rows is imported in the memory of a few
rows. What makes a file impossible to import (a formula, a spreadsheet error value, a hidden row,
merged cells, values under no column name, too many rows) is collected while reading; once one is
found no further row is given, and the end of the file raises `SpreadsheetError` with every such
cell named, in the order of importance the admin's preview has always used.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from .widgets import cell_text

EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
SHOWN = 5  # cells named in a message before "and N more"
BULK_COMMAND = "python manage.py import_results FILE"


class SpreadsheetError(ValueError):
    """The file cannot be imported at all; the message says why and what to do."""


def named(cells, count=None):
    """'A2, B3' or 'A2, B3, C4, D5, E6 and 12 more' (`count`: how many there are, when more than
    the cells given)."""
    count = len(cells) if count is None else count
    shown = ", ".join(cells[:SHOWN])
    if count > SHOWN:
        return _("%(cells)s and %(more)s more") % {"cells": shown, "more": count - SHOWN}
    return shown


class Cells:
    """Cells of one kind found in a file: the first few named, all counted."""

    def __init__(self):
        self.names, self.count = [], 0

    def add(self, name):
        if len(self.names) < SHOWN:
            self.names.append(name)
        self.count += 1

    def __bool__(self):
        return self.count > 0

    def __str__(self):
        return named(self.names, self.count)


def admin_row_limit(count, limit):
    return (
        ngettext(
            "The file has %(count)s rows; an import in the admin takes at most %(limit)s row.",
            "The file has %(count)s rows; an import in the admin takes at most %(limit)s rows.",
            limit,
        )
        % {"count": f"{count:,}", "limit": f"{limit:,}"}
        + " "
        + _(
            "Split it into smaller files, or import results in the background (Import in the background, on the "
            "list of results), or on the server with `%(command)s`."
        )
        % {"command": BULK_COMMAND}
    )


def is_blank(cells):
    return all(cell_text(cell) == "" for cell in cells)


class SheetStream:
    """The header (`headers`) and, when iterated, `(number, cells)` for each row after it: the row's
    number as the spreadsheet numbers it (the header is row 1) and its cells, as many as there are
    named columns. Blank rows keep their place; blank rows at the end are left out. `rows` is the
    number of rows up to the last one that is not blank, once iterated (what `max_rows` limits)."""

    def __init__(self, source, max_rows=None, row_limit_message=admin_row_limit):
        self.source = source  # .rows() gives (number, cells, hidden); .merged, .hidden_columns
        self.max_rows = max_rows
        self.row_limit_message = row_limit_message
        self.formulas, self.errors, self.stray, self.hidden = Cells(), Cells(), Cells(), Cells()
        self.hidden_columns_used = set()
        self.rows = 0
        self._raw = source.rows()
        number, header, hidden = next(self._raw, (1, [], False))
        self._check_cells(number, header, hidden)
        self.header_blank = is_blank(header)
        self.width = len(header)
        self.unnamed = [index for index, cell in enumerate(header) if cell_text(cell) == ""]
        self.keep = [index for index in range(self.width) if index not in set(self.unnamed)]
        self.headers = [cell_text(header[index]) for index in self.keep]
        self._iterated = False
        if self.header_blank:
            for _row in self:  # no row is given: the file is refused now, as empty or without a header
                pass

    def __iter__(self):
        if self._iterated:
            raise RuntimeError("A SheetStream is read once.")
        self._iterated = True
        pending = []  # blank rows, given only if a row with values follows
        for number, cells, hidden in self._raw:
            self._check_cells(number, cells, hidden)
            if is_blank(cells):
                pending.append((number, cells))
                continue
            self.rows = number - 1
            self._check_stray(number, cells)
            if self.max_rows is not None and self.rows > self.max_rows:
                pending = []
            if self.refused():
                pending = []
                continue
            for blank_number, blank in pending:
                yield blank_number, self._tidy(blank)
            pending = []
            yield number, self._tidy(cells)
        self._refuse_the_file()

    def refused(self):
        """Whether something found so far refuses the whole file (then no more rows are given)."""
        over = self.max_rows is not None and self.rows > self.max_rows
        return bool(self.header_blank or self.formulas or self.errors or self.stray or self.hidden or over)

    def _tidy(self, cells):
        if len(self.keep) == self.width:
            return cells if len(cells) == self.width else (cells + [None] * (self.width - len(cells)))[: self.width]
        return [cells[index] if index < len(cells) else None for index in self.keep]

    def _check_cells(self, number, cells, hidden):
        """Formulas and error values (#REF!) are refused: an import takes values, as the sources give
        them. So are values nobody sees: in a hidden row or a hidden column."""
        hidden_columns = self.source.hidden_columns
        for column_index, value in enumerate(cells, start=1):
            if value is None or value == "":
                continue
            if isinstance(value, (ArrayFormula, DataTableFormula)) or (isinstance(value, str) and value[:1] == "="):
                self.formulas.add(f"{get_column_letter(column_index)}{number}")
            elif isinstance(value, str) and value in EXCEL_ERRORS:
                self.errors.add(f"{get_column_letter(column_index)}{number} ({value})")
            if column_index in hidden_columns and cell_text(value) != "":
                self.hidden_columns_used.add(column_index)
        if hidden and not is_blank(cells):
            self.hidden.add(str(number))

    def _check_stray(self, number, cells):
        # Columns without a name are dropped when empty (Excel leaves them behind) and refused otherwise.
        for index in [*self.unnamed, *range(self.width, len(cells))]:
            if index < len(cells) and cell_text(cells[index]) != "":
                self.stray.add(f"{get_column_letter(index + 1)}{number}")

    def _refuse_the_file(self):
        """At the end of the file: what refuses it, most important first."""
        merged = list(self.source.merged)
        if merged:
            raise SpreadsheetError(
                _(
                    "Merged cells (%(cells)s) cannot be imported: unmerge them and give every row its own "
                    "values, then upload the file again."
                )
                % {"cells": named(merged)}
            )
        if self.hidden or self.hidden_columns_used:
            raise SpreadsheetError(self._hidden_message())
        if self.formulas:
            raise SpreadsheetError(
                _(
                    "Cell(s) %(cells)s hold a formula. Imports take values only: copy the cells and paste them "
                    'as values (Paste Special › Values); text meant to start with "=" needs an apostrophe before it.'
                )
                % {"cells": self.formulas}
            )
        if self.errors:
            raise SpreadsheetError(
                _("Cell(s) %(cells)s show a spreadsheet error instead of a value; fix them and upload again.")
                % {"cells": self.errors}
            )
        if self.header_blank:
            if self.rows:
                raise SpreadsheetError(_("The first row must name the columns, and it is empty."))
            raise SpreadsheetError(_("The file is empty."))
        if not self.rows:
            raise SpreadsheetError(
                _("The file has only its header row (%(columns)s); there is no row to import.")
                % {"columns": ", ".join(header for header in self.headers if header)}
            )
        if self.max_rows is not None and self.rows > self.max_rows:
            raise SpreadsheetError(self.row_limit_message(self.rows, self.max_rows))
        if self.stray:
            raise SpreadsheetError(
                _("Cell(s) %(cells)s hold values in a column without a name; name the column or clear them.")
                % {"cells": self.stray}
            )

    def _hidden_message(self):
        parts = []
        if self.hidden:
            parts.append(_("row(s) %(rows)s are hidden") % {"rows": self.hidden})
        if self.hidden_columns_used:
            letters = [get_column_letter(index) for index in sorted(self.hidden_columns_used)]
            parts.append(_("column(s) %(columns)s are hidden") % {"columns": named(letters)})
        what = _(" and ").join(parts)
        return _(
            "In this file %(what)s, and they hold values: an import takes every cell, seen or not. Unhide "
            "them (select the whole sheet, then Format › Hide & Unhide, and clear any filter), check what "
            "they hold and delete what should not be imported, then upload the file again."
        ) % {"what": what}

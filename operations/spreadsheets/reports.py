"""What an import found, row by row: the admin's preview, the command's list of problems and the
bulk import's outcome.

Rows are numbered as the spreadsheet numbers them (the header is row 1). Every problem names its
row, its column (blank when it is about the whole row or file), the reason in words, and the
value the cell held.
"""

from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _

from .natural_keys import STAGED_PROPOSED, STAGED_WAITING
from .widgets import cell_text

STATUS_LABELS = {
    "new": _("New"),
    "update": _("Updated"),
    "skip": _("Unchanged"),
    "delete": _("Deleted"),
    "invalid": _("Error"),
    "error": _("Error"),
    STAGED_PROPOSED: _("For review"),
    STAGED_WAITING: _("Already waiting for review"),
}
PREVIEW_ROWS = 500


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str
    message: str
    value: str = ""

    def __str__(self):
        where = [str(_("row %(row)s") % {"row": self.row}) if self.row else str(_("the file"))]
        if self.column:
            where.append(str(_("column %(column)s") % {"column": self.column}))
        given = f' ("{self.value}")' if self.value else ""
        return f"{', '.join(where)}{given}: {self.message}"


@dataclass(frozen=True)
class PreviewRow:
    row: int
    status: str
    label: str
    cells: list


@dataclass(frozen=True)
class ImportReport:
    counts: dict
    problems: list
    rows: list
    hidden_rows: int
    headers: list

    @property
    def has_problems(self):
        return bool(self.problems)

    @property
    def summary(self):
        counts = self.counts
        summary = _("%(new)s new, %(update)s updated, %(skip)s unchanged, %(error)s with errors") % {
            "new": counts["new"],
            "update": counts["update"],
            "skip": counts["skip"],
            "error": counts["error"],
        }
        if counts["proposed"]:
            summary += _("; %(proposed)s about a published operation or activity go to review") % counts
        return summary


def report_for(result, preview_rows=PREVIEW_ROWS):
    """The preview and the problems of an import-export `Result` from a `NaturalKeyResource`."""
    headers = list(result.diff_headers)
    problems = [Problem(None, "", str(error.error)) for error in result.base_errors]
    for invalid in result.invalid_rows:
        values = dict(zip(headers, invalid.values, strict=False))
        row = getattr(invalid, "sheet_row", invalid.number)
        for column, messages in invalid.error_dict.items():
            column = "" if column == NON_FIELD_ERRORS else column
            value = cell_text(values.get(column)) if column else ""
            problems.extend(Problem(row, column, str(message), value) for message in messages)
    for row_result in result.rows:
        for error in row_result.errors:
            problems.append(Problem(getattr(row_result, "sheet_row", error.number), "", str(error.error)))
    problems.sort(
        key=lambda problem: (problem.row or 0, headers.index(problem.column) if problem.column in headers else -1)
    )

    invalid_values = {invalid.number: invalid.values for invalid in result.invalid_rows}
    rows = []
    for number, row_result in enumerate(result.rows[:preview_rows], start=1):
        status = getattr(row_result, "staged", "") or row_result.import_type
        if row_result.diff is not None:
            cells = row_result.diff
        else:
            cells = [cell_text(value) for value in invalid_values.get(number, ())]
        rows.append(
            PreviewRow(getattr(row_result, "sheet_row", number), status, STATUS_LABELS.get(status, status), cells)
        )
    return ImportReport(counts_of(result), problems, rows, max(0, len(result.rows) - preview_rows), headers)


def counts_of(result):
    """What the rows of an import-export `Result` did: created, changed, unchanged, proposed for
    review (rows about published operations and activities), with errors."""
    counts = {"new": 0, "update": 0, "skip": 0, "proposed": 0, "error": 0}
    for row_result in result.rows:
        staged = getattr(row_result, "staged", "")
        if staged == STAGED_PROPOSED:
            counts["proposed"] += 1
        elif staged == STAGED_WAITING:
            counts["skip"] += 1
        elif row_result.import_type in counts:
            counts[row_result.import_type] += 1
        elif row_result.import_type in ("invalid", "error"):
            counts["error"] += 1
    return counts


@dataclass
class BulkOutcome:
    """What an import found and did. Nothing was written when `problems` is not empty."""

    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    proposed: int = 0
    problems: list = field(default_factory=list)
    written: bool = False

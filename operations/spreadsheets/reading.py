"""Reading uploaded spreadsheets safely, for the admin's imports and `manage.py import_results`.

`read_sheet(data, "csv" | "xlsx")` returns the header and the rows of a CSV or XLSX file, or
raises `SpreadsheetError` with a sentence a person can act on when the file is not one to import:
not a spreadsheet at all (an image renamed .xlsx, random bytes, an old .xls), empty, only a
header row, merged cells, formulas, error values, cells under no column name, or more rows than
`max_rows`. Values are kept as the file gives them (text, numbers, dates); the resources'
widgets read them. Rows keep their place, blank ones included, so that a message about row 7
is about the row the spreadsheet numbers 7.

`CheckedCSV` and `CheckedXLSX` are the import formats of the admin: the same reader, with the
web limit on rows (`IMPORT_MAX_WEB_ROWS`); the size limit (`IMPORT_MAX_UPLOAD_BYTES`) is checked
on upload, by `ImportUploadForm`, which also asks whose file it is (the scope of the name
mappings it reads); `StoredUploadForm` carries the stored upload and that scope from the
preview to the confirmation, or to the mapping assistant.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field

import tablib
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ConfirmImportForm, ImportForm
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from operations.models import NameMapping
from operations.models.mappings import tidy_scope

from .widgets import cell_text
from .xlsx import Workbook

DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_WEB_ROWS = 5000
BULK_COMMAND = "python manage.py import_results FILE"
SCOPE_MAX_LENGTH = NameMapping._meta.get_field("scope").max_length

# The first bytes of files people upload by mistake.
SIGNATURES = (
    (b"\x89PNG", gettext_lazy("a PNG image")),
    (b"\xff\xd8\xff", gettext_lazy("a JPEG image")),
    (b"GIF8", gettext_lazy("a GIF image")),
    (b"%PDF", gettext_lazy("a PDF document")),
    (b"\xd0\xcf\x11\xe0", gettext_lazy("an old-style Office file (.xls or .doc) or a password-protected workbook")),
)
ZIP_SIGNATURE = b"PK\x03\x04"
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
# A worksheet's XML is some 10 times its compressed size; far more is a "zip bomb".
MAX_COMPRESSION_RATIO = 200
SHOWN = 5  # cells named in a message before "and N more"


class SpreadsheetError(ValueError):
    """The file cannot be imported at all; the message says why and what to do."""


def max_upload_bytes():
    return getattr(settings, "IMPORT_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES)


def max_web_rows():
    return getattr(settings, "IMPORT_MAX_WEB_ROWS", DEFAULT_MAX_WEB_ROWS)


@dataclass
class Sheet:
    """A file's header and rows; `rows[i]` is the spreadsheet's row i + 2 (the header is row 1)."""

    headers: list
    rows: list = field(default_factory=list)

    def dataset(self):
        return tablib.Dataset(*self.rows, headers=self.headers)


def read_sheet(data, kind, max_rows=None):
    """The header and rows of a CSV or XLSX file given as bytes (or text, for CSV)."""
    if data is None:
        raise SpreadsheetError(_("The uploaded file is no longer available; upload it again."))
    if len(data) == 0:
        raise SpreadsheetError(_("The file is empty."))
    raw_rows = read_xlsx_rows(data) if kind == "xlsx" else read_csv_rows(data)
    return tidy(raw_rows, max_rows)


def describe(data):
    """What a file that is not the expected spreadsheet seems to be, or None."""
    head = data[:8] if isinstance(data, bytes) else b""
    for signature, what in SIGNATURES:
        if head.startswith(signature):
            return what
    return None


def not_a_spreadsheet(what, expected):
    return SpreadsheetError(
        _("This file is %(what)s, not a spreadsheet (%(expected)s was chosen). Upload the data as CSV or XLSX.")
        % {"what": what, "expected": expected}
    )


# --- CSV ------------------------------------------------------------------------------------


def read_csv_rows(data):
    if isinstance(data, bytes):
        what = describe(data)
        if what:
            raise not_a_spreadsheet(what, "CSV")
        if data.startswith(ZIP_SIGNATURE):
            raise SpreadsheetError(
                _("This file is an XLSX workbook (or another zipped file), not CSV: choose XLSX as the format.")
            )
        if b"\x00" in data[:65536]:
            raise not_a_spreadsheet(_("binary data"), "CSV")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise SpreadsheetError(
                _(
                    "The file is not UTF-8 text (byte %(position)s cannot be read). In Excel, save it as "
                    '"CSV UTF-8 (Comma delimited)", or upload the XLSX workbook itself.'
                )
                % {"position": error.start + 1}
            ) from None
    first_line = data.split("\n", 1)[0]
    # Excel writes semicolons in countries where the comma is the decimal separator.
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise SpreadsheetError(_("The file cannot be read as CSV: %(error)s.") % {"error": error}) from None
    check_cells(rows)
    return rows


# --- XLSX -----------------------------------------------------------------------------------


def read_xlsx_rows(data):
    what = describe(data)
    if what:
        raise not_a_spreadsheet(what, "XLSX")
    if not data.startswith(ZIP_SIGNATURE):
        raise SpreadsheetError(
            _(
                "This file is not an XLSX workbook. If it is CSV text, choose CSV as the format; "
                "otherwise save it as XLSX."
            )
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise SpreadsheetError(_("The workbook is damaged: it cannot be opened as XLSX.")) from None
    if "xl/workbook.xml" not in names:
        if "content.xml" in names:
            raise SpreadsheetError(_("This is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV."))
        if "word/document.xml" in names:
            raise not_a_spreadsheet(_("a Word document"), "XLSX")
        raise not_a_spreadsheet(_("a zip archive"), "XLSX")
    try:
        workbook = Workbook(io.BytesIO(data))
        info = archive.getinfo(workbook.sheet_path)
        if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise SpreadsheetError(_("The workbook is compressed beyond what a spreadsheet needs; it is refused."))
        # Formulas are read as formulas (not their cached results), so that they can be refused.
        rows, merged = workbook.rows()
        workbook.close()
    except SpreadsheetError:
        raise
    except Exception as error:  # openpyxl and the XML parser raise many kinds on a broken workbook
        raise SpreadsheetError(
            _("The workbook cannot be read (%(error)s); save it again as XLSX.") % {"error": type(error).__name__}
        ) from None
    if merged:
        raise SpreadsheetError(
            _(
                "Merged cells (%(cells)s) cannot be imported: unmerge them and give every row its own "
                "values, then upload the file again."
            )
            % {"cells": named(merged)}
        )
    check_cells(rows)
    return rows


def check_cells(rows):
    """Formulas and error values (#REF!) are refused: an import takes values, as the sources give them."""
    formulas, errors = [], []
    for row_index, row in enumerate(rows, start=1):
        for column_index, value in enumerate(row, start=1):
            if isinstance(value, (ArrayFormula, DataTableFormula)) or (isinstance(value, str) and value[:1] == "="):
                formulas.append(f"{get_column_letter(column_index)}{row_index}")
            elif isinstance(value, str) and value in EXCEL_ERRORS:
                errors.append(f"{get_column_letter(column_index)}{row_index} ({value})")
    if formulas:
        raise SpreadsheetError(
            _(
                "Cell(s) %(cells)s hold a formula. Imports take values only: copy the cells and paste them "
                'as values (Paste Special › Values); text meant to start with "=" needs an apostrophe before it.'
            )
            % {"cells": named(formulas)}
        )
    if errors:
        raise SpreadsheetError(
            _("Cell(s) %(cells)s show a spreadsheet error instead of a value; fix them and upload again.")
            % {"cells": named(errors)}
        )


# --- Both -----------------------------------------------------------------------------------


def named(cells):
    """'A2, B3' or 'A2, B3, C4, D5, E6 and 12 more'."""
    shown = ", ".join(cells[:SHOWN])
    if len(cells) > SHOWN:
        return _("%(cells)s and %(more)s more") % {"cells": shown, "more": len(cells) - SHOWN}
    return shown


def tidy(raw_rows, max_rows=None):
    """Header and rows of equal width; refuses an empty file, a header alone, values under no
    column name, and more than `max_rows` rows (blank rows at the end do not count)."""
    while raw_rows and all(cell_text(cell) == "" for cell in raw_rows[-1]):
        raw_rows.pop()
    if not raw_rows:
        raise SpreadsheetError(_("The file is empty."))
    header, *rows = raw_rows
    if all(cell_text(cell) == "" for cell in header):
        raise SpreadsheetError(_("The first row must name the columns, and it is empty."))
    if not rows:
        raise SpreadsheetError(
            _("The file has only its header row (%(columns)s); there is no row to import.")
            % {"columns": ", ".join(cell_text(cell) for cell in header if cell_text(cell))}
        )
    if max_rows is not None and len(rows) > max_rows:
        raise SpreadsheetError(
            ngettext(
                "The file has %(count)s rows; an import in the admin takes at most %(limit)s row.",
                "The file has %(count)s rows; an import in the admin takes at most %(limit)s rows.",
                max_rows,
            )
            % {"count": f"{len(rows):,}", "limit": f"{max_rows:,}"}
            + " "
            + _("Split it into smaller files, or have results imported on the server with `%(command)s`.")
            % {"command": BULK_COMMAND}
        )
    width = len(header)
    # Columns without a name are dropped when empty (Excel leaves them behind) and refused otherwise.
    unnamed = [index for index, cell in enumerate(header) if cell_text(cell) == ""]
    stray = []
    for row_number, row in enumerate(rows, start=2):
        for index in [*unnamed, *range(width, len(row))]:
            if index < len(row) and cell_text(row[index]) != "":
                stray.append(f"{get_column_letter(index + 1)}{row_number}")
    if stray:
        raise SpreadsheetError(
            _("Cell(s) %(cells)s hold values in a column without a name; name the column or clear them.")
            % {"cells": named(stray)}
        )
    keep = [index for index in range(width) if index not in set(unnamed)]
    headers = [cell_text(header[index]) for index in keep]
    if len(keep) == width:
        tidied = [(row + [None] * (width - len(row)))[:width] if len(row) != width else row for row in rows]
    else:
        tidied = [[row[index] if index < len(row) else None for index in keep] for row in rows]
    return Sheet(headers, tidied)


def read_dataset(data, kind, max_rows=None):
    return read_sheet(data, kind, max_rows).dataset()


# --- The admin's formats and upload form ------------------------------------------------------


class CheckedCSV(CSV):
    """CSV for the admin's imports: UTF-8, comma, semicolon or tab separated, checked as above."""

    def create_dataset(self, in_stream, **kwargs):
        return read_dataset(in_stream, "csv", max_web_rows())


class CheckedXLSX(XLSX):
    """XLSX for the admin's imports: the active sheet, checked as above."""

    def create_dataset(self, in_stream):
        return read_dataset(in_stream, "xlsx", max_web_rows())


ERASE_BLANK_CELLS_LABEL = gettext_lazy("Blank cells erase stored values")
ERASE_BLANK_CELLS_HELP = gettext_lazy(
    "Off: a blank cell keeps what the register holds (a note, a unit). On: a blank cell empties it."
)


class ImportUploadForm(ImportForm):
    """The admin's upload form, which says the limits, refuses a file over the size limit before
    anything reads it, and asks whose file it is."""

    scope = forms.CharField(
        label=gettext_lazy("Organisation or template"),
        max_length=SCOPE_MAX_LENGTH,
        required=False,
        help_text=gettext_lazy(
            "Whose file this is (a ministry, an agency, a template), named as before: the names mapped for it "
            "are read by themselves. Empty: only the mappings for every upload are read."
        ),
    )

    erase_blank_cells = forms.BooleanField(
        label=ERASE_BLANK_CELLS_LABEL, help_text=ERASE_BLANK_CELLS_HELP, required=False
    )

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.fields["scope"].widget.attrs["list"] = "mapping-scopes"  # the scopes named before
        self.fields["import_file"].help_text = _(
            "CSV (UTF-8) or XLSX, at most %(size)s and %(rows)s rows. Nothing is saved before you confirm."
        ) % {"size": filesizeformat(max_upload_bytes()), "rows": f"{max_web_rows():,}"}

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        limit = max_upload_bytes()
        if upload.size > limit:
            raise forms.ValidationError(
                _(
                    "The file is %(size)s; an import in the admin takes files up to %(limit)s. Split it into "
                    "smaller files, or have results imported on the server with `%(command)s`."
                )
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit), "command": BULK_COMMAND}
            )
        return upload

    def clean_scope(self):
        return tidy_scope(self.cleaned_data["scope"])


class StoredUploadForm(ConfirmImportForm):
    """The stored upload (import-export's confirmation form) and the scope it was previewed for."""

    scope = forms.CharField(widget=forms.HiddenInput(), required=False, max_length=SCOPE_MAX_LENGTH)
    erase_blank_cells = forms.BooleanField(required=False, widget=forms.HiddenInput)

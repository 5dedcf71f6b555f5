"""Reading uploaded spreadsheets safely, for the admin's imports, the background import and
`manage.py import_results`.

`open_sheet(source, "csv" | "xlsx")` gives a `SheetStream` (rows.py): the header, then the rows one
at a time, from bytes, text (CSV) or a binary file, which is read as the rows are asked for.
`read_sheet` gives them all at once (the admin's preview needs them all). Either raises
`SpreadsheetError` with a sentence a person can act on when the file is not one to import: not a
spreadsheet at all (an image renamed .xlsx, random bytes, an old .xls), not UTF-8 text, compressed
like a zip bomb, empty, only a header row, merged cells, hidden rows or columns, formulas, error
values, cells under no column name, or more rows than `max_rows`. Values are kept as the file gives
them (text, numbers, dates); the resources' widgets read them. Rows keep their place, blank ones
included, so that a message about row 7 is about the row the spreadsheet numbers 7.

`CheckedCSV` and `CheckedXLSX` are the import formats of the admin: the same reader, with the
web limit on rows (`IMPORT_MAX_WEB_ROWS`); the size limit (`IMPORT_MAX_UPLOAD_BYTES`) is checked
on upload, by `ImportUploadForm`, which also asks whose file it is (the scope of the name
mappings it reads); `StoredUploadForm` carries the stored upload and that scope from the
preview to the confirmation, or to the mapping assistant.
"""

import codecs
import csv
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field

import tablib
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ConfirmImportForm, ImportForm

from operations.models import NameMapping
from operations.models.mappings import tidy_scope

from .rows import BULK_COMMAND, SheetStream, SpreadsheetError, admin_row_limit
from .xlsx import Workbook

__all__ = ["BULK_COMMAND", "SpreadsheetError", "Sheet", "open_sheet", "read_sheet", "read_dataset"]

DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_WEB_ROWS = 5000
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
UTF8_BOM = codecs.BOM_UTF8
# A worksheet's XML is some 10 times its compressed size; far more is a "zip bomb". Parts under
# a megabyte cannot do harm whatever their ratio.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECKED_FROM = 1024 * 1024


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


def open_sheet(source, kind, max_rows=None, row_limit_message=admin_row_limit):
    """The header and rows of a CSV or XLSX file, read as they are asked for. `source`: bytes, text
    (CSV), or a binary file object positioned at its start (kept open: the caller closes it)."""
    if source is None:
        raise SpreadsheetError(_("The uploaded file is no longer available; upload it again."))
    if isinstance(source, (bytes, str)):
        if len(source) == 0:
            raise SpreadsheetError(_("The file is empty."))
        source = io.StringIO(source, newline="") if isinstance(source, str) else io.BytesIO(source)
    reader = XLSXRows(source) if kind == "xlsx" else CSVRows(source)
    return SheetStream(reader, max_rows, row_limit_message)


def read_sheet(data, kind, max_rows=None):
    """The header and all the rows of a CSV or XLSX file given as bytes (or text, for CSV)."""
    stream = open_sheet(data, kind, max_rows)
    return Sheet(stream.headers, [cells for _number, cells in stream])


def describe(head):
    """What a file that is not the expected spreadsheet seems to be, from its first bytes, or None."""
    for signature, what in SIGNATURES:
        if head.startswith(signature):
            return what
    return None


def not_a_spreadsheet(what, expected):
    return SpreadsheetError(
        _("This file is %(what)s, not a spreadsheet (%(expected)s was chosen). Upload the data as CSV or XLSX.")
        % {"what": what, "expected": expected}
    )


def head_of(stream, size=65536):
    head = stream.read(size)
    stream.seek(0)
    return head


# --- CSV ------------------------------------------------------------------------------------


class CSVRows:
    """The rows of a CSV file, decoded (UTF-8) line by line."""

    merged, hidden_columns = (), frozenset()

    def __init__(self, stream):
        self.stream = stream
        if isinstance(stream, io.TextIOBase):
            return
        head = head_of(stream)
        what = describe(head)
        if what:
            raise not_a_spreadsheet(what, "CSV")
        if head.startswith(ZIP_SIGNATURE):
            raise SpreadsheetError(
                _("This file is an XLSX workbook (or another zipped file), not CSV: choose XLSX as the format.")
            )
        if b"\x00" in head:
            raise not_a_spreadsheet(_("binary data"), "CSV")

    def rows(self):
        text = self.stream
        if not isinstance(text, io.TextIOBase):
            text = io.TextIOWrapper(self.stream, encoding="utf-8-sig", newline="")
        try:
            lines = iter(text)
            first_line = next(lines, "")
            # Excel writes semicolons in countries where the comma is the decimal separator.
            delimiter = max([",", ";", "\t"], key=first_line.count)
            reader = csv.reader(itertools.chain([first_line], lines), delimiter=delimiter)
            for number, row in enumerate(reader, start=1):
                yield number, row, False
        except UnicodeDecodeError:
            raise self.not_utf8() from None
        except csv.Error as error:
            raise SpreadsheetError(_("The file cannot be read as CSV: %(error)s.") % {"error": error}) from None
        finally:
            if text is not self.stream and not self.stream.closed:
                text.detach()  # the caller's file stays open

    def not_utf8(self):
        return SpreadsheetError(
            _(
                "The file is not UTF-8 text (byte %(position)s cannot be read). In Excel, save it as "
                '"CSV UTF-8 (Comma delimited)", or upload the XLSX workbook itself.'
            )
            % {"position": first_bad_byte(self.stream) + 1}
        )


def first_bad_byte(stream):
    """Where the first byte that is not UTF-8 is, counted after any byte order mark."""
    stream.seek(0)
    start = len(UTF8_BOM) if stream.read(len(UTF8_BOM)) == UTF8_BOM else 0
    stream.seek(start)
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0  # bytes given to the decoder
    while chunk := stream.read(65536):
        buffered = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as error:
            return offset - buffered + error.start
        offset += len(chunk)
    return offset


# --- XLSX -----------------------------------------------------------------------------------


class XLSXRows:
    """The rows of an XLSX workbook's active sheet, from its zip archive, read as they are asked for."""

    def __init__(self, stream):
        head = head_of(stream, 8)
        what = describe(head)
        if what:
            raise not_a_spreadsheet(what, "XLSX")
        if not head.startswith(ZIP_SIGNATURE):
            raise SpreadsheetError(
                _(
                    "This file is not an XLSX workbook. If it is CSV text, choose CSV as the format; "
                    "otherwise save it as XLSX."
                )
            )
        try:
            archive = zipfile.ZipFile(stream)
            names = set(archive.namelist())
        except zipfile.BadZipFile:
            raise SpreadsheetError(_("The workbook is damaged: it cannot be opened as XLSX.")) from None
        if "xl/workbook.xml" not in names:
            if "content.xml" in names:
                raise SpreadsheetError(_("This is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV."))
            if "word/document.xml" in names:
                raise not_a_spreadsheet(_("a Word document"), "XLSX")
            raise not_a_spreadsheet(_("a zip archive"), "XLSX")
        check_compression(archive)
        stream.seek(0)
        self.workbook = self.read(lambda: Workbook(stream))

    @property
    def merged(self):
        return self.workbook.merged

    @property
    def hidden_columns(self):
        return self.workbook.hidden_columns

    def rows(self):
        # Formulas are read as formulas (not their cached results), so that they can be refused.
        hidden = self.workbook.hidden_rows
        rows = self.workbook.rows()
        try:
            while True:
                row = self.read(lambda: next(rows, None))
                if row is None:
                    return
                number, cells = row
                yield number, cells, bool(hidden) and hidden[-1] == number
        finally:
            self.workbook.close()

    @staticmethod
    def read(step):
        try:
            return step()
        except SpreadsheetError:
            raise
        except Exception as error:  # openpyxl and the XML parser raise many kinds on a broken workbook
            raise SpreadsheetError(
                _("The workbook cannot be read (%(error)s); save it again as XLSX.") % {"error": type(error).__name__}
            ) from None


def check_compression(archive):
    """A part that unpacks to far more than a spreadsheet's XML would (a "zip bomb") refuses the
    workbook, before any part is unpacked."""
    for info in archive.infolist():
        if info.file_size < RATIO_CHECKED_FROM:
            continue
        if not info.compress_size or info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise SpreadsheetError(_("The workbook is compressed beyond what a spreadsheet needs; it is refused."))


ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")


def count_rows(stream, kind):
    """How many rows a file has after its header, counted quickly and without keeping any, to refuse
    a file over a limit before it is read (blank rows at the end of a CSV file do not count; in an
    XLSX file, the rows its worksheet lists). Refuses what `open_sheet` refuses before the rows."""
    if kind == "xlsx":
        workbook = XLSXRows(stream).workbook
        count, tail = 0, b""
        try:
            with workbook.archive.open(workbook.sheet_path) as sheet:
                while chunk := sheet.read(1024 * 1024):
                    text = tail + chunk
                    count += len(ROW_TAG.findall(text))
                    tail = text[-64:]
                    count -= len(ROW_TAG.findall(tail))  # counted again with the next chunk
        finally:
            workbook.close()
            stream.seek(0)
        return max(count - 1, 0)
    count = last = 0
    try:
        for _number, row, _hidden in CSVRows(stream).rows():
            count += 1
            if any(cell.strip() for cell in row):
                last = count
    finally:
        stream.seek(0)
    return max(last - 1, 0)


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

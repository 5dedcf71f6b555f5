"""Big results files, imported in the background by a worker (django-tasks and its database
backend: `manage.py db_worker`), with progress an editor can leave and come back to.

1. `queue_results_import(user, upload)`, from the admin's upload page: a file over
   IMPORT_MAX_BACKGROUND_BYTES, that is neither CSV nor XLSX, compressed like a zip bomb, or of
   more than IMPORT_MAX_BACKGROUND_ROWS rows (counted quickly, keeping none) is refused with a
   message before anything of it is read into memory. Otherwise it is kept in the database with
   a queued `ImportRecord`, and the task is enqueued once both are committed.
2. `run_results_import(record_id)`, in the worker: `import_file` reads the kept file a part at a
   time and its rows a chunk at a time (`reading.open_sheet`) through `ResultBulkImport`, in the
   import's one transaction (`review.imports.recorded_import`). The record ends imported, with its
   counts, or failed, with its problems (row, column, reason) and nothing saved.

`manage.py import_results` runs the same `import_file` on a file of the server.
"""

import logging
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_tasks import task

from operations.models import ImportRecord
from operations.review.imports import fail_import, finish_import, recorded_import, start_import

from .bulk import BATCH_SIZE, ResultBulkImport
from .reading import SpreadsheetError, count_rows, open_sheet, read_sheet

logger = logging.getLogger(__name__)

# What ImportRecord.what says of a results file: as the admin's import with a preview records it
# (its model's verbose_name_plural), so that either says when the other imported the same file.
RESULTS = "results"
DEFAULT_MAX_BACKGROUND_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_BACKGROUND_ROWS = 200_000
SHOWN_PROBLEMS = 50  # listed on the record; the count says how many more
KINDS = {".csv": "csv", ".xlsx": "xlsx"}
OTHER_FORMATS = {
    ".xls": gettext_lazy("an old Excel workbook (.xls): save it as an Excel workbook (.xlsx)"),
    ".ods": gettext_lazy("an OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx) or as CSV"),
    ".txt": gettext_lazy('text (.txt): save it as "CSV UTF-8 (Comma delimited)" (.csv)'),
}

# The worker's progress is not written to the ImportRecord while the import runs: the import's
# rows are written in one transaction, which nobody else sees into until it ends, and on SQLite,
# which admits one writer at a time, that transaction holds the only write lock, so a second
# connection could not write the progress either. It goes to a cache that the worker and the web
# processes share (settings.CACHES["progress"]: the shared cache, Redis in production, or files on
# this machine), keyed by the record; the record gets its counts when the import ends.
PROGRESS_CACHE = "progress"
PROGRESS_SECONDS = 24 * 3600


def max_background_bytes():
    return getattr(settings, "IMPORT_MAX_BACKGROUND_BYTES", DEFAULT_MAX_BACKGROUND_BYTES)


def max_background_rows():
    return getattr(settings, "IMPORT_MAX_BACKGROUND_ROWS", DEFAULT_MAX_BACKGROUND_ROWS)


def background_row_limit(count, limit):
    return _(
        "The file has %(count)s rows; an import in the background takes at most %(limit)s rows. Split it "
        "into smaller files, each with the header row."
    ) % {"count": f"{count:,}", "limit": f"{limit:,}"}


def kind_of(file_name):
    """'csv' or 'xlsx', from the file's name; SpreadsheetError for any other kind of file."""
    suffix = PurePath(file_name).suffix.lower()
    if suffix in KINDS:
        return KINDS[suffix]
    what = OTHER_FORMATS.get(suffix)
    if what:
        raise SpreadsheetError(_('"%(name)s" is %(what)s, then upload it again.') % {"name": file_name, "what": what})
    raise SpreadsheetError(
        _(
            '"%(name)s" is neither CSV (.csv) nor an Excel workbook (.xlsx). Save the results as one of the two, '
            "then upload it again."
        )
        % {"name": file_name}
    )


# --- Queueing (the admin's upload page) -------------------------------------------------------


def check_upload(upload):
    """The number of rows of an uploaded file that a background import takes; SpreadsheetError, with
    the reason, for one it refuses. Reads no more than the file's first bytes, its zip directory and a
    quick count of its rows: nothing of it is kept in memory."""
    kind = kind_of(upload.name)
    limit = max_background_bytes()
    if upload.size > limit:
        raise SpreadsheetError(
            _(
                "The file is %(size)s; an import in the background takes files up to %(limit)s. Split it into "
                "smaller files."
            )
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    if upload.size == 0:
        raise SpreadsheetError(_("The file is empty."))
    stream = upload.file
    stream.seek(0)
    rows = count_rows(stream, kind)
    if rows > max_background_rows():
        raise SpreadsheetError(background_row_limit(rows, max_background_rows()))
    if rows == 0:
        read_sheet(stream.read(), kind)  # a header alone, or nothing: its own message
    stream.seek(0)
    return rows


def queue_results_import(user, upload, *, erase_blank_cells=False, rows=None):
    """The queued ImportRecord of an upload the checks above let through (`rows`: what they found,
    when they ran already), its file kept for the worker."""
    rows = check_upload(upload) if rows is None else rows
    with transaction.atomic():
        record = start_import(
            user,
            RESULTS,
            upload.name,
            upload.file,
            erase_blank_cells=erase_blank_cells,
            rows=rows,
            status=ImportRecord.Status.QUEUED,
        )
        record.keep_upload(upload.file)
        transaction.on_commit(lambda: enqueue(record))
    return record


def enqueue(record):
    return run_results_import.enqueue(record.pk)


def requeue(record):
    """Queue again an import whose worker stopped while it ran (nothing of that run was saved)."""
    record.status = ImportRecord.Status.QUEUED
    record.save(update_fields=["status"])
    transaction.on_commit(lambda: enqueue(record))


def abandon(record):
    """End an import whose worker stopped while it ran: failed, nothing saved, its file let go."""
    fail_import(
        record,
        _("The import was stopped before it ended (its worker stopped); nothing was saved. Upload the file again."),
    )
    record.forget_upload()


# --- Running (the worker) ---------------------------------------------------------------------


@task()
def run_results_import(record_id):
    """Import the kept file of a queued ImportRecord (see the module's docstring)."""
    record = ImportRecord.objects.select_related("user").filter(pk=record_id).first()
    if record is None or record.is_finished:
        return None  # deleted, or already run by another task
    record.status = ImportRecord.Status.RUNNING
    record.save(update_fields=["status"])
    try:
        with record.open_upload() as stream:
            import_file(
                record,
                stream,
                kind_of(record.file_name),
                max_rows=max_background_rows(),
                progress=lambda _phase, done, total: report_progress(record, done, total),
            )
    except (SpreadsheetError, AlreadyRun):
        pass  # the record says why
    except Exception as error:
        logger.exception("Import #%s stopped", record.pk)
        record.refresh_from_db()
        if record.is_finished:  # by another run of the same import (a requeued one): it stands
            raise
        fail_import(
            record,
            _(
                "The import stopped on an unexpected error (%(error)s); nothing was saved. Upload the file again; "
                "if it stops again, tell the register's administrators (import #%(number)s)."
            )
            % {"error": type(error).__name__, "number": record.pk},
        )
        raise
    finally:
        if record.is_finished:
            record.forget_upload()
            caches[PROGRESS_CACHE].delete(progress_key(record))
    return {"status": record.status, "created": record.created, "changed": record.changed}


class Refused(Exception):
    """Rows with problems: the import's transaction is rolled back."""

    def __init__(self, outcome):
        self.outcome = outcome


class AlreadyRun(Exception):
    """Another run of the same import (queued again by hand while the first still ran) ended first."""


def import_file(record, stream, kind, *, max_rows=None, progress=None, batch_size=BATCH_SIZE):
    """Import the results of `stream` (a binary file) as `record`, all rows or none: the record ends
    imported (`finish_import`, in the import's own transaction) or failed (`fail_import`) with the
    problems. Returns the `BulkOutcome`; a file refused as a whole raises its SpreadsheetError, and
    an import another run finished meanwhile raises AlreadyRun."""
    importer = ResultBulkImport(record, batch_size=batch_size, progress=progress)
    try:
        with recorded_import(record):
            # One run at a time: a second waits here for the first to end, then finds it finished.
            if ImportRecord.objects.select_for_update().get(pk=record.pk).is_finished:
                raise AlreadyRun
            sheet = open_sheet(stream, kind, max_rows, background_row_limit)
            outcome = importer.run(sheet, total=record.rows)
            if outcome.problems:
                raise Refused(outcome)
            record.rows = outcome.rows
            finish_import(
                record,
                created=outcome.new,
                changed=outcome.updated,
                skipped=outcome.unchanged,
                proposed=outcome.proposed,
            )
    except Refused as refused:
        fail_import(record, problems_text(record, refused.outcome.problems))
        return refused.outcome
    except SpreadsheetError as error:
        fail_import(record, str(error))
        raise
    except AlreadyRun:
        record.refresh_from_db()
        raise
    return outcome


def problems_text(record, problems):
    """What the record says of a file with problems: how many, then the first SHOWN_PROBLEMS of them."""
    lines = [
        ngettext(
            "Nothing was imported: %(count)s problem in %(file)s. Correct it and upload the file again.",
            "Nothing was imported: %(count)s problems in %(file)s. Correct them and upload the file again.",
            len(problems),
        )
        % {"count": f"{len(problems):,}", "file": record.file_name}
    ]
    lines += [str(problem) for problem in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(_("… and %(more)s more.") % {"more": f"{len(problems) - SHOWN_PROBLEMS:,}"})
    return "\n".join(lines)


# --- Progress ---------------------------------------------------------------------------------


def progress_key(record):
    # The upload time too: record numbers start again in each test database, and the files of
    # the progress cache outside Redis are shared by every process of the machine.
    return f"import-progress:{record.pk}:{record.created_at.timestamp():.6f}"


def report_progress(record, done, total):
    caches[PROGRESS_CACHE].set(progress_key(record), {"done": done, "rows": total}, PROGRESS_SECONDS)


@dataclass(frozen=True)
class Progress:
    status: str
    finished: bool
    done: int
    rows: int
    percent: int
    text: str

    def as_json(self):
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def progress_of(record):
    """How far the import is, with a sentence that says so."""
    rows, done = record.rows, record.done
    if record.status == ImportRecord.Status.RUNNING:
        reported = caches[PROGRESS_CACHE].get(progress_key(record)) or {}
        rows = max(rows, reported.get("rows", 0))
        done = min(reported.get("done", done), rows)
    percent = round(100 * done / rows) if rows else (100 if record.is_finished else 0)
    return Progress(
        status=record.status,
        finished=record.is_finished,
        done=done,
        rows=rows,
        percent=100 if record.status == ImportRecord.Status.IMPORTED else percent,
        text=progress_text(record, done, rows),
    )


def progress_text(record, done, rows):
    Status = ImportRecord.Status
    numbers = {
        "done": f"{done:,}",
        "rows": f"{rows:,}",
        "created": f"{record.created:,}",
        "changed": f"{record.changed:,}",
        "skipped": f"{record.skipped:,}",
        "proposed": f"{record.proposed:,}",
    }
    if record.status == Status.QUEUED:
        return _("Waiting for a worker: %(rows)s rows to import.") % numbers
    if record.status == Status.RUNNING:
        return _("Importing: %(done)s of %(rows)s rows checked and written (saved only once all are).") % numbers
    if record.status == Status.IMPORTED:
        return (
            _(
                "Imported %(rows)s rows: %(created)s new, %(changed)s changed, %(skipped)s unchanged, "
                "%(proposed)s proposed for review."
            )
            % numbers
        )
    if record.status == Status.FAILED:
        return _("Failed: nothing was saved. The problems are listed below.")
    return record.get_status_display()

"""manage.py import_results FILE: a large results file (CSV or XLSX), checked like the admin's
import and imported in bulk, all rows or none, as an import record (the admin lists it) by --user."""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from operations.review.imports import earlier_imports, start_import
from operations.spreadsheets.background import RESULTS, import_file
from operations.spreadsheets.bulk import BATCH_SIZE, ResultBulkImport
from operations.spreadsheets.reading import SpreadsheetError, count_rows, open_sheet

PROGRESS_EVERY = 10000


class Command(BaseCommand):
    help = (
        "Import results from a CSV or XLSX file with the columns of the admin's results import "
        "(operation, metric, country, source, qualifier, value, quote, note). Every row is checked; "
        "if any row has a problem, nothing is imported and every problem is listed. Rows about a "
        "published operation or activity are kept as proposals for review."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (UTF-8) or .xlsx file.")
        parser.add_argument("--format", choices=["csv", "xlsx"], help="The file's format (default: from its name).")
        parser.add_argument("--dry-run", action="store_true", help="Check every row and count, but write nothing.")
        parser.add_argument(
            "--user",
            help="The username the import and its history name as the importer (default: the only superuser, "
            "if there is exactly one).",
        )
        parser.add_argument(
            "--erase-blank-cells",
            action="store_true",
            help="A blank value, unit, quote, note or is_headline cell erases what is stored (default: keeps it).",
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="Rows per INSERT (default 1000).")
        parser.add_argument(
            "--max-problems", type=int, default=200, help="Problems to list before summing up (0: all)."
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        kind = options["format"] or path.suffix.lower().lstrip(".")
        if kind not in {"csv", "xlsx"}:
            raise CommandError(f"Cannot tell the format of {path.name}: name it .csv or .xlsx, or give --format.")
        user = self.user(options["user"])

        self.started = self.phase_started = time.perf_counter()
        self.phase = None
        self.stdout.write(f"Reading {path.name} ({kind.upper()}, {path.stat().st_size:,} bytes)...")
        with path.open("rb") as stream:
            try:
                rows = count_rows(stream, kind)
            except SpreadsheetError as error:
                raise CommandError(f"{path.name}: {error}") from None
            self.stdout.write(f"  {rows:,} rows")
            if options["dry_run"]:
                importer = ResultBulkImport(
                    user=user,
                    file_name=path.name,
                    batch_size=options["batch_size"],
                    progress=self.progress,
                    erase_blank_cells=options["erase_blank_cells"],
                )
                try:
                    outcome = importer.run(open_sheet(stream, kind), dry_run=True, total=rows)
                except SpreadsheetError as error:
                    raise CommandError(f"{path.name}: {error}") from None
                record = None
            else:
                for earlier in earlier_imports(stream, RESULTS)[:1]:
                    self.stdout.write(
                        f"  This file was already imported on {earlier.created_at:%Y-%m-%d %H:%M} by {earlier.user} "
                        f"(import #{earlier.pk}); importing it again changes nothing unless the register changed since."
                    )
                record = start_import(
                    user, RESULTS, path.name, stream, erase_blank_cells=options["erase_blank_cells"], rows=rows
                )
                try:
                    outcome = import_file(
                        record, stream, kind, progress=self.progress, batch_size=options["batch_size"]
                    )
                except SpreadsheetError as error:
                    raise CommandError(f"{path.name}: {error}") from None
        seconds = time.perf_counter() - self.started

        if outcome.problems:
            self.report_problems(outcome.problems, options["max_problems"])
            raise CommandError(
                f"Nothing was imported: {len(outcome.problems):,} problem(s) in {path.name}. "
                "Correct the file and run the command again."
            )
        counts = f"{outcome.new:,} new, {outcome.updated:,} updated, {outcome.unchanged:,} unchanged"
        if outcome.proposed:
            counts += f", {outcome.proposed:,} proposed for review"
        rate = outcome.rows / seconds if seconds else 0
        if record is None:
            self.stdout.write(f"Dry run: {counts}. Nothing was written ({seconds:.1f} s, {rate:,.0f} rows/s).")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Imported {outcome.rows:,} rows: {counts}, in {seconds:.1f} s ({rate:,.0f} rows/s); "
                    f"import #{record.pk}, by {record.user}."
                )
            )

    def user(self, username):
        users = get_user_model().objects
        if username:
            try:
                return users.get(username=username)
            except users.model.DoesNotExist:
                raise CommandError(f"No user named {username!r}.") from None
        # The history names who imported: only a default nobody could mistake.
        superusers = list(users.filter(is_superuser=True, is_active=True).order_by("pk")[:2])
        if len(superusers) == 1:
            return superusers[0]
        if not superusers:
            raise CommandError("Name the user the import is recorded for: --user NAME (there is no superuser).")
        raise CommandError("Name the user the import is recorded for: --user NAME (there are several superusers).")

    def progress(self, phase, done, total):
        """A line every PROGRESS_EVERY rows and at the end: how far, and how fast since the phase began."""
        now = time.perf_counter()
        if done == 0 or phase != self.phase:
            self.phase, self.phase_started, self.printed = phase, now, 0
            return
        if done // PROGRESS_EVERY == self.printed // PROGRESS_EVERY and done < total:
            return
        self.printed = done
        elapsed = now - self.phase_started
        rate = done / elapsed if elapsed else 0
        self.stdout.write(f"  {phase} {done:,} of {total:,} rows ({rate:,.0f} rows/s)")

    def report_problems(self, problems, limit):
        shown = problems if limit <= 0 else problems[:limit]
        for problem in shown:
            self.stderr.write(f"  {problem}")
        if len(problems) > len(shown):
            self.stderr.write(f"  ... and {len(problems) - len(shown):,} more")

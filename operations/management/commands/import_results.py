"""manage.py import_results FILE: a large results file (CSV or XLSX), checked like the admin's
import and imported in bulk, all rows or none."""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from operations.spreadsheets.bulk import BATCH_SIZE, ResultBulkImport
from operations.spreadsheets.reading import SpreadsheetError, read_sheet


class Command(BaseCommand):
    help = (
        "Import results from a CSV or XLSX file with the columns of the admin's results import "
        "(operation, metric, country, source, qualifier, value, quote, note). Every row is checked "
        "first; if any row has a problem, nothing is imported and every problem is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (UTF-8) or .xlsx file.")
        parser.add_argument("--format", choices=["csv", "xlsx"], help="The file's format (default: from its name).")
        parser.add_argument("--dry-run", action="store_true", help="Check every row and count, but write nothing.")
        parser.add_argument("--user", help="The username the history records as the importer.")
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

        started = time.perf_counter()
        self.stdout.write(f"Reading {path.name} ({kind.upper()}, {path.stat().st_size:,} bytes)...")
        try:
            sheet = read_sheet(path.read_bytes(), kind)
        except SpreadsheetError as error:
            raise CommandError(f"{path.name}: {error}") from None
        read_seconds = time.perf_counter() - started
        self.stdout.write(f"  read {len(sheet.rows):,} rows in {read_seconds:.1f} s")

        self.phase_started = time.perf_counter()
        self.phase = None
        importer = ResultBulkImport(
            user=user, file_name=path.name, batch_size=options["batch_size"], progress=self.progress
        )
        outcome = importer.run(sheet, dry_run=options["dry_run"])
        seconds = time.perf_counter() - started

        if outcome.problems:
            self.report_problems(outcome.problems, options["max_problems"])
            raise CommandError(
                f"Nothing was imported: {len(outcome.problems):,} problem(s) in {path.name}. "
                "Correct the file and run the command again."
            )
        counts = f"{outcome.new:,} new, {outcome.updated:,} updated, {outcome.unchanged:,} unchanged"
        rate = outcome.rows / seconds if seconds else 0
        if options["dry_run"]:
            self.stdout.write(f"Dry run: {counts}. Nothing was written ({seconds:.1f} s, {rate:,.0f} rows/s).")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Imported {outcome.rows:,} rows: {counts}, in {seconds:.1f} s ({rate:,.0f} rows/s)."
                )
            )

    def user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None

    def progress(self, phase, done, total):
        """A line every 10,000 rows: how far, and how fast since the phase began."""
        now = time.perf_counter()
        if done == 0 or phase != self.phase:
            self.phase, self.phase_started = phase, now
            return
        elapsed = now - self.phase_started
        rate = done / elapsed if elapsed else 0
        self.stdout.write(f"  {phase} {done:,} of {total:,} rows ({rate:,.0f} rows/s)")

    def report_problems(self, problems, limit):
        shown = problems if limit <= 0 else problems[:limit]
        for problem in shown:
            self.stderr.write(f"  {problem}")
        if len(problems) > len(shown):
            self.stderr.write(f"  ... and {len(problems) - len(shown):,} more")

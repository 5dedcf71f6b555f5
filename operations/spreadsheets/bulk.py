"""Results imported in bulk, outside a web request: the background import
(`background.run_results_import`) and `manage.py import_results FILE`.

The admin's results import's reader, columns, widgets, messages and rules (natural keys, required
cells, no negative figure, a unit of the metric's dimension, a country that is a country, rows about
one statement agree, one headline choice per figure, no stale version (`versions.py`), an unchanged
row changes nothing; a blank correctable cell keeps what is stored unless the import erases with
blank cells; a row about a published operation or activity becomes a proposal for review), at
another speed and memory: rows come from a stream a chunk at a time, are checked in memory against
one query per operation or activity the file names, and written at once with their history
(new statements' history copied by the database, `changes.copy_into_history`; corrections'
by `bulk_update_with_history`), each history row naming the import. All in
one transaction: a problem in any row, or a refusal of the whole file found at its end (merged
cells), rolls everything back, and every problem is reported. Across chunks only a key per
statement is kept, not the rows.
"""

import copy
import gc
from contextlib import contextmanager
from itertools import islice

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from operations.models import Result, Revision
from operations.review.changes import copy_into_history, current_change, history_custom_attrs
from operations.review.proposals import propose

from .reading import Sheet
from .reports import BulkOutcome, Problem
from .resources import ResultResource
from .rows import is_blank
from .versions import VERSION, lock_for_correction, stale_row
from .widgets import cell_text, same_lines

BATCH_SIZE = 1000
CHUNK = 2000  # rows checked, then written, at a time; progress is reported after each
KEY = ("operation", "activity", "metric", "country", "source", "qualifier")
# What a re-import may change on an existing statement, as in the admin's import.
CORRECTABLE = ("value", "unit", "quote", "note", "is_headline")
STORED = ("pk", "value", "unit_id", "quote", "note", "is_headline", "version")  # what a row is compared with
FIGURE = ("operation", "activity", "metric", "country")  # one headline choice each (result_one_headline_override)


class ResultBulkImport:
    """Check and write every row of a results sheet (a `reading.Sheet`, or the `SheetStream` of
    `reading.open_sheet`), all of them or none.

    `record`: the `ImportRecord` the import runs as (run it inside `review.imports.recorded_import`);
    its user, file name and `erase_blank_cells` apply, and rows about published operations become
    its proposals. `progress(phase, done, total)` is called at the start and after every chunk of rows.
    """

    def __init__(
        self, record=None, *, user=None, file_name="", batch_size=BATCH_SIZE, progress=None, erase_blank_cells=False
    ):
        self.record = record
        self.user = user if user is not None else getattr(record, "user", None)
        self.erase_blank_cells = record.erase_blank_cells if record is not None else erase_blank_cells
        file_name = file_name or getattr(record, "file_name", "")
        self.reason = _("Imported from %s") % file_name if file_name else _("Imported in bulk")
        self.batch_size = batch_size
        self.progress = progress or (lambda phase, done, total: None)
        self.resource = ResultResource()
        self.value_field = Result._meta.get_field("value")
        self.default_qualifier = Result._meta.get_field("qualifier").default

    def run(self, sheet, dry_run=False, total=None):
        """Import the sheet; `total`: its number of rows, when known (for progress)."""
        outcome = BulkOutcome()
        headers = [cell_text(header).casefold() for header in sheet.headers]
        message = self.resource.header_problems(headers)
        if message:
            outcome.problems.append(Problem(None, "", message))
            return outcome
        for resource_field in self.resource.fields.values():
            if hasattr(resource_field.widget, "reset"):
                resource_field.widget.reset()
        read = [f for f in self.resource.get_import_fields() if not f.readonly or f.column_name == VERSION]
        fields = [f for f in read if f.column_name in headers]
        rows = enumerate(sheet.rows, start=2) if isinstance(sheet, Sheet) else iter(sheet)
        total = len(sheet.rows) if isinstance(sheet, Sheet) else total or 0
        change = current_change()
        if change is not None and change.reason:
            self.reason = change.reason
        self.seen, self.stored, self.subjects, self.headlines = {}, {}, set(), {}
        self.now = timezone.now()  # the import's moment, on each history record it writes
        self.progress("imported", 0, total)
        with transaction.atomic(), without_cycle_collection():
            while chunk := list(islice(rows, CHUNK)):
                self.take(chunk, headers, fields, outcome, write=not (dry_run or outcome.problems))
                self.progress("imported", outcome.rows, max(total, outcome.rows))
            if outcome.problems or dry_run:
                transaction.set_rollback(True)
            else:
                outcome.written = True
                if outcome.new or outcome.updated:
                    # Bulk writes send no signal (operations.review.signals); they only touch drafts
                    # (rows about published operations become proposals), so the public sees no change.
                    Revision.objects.bump(public=False)
        outcome.problems.sort(key=lambda problem: problem.row or 0)
        return outcome

    # --- checking ------------------------------------------------------------------------------

    def take(self, chunk, headers, fields, outcome, write):
        """Check a chunk of (row number, cells) and, when `write` and all is well so far, write it."""
        cleaned_rows = []
        for sheet_row, cells in chunk:
            outcome.rows += 1
            if is_blank(cells):
                continue
            row = dict(zip(headers, cells, strict=True))
            cleaned = self.clean_row(row, sheet_row, fields, outcome)
            if cleaned is not None:
                cleaned_rows.append((sheet_row, row, cleaned))
        self.load_stored(cleaned_rows)
        keys = [self.key_of(cleaned) for _row, _cells, cleaned in cleaned_rows]
        matched = [self.stored[key][0] for key in keys if key in self.stored]
        stored_rows = {}
        if matched:
            for values in Result.objects.filter(pk__in=matched).values_list(*STORED):
                stored_rows[values[0]] = dict(zip(STORED, values, strict=True))
        new, changed, proposals = [], [], []
        for (sheet_row, row, cleaned), key in zip(cleaned_rows, keys, strict=True):
            fingerprint = hash(tuple(row.values()))
            if key in self.seen:
                earlier_row, earlier = self.seen[key]
                if earlier != fingerprint:
                    outcome.problems.append(
                        Problem(
                            sheet_row,
                            "",
                            _("Row %(row)s is about the same %(columns)s but says something else; keep one of the two.")
                            % {"row": earlier_row, "columns": ", ".join(name for name in KEY if name in headers)},
                        )
                    )
                else:
                    outcome.unchanged += 1
                continue
            self.seen[key] = (sheet_row, fingerprint)
            subject = cleaned.get("operation") or cleaned["activity"]
            stored = stored_rows.get(self.stored[key][0]) if key in self.stored else None
            if stored is None:
                if self.required_quote_missing(row, sheet_row, outcome):
                    continue
                statement = self.new_statement(cleaned)
                self.choose_headline(key, sheet_row, statement.is_headline, outcome)
                if subject.is_published:
                    proposals.append((sheet_row, statement, None))
                else:
                    new.append(statement)
                continue
            changes = self.changes(row, cleaned, stored)
            if changes and cleaned.get(VERSION) not in (None, stored["version"]):
                outcome.problems.append(stale_row(Result, stored, cleaned[VERSION], sheet_row, row))
                continue
            if "quote" in changes and not changes["quote"]:
                self.required_quote_missing(row, sheet_row, outcome)
                continue
            self.choose_headline(
                key, sheet_row, changes.get("is_headline", stored["is_headline"]), outcome, stored["pk"]
            )
            if not changes:
                outcome.unchanged += 1
            elif subject.is_published:
                proposals.append((sheet_row, changes, stored["pk"]))
            else:
                changed.append((sheet_row, stored["pk"], changes, stored["version"]))
        outcome.new += len(new)
        outcome.updated += len(changed)
        if write and not outcome.problems:
            self.write(new, changed, outcome)
            proposals = [] if outcome.problems else self.propose(proposals, outcome)
        outcome.proposed += len(proposals)

    def changes(self, row, cleaned, stored):
        """What the row changes on the stored statement: a blank cell keeps what is stored, unless
        the import erases with blank cells."""
        changes = {}
        for name in CORRECTABLE:
            if name not in cleaned:
                continue
            if cell_text(row.get(name)) == "" and not self.erase_blank_cells:
                continue
            given = corrected(cleaned, name)
            if differs(given, stored["unit_id" if name == "unit" else name]):
                changes[name] = given
        return changes

    @staticmethod
    def required_quote_missing(row, sheet_row, outcome):
        if cell_text(row.get("quote")) != "":
            return False
        outcome.problems.append(Problem(sheet_row, "quote", _("This cell is empty; the column is required.")))
        return True

    def choose_headline(self, key, sheet_row, chosen, outcome, pk=None):
        """One statement per figure may be the editor's headline, as the admin's import checks it row
        by row: a row choosing another statement than the one already chosen is refused."""
        figure, identity = key[: len(FIGURE)], pk or ("row", sheet_row)
        if not chosen:
            if self.headlines.get(figure) == identity:
                del self.headlines[figure]
        elif self.headlines.setdefault(figure, identity) != identity:
            outcome.problems.append(
                Problem(sheet_row, "", _("Another statement is already the chosen headline for this figure."))
            )

    def clean_row(self, row, sheet_row, fields, outcome):
        """The row's values, read by the resource's widgets and held to the model's rules; None if
        it has problems (each added to `outcome`). A blank quote is judged once it is known whether
        the row adds a statement or corrects one."""
        cleaned, problems = {}, []
        for resource_field in fields:
            try:
                cleaned[resource_field.attribute] = resource_field.clean(row)
            except ValueError as error:
                column = resource_field.column_name
                problems.append(Problem(sheet_row, column, str(error), cell_text(row[column])))
        for text in ("quote", "note"):
            if text in cleaned:
                cleaned[text] = cleaned[text] or ""
        for required in ("metric", "source"):
            if required not in problems_columns(problems) and not cleaned.get(required):
                problems.append(Problem(sheet_row, required, _("This cell is empty; the column is required.")))
        about_one = (cleaned.get("operation") is None) != (cleaned.get("activity") is None)
        if not problems_columns(problems) & {"operation", "activity"} and not about_one:
            problems.append(
                Problem(
                    sheet_row,
                    "operation",
                    _("Give the operation or the activity the figure is about (one of the two)."),
                )
            )
        metric, unit = cleaned.get("metric"), cleaned.get("unit")
        if metric is not None and unit is not None and unit.dimension != metric.dimension:
            problems.append(
                Problem(
                    sheet_row,
                    "unit",
                    _("%(metric)s is a quantity of %(dimension)s; %(unit)s is a unit of %(unit_dimension)s.")
                    % {
                        "metric": metric,
                        "dimension": metric.get_dimension_display().lower(),
                        "unit": unit,
                        "unit_dimension": unit.get_dimension_display().lower(),
                    },
                    cell_text(row.get("unit")),
                )
            )
        value = cleaned.get("value")
        if value is not None and "value" not in problems_columns(problems):
            try:
                self.value_field.run_validators(value)
            except ValidationError as error:
                given = cell_text(row["value"])
                problems.extend(Problem(sheet_row, "value", message, given) for message in error.messages)
            if value < 0:
                problems.append(Problem(sheet_row, "value", _("A result cannot be negative."), cell_text(row["value"])))
        country = cleaned.get("country")
        if country is not None and not country.can_be_stated_for:
            problems.append(
                Problem(
                    sheet_row,
                    "country",
                    _("A figure is stated for a country, a jurisdiction or a group of them, not for %(name)s.")
                    % {"name": country},
                    cell_text(row["country"]),
                )
            )
        if problems:
            outcome.problems.extend(problems)
            return None
        return cleaned

    @staticmethod
    def key_of(cleaned):
        return tuple(getattr(cleaned.get(name), "pk", cleaned.get(name)) for name in KEY)

    def load_stored(self, cleaned_rows):
        """The stored statements of the operations and activities these rows name that were not read
        yet, by their natural key: {key: (pk, is_headline)}, one query for all of them; the headline
        choices among them are the figures' choices so far."""
        about = Q()
        for _sheet_row, _row, cleaned in cleaned_rows:
            for name in ("operation", "activity"):
                subject = cleaned.get(name)
                if subject is not None and (name, subject.pk) not in self.subjects:
                    self.subjects.add((name, subject.pk))
                    about |= Q(**{name: subject.pk})
        if not about:
            return
        columns = [f"{name}_id" for name in KEY]
        for values in Result.objects.filter(about).values_list(*columns, "pk", "is_headline").iterator(chunk_size=5000):
            key, pk, is_headline = values[: len(KEY)], values[-2], values[-1]
            self.stored[key] = (pk, is_headline)
            if is_headline:
                self.headlines[key[: len(FIGURE)]] = pk

    def new_statement(self, cleaned):
        # By ids rather than objects: a hundred thousand statements are built, and the objects'
        # descriptors cost more than the ids, which are all the INSERTs need.
        country, operation, activity = cleaned.get("country"), cleaned.get("operation"), cleaned.get("activity")
        qualifier, unit = cleaned.get("qualifier"), cleaned.get("unit")
        return Result(
            operation_id=operation.pk if operation is not None else None,
            activity_id=activity.pk if activity is not None else None,
            metric_id=cleaned["metric"].pk,
            country_id=country.pk if country is not None else None,
            source_id=cleaned["source"].pk,
            qualifier_id=qualifier.pk if qualifier is not None else self.default_qualifier,
            unit_id=unit.pk if unit is not None else cleaned["metric"].unit_id,
            value=cleaned.get("value"),
            quote=cleaned["quote"],
            note=cleaned.get("note") or "",
            is_headline=bool(cleaned.get("is_headline")),
        )

    # --- writing -------------------------------------------------------------------------------

    def write(self, new, changed, outcome):
        """The chunk's new statements and corrections, with their history, in the import's transaction."""
        attrs = history_custom_attrs()
        if new:
            Result.objects.bulk_create(new, batch_size=self.batch_size)  # ids come back on SQLite and PostgreSQL
            history = {"date": self.now, "user": self.user, "reason": self.reason, **attrs}
            copy_into_history(Result, [statement.pk for statement in new], history_type="+", **history)
        if changed:
            instances = lock_for_correction(Result, changed, outcome.problems)
            if outcome.problems:
                return
            updated = []
            for _row, pk, changes, _version in changed:
                instance = apply(instances[pk], changes)
                instance.updated_at = self.now
                updated.append(instance)
            bulk_update_with_history(
                updated,
                Result,
                fields=[*CORRECTABLE, "updated_at", VERSION],
                batch_size=self.batch_size,
                default_user=self.user,
                default_change_reason=self.reason,
                default_date=self.now,
                custom_historical_attrs=attrs,
            )

    def propose(self, proposals, outcome):
        """Rows about published operations and activities, kept for review: those proposed now (a
        proposal already waiting for review is not proposed again: the row counts as unchanged)."""
        if proposals and self.record is None:
            raise ValueError("Rows about published operations are proposed for review, which needs an import record.")
        stored = Result.objects.in_bulk([pk for _row, _what, pk in proposals if pk is not None])
        kept = []
        for sheet_row, what, pk in proposals:  # `what`: a new statement, or the changes to a stored one
            statement = what if pk is None else apply(copy.copy(stored[pk]), what)
            proposal = propose(self.record, sheet_row, statement, stored.get(pk))
            if proposal is None:
                outcome.unchanged += 1
            else:
                kept.append(proposal)
        return kept


@contextmanager
def without_cycle_collection():
    """Python's cycle collector paused while rows are imported: they make millions of objects that
    reference counting frees, and the collector, run every few hundred of them, walked the process's
    objects again and again: a fifth of a 100,000-row import (docs/performance.md, issue 17)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def apply(instance, changes):
    for name, value in changes.items():
        setattr(instance, "unit_id" if name == "unit" else name, value)
    return instance


def corrected(cleaned, name):
    """What a row says of a correctable column, as stored: a unit by its id, a blank one being the
    metric's (as in the admin's import)."""
    if name == "unit":
        return (cleaned["unit"] or cleaned["metric"].unit).pk
    if name == "is_headline":
        return bool(cleaned["is_headline"])
    return cleaned[name]


def differs(given, stored):
    """A text that differs only in its line endings is the same text, as in the admin's import."""
    if isinstance(given, str) and isinstance(stored, str):
        return not same_lines(given, stored)
    return given != stored


def problems_columns(problems):
    return {problem.column for problem in problems}

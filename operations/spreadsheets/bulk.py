"""Results imported in bulk, outside a web request (`manage.py import_results FILE`).

The same file as the admin's results import, read by the same reader (`operations.spreadsheets.reading`),
through the same columns, widgets and messages (`ResultResource`), under the same rules: natural
keys, required columns and cells, no negative figure, a unit of the metric's dimension (blank: the
metric's), a country that is a country, two rows about one statement must agree, one headline
choice per figure, a published figure is corrected in the admin with a reason, an unchanged row
changes nothing. What differs is the speed: rows are checked in memory against one
query per table (rather than several queries per row), then written in batches with their history
(`bulk_create_with_history`, `bulk_update_with_history`), in one transaction. Any problem in any
row: nothing is written, and every problem is reported.
"""

import time
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from operations.models import Result, Revision

from .reports import Problem
from .resources import ResultResource
from .widgets import cell_text, same_lines

BATCH_SIZE = 1000
PROGRESS_EVERY = 10000
KEY = ("operation", "activity", "metric", "country", "source", "qualifier")
# What a re-import may change on an existing statement, as in the admin's import.
CORRECTABLE = ("value", "unit", "quote", "note", "is_headline")
FIGURE = ("operation", "activity", "metric", "country")  # one headline choice each (result_one_headline_override)


@dataclass
class BulkOutcome:
    """What an import found and did. Nothing was written when `problems` is not empty."""

    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)
    written: bool = False
    seconds: dict = field(default_factory=dict)

    @property
    def rows_per_second(self):
        total = sum(self.seconds.values())
        return self.rows / total if total else 0.0


class ResultBulkImport:
    """Check every row of a results `Sheet` (from `importing.read_sheet`), then write them all or none.

    `progress(phase, done, total)` is called every PROGRESS_EVERY rows while checking and writing.
    """

    def __init__(self, user=None, file_name="", batch_size=BATCH_SIZE, progress=None):
        self.user = user
        self.reason = _("Imported from %s") % file_name if file_name else _("Imported in bulk")
        self.batch_size = batch_size
        self.progress = progress or (lambda phase, done, total: None)
        self.resource = ResultResource()
        self.value_field = Result._meta.get_field("value")
        self.default_qualifier = Result._meta.get_field("qualifier").default

    def run(self, sheet, dry_run=False):
        outcome = BulkOutcome(rows=len(sheet.rows))
        started = time.perf_counter()
        headers = [cell_text(header).casefold() for header in sheet.headers]
        message = self.resource.header_problems(headers)
        if message:
            outcome.problems.append(Problem(None, "", message))
            return outcome
        for resource_field in self.resource.fields.values():
            if hasattr(resource_field.widget, "reset"):
                resource_field.widget.reset()
        fields = [f for f in self.resource.get_import_fields() if not f.readonly and f.column_name in headers]
        statements = self.check(sheet, headers, fields, outcome)
        outcome.seconds["check"] = time.perf_counter() - started
        if outcome.problems or dry_run:
            return outcome
        started = time.perf_counter()
        self.write(statements, outcome)
        outcome.seconds["write"] = time.perf_counter() - started
        return outcome

    # --- checking ------------------------------------------------------------------------------

    def check(self, sheet, headers, fields, outcome):
        """Every row read and checked; returns (new statements, changed statements)."""
        cleaned_rows = []
        subjects = {"operation": set(), "activity": set()}
        total = len(sheet.rows)
        self.progress("checked", 0, total)
        for index, cells in enumerate(sheet.rows):
            if index and index % PROGRESS_EVERY == 0:
                self.progress("checked", index, total)
            if all(cell_text(cell) == "" for cell in cells):
                continue
            row = dict(zip(headers, cells, strict=True))
            cleaned = self.clean_row(row, index + 2, fields, outcome)
            if cleaned is not None:
                cleaned_rows.append((index + 2, row, cleaned))
                for name, ids in subjects.items():
                    if cleaned.get(name) is not None:
                        ids.add(cleaned[name].pk)
        self.progress("checked", total, total)
        existing = self.existing(subjects)
        new, changed, seen = [], [], {}
        # The statement each figure's headline is chosen for: the stored choices, then the rows'.
        headlines = {figure_of(stored): stored["pk"] for stored in existing.values() if stored["is_headline"]}
        for sheet_row, row, cleaned in cleaned_rows:
            key = tuple(getattr(cleaned.get(name), "pk", cleaned.get(name)) for name in KEY)
            if key in seen:
                earlier_row, earlier = seen[key]
                if earlier != row:
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
            seen[key] = (sheet_row, row)
            stored = existing.get(key)
            if stored is None:
                new.append(self.new_statement(cleaned))
                self.choose_headline(headlines, key, sheet_row, bool(cleaned.get("is_headline")), outcome)
                continue
            changes = {}
            for name in CORRECTABLE:
                if name in cleaned and differs(corrected(cleaned, name), stored[name]):
                    changes[name] = corrected(cleaned, name)
            self.choose_headline(
                headlines, key, sheet_row, changes.get("is_headline", stored["is_headline"]), outcome, stored["pk"]
            )
            if not changes:
                outcome.unchanged += 1
            elif "value" in changes and (cleaned.get("operation") or cleaned["activity"]).is_published:
                # As in the admin: a published figure changes only through a correction with its reason.
                outcome.problems.append(
                    Problem(
                        sheet_row,
                        "value",
                        _("This figure is published (%(stored)s); correct it on its page in the admin, with a reason.")
                        % {"stored": stored["value"]},
                        cell_text(row.get("value")),
                    )
                )
            else:
                changed.append((stored["pk"], changes))
        outcome.new, outcome.updated = len(new), len(changed)
        return new, changed

    @staticmethod
    def choose_headline(headlines, key, sheet_row, chosen, outcome, pk=None):
        """One statement per figure may be the editor's headline, as the admin's import checks it row
        by row: a row choosing another statement than the one already chosen is refused."""
        figure, identity = key[: len(FIGURE)], pk or ("row", sheet_row)
        if not chosen:
            if headlines.get(figure) == identity:
                del headlines[figure]
        elif headlines.setdefault(figure, identity) != identity:
            outcome.problems.append(
                Problem(sheet_row, "", _("Another statement is already the chosen headline for this figure."))
            )

    def clean_row(self, row, sheet_row, fields, outcome):
        """The row's values, read by the resource's widgets and held to the model's rules; None if
        it has problems (each added to `outcome`)."""
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
        for required in ("metric", "source", "quote"):
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
    def existing(subjects):
        """The stored statements of these operations and activities, by their natural key (one query);
        each as {"pk", "operation_id"... of the key, and the correctable columns (the unit's id)}."""
        names = ("pk", *(f"{name}_id" for name in KEY), *CORRECTABLE)
        columns = ["unit_id" if name == "unit" else name for name in names]
        stored = {}
        about = Q(operation__in=subjects["operation"]) | Q(activity__in=subjects["activity"])
        for values in Result.objects.filter(about).values_list(*columns).iterator(chunk_size=5000):
            record = dict(zip(names, values, strict=True))
            stored[tuple(values[1 : 1 + len(KEY)])] = record
        return stored

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

    def write(self, statements, outcome):
        new, changed = statements
        self.progress("written", 0, len(new) + len(changed))
        with transaction.atomic():
            for start in range(0, len(new), PROGRESS_EVERY):
                bulk_create_with_history(
                    new[start : start + PROGRESS_EVERY],
                    Result,
                    batch_size=self.batch_size,
                    default_user=self.user,
                    default_change_reason=self.reason,
                )
                self.progress("written", min(start + PROGRESS_EVERY, len(new)), len(new) + len(changed))
            if changed:
                now = timezone.now()
                instances = Result.objects.in_bulk([pk for pk, _changes in changed])
                updated = []
                for pk, changes in changed:
                    instance = instances[pk]
                    for name, value in changes.items():
                        setattr(instance, "unit_id" if name == "unit" else name, value)
                    instance.updated_at = now
                    updated.append(instance)
                bulk_update_with_history(
                    updated,
                    Result,
                    fields=[*CORRECTABLE, "updated_at"],
                    batch_size=self.batch_size,
                    default_user=self.user,
                    default_change_reason=self.reason,
                )
                self.progress("written", len(new) + len(changed), len(new) + len(changed))
            Revision.objects.bump()  # bulk writes send no signal (operations.review.signals)
        outcome.written = True


def figure_of(stored):
    return tuple(stored[f"{name}_id"] for name in FIGURE)


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

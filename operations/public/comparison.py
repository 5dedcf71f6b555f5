"""Published operations side by side: every metric's headline figure in each, and the change.

`CompareForm` validates the choice (two or more published operations, by slug, from the public
door: a draft cannot be chosen or guessed). `compare(operations)` builds a `Comparison` from
the operations' public results in a fixed number of queries, whatever the number of figures:

- rows follow the metric catalogue, each total followed by its breakdown (indented by `depth`),
  operation-wide figures first, then figures by country;
- each cell holds the figure's headline statement by the register's one rule
  (`quality.choose_headlines`), with its qualifier, and the inconsistencies the figure checks
  find about that figure;
- each column after the first holds the change from the column before it (operations in
  chronological order): absolute and in percent, approximate when either figure is qualified,
  and none when either figure is missing or not reported (which is not zero).

`comparison_export.response` writes the same table to CSV or XLSX, text through
`spreadsheets.neutralise` and numbers native; `charts.comparison_charts` draws its main metrics.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

from operations.models import Metric, Operation, Qualifier, Result
from operations.quality import check_results, choose_headlines
from operations.quality.breakdowns import in_units_of
from operations.quality.spans import comparable, format_number

#: More columns than this no longer fit a page (and a URL naming hundreds is not a comparison).
MAX_OPERATIONS = 8
MAX_SLUG = 200


class OperationsField(forms.ModelMultipleChoiceField):
    """Published operations by slug. Refuses too many values, and values no slug can have,
    before they reach the database (PostgreSQL refuses NUL bytes)."""

    def clean(self, value):
        if value and not isinstance(value, (list, tuple)):
            value = [value]
        # An empty box ("?operations=") chooses nothing rather than an operation named "".
        value = [slug for slug in value or () if slug != ""]
        if len(value) > MAX_OPERATIONS * 2:
            raise ValidationError(self.error_messages["too_many"], code="too_many", params={"max": MAX_OPERATIONS})
        for slug in value:
            if not isinstance(slug, str) or "\x00" in slug or len(slug) > MAX_SLUG:
                raise ValidationError(self.error_messages["unusable"], code="invalid_choice")
        return super().clean(value)


def chronological(operation):
    """Oldest first, undated last: the order in which a change reads naturally."""
    return (operation.start_date is None, operation.start_date, operation.name)


class CompareForm(forms.Form):
    operations = OperationsField(
        queryset=Operation.objects.none(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        label=_("Operations"),
        help_text=_("Choose two or more; they are shown oldest first."),
        error_messages={
            "required": _("Choose at least two operations to compare."),
            "too_many": _("Choose at most %(max)d operations."),
            "invalid_choice": _("“%(value)s” is not a published operation."),
            "unusable": _("Some of the values given are not names of operations."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["operations"].queryset = Operation.objects.published().order_by("-start_date", "name")

    def clean_operations(self):
        chosen = sorted(self.cleaned_data["operations"], key=chronological)
        if len(chosen) < 2:
            raise ValidationError(_("Choose at least two operations to compare."), code="too_few")
        if len(chosen) > MAX_OPERATIONS:
            raise ValidationError(
                self.fields["operations"].error_messages["too_many"], code="too_many", params={"max": MAX_OPERATIONS}
            )
        return chosen


@dataclass(frozen=True)
class Change:
    """A figure's change from the previous operation's."""

    absolute: Decimal
    percent: Decimal | None
    """None when the previous figure is 0: no percentage of nothing."""
    is_approximate: bool
    """Either figure is qualified ("more than 22 000"): the change is only indicative."""
    unit: object

    @property
    def absolute_display(self):
        sign = "+" if self.absolute > 0 else "−" if self.absolute < 0 else "±"
        return f"{sign}{format_number(abs(self.absolute), self.unit)}"

    @property
    def percent_rounded(self):
        if self.percent is None:
            return None
        return self.percent.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def percent_display(self):
        rounded = self.percent_rounded
        if rounded is None:
            return ""
        sign = "+" if rounded > 0 else "−" if rounded < 0 else "±"
        return f"{sign}{str(abs(rounded)).replace('.', get_format('DECIMAL_SEPARATOR'))} %"


def change_between(previous, current):
    """The change from one headline statement to the next, or None when either has no figure."""
    if previous is None or current is None or previous.value is None or current.value is None:
        return None
    if not comparable(previous, current):
        return None  # two currencies: never converted
    before = in_units_of(previous.value, previous.unit, current.unit)
    absolute = current.value - before
    percent = absolute / before * 100 if before else None
    approximate = previous.qualifier_id != Qualifier.EXACT or current.qualifier_id != Qualifier.EXACT
    return Change(absolute.normalize(), percent, approximate, current.unit)


@dataclass
class Cell:
    """One figure of one operation: its headline statement, if any source gives one."""

    operation: Operation
    statement: Result | None
    alternatives: tuple = ()
    findings: list = field(default_factory=list)
    change: Change | None = None
    note_numbers: list = field(default_factory=list)

    @property
    def value(self):
        return self.statement.value if self.statement is not None else None

    @property
    def value_display(self):
        return self.statement.value_display if self.statement is not None else ""

    @property
    def is_qualified(self):
        return self.statement is not None and self.statement.qualifier_id != Qualifier.EXACT

    @property
    def inconsistencies(self):
        return [finding for finding in self.findings if finding.is_inconsistency]


@dataclass
class Row:
    metric: Metric
    country: object
    depth: int
    cells: list

    @property
    def unit(self):
        """The unit of the row's first statement (its value column's unit; each cell's value says its own)."""
        return next((cell.statement.unit for cell in self.cells if cell.statement is not None), self.metric.unit)

    @property
    def label(self):
        """'Arrests – Migrant smuggling' or 'Weapons seized (Kosovo*)': the row said in full."""
        where = f" ({self.country.display_name})" if self.country is not None else ""
        return f"{self.metric}{where}"


@dataclass
class Comparison:
    operations: list
    rows: list
    notes: list
    """[(number, finding)]: the inconsistencies of the figures shown, numbered as in the cells."""

    @property
    def columns(self):
        """[(operation, the operation before it or None)]: each column and what its change is from."""
        return list(zip(self.operations, [None, *self.operations[:-1]], strict=True))

    @property
    def countries(self):
        return [row.country for row in self.rows if row.country is not None]


def metric_tree_order(metrics, wanted_ids):
    """[(metric, depth)] depth-first through the catalogue, siblings by position and name, keeping
    the metrics in `wanted_ids` and their ancestors."""
    children = {}
    by_id = {metric.pk: metric for metric in metrics}
    for metric in metrics:
        parent_id = metric.parent_id if metric.parent_id in by_id else None
        children.setdefault(parent_id, []).append(metric)
    keep = set()
    for metric_id in wanted_ids:
        while metric_id is not None and metric_id not in keep and metric_id in by_id:
            keep.add(metric_id)
            metric_id = by_id[metric_id].parent_id

    ordered = []

    def walk(parent_id, depth):
        for metric in sorted(children.get(parent_id, []), key=lambda metric: (metric.position, metric.name)):
            if metric.pk in keep:
                ordered.append((metric, depth))
                walk(metric.pk, depth + 1)

    walk(None, 0)
    return ordered


def compare(operations):
    """The `Comparison` of these published operations, in the given order. Queries: their public
    results (with metric, unit, parent, country, source and publisher), the metric catalogue (with
    units and parents), and the catalogue's breakdowns when a source gives a total and its parts
    (the figure checks)."""
    operations = list(operations)
    chosen = [operation.pk for operation in operations]
    results = list(Result.objects.public().filter(operation__in=chosen).for_checks())
    headlines = choose_headlines(results)
    findings = check_results(results).by_figure()
    metrics = list(Metric.objects.select_related("unit", "parent"))

    countries = {}
    for result in results:
        if result.country_id is not None:
            countries.setdefault(result.metric_id, {})[result.country_id] = result.country

    rows, notes = [], []
    for metric, depth in metric_tree_order(metrics, {result.metric_id for result in results}):
        where = [None, *sorted(countries.get(metric.pk, {}).values(), key=lambda country: country.name)]
        for country in where:
            country_id = country.pk if country is not None else None
            cells, previous = [], None
            for index, operation in enumerate(operations):
                headline = headlines.get((operation.pk, None, metric.pk, country_id))
                statement = headline.statement if headline is not None else None
                cell = Cell(
                    operation=operation,
                    statement=statement,
                    alternatives=headline.alternatives if headline is not None else (),
                    findings=findings.get((operation.pk, None, metric.pk, country_id), []),
                    change=change_between(previous, statement) if index else None,
                )
                for finding in cell.inconsistencies:
                    notes.append((len(notes) + 1, finding))
                    cell.note_numbers.append(len(notes))
                cells.append(cell)
                previous = statement
            rows.append(Row(metric=metric, country=country, depth=depth, cells=cells))
    return Comparison(operations=operations, rows=rows, notes=notes)

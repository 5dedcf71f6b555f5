"""Horizontal bar charts as plain geometry, drawn as inline SVG by `templates/includes/bar_chart.html`.

Server-rendered SVG needs no JavaScript (the site's CSP forbids inline scripts) and shows the
same numbers as the table beside it. This module only computes: `bar_chart` turns labelled
values into a `BarChart` whose `Bar`s carry their coordinates in SVG user units, and the
template prints them. Two builders feed it from what the pages already hold, without a query:

- `breakdown_charts(operation, roots)`: on an operation's page, one chart per total whose parts have
  operation-wide figures (arrests by crime area, entities checked by kind, weapons by type...).
- `comparison_charts(comparison)`: on the comparison page, one small chart per main (root)
  metric, a bar per operation, each chart on its own scale, since 31 109 officers and 442
  weapons cannot share an axis.

A value that is not reported gets no bar and the words "not reported": it is not a zero. A
qualified value ("almost 300 kg") is drawn at its published number and labelled with its words.
Charts are built from the headline statements of public results only, so a draft figure can
never be drawn.

Each chart has an address of its own (`ChartAddress`, from slugs and metric codes, never database
ids) where it is shown alone, embedded in other sites and downloaded as SVG or PNG
(`operations.public.sharing`); `sources` are the documents its figures come from.
"""

from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from operations.quality.breakdowns import in_units_of
from operations.quality.spans import comparable

#: Geometry, in SVG user units (the SVG scales to its container through its viewBox).
WIDTH = 640
LABEL_WIDTH = 220
VALUE_WIDTH = 130
BAR_HEIGHT = 18
BAR_GAP = 10
PADDING = 6
TEXT_GAP = 6
MAX_LABEL_CHARACTERS = 32


@dataclass(frozen=True)
class ChartItem:
    """What one bar shows: a label, a value (None: not reported) and how the value is written."""

    label: str
    value: Decimal | None
    value_display: str
    note: str = ""
    """Said in the table beside the chart: an inconsistency, the other statements."""


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    """The label cut to fit the chart; the table beside it has the full one."""
    value: Decimal | None
    value_display: str
    note: str
    x: float
    y: float
    width: float
    height: float
    text_y: float
    """Baseline of the label and value texts, vertically centred on the bar."""
    label_x: float
    value_x: float

    @property
    def is_reported(self):
        return self.value is not None


@dataclass(frozen=True)
class ChartAddress:
    """Where a chart lives on its own: its page (`path`, with `query` for a comparison's operations)
    and, beside it, its files and the view other sites may frame."""

    path: str
    query: str = ""

    def _with(self, suffix):
        return self.path + suffix + (f"?{self.query}" if self.query else "")

    @property
    def page(self):
        return self._with("")

    @property
    def svg(self):
        return self._with("chart.svg")

    @property
    def png(self):
        return self._with("chart.png")

    @property
    def embed(self):
        return self._with("embed/")


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    description: str
    label_heading: str
    """The heading of the labels' column in the table beside the chart ('Part', 'Operation')."""
    bars: tuple[Bar, ...]
    width: int
    height: int
    note: str = ""
    """Said under the chart: what the figure checks found about the whole (a total that its parts
    do not add up to)."""
    key: str = ""
    """What names the chart in its address: a metric's code, "operations-per-year"."""
    address: ChartAddress | None = None
    sources: tuple = ()
    """The published documents (`Source`s) its figures come from, each once, in order."""

    @property
    def table_id(self):
        return f"{self.id}-table"

    @property
    def title_id(self):
        return f"{self.id}-title"

    @property
    def description_id(self):
        return f"{self.id}-desc"

    @property
    def note_id(self):
        return f"{self.id}-note"

    @property
    def description_beside_note(self):
        """The description without the note it ends with, for a page that shows the note under the
        chart (the SVG is described by both): a big operation's page carried each finding twice,
        13.6 of its 302.8 kB (bench/big_operation.py, docs/performance.md). The SVG file keeps it whole."""
        if self.note and self.description.endswith(self.note):
            return self.description.removesuffix(self.note).rstrip()
        return self.description


def shorten(label, limit=MAX_LABEL_CHARACTERS):
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(
    chart_id,
    title,
    items,
    *,
    label_heading,
    description="",
    note="",
    width=WIDTH,
    label_width=LABEL_WIDTH,
    key="",
    address=None,
    sources=(),
):
    """A horizontal bar chart of `items` (ChartItems), in their order. Bars are to scale within
    the chart: the largest value spans the whole plotting width."""
    items = list(items)
    values = [item.value for item in items if item.value is not None]
    largest = max(values, default=Decimal(0))
    plot_width = width - label_width - VALUE_WIDTH
    bars = []
    for index, item in enumerate(items):
        y = PADDING + index * (BAR_HEIGHT + BAR_GAP)
        reported = item.value is not None and largest > 0
        bar_width = round(float(item.value / largest) * plot_width, 1) if reported else 0.0
        bars.append(
            Bar(
                label=item.label,
                short_label=shorten(item.label),
                value=item.value,
                value_display=str(item.value_display),
                note=item.note,
                x=label_width,
                y=y,
                width=bar_width,
                height=BAR_HEIGHT,
                text_y=round(y + BAR_HEIGHT * 0.72, 1),
                label_x=label_width - TEXT_GAP,
                value_x=round(label_width + bar_width + TEXT_GAP, 1),
            )
        )
    height = 2 * PADDING + len(items) * BAR_HEIGHT + max(len(items) - 1, 0) * BAR_GAP
    if not description:
        description = "; ".join(f"{bar.label}: {bar.value_display}" for bar in bars) + "."
    return BarChart(
        id=chart_id,
        title=title,
        description=description,
        label_heading=label_heading,
        bars=tuple(bars),
        width=width,
        height=height,
        note=note,
        key=key,
        address=address,
        sources=tuple(dict.fromkeys(sources)),
    )


def _note(figure):
    inconsistent = [finding.message for finding in figure.findings if finding.is_inconsistency]
    return " ".join(inconsistent)


def breakdown_charts(operation, roots):
    """One chart per root of `operation`'s figure tree (`figures.figure_tree`) whose parts have
    an operation-wide headline figure with a value: a bar per part that has a statement. Each is at
    /operations/<slug>/charts/<the total's metric code>/."""
    charts = []
    for node in roots:
        stated = [(child, child.operation_wide) for child in node.children if child.operation_wide is not None]
        total = node.operation_wide
        # Kilograms and pieces cannot share an axis: parts in a unit that does not convert into the
        # total's (or, without a total, the first part's) are left out of the chart (and said so),
        # as the figure checks leave them out of sums; tonnes and kilograms are drawn in that unit.
        axis = next(
            (
                figure.best
                for figure in [total, *(figure for _child, figure in stated)]
                if figure is not None and figure.best.value is not None
            ),
            None,
        )
        parts = [(child, figure) for child, figure in stated if axis is not None and comparable(axis, figure.best)]
        if not any(figure.best.value is not None for _child, figure in parts):
            continue
        apart = [child.metric.name for child, figure in stated if (child, figure) not in parts]
        items = [
            ChartItem(
                child.metric.name,
                None if figure.best.value is None else in_units_of(figure.best.value, figure.best.unit, axis.unit),
                figure.best.value_display,
                _note(figure),
            )
            for child, figure in parts
        ]
        title = _("%(metric)s: breakdown") % {"metric": node.metric.name}
        said = "; ".join(f"{item.label}: {item.value_display}" for item in items)
        if total is not None:
            description = _("%(metric)s, %(total)s in total. By part: %(parts)s.") % {
                "metric": node.metric.name,
                "total": total.best.value_display,
                "parts": said,
            }
        else:
            description = _("%(metric)s, no total published. By part: %(parts)s.") % {
                "metric": node.metric.name,
                "parts": said,
            }
        if apart:
            description += " " + _("Left out, in another unit: %(parts)s.") % {"parts": ", ".join(apart)}
        note = _note(total) if total is not None else ""
        if note:
            description = f"{description} {note}"
        code = node.metric.code
        charts.append(
            bar_chart(
                f"chart-{code}",
                title,
                items,
                label_heading=_("Part"),
                description=description,
                note=note,
                key=code,
                address=ChartAddress(reverse("operations:chart", args=[operation.slug, code])),
                sources=[figure.best.source for figure in [total, *(figure for _child, figure in parts)] if figure],
            )
        )
    return charts


def comparison_charts(comparison, numbered_notes=True):
    """One small chart per main metric of a `comparison.Comparison` (its operation-wide root
    rows), a bar per operation, for the metrics that at least one operation gives a figure. Each is
    at /compare/charts/<metric code>/?operations=<slug>&operations=<slug>, oldest first, where
    (`numbered_notes=False`) each bar's note says what the figure checks found rather than its number
    in the comparison's list."""
    query = urlencode([("operations", operation.slug) for operation in comparison.operations])
    charts = []
    for row in comparison.rows:
        if row.depth != 0 or row.country is not None:
            continue
        if not any(cell.value is not None for cell in row.cells):
            continue
        items = [
            ChartItem(
                cell.operation.short_name,
                cell.value,
                cell.value_display if cell.statement is not None else _("no figure"),
                # On the comparison's page the findings are listed, numbered, under its table; a chart
                # on its own (`numbered_notes=False`) says them.
                "; ".join(_("inconsistent: see note %(number)d") % {"number": number} for number in cell.note_numbers)
                if numbered_notes
                else " ".join(finding.message for finding in cell.inconsistencies),
            )
            for cell in row.cells
        ]
        code = row.metric.code
        charts.append(
            bar_chart(
                f"compare-chart-{code}",
                row.metric.name,
                items,
                label_heading=_("Operation"),
                width=420,
                label_width=130,
                key=code,
                address=ChartAddress(reverse("operations:comparison_chart", args=[code]), query),
                sources=[cell.statement.source for cell in row.cells if cell.statement is not None],
            )
        )
    return charts

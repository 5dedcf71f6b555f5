"""An operation too big to show whole (more public statements than
settings.OPERATION_PAGE_WHOLE_UP_TO): its statements grouped by metric in the catalogue's tree
order, each metric with its headline figure (the one for the whole operation) first and its
statements by country folded under it. A metric with few of them has them in its fold; one with
many has a link to its own page of statements (`metric_figures`, MetricStatementsView), which the
page's script fetches into the fold when it is opened. Each source is cited once, by number.

What the page reads is bounded by the metrics, not by the statements: the operation-wide
statements and those of the metrics folded inline (with the figure checks over them), a count of
statements per metric and the operation's sources. The figure checks never report what is not
there (a breakdown missing some of its parts is only a lower bound, see quality.breakdowns), so
checking part of the statements finds part of the findings, never a false one; the findings about
a metric's figures by country are complete on its page of statements, whose checks read the
metric, its total and its parts.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from operations.models import Metric, Result, Source
from operations.quality import check_results

from .figures import figure_tree, flatten

FOLDED_INLINE = 10  # statements by country a metric's fold shows itself; beyond, fetched on demand


def is_big(statements):
    """Whether an operation of this many public statements gets the grouped page."""
    return statements > settings.OPERATION_PAGE_WHOLE_UP_TO


@dataclass
class MetricGroup:
    """One metric on the grouped page: `node` is its place in the figure tree with the figures the
    page shows (the operation-wide one, and those by country when folded inline)."""

    node: object
    statements: int
    by_country: int
    url: str

    @property
    def metric(self):
        return self.node.metric

    @property
    def headline(self):
        return self.node.operation_wide

    @property
    def country_figures(self):
        return [figure for figure in self.node.figures if figure.country is not None]

    @property
    def on_demand(self):
        return self.by_country > FOLDED_INLINE


def cite(results, sources):
    """Number `sources` from 1 and give each result the `reference` of its source."""
    numbers = {source.pk: number for number, source in enumerate(sources, 1)}
    for result in results:
        result.reference = numbers[result.source_id]


def statements_url(operation, metric):
    return reverse("operations:metric_statements", args=[operation.slug, metric.code])


def grouped_figures(operation, statements, counts):
    """The grouped page's figures. `statements` are the operation's public results (a queryset),
    `counts` their `metric_counts()`."""
    inline = [metric_id for metric_id, (_all, by_country) in counts.items() if by_country <= FOLDED_INLINE]
    # The catalogue's rows, countries and sources read once each rather than joined to every statement:
    # eight more queries, and 6-8 ms less of the 40-48 ms of CPU these figures took at 4,000 statements,
    # on both databases (ad hoc, load 3.7); the operation is the one in hand (`operation.results`).
    shown = list(
        statements.filter(Q(country__isnull=True) | Q(metric_id__in=inline))
        .for_checks_sharing_catalogue()
        .with_corrections()
    )
    report = check_results(shown)
    roots = figure_tree(shown, Metric.objects.all(), report.by_figure(), also=counts)
    sources = list(Source.objects.cited_by(statements))
    cite(shown, sources)
    groups = [
        MetricGroup(node, *counts.get(node.metric.pk, (0, 0)), url=statements_url(operation, node.metric))
        for node in flatten(roots)
    ]
    return {"groups": groups, "roots": roots, "report": report, "sources": sources, "shown": shown}


def headline_results(operation):
    """What the headline figures of `operation` are chosen from: its statements about the whole
    operation (`figures.headline` shows no other). The latest operation of the bench database has
    4,000 statements and 160 of them are operation-wide: the home page took 2.6 s reading them all."""
    return list(Result.objects.public().for_operation(operation).operation_wide().for_checks().with_corrections())


def operation_results(operation):
    """One operation's public results with what the tree, the page and the figure checks read."""
    return list(Result.objects.public().for_operation(operation).for_checks().with_corrections())


def page_figures(operation):
    """The figures an operation's page shows, and its charts draw: grouped by metric when the
    operation is big, whole otherwise. `statement_count` counts its public statements,
    `has_country_figures` whether any is about one country."""
    statements = operation.results.public()
    counts = statements.metric_counts()
    statement_count = sum(total for total, _by_country in counts.values())
    has_country_figures = any(by_country for _total, by_country in counts.values())
    if is_big(statement_count):
        figures = grouped_figures(operation, statements, counts)
    else:
        shown = operation_results(operation)
        report = check_results(shown)
        roots = figure_tree(shown, Metric.objects.all(), report.by_figure())
        sources = {statement.source.pk: statement.source for statement in shown}
        figures = {
            "groups": None,
            "roots": roots,
            "report": report,
            "sources": sorted(sources.values(), key=lambda source: source.title),
            "shown": shown,
        }
    return figures | {"statement_count": statement_count, "has_country_figures": has_country_figures}


def metric_figures(operation, metric):
    """All the figures of `metric` in `operation` (None when it has no public statement of it),
    checked with its total's and its parts' statements, and the operation's sources in the
    grouped page's numbering."""
    statements = Result.objects.public().for_operation(operation)
    family = list(
        statements.filter(Q(metric=metric) | Q(metric__parent=metric) | Q(metric_id=metric.parent_id))
        .for_checks()
        .with_corrections()
    )
    mine = [result for result in family if result.metric_id == metric.pk]
    if not mine:
        return None
    report = check_results(family)
    sources = list(Source.objects.cited_by(statements))
    cite(mine, sources)
    (node,) = figure_tree(mine, [metric], report.by_figure())
    cited = {result.source_id for result in mine}
    return {
        "figures": node.figures,
        "findings": [finding for finding in report.findings if finding.metric.pk == metric.pk],
        "sources": [(number, source) for number, source in enumerate(sources, 1) if source.pk in cited],
        "shown": mine,
    }

"""An operation's results as a tree of figures, built in Python from one query.

A *figure* is one metric for one country (or the whole operation); it has one or more
*statements* (results), one per source and qualifier. The headline statement comes first: the
editor's choice (`is_headline`) if there is one, else the most precise (a figure beats no figure,
exact beats qualified, then the most recent source).
"""

import datetime
from dataclasses import dataclass, field

from .models import Qualifier

_UNDATED = datetime.date.min


def statement_rank(result):
    source = result.source
    dated = source.published_on or (datetime.date(source.year, 1, 1) if source.year else _UNDATED)
    return (
        not result.is_headline,
        result.value is None,
        result.qualifier != Qualifier.EXACT,
        -dated.toordinal(),
        source.title,
    )


@dataclass
class Figure:
    metric: object
    country: object
    statements: list

    @property
    def best(self):
        return self.statements[0]

    @property
    def others(self):
        return self.statements[1:]


@dataclass
class FigureNode:
    metric: object
    depth: int = 0
    figures: list = field(default_factory=list)
    children: list = field(default_factory=list)
    breakdown_total: object = None

    @property
    def operation_wide(self):
        """The figure for the whole operation, if the sources give one."""
        return next((figure for figure in self.figures if figure.country is None), None)

    @property
    def breakdown_differs(self):
        """True when the breakdown's figures add up to something other than the total, as published."""
        total = self.operation_wide
        if self.breakdown_total is None or total is None or total.best.value is None:
            return False
        return self.breakdown_total != total.best.value


def figure_tree(results, metrics):
    """Roots of the tree of `results` (one operation's, with metric, country and source loaded),
    using the metric catalogue `metrics` (all metrics, for ancestors that have no figure)."""
    by_id = {metric.pk: metric for metric in metrics}
    statements = {}
    for result in results:
        statements.setdefault((result.metric_id, result.country_id), []).append(result)

    nodes = {}

    def node_for(metric_id):
        if metric_id not in nodes:
            nodes[metric_id] = FigureNode(metric=by_id[metric_id])
            parent_id = by_id[metric_id].parent_id
            if parent_id is not None and parent_id in by_id:
                node_for(parent_id).children.append(nodes[metric_id])
        return nodes[metric_id]

    for (metric_id, _country_id), group in statements.items():
        group.sort(key=statement_rank)
        node_for(metric_id).figures.append(Figure(metric=by_id[metric_id], country=group[0].country, statements=group))

    def order(metric):
        return (metric.position, metric.name)

    def settle(node, depth):
        node.depth = depth
        node.figures.sort(
            key=lambda figure: (figure.country is not None, figure.country.name if figure.country else "")
        )
        node.children.sort(key=lambda child: order(child.metric))
        for child in node.children:
            settle(child, depth + 1)
        parts = [child.operation_wide for child in node.children]
        comparable = all(child.metric.unit_id == node.metric.unit_id for child in node.children)
        if parts and comparable and all(part is not None and part.best.value is not None for part in parts):
            node.breakdown_total = sum(part.best.value for part in parts)

    roots = sorted(
        (node for node in nodes.values() if node.metric.parent_id is None or node.metric.parent_id not in by_id),
        key=lambda node: order(node.metric),
    )
    for root in roots:
        settle(root, 0)
    return roots


def flatten(roots):
    """The tree depth-first, for a table with indented rows."""
    for node in roots:
        yield node
        yield from flatten(node.children)


def headline(roots):
    """The root figures for the whole operation: what a summary shows."""
    return [root.operation_wide for root in roots if root.operation_wide is not None]

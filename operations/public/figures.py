"""An operation's results as a tree of figures, built in Python from one query.

A *figure* is one metric for one country (or the whole operation); it has one or more
*statements* (results), one per source and qualifier. The headline statement comes first, by the
register's one headline rule (`operations.quality.statement_order`: the editor's choice, else a
figure beats none, exact beats qualified, then the most recent source); the others follow.
"""

from dataclasses import dataclass, field

from operations.quality import statement_order
from operations.quality.headlines import headline_reason


@dataclass
class Figure:
    metric: object
    country: object
    statements: list
    findings: list = field(default_factory=list)

    @property
    def best(self):
        return self.statements[0]

    @property
    def others(self):
        return self.statements[1:]

    @property
    def headline_reason(self):
        """Why the first statement is shown first (the headline rule, in words)."""
        return headline_reason(self.statements)


@dataclass
class FigureNode:
    metric: object
    depth: int = 0
    figures: list = field(default_factory=list)
    children: list = field(default_factory=list)

    @property
    def operation_wide(self):
        """The figure for the whole operation, if the sources give one."""
        return next((figure for figure in self.figures if figure.country is None), None)


def figure_tree(results, metrics, findings_by_figure=None, also=()):
    """Roots of the tree of `results` (one operation's, with metric, country and source loaded),
    using the metric catalogue `metrics` (all metrics, for ancestors that have no figure).

    `findings_by_figure` ({(operation id, activity id, metric id, country id): [findings]}, from
    `FigureReport.by_figure()`) flags each figure with what the figure checks found. `also` are
    metric ids to give a node even without a statement among `results`."""
    findings_by_figure = findings_by_figure or {}
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

    for metric_id in also:
        node_for(metric_id)
    for (metric_id, country_id), group in statements.items():
        group = statement_order(group)
        findings = findings_by_figure.get((group[0].operation_id, group[0].activity_id, metric_id, country_id), [])
        node_for(metric_id).figures.append(
            Figure(metric=by_id[metric_id], country=group[0].country, statements=group, findings=findings)
        )

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

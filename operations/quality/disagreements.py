"""Statements of the same figure that differ: by different sources, or by one source twice.

Statements are compared as spans of possible true values (see `spans`). When every statement
can be true at once (22 488; more than 22 000; over 22 000; more than 22 400), the figure is
reported with DIFFERENT_PRECISION, a note: the register shows the most precise one first. When
some cannot be true together (exact 300 against exact 310, or exact 300 against "almost 300"),
it is a CONFLICT, listing the pairs that contradict each other. Statements with the same span
("more than 22 000" and "over 22 000") do not differ, and "not reported" says nothing to compare.
"""

from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

from operations.models import Result

from .findings import Finding, FindingKind, figure_label, figure_order, said_value, source_label
from .findings import kept_gettext as gettext  # each template looked up once per report's messages
from .headlines import figure_key, statement_order
from .spans import span_of


@dataclass(frozen=True)
class SourceDisagreement(Finding):
    """The statements of one figure (operation, metric, country) that differ, best first."""

    kind: FindingKind
    statements: tuple[Result, ...]
    conflicting_pairs: tuple[tuple[Result, Result], ...]
    """The pairs that cannot both be true; empty for a difference in precision."""

    @property
    def operation(self):
        return self.statements[0].operation

    @property
    def subject(self):
        return self.statements[0].subject

    @property
    def metric(self):
        return self.statements[0].metric

    @property
    def country(self):
        return self.statements[0].country

    @property
    def sources(self):
        return tuple(dict.fromkeys(statement.source for statement in self.statements))

    @cached_property
    def message(self):
        label = figure_label(self.subject, self.metric, self.country)
        if self.kind == FindingKind.CONFLICT:
            pairs = "; ".join(
                gettext("%(first)s against %(second)s") % {"first": _said(first), "second": _said(second)}
                for first, second in self.conflicting_pairs
            )
            said = {"label": label, "pairs": pairs}
            return gettext("%(label)s: the statements cannot all be true: %(pairs)s.") % said
        said = ", ".join(_said(statement) for statement in self.statements)
        return gettext("%(label)s: stated with different precision, all compatible: %(statements)s.") % {
            "label": label,
            "statements": said,
        }


def _said(statement):
    return f"{said_value(statement)} ({source_label(statement.source)})"


def find_source_disagreements(results):
    """Every figure whose statements differ, as `SourceDisagreement`s of kind CONFLICT or
    DIFFERENT_PRECISION. No query beyond fetching a queryset."""
    figures = {}
    for result in results:
        if result.value is not None:
            figures.setdefault(figure_key(result), []).append(result)
    findings = []
    for figure in figures.values():
        # Statements in two currencies (EUR and USD) are never compared: each currency on its own.
        by_currency = {}
        for statement in figure:
            by_currency.setdefault(statement.unit.currency or "", []).append(statement)
        findings += [finding for group in by_currency.values() if (finding := _disagreement(group))]
    return sorted(findings, key=lambda finding: figure_order(finding.statements[0])[:5])


def _disagreement(statements):
    """The statements of one figure (one dimension, one currency at most) as a finding, or None."""
    if len({span_of(statement) for statement in statements}) < 2:
        return None
    ordered = statement_order(statements)
    conflicts = tuple(
        (first, second) for first, second in combinations(ordered, 2) if not span_of(first).meets(span_of(second))
    )
    # Intervals that meet pairwise share a point (Helly), so no conflicting pair means that all the
    # statements can be true at once.
    kind = FindingKind.CONFLICT if conflicts else FindingKind.DIFFERENT_PRECISION
    return SourceDisagreement(kind=kind, statements=tuple(ordered), conflicting_pairs=conflicts)

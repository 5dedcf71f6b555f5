"""The figure checks: where the published figures of an operation do not add up or disagree.

The register stores every figure as published and never corrects one to make it add up; these
checks find what an editor (in the admin) and a reader (on the public pages) should know:

- `find_breakdown_mismatches(results)`: a source's breakdown that cannot add up to the same
  source's total (2023 arrests: 566, while the four crime areas add up to 562).
- `find_part_exceeding_total(results)`: a single part larger than its total, within one source
  or across sources.
- `find_source_disagreements(results)`: statements of one figure that differ, either in
  precision only (22 488 and "more than 22 000") or so that they cannot all be true.
- `choose_headlines(results)`: the statement to show for each figure, and the others beside it.
- `check_operation(operation)` / `check_operations(operations, activities)`: all findings of some
  operations and activities, from one query for their results and one for the catalogue's breakdowns.

Each `find_...` takes results fetched with `Result.objects.for_checks()` (what the checks read of
each statement: a queryset, read once, or the results already in memory), and returns a list
of frozen findings, each with `kind`, `is_inconsistency`, `operation`, `metric`, `country` and a
plain-language `message`. The checks do not filter by status: public code passes
`Operation.objects.published()` or `Result.objects.public()`, as everywhere else.

How qualifiers are read is in `spans`; how breakdowns are compared in
`breakdowns`; when statements conflict in `disagreements`; the headline rule in `headlines`.

May import: operations.models, participants.models.
"""

from dataclasses import dataclass

from django.db.models import Q

from operations.models import Result

from .breakdowns import (
    BreakdownMismatch,
    PartExceedingTotal,
    find_breakdown_mismatches,
    find_part_exceeding_total,
    most_precise_by_source,
)
from .disagreements import SourceDisagreement, find_source_disagreements
from .findings import INCONSISTENCIES, FindingKind, labels_kept
from .headlines import Headline, choose_headlines, statement_order, statement_rank
from .spans import Span, span_of

__all__ = [
    "INCONSISTENCIES",
    "BreakdownMismatch",
    "FigureReport",
    "FindingKind",
    "Headline",
    "PartExceedingTotal",
    "SourceDisagreement",
    "Span",
    "check_operation",
    "check_operations",
    "check_results",
    "choose_headlines",
    "find_breakdown_mismatches",
    "find_part_exceeding_total",
    "find_source_disagreements",
    "labels_kept",
    "span_of",
    "statement_order",
    "statement_rank",
]


@dataclass(frozen=True)
class FigureReport:
    """All findings about some results, grouped by check."""

    breakdown_mismatches: tuple[BreakdownMismatch, ...] = ()
    parts_exceeding_totals: tuple[PartExceedingTotal, ...] = ()
    disagreements: tuple[SourceDisagreement, ...] = ()

    @property
    def findings(self):
        """Every finding: breakdowns, parts larger than totals, then disagreements (conflicts first)."""
        disagreements = sorted(self.disagreements, key=lambda finding: finding.kind != FindingKind.CONFLICT)
        return [*self.breakdown_mismatches, *self.parts_exceeding_totals, *disagreements]

    def messages(self):
        """Every finding's message, in the order of `findings`, each figure and source named once
        (`labels_kept`): for the thousands of findings of a big operation."""
        with labels_kept():
            return [finding.message for finding in self.findings]

    @property
    def inconsistencies(self):
        """The findings that say something cannot be true as published (not mere precision notes)."""
        return [finding for finding in self.findings if finding.is_inconsistency]

    def __len__(self):
        return len(self.findings)

    def for_operation(self, subject):
        """The part of the report about one operation (or one capacity-building activity)."""

        def mine(findings):
            return tuple(finding for finding in findings if finding.subject == subject)

        return FigureReport(
            mine(self.breakdown_mismatches), mine(self.parts_exceeding_totals), mine(self.disagreements)
        )

    def by_figure(self):
        """{(operation id, activity id, metric id, country id or None): [findings]}, to flag a figure
        where it is shown. A breakdown or part finding belongs to its total's figure."""
        figures = {}
        for finding in self.findings:
            operation, activity = (finding.subject, None) if finding.operation else (None, finding.subject)
            key = (
                operation.pk if operation else None,
                activity.pk if activity else None,
                finding.metric.pk,
                finding.country.pk if finding.country else None,
            )
            figures.setdefault(key, []).append(finding)
        return figures

    def counts(self):
        """{kind: number of findings of that kind}, for every kind."""
        counts = dict.fromkeys(FindingKind, 0)
        for finding in self.findings:
            counts[finding.kind] += 1
        return counts


def check_results(results):
    """All findings about these results, fetched with `Result.objects.for_checks()` (a queryset,
    read once, or the results already in memory)."""
    statements = list(results)
    best = most_precise_by_source(statements)
    return FigureReport(
        tuple(find_breakdown_mismatches(statements, best)),
        tuple(find_part_exceeding_total(statements, best)),
        tuple(find_source_disagreements(statements)),
    )


def check_operations(operations, activities=()):
    """All findings about these operations and capacity-building activities (querysets or lists),
    whatever their status. Two queries: the results, and the catalogue's breakdowns when a source
    gives one."""
    about = Q(operation__in=operations) | Q(activity__in=activities)
    return check_results(Result.objects.filter(about).for_checks())


def check_operation(operation):
    return check_operations([operation])

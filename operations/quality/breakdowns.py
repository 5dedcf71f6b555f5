"""Breakdowns checked against their totals, one source at a time.

A source's total (the statement for a metric with children) is compared with the same source's
statements for the child metrics, for the same operation and country, one breakdown at a time
(arrests by crime area apart from arrests by nationality). Never across sources: two documents may
count differently, and that is a disagreement, not a breakdown that fails to add up.

- An exhaustive breakdown's parts should add up to the total; a partial one's ("including") need
  not, and only parts that add up to more than the total are a finding.

- When a source states a figure several times (Europol: 288 774 and "almost 290 000" entities),
  its most precise statement is used: the exact one, else the first entered (`statement_rank`).
  The others are compared with it by `find_source_disagreements`.
- A part of the catalogue that the source does not give at all could be anything from 0 up, as
  could a part named without a figure: the sum is then only a lower bound, so a source giving
  some of an exhaustive breakdown's parts ("13 871 arrests, 6 801 of them for migrant smuggling")
  is flagged only when its parts exceed the total. Such parts are listed on the finding
  (`parts_missing`).
- A part named without a figure (value None) can be anything from 0 up, so the sum of the others
  is only a lower bound: the total may exceed it, but the parts may not exceed the total.
- Qualified totals and parts are compared as spans (see `spans`): "more than 20 000" is not
  contradicted by parts adding up to 20 206, "almost 1 000" is by parts adding up to 1 200, and a
  part of "almost 300 kg" makes the sum approximate, flagged only beyond what the words allow.
- Each level of a nested breakdown is checked against its own children only.
- Parts are added in their dimension's base unit (t and kg); a part that cannot be added into the
  total's (kg into pieces, USD into EUR) is left out of the sum.
- No parts from a source, or no total from it: nothing to compare, no finding.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from operations.models import Breakdown, Metric, Result

from .findings import Finding, FindingKind, figure_label, figure_order, said_value, source_label
from .findings import kept_gettext as _  # each template looked up once per report's messages
from .findings import kept_ngettext as ngettext
from .headlines import statement_rank
from .spans import ZERO, comparable, format_number, is_count, span_of


class AboutTotal:
    """A finding about a total statement: its operation, metric, source and country are the total's."""

    @property
    def operation(self):
        return self.total.operation

    @property
    def subject(self):
        return self.total.subject

    @property
    def metric(self):
        return self.total.metric

    @property
    def source(self):
        return self.total.source

    @property
    def country(self):
        return self.total.country


@dataclass(frozen=True)
class BreakdownMismatch(AboutTotal, Finding):
    """A source's breakdown that cannot add up to the same source's total."""

    total: Result
    breakdown: Breakdown
    parts: tuple[Result, ...]
    """The parts counted: the source's statements for child metrics, with a figure."""
    parts_not_reported: tuple[Result, ...]
    """Parts the source names without a figure."""
    parts_missing: tuple[Metric, ...]
    """Child metrics of the catalogue for which the source gives no statement at all."""
    parts_sum: Decimal
    """What the parts counted add up to, in the total's unit."""
    parts_not_comparable: tuple[Result, ...] = field(default=())
    """Parts in a unit that cannot be added into the total's."""

    kind = FindingKind.BREAKDOWN_MISMATCH

    @property
    def statements(self):
        """Every statement the finding is about: the total, then the parts (as SourceDisagreement's)."""
        return (self.total, *self.parts, *self.parts_not_reported, *self.parts_not_comparable)

    @property
    def total_value(self):
        return self.total.value

    @property
    def total_qualifier(self):
        """The code of the total's qualifier."""
        return self.total.qualifier_id

    @property
    def difference(self):
        """Parts' sum minus total: negative when the parts fall short."""
        return self.parts_sum - self.total.value

    @property
    def is_approximate(self):
        """Whether some part is a qualified figure, so the sum is not exact."""
        return any(not part.qualifier.is_exact for part in self.parts)

    @property
    def is_lower_bound(self):
        """Whether some part is named without a figure, so the true sum may be larger."""
        return bool(self.parts_not_reported)

    @cached_property
    def message(self):
        """'Arrests, JAD SEE 2023, Europol press release: the 4 parts add up to 562, 4 fewer than
        the 566 reported.' (Written once: see `Finding`.)"""
        return _breakdown_message(self)


@dataclass(frozen=True)
class PartExceedingTotal(AboutTotal, Finding):
    """A part certainly larger than its total: a single part, whatever the other parts are."""

    part: Result
    total: Result

    kind = FindingKind.PART_EXCEEDS_TOTAL

    @property
    def statements(self):
        return (self.total, self.part)

    @property
    def same_source(self):
        """True: one document contradicts itself. False: the part and the total come from
        different documents, which is a weaker sign (one of them may count differently)."""
        return self.part.source_id == self.total.source_id

    @cached_property
    def message(self):
        return _exceeding_message(self.part, self.total)


def _source_key(result, metric_id=None):
    """(operation id, activity id, metric id, country id, source id): one source's figure."""
    metric_id = result.metric_id if metric_id is None else metric_id
    return (result.operation_id, result.activity_id, metric_id, result.country_id, result.source_id)


def most_precise_by_source(statements):
    """{one source's figure (_source_key): the source's most precise statement of it}. Both checks
    below start from it; `check_results` works it out once for both (for 4,000 statements, a pass
    over their keys and ranks)."""
    best = {}
    for result in statements:
        key = _source_key(result)
        if key not in best or statement_rank(result) > statement_rank(best[key]):
            best[key] = result
    return best


def in_units_of(value, unit, total_unit):
    """`value` of `unit` in `total_unit` (2 000 kg in t: 2); the same value for money, which is
    only ever compared with the same currency."""
    if unit.factor is None or total_unit.factor is None or unit.pk == total_unit.pk:
        return value
    return value * unit.factor / total_unit.factor


def find_breakdown_mismatches(results, best=None):
    """Every source's breakdown that cannot add up to the same source's total, as
    `BreakdownMismatch`es, each breakdown of a total on its own. Reads the catalogue's child
    metrics in one query, when there is something to compare. `best`: `most_precise_by_source(results)`,
    when already worked out."""
    best = most_precise_by_source(results) if best is None else best
    parts_by_breakdown = {}
    for result in best.values():
        parent_id = result.metric.parent_id
        total = best.get(_source_key(result, parent_id)) if parent_id else None
        if total is not None and total.value is not None:
            parts_by_breakdown.setdefault((total, result.metric.breakdown_id), []).append(result)
    if not parts_by_breakdown:
        return []

    catalogue = {}
    totals = {total.metric_id for total, _breakdown in parts_by_breakdown}
    for metric in Metric.objects.filter(parent_id__in=totals).select_related("breakdown"):
        catalogue.setdefault(metric.breakdown_id, []).append(metric)

    findings = []
    for (total, breakdown_id), parts in sorted(parts_by_breakdown.items(), key=lambda item: figure_order(item[0][0])):
        finding = _compare(total, parts, parts[0].metric.breakdown, catalogue.get(breakdown_id, []))
        if finding is not None:
            findings.append(finding)
    return findings


def _compare(total, parts, breakdown, children):
    parts = sorted(parts, key=lambda part: (part.metric.position, part.metric.name))
    addable = [part for part in parts if comparable(total, part)]
    counted = [part for part in addable if part.value is not None]
    not_reported = [part for part in addable if part.value is None]
    parts_span = sum((span_of(part) for part in addable), ZERO)
    stated = {part.metric_id for part in parts}
    missing = tuple(metric for metric in children if metric.pk not in stated)
    if breakdown.is_exhaustive and not missing:
        if span_of(total).meets(parts_span):
            return None
    elif not parts_span.is_above(span_of(total)):
        return None  # "including", or some parts not given: the parts need not add up, unless they add up to more
    return BreakdownMismatch(
        total=total,
        breakdown=breakdown,
        parts=tuple(counted),
        parts_not_reported=tuple(not_reported),
        parts_missing=missing,
        parts_sum=sum((in_units_of(part.value, part.unit, total.unit) for part in counted), Decimal(0)),
        parts_not_comparable=tuple(part for part in parts if part not in addable),
    )


def _breakdown_message(finding):
    """The finding in the active language, built from whole translatable clauses."""
    total, unit = finding.total, finding.total.unit
    count = len(finding.parts)
    if finding.parts_not_reported:
        parts = ngettext("the %(count)d part with a figure", "the %(count)d parts with a figure", count)
    else:
        parts = ngettext("the %(count)d part", "the %(count)d parts", count)
    parts_sum = format_number(finding.parts_sum, unit)
    if finding.is_approximate:
        parts_sum = _("about %(number)s") % {"number": parts_sum}
    if finding.is_lower_bound:
        adds_up = ngettext("already adds up to %(sum)s", "already add up to %(sum)s", count)
    else:
        adds_up = ngettext("adds up to %(sum)s", "add up to %(sum)s", count)
    text = f"{parts % {'count': count}} {adds_up % {'sum': parts_sum}}"
    qualified = [part for part in finding.parts if not part.qualifier.is_exact]
    if qualified:
        text += f" ({', '.join(f'{part.metric.name}: {said_value(part)}' for part in qualified)})"
    difference = finding.difference
    said = {"difference": format_number(abs(difference), unit), "total": said_value(total)}
    if difference > 0:
        text += ", " + _("%(difference)s more than the %(total)s reported") % said
    elif difference < 0 and is_count(unit):
        text += ", " + _("%(difference)s fewer than the %(total)s reported") % said
    elif difference < 0:
        text += ", " + _("%(difference)s less than the %(total)s reported") % said
    else:
        text += ", " + _("while the total is reported as %(total)s") % said
    notes = []
    if finding.parts_not_reported:
        names = ", ".join(part.metric.name for part in finding.parts_not_reported)
        notes.append(_("also named without a figure: %(names)s") % {"names": names})
    if not finding.breakdown.is_exhaustive or finding.parts_missing:
        notes.append(_("the breakdown is partial, but its parts may not add up to more than the total"))
    if finding.parts_not_comparable:
        names = ", ".join(part.metric.name for part in finding.parts_not_comparable)
        notes.append(_("left out, in another unit: %(names)s") % {"names": names})
    label = f"{figure_label(total.subject, total.metric, total.country)}, {source_label(total.source)}"
    if finding.breakdown.along != Breakdown.Along.TYPE:  # "by type" is what a breakdown is unless said
        label = f"{label}, {finding.breakdown.get_along_display()}"
    return f"{label}: {text}{''.join(f'; {note}' for note in notes)}."


def find_part_exceeding_total(results, best=None):
    """Every part certainly larger than its total, as `PartExceedingTotal`s: within one source
    (the document contradicts itself) and across sources (`same_source` is False), where one
    finding stands for a part value however many sources repeat it, against the largest total it
    exceeds, and none when the same value already contradicts its own source's total. Each source
    counts with its most precise statement. No query beyond fetching a queryset. `best`: as for
    `find_breakdown_mismatches`."""
    best = most_precise_by_source(results) if best is None else best
    totals = {}
    for key, result in best.items():
        if result.value is not None:
            totals.setdefault(key[:4], []).append(result)
    within, across = [], {}
    parts = [part for part in best.values() if part.value is not None and part.metric.parent_id is not None]
    for part in sorted(parts, key=figure_order):  # only parts sorted: the sort's key reads names
        exceeded = [
            total
            for total in totals.get(_source_key(part, part.metric.parent_id)[:4], [])
            if comparable(total, part) and span_of(part).is_above(span_of(total))
        ]
        for total in exceeded:
            if total.source_id == part.source_id:
                within.append(PartExceedingTotal(part=part, total=total))
        others = [total for total in exceeded if total.source_id != part.source_id]
        if others:
            # One finding per part as stated, against the largest total it exceeds (every smaller one
            # follows), however many sources repeat that part or that total.
            largest = max(others, key=lambda total: total.unit.in_base(total.value))
            across.setdefault(_stated(part), PartExceedingTotal(part=part, total=largest))
    repeated = {_stated(finding.part) for finding in within}
    findings = within + [finding for key, finding in across.items() if key not in repeated]
    findings.sort(
        key=lambda finding: (not finding.same_source, figure_order(finding.total), figure_order(finding.part))
    )
    return findings


def _stated(part):
    """A part as stated, whichever source states it: its figure and value in the base unit."""
    return (part.operation_id, part.activity_id, part.metric_id, part.country_id, part.unit.in_base(part.value))


def _exceeding_message(part, total):
    label = figure_label(total.subject, total.metric, total.country)
    said = {
        "label": label,
        "part": part.metric.name,
        "part_value": said_value(part),
        "total": said_value(total),
        "source": source_label(total.source),
        "part_source": source_label(part.source),
    }
    if part.source_id == total.source_id:
        return _("%(label)s, %(source)s: the part %(part)s, %(part_value)s, is larger than the total of %(total)s.") % (
            said
        )
    return (
        _(
            "%(label)s: the part %(part)s, %(part_value)s according to %(part_source)s, is larger than the total "
            "of %(total)s according to %(source)s."
        )
        % said
    )

"""A part larger than its total, within one source or across sources."""

import pytest

from operations.models import Qualifier
from operations.quality import (
    FindingKind,
    find_breakdown_mismatches,
    find_part_exceeding_total,
)
from tests.operations.builders import (
    breakdown,
    make_source,
    results_of,
    state,
)

pytestmark = pytest.mark.django_db


def test_a_part_larger_than_its_total_in_the_same_source(operation, source):
    checks, [persons, vehicles] = breakdown("Checks", "Persons", "Vehicles")
    total = state(operation, checks, source, 1000)
    part = state(operation, persons, source, 1200)
    state(operation, vehicles, source, 100)

    [finding] = find_part_exceeding_total(results_of(operation))

    assert finding.kind == FindingKind.PART_EXCEEDS_TOTAL
    assert (finding.part, finding.total, finding.same_source) == (part, total, True)
    assert finding.message == (
        f"Checks, {operation.short_name}, Joint press release: the part Persons, 1 200, "
        "is larger than the total of 1 000."
    )
    # The breakdown check finds the same breakdown, as a sum.
    assert find_breakdown_mismatches(results_of(operation))[0].parts_sum == 1300


def test_a_part_larger_than_a_total_from_another_source(operation):
    checks, [persons] = breakdown("Checks", "Persons")
    europol, news = make_source("Europol"), make_source("News")
    state(operation, checks, europol, 1000)
    state(operation, persons, news, 1200)

    [finding] = find_part_exceeding_total(results_of(operation))

    assert not finding.same_source
    assert finding.is_inconsistency
    assert "the part Persons, 1 200 according to News, is larger than the total of 1 000 according to Europol" in (
        finding.message
    )
    assert find_breakdown_mismatches(results_of(operation)) == []


def test_a_part_repeated_by_several_sources_is_one_finding_against_the_largest_total(operation):
    drugs, [cocaine] = breakdown("Drugs", "Cocaine")
    frontex, terminal, weekly, catalan = (make_source(name) for name in ("Frontex", "Terminal", "Weekly", "Catalan"))
    state(operation, drugs, weekly, 850)
    state(operation, drugs, catalan, 900)
    state(operation, cocaine, frontex, 354209)  # "354 209 kg" as printed, for 354.209
    state(operation, cocaine, terminal, 354209)

    [finding] = find_part_exceeding_total(results_of(operation))

    # not four findings (two sources of the part, two of the total): one for the value, against 900
    assert (finding.part.source, finding.total.source, finding.same_source) == (frontex, catalan, False)


def test_a_part_contradicting_its_own_source_is_not_repeated_against_others(operation):
    drugs, [cocaine] = breakdown("Drugs", "Cocaine")
    frontex, weekly = make_source("Frontex"), make_source("Weekly")
    state(operation, drugs, frontex, 850)
    state(operation, drugs, weekly, 850)
    state(operation, cocaine, frontex, 354209)

    assert [finding.same_source for finding in find_part_exceeding_total(results_of(operation))] == [True]


def test_a_part_equal_to_or_possibly_below_its_total_is_not_larger(operation, source):
    checks, [persons, vehicles, premises] = breakdown("Checks", "Persons", "Vehicles", "Premises")
    state(operation, checks, source, 1000, Qualifier.MORE_THAN)
    state(operation, persons, source, 1800)  # "more than 1 000" may plausibly be up to 2 000
    state(operation, vehicles, source, 1000)
    state(operation, premises, source, None)
    assert find_part_exceeding_total(results_of(operation)) == []

    other = make_source("Other")
    state(operation, checks, other, 1000, Qualifier.ALMOST)
    state(operation, persons, other, 1000)  # almost 1 000 is below 1 000
    findings = find_part_exceeding_total(results_of(operation))
    # The same source's first, then the first source's parts against the other's total.
    assert [(finding.part.metric, finding.part.source, finding.total.source) for finding in findings] == [
        (persons, other, other),
        (persons, source, other),
        (vehicles, source, other),
    ]
    assert [finding.same_source for finding in findings] == [True, False, False]


def test_a_part_far_above_a_bounded_total_is_larger(operation, source):
    """A bound is a plausible range: "more than 1 000" is not 5 000."""
    checks, [persons] = breakdown("Checks", "Persons")
    state(operation, checks, source, 1000, Qualifier.MORE_THAN)
    state(operation, persons, source, 5000)
    [finding] = find_part_exceeding_total(results_of(operation))
    assert finding.part.metric == persons and finding.same_source


# ---- Statements of one figure that differ --------------------------------------------------------

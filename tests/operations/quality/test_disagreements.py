"""Statements of one figure that differ in precision, or cannot all be true."""

import pytest

from operations.models import Qualifier, Result
from operations.quality import (
    FindingKind,
    find_source_disagreements,
)
from tests.operations.builders import (
    make_country,
    make_metric,
    make_operation,
    make_source,
    results_of,
    state,
)

pytestmark = pytest.mark.django_db


def test_compatible_statements_differ_in_precision_only(operation):
    officers = make_metric("Officers")
    europol, seesac, news = make_source("Europol"), make_source("SEESAC"), make_source("News")
    exact = state(operation, officers, europol, 22488)
    state(operation, officers, europol, 22000, Qualifier.MORE_THAN)
    state(operation, officers, seesac, 22000, Qualifier.OVER)
    state(operation, officers, news, 22400, Qualifier.MORE_THAN)

    [finding] = find_source_disagreements(results_of(operation))

    assert finding.kind == FindingKind.DIFFERENT_PRECISION
    assert not finding.is_inconsistency
    assert finding.conflicting_pairs == ()
    assert finding.statements[0] == exact
    assert len(finding.statements) == 4
    assert set(finding.sources) == {europol, seesac, news}
    assert finding.message.startswith(f"Officers, {operation.short_name}: stated with different precision")
    assert "22 488 (Europol)" in finding.message and "more than 22 400 (News)" in finding.message


def test_two_exact_figures_conflict(operation):
    weapons = make_metric("Weapons")
    first = state(operation, weapons, make_source("Europol"), 300)
    second = state(operation, weapons, make_source("News"), 310)

    [finding] = find_source_disagreements(results_of(operation))

    assert finding.kind == FindingKind.CONFLICT
    assert finding.is_inconsistency
    assert {frozenset(pair) for pair in finding.conflicting_pairs} == {frozenset({first, second})}
    assert "cannot all be true" in finding.message


def test_almost_300_conflicts_with_an_exact_300(operation):
    cannabis = make_metric("Cannabis")
    state(operation, cannabis, make_source("Europol"), 300, Qualifier.ALMOST)
    state(operation, cannabis, make_source("News"), 300)
    [finding] = find_source_disagreements(results_of(operation))
    assert finding.kind == FindingKind.CONFLICT


def test_only_the_pairs_that_contradict_are_listed(operation):
    officers = make_metric("Officers")
    exact = state(operation, officers, make_source("A"), 22488)
    state(operation, officers, make_source("B"), 22000, Qualifier.MORE_THAN)
    wrong = state(operation, officers, make_source("C"), 22500, Qualifier.MORE_THAN)

    [finding] = find_source_disagreements(results_of(operation))

    assert finding.kind == FindingKind.CONFLICT
    assert finding.conflicting_pairs == ((exact, wrong),)


def test_equal_statements_and_the_same_span_in_other_words_do_not_differ(operation):
    weapons, officers, drugs = make_metric("Weapons"), make_metric("Officers"), make_metric("Drugs")
    a, b = make_source("A"), make_source("B")
    state(operation, weapons, a, 310)
    state(operation, weapons, b, 310)
    state(operation, officers, a, 22000, Qualifier.MORE_THAN)
    state(operation, officers, b, 22000, Qualifier.OVER)
    state(operation, drugs, a, 1000, Qualifier.ALMOST)
    state(operation, drugs, b, 1000, Qualifier.NEARLY)
    assert find_source_disagreements(results_of(operation)) == []


def test_not_reported_says_nothing_to_disagree_with(operation):
    heroin = make_metric("Heroin")
    state(operation, heroin, make_source("A"), None)
    state(operation, heroin, make_source("B"), 12)
    assert find_source_disagreements(results_of(operation)) == []


def test_disagreements_are_per_country_and_per_operation(operation):
    arrests = make_metric("Arrests")
    a, b = make_source("A"), make_source("B")
    state(operation, arrests, a, 10, country=make_country())
    state(operation, arrests, b, 12)
    state(make_operation(), arrests, b, 14)
    assert find_source_disagreements(Result.objects.for_checks()) == []


# ---- The headline rule ---------------------------------------------------------------------------

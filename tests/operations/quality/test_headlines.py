"""The one headline rule: which statement of a figure comes first."""

import datetime

import pytest

from operations.models import Qualifier, Result
from operations.quality import (
    choose_headlines,
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


def test_exact_beats_qualified_then_the_most_recent_source_then_the_later_statement(operation):
    officers = make_metric("Officers")
    older = make_source("Older", published_on=datetime.date(2023, 11, 20))
    newer = make_source("Newer", published_on=datetime.date(2023, 12, 1))
    undated = make_source("Undated, same year", year=2023)
    qualified_new = state(operation, officers, newer, 22400, Qualifier.MORE_THAN)
    exact_old = state(operation, officers, older, 22488)
    exact_new = state(operation, officers, newer, 22480)
    exact_undated = state(operation, officers, undated, 22490)

    headline = choose_headlines(results_of(operation))[(operation.pk, None, officers.pk, None)]

    assert headline.statement == exact_new
    assert not headline.is_override
    assert headline.alternatives == (exact_old, exact_undated, qualified_new)
    assert headline.statements == (exact_new, exact_old, exact_undated, qualified_new)


def test_year_counts_when_there_is_no_date_and_the_later_statement_breaks_a_tie(operation):
    officers = make_metric("Officers")
    last_year, this_year = make_source("2023", year=2023), make_source("2024", year=2024)
    old = state(operation, officers, last_year, 1)
    first = state(operation, officers, this_year, 2, Qualifier.AT_LEAST)
    second = state(operation, officers, this_year, 3)
    headline = choose_headlines(results_of(operation))[(operation.pk, None, officers.pk, None)]
    assert headline.statements == (second, old, first)


def test_a_figure_beats_not_reported(operation):
    heroin = make_metric("Heroin")
    named = state(operation, heroin, make_source("New", year=2025), None)
    figure = state(operation, heroin, make_source("Old", year=2020), 4, Qualifier.ALMOST)
    headline = choose_headlines(results_of(operation))[(operation.pk, None, heroin.pk, None)]
    assert headline.statements == (figure, named)


def test_the_editors_choice_overrides_the_rule(operation):
    officers = make_metric("Officers")
    exact = state(operation, officers, make_source("Europol", year=2024), 22488)
    chosen = state(operation, officers, make_source("SEESAC", year=2023), 22000, Qualifier.OVER, is_headline=True)

    headline = choose_headlines(results_of(operation))[(operation.pk, None, officers.pk, None)]

    assert headline.statement == chosen
    assert headline.is_override
    assert headline.alternatives == (exact,)


def test_one_headline_per_operation_metric_and_country(operation):
    arrests = make_metric("Arrests")
    freedonia = make_country()
    source = make_source()
    wide = state(operation, arrests, source, 100)
    local = state(operation, arrests, source, 10, country=freedonia)
    elsewhere = state(make_operation(), arrests, source, 7)

    headlines = choose_headlines(Result.objects.for_checks())

    assert {key: headline.statement for key, headline in headlines.items()} == {
        (operation.pk, None, arrests.pk, None): wide,
        (operation.pk, None, arrests.pk, freedonia.pk): local,
        (elsewhere.operation_id, None, arrests.pk, None): elsewhere,
    }


# ---- All checks at once, and what they cost ------------------------------------------------------

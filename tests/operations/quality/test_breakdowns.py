"""Breakdowns checked against their totals, source by source."""

import pytest
from django.core.exceptions import ValidationError

from operations.models import Dimension, Metric, Qualifier, Result
from operations.quality import (
    FindingKind,
    find_breakdown_mismatches,
)
from tests.operations.builders import (
    breakdown,
    make_country,
    make_metric,
    make_operation,
    make_source,
    make_unit,
    results_of,
    state,
)

pytestmark = pytest.mark.django_db


def test_breakdown_that_falls_short_is_found_with_its_numbers(operation, source):
    arrests, parts = breakdown("Arrests", "Smuggling", "Drugs", "Firearms", "Other crimes")
    total = state(operation, arrests, source, 566)
    for part, value in zip(parts, (218, 186, 69, 89), strict=True):
        state(operation, part, source, value)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.kind == FindingKind.BREAKDOWN_MISMATCH
    assert finding.is_inconsistency
    assert (finding.operation, finding.metric, finding.source, finding.country) == (operation, arrests, source, None)
    assert finding.total == total
    assert (finding.total_value, finding.total_qualifier) == (566, Qualifier.EXACT)
    assert (finding.parts_sum, finding.difference) == (562, -4)
    assert {part.metric for part in finding.parts} == set(parts)
    assert finding.parts_not_reported == finding.parts_missing == ()
    assert not finding.is_approximate and not finding.is_lower_bound
    assert finding.message == (
        f"Arrests, {operation.short_name}, Joint press release: "
        "the 4 parts add up to 562, 4 fewer than the 566 reported."
    )


def test_breakdown_that_adds_up_is_not_a_finding(operation, source):
    targets, parts = breakdown("Targets", "Messaging", "Marketplaces", "Clear web", "Dark web")
    state(operation, targets, source, 120)
    for part, value in zip(parts, (94, 11, 10, 5), strict=True):
        state(operation, part, source, value)

    assert find_breakdown_mismatches(results_of(operation)) == []


def test_parts_exceeding_the_total_are_found(operation, source):
    checks, parts = breakdown("Checks", "Persons", "Vehicles")
    state(operation, checks, source, 1000)
    state(operation, parts[0], source, 700)
    state(operation, parts[1], source, 400)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.difference == 100
    assert "the 2 parts add up to 1 100, 100 more than the 1 000 reported" in finding.message


def test_zero_is_a_real_value(operation, source):
    seizures, parts = breakdown("Seizures", "Pistols", "Rifles")
    state(operation, seizures, source, 5)
    state(operation, parts[0], source, 5)
    state(operation, parts[1], source, 0)
    assert find_breakdown_mismatches(results_of(operation)) == []

    other = make_source()
    state(operation, seizures, other, 5)
    state(operation, parts[0], other, 0)
    state(operation, parts[1], other, 0)
    [finding] = find_breakdown_mismatches(results_of(operation))
    assert finding.source == other
    assert (finding.parts_sum, finding.difference) == (0, -5)


def test_zero_total_with_a_part_above_zero_is_found(operation, source):
    seizures, [pistols] = breakdown("Seizures", "Pistols")
    state(operation, seizures, source, 0)
    state(operation, pistols, source, 2)
    [finding] = find_breakdown_mismatches(results_of(operation))
    assert finding.difference == 2


def test_each_source_is_compared_with_its_own_total(operation):
    arrests, parts = breakdown("Arrests", "Smuggling", "Drugs")
    europol, news, seesac = make_source("Europol"), make_source("News"), make_source("SEESAC")
    # Europol: 100 = 60 + 40. The news report: 90 = 50 + 40. SEESAC gives the total only.
    state(operation, arrests, europol, 100)
    state(operation, parts[0], europol, 60)
    state(operation, parts[1], europol, 40)
    state(operation, arrests, news, 90)
    state(operation, parts[0], news, 50)
    state(operation, parts[1], news, 40)
    state(operation, arrests, seesac, 120)

    assert find_breakdown_mismatches(results_of(operation)) == []


def test_sources_are_not_mixed_when_one_breakdown_is_wrong(operation):
    arrests, parts = breakdown("Arrests", "Smuggling", "Drugs")
    europol, news = make_source("Europol"), make_source("News")
    state(operation, arrests, europol, 100)
    state(operation, parts[0], europol, 60)
    state(operation, parts[1], europol, 40)
    state(operation, arrests, news, 100)
    state(operation, parts[0], news, 60)
    state(operation, parts[1], news, 30)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.source == news
    assert {part.source for part in finding.parts} == {news}
    assert finding.parts_sum == 90


def test_parts_without_a_total_from_the_same_source_are_not_compared(operation):
    arrests, parts = breakdown("Arrests", "Smuggling", "Drugs")
    state(operation, arrests, make_source("Europol"), 100)
    news = make_source("News")
    state(operation, parts[0], news, 60)
    state(operation, parts[1], news, 30)

    assert find_breakdown_mismatches(results_of(operation)) == []


def test_a_total_without_parts_is_not_a_finding(operation, source):
    arrests, _parts = breakdown("Arrests", "Smuggling", "Drugs")
    state(operation, arrests, source, 100)
    assert find_breakdown_mismatches(results_of(operation)) == []


def test_parts_the_source_does_not_give_may_make_up_a_shortfall(operation, source):
    drugs, [cocaine, cannabis, heroin] = breakdown("Drugs", "Cocaine", "Cannabis", "Heroin")
    state(operation, drugs, source, 1000)
    state(operation, cocaine, source, 600)
    state(operation, cannabis, source, 300)

    # Heroin, not given, may be the missing 100: the source gives some of the breakdown, not all of it.
    assert find_breakdown_mismatches(results_of(operation)) == []


def test_parts_given_adding_up_to_more_are_flagged_and_the_missing_listed(operation, source):
    drugs, [cocaine, cannabis, heroin] = breakdown("Drugs", "Cocaine", "Cannabis", "Heroin")
    state(operation, drugs, source, 1000)
    state(operation, cocaine, source, 700)
    state(operation, cannabis, source, 400)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.parts_missing == (heroin,)
    assert finding.difference == 100
    assert "the breakdown is partial, but its parts may not add up to more than the total" in finding.message


def test_parts_named_without_a_figure_make_the_sum_a_lower_bound(operation, source):
    drugs, [cocaine, cannabis, heroin] = breakdown("Drugs", "Cocaine", "Cannabis", "Heroin")
    state(operation, drugs, source, 1000)
    state(operation, cocaine, source, 600)
    state(operation, cannabis, source, 300)
    state(operation, heroin, source, None)
    # 900 and heroin unreported: the total may exceed the sum.
    assert find_breakdown_mismatches(results_of(operation)) == []

    other = make_source("Other")
    state(operation, drugs, other, 1000)
    state(operation, cocaine, other, 900)
    state(operation, cannabis, other, 300)
    state(operation, heroin, other, None)
    [finding] = find_breakdown_mismatches(results_of(operation))
    # ...but it may not fall short of it.
    assert finding.source == other
    assert finding.is_lower_bound
    assert [part.metric for part in finding.parts_not_reported] == [heroin]
    assert (finding.parts_sum, finding.difference) == (1200, 200)
    assert "the 2 parts with a figure already add up to 1 200, 200 more than the 1 000 reported" in finding.message
    assert "also named without a figure: Heroin" in finding.message


def test_a_more_than_total_is_not_contradicted_by_parts_adding_up_to_more(operation, source):
    ammunition, parts = breakdown("Ammunition", "Cartridges", "Shells")
    state(operation, ammunition, source, 20000, Qualifier.MORE_THAN)
    state(operation, parts[0], source, 20000)
    state(operation, parts[1], source, 206)
    assert find_breakdown_mismatches(results_of(operation)) == []


def test_a_more_than_total_is_contradicted_by_parts_adding_up_to_it_or_less(operation, source):
    ammunition, parts = breakdown("Ammunition", "Cartridges", "Shells")
    state(operation, ammunition, source, 20000, Qualifier.MORE_THAN)
    state(operation, parts[0], source, 19000)
    state(operation, parts[1], source, 1000)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.total_qualifier == Qualifier.MORE_THAN
    assert finding.difference == 0
    assert "add up to 20 000, while the total is reported as more than 20 000" in finding.message


def test_an_almost_total_is_contradicted_by_parts_adding_up_to_more(operation, source):
    kg = make_unit("kg", Dimension.MASS, "kg")
    drugs, parts = breakdown("Drugs", "Cocaine", "Cannabis", unit=kg)
    state(operation, drugs, source, 1000, Qualifier.ALMOST)
    state(operation, parts[0], source, 800)
    state(operation, parts[1], source, 400)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert (finding.parts_sum, finding.difference) == (1200, 200)
    assert "add up to 1 200 kg, 200 kg more than the almost 1 000 kg reported" in finding.message


def test_an_almost_total_is_contradicted_by_parts_adding_up_to_far_less(operation, source):
    kg = make_unit("kg", Dimension.MASS, "kg")
    drugs, parts = breakdown("Drugs", "Cocaine", "Cannabis", unit=kg)
    state(operation, drugs, source, 1000, Qualifier.ALMOST)
    state(operation, parts[0], source, 400)
    state(operation, parts[1], source, 100)

    [finding] = find_breakdown_mismatches(results_of(operation))
    assert "500 kg less than the almost 1 000 kg reported" in finding.message


def test_an_almost_total_allows_parts_a_little_below_it(operation, source):
    drugs, parts = breakdown("Drugs", "Cocaine", "Cannabis")
    state(operation, drugs, source, 1000, Qualifier.ALMOST)
    state(operation, parts[0], source, 626)
    state(operation, parts[1], source, 300)
    assert find_breakdown_mismatches(results_of(operation)) == []


def test_qualified_parts_make_the_sum_approximate(operation, source):
    drugs, parts = breakdown("Drugs", "Cocaine", "Cannabis")
    # 626 + almost 300 is between 896 and 926: an exact 920 is within what the words allow...
    state(operation, drugs, source, 920)
    state(operation, parts[0], source, 626)
    state(operation, parts[1], source, 300, Qualifier.ALMOST)
    assert find_breakdown_mismatches(results_of(operation)) == []

    # ...an exact 926 is not ("almost 300" is less than 300).
    other = make_source("Other")
    state(operation, drugs, other, 926)
    state(operation, parts[0], other, 626)
    state(operation, parts[1], other, 300, Qualifier.ALMOST)
    [finding] = find_breakdown_mismatches(results_of(operation))
    assert finding.source == other
    assert finding.is_approximate
    assert finding.difference == 0
    assert "the 2 parts add up to about 926 (Cannabis: almost 300), while the total is reported as 926" in (
        finding.message
    )


def test_approximately_tolerates_five_percent(operation, source):
    value, parts = breakdown("Equipment", "Border police", "Criminal police")
    state(operation, value, source, 5500, Qualifier.APPROXIMATELY)
    state(operation, parts[0], source, 3300, Qualifier.OVER)
    state(operation, parts[1], source, 2100, Qualifier.NEARLY)
    assert find_breakdown_mismatches(results_of(operation)) == []

    other = make_source("Other")
    state(operation, value, other, 5500, Qualifier.APPROXIMATELY)
    state(operation, parts[0], other, 3300)
    state(operation, parts[1], other, 2500)  # 5 800: more than 5 % above 5 500
    [finding] = find_breakdown_mismatches(results_of(operation))
    assert finding.difference == 300


def test_nested_breakdowns_are_checked_level_by_level(operation, source):
    weapons, [firearms, explosives] = breakdown("Weapons", "Firearms", "Explosives")
    pistols, rifles = make_metric("Pistols", parent=firearms), make_metric("Rifles", parent=firearms)
    state(operation, weapons, source, 100)
    state(operation, firearms, source, 80)
    state(operation, explosives, source, 20)  # 80 + 20 = 100: this level adds up
    state(operation, pistols, source, 50)
    state(operation, rifles, source, 25)  # 50 + 25 = 75, not 80

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.metric == firearms
    assert (finding.total_value, finding.parts_sum) == (80, 75)
    assert finding.message.startswith(f"Weapons – Firearms, {operation.short_name}, Joint press release:")


def test_nested_breakdown_without_the_middle_level_compares_nothing(operation, source):
    weapons, [firearms] = breakdown("Weapons", "Firearms")
    pistols = make_metric("Pistols", parent=firearms)
    state(operation, weapons, source, 100)
    state(operation, pistols, source, 500)
    # Pistols break firearms down, not weapons, and the source gives no figure for firearms.
    assert find_breakdown_mismatches(results_of(operation)) == []


def test_breakdowns_are_compared_per_country(operation, source):
    arrests, parts = breakdown("Arrests", "Smuggling", "Drugs")
    freedonia, sylvania = make_country(), make_country("Sylvania", "SY")
    state(operation, arrests, source, 10, country=freedonia)
    state(operation, parts[0], source, 6, country=freedonia)
    state(operation, parts[1], source, 4, country=freedonia)
    state(operation, arrests, source, 10, country=sylvania)
    state(operation, parts[0], source, 3, country=sylvania)
    state(operation, parts[1], source, 4, country=sylvania)
    # Country parts are not parts of the operation-wide total.
    state(operation, arrests, source, 50)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.country == sylvania
    assert finding.message.startswith(f"Arrests (Sylvania), {operation.short_name}")


def test_operations_are_not_mixed(source):
    first, second = make_operation(), make_operation()
    arrests, [smuggling] = breakdown("Arrests", "Smuggling")
    state(first, arrests, source, 10)
    state(second, smuggling, source, 10)
    state(second, arrests, source, 10)
    state(first, smuggling, source, 4)

    [finding] = find_breakdown_mismatches(Result.objects.for_checks())
    assert finding.operation == first


def test_the_total_is_the_sources_exact_statement(operation, source):
    entities, parts = breakdown("Entities", "Persons", "Vehicles")
    state(operation, entities, source, 290000, Qualifier.ALMOST)
    state(operation, entities, source, 288774)
    state(operation, parts[0], source, 215273)
    state(operation, parts[1], source, 73501)
    assert find_breakdown_mismatches(results_of(operation)) == []

    # Against 288 775 the parts fall short by 1, although "almost 290 000" would allow them.
    other = make_source("Other")
    state(operation, entities, other, 290000, Qualifier.ALMOST)
    total = state(operation, entities, other, 288775)
    state(operation, parts[0], other, 215273)
    state(operation, parts[1], other, 73501)
    [finding] = find_breakdown_mismatches(results_of(operation))
    assert finding.total == total
    assert finding.difference == -1


def test_counts_of_different_units_add_up_but_other_currencies_do_not(operation, source):
    funding = make_metric("Funding", unit=make_unit("eur", Dimension.MONEY, currency="EUR"))
    from_eu, from_us = make_metric("From the EU", parent=funding), make_metric("From the US", parent=funding)
    state(operation, funding, source, 1000)
    state(operation, from_eu, source, 1200)
    state(operation, from_us, source, 500, unit=make_unit("usd", Dimension.MONEY, currency="USD"))

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.parts_sum == 1200  # the dollars are never converted into euros
    assert [part.metric for part in finding.parts_not_comparable] == [from_us]
    assert "left out, in another unit: From the US" in finding.message


def test_a_part_in_another_unit_of_its_dimension_is_converted(operation, source):
    drugs = make_metric("Drugs", unit=make_unit("kg", Dimension.MASS, "kg"))
    cocaine, heroin = make_metric("Cocaine", parent=drugs), make_metric("Heroin", parent=drugs)
    state(operation, drugs, source, 1500)
    state(operation, cocaine, source, 1, unit=make_unit("t", Dimension.MASS, "t", factor="1000"))
    state(operation, heroin, source, 400_000, unit=make_unit("g", Dimension.MASS, "g", factor="0.001"))

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert (finding.parts_sum, finding.difference) == (1400, -100)
    assert finding.parts_not_comparable == ()


def test_a_part_of_another_dimension_than_its_total_is_refused():
    drugs = make_metric("Drugs", unit=make_unit("kg", Dimension.MASS, "kg"))
    plants = Metric(code="plants", name="Marijuana plants", parent=drugs, unit=make_unit("plants"))
    plants.breakdown = drugs.breakdowns.create(along="substance", kind="partial")
    with pytest.raises(ValidationError) as refused:
        plants.full_clean()
    assert refused.value.message_dict["parent"] == [
        "A part is a quantity of the same kind as its total: Marijuana plants is a count figure, Drugs a mass "
        "figure. Make it a metric of its own."
    ]


def test_a_total_not_reported_is_not_compared(operation, source):
    arrests, [smuggling] = breakdown("Arrests", "Smuggling")
    state(operation, arrests, source, None)
    state(operation, smuggling, source, 10)
    assert find_breakdown_mismatches(results_of(operation)) == []


# ---- A part larger than its total ---------------------------------------------------------------

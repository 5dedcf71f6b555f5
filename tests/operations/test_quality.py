"""The figure checks on made-up operations: breakdowns, parts larger than totals, disagreements
between statements, the headline rule, and the number of queries they cost."""

import datetime
from decimal import Decimal
from itertools import count

import pytest

from operations.models import Metric, Operation, Qualifier, Result, Series, Source, Unit
from operations.quality import (
    FindingKind,
    Span,
    check_operation,
    check_operations,
    choose_headlines,
    find_breakdown_mismatches,
    find_part_exceeding_total,
    find_source_disagreements,
    span_of,
)
from participants.models import Participant

pytestmark = pytest.mark.django_db

_serial = count(1)


# ---- Small factories: a made-up series, its operations, a catalogue and sources ---------------


def make_operation(name="Operation Lantern", status=Operation.Status.PUBLISHED, series=None):
    n = next(_serial)
    series = series or Series.objects.create(name=f"Test series {n}", short_name=f"TS{n}", slug=f"ts-{n}")
    return Operation.objects.create(
        series=series,
        edition=str(2000 + n),
        name=f"{name} {n}",
        short_name=f"{name} {n}",
        slug=f"op-{n}",
        start_date=datetime.date(2022, 5, 2),
        status=status,
    )


def make_unit(code="items", kind=Unit.Kind.COUNT, symbol=""):
    unit, _ = Unit.objects.get_or_create(code=code, defaults={"name": code, "kind": kind, "symbol": symbol})
    return unit


def make_metric(name, parent=None, unit=None):
    unit = unit or (parent.unit if parent else make_unit())
    code = f"{name.lower().replace(' ', '-')}-{next(_serial)}"
    return Metric.objects.create(code=code, name=name, parent=parent, unit=unit)


def make_source(title=None, published_on=None, year=None):
    return Source.objects.create(
        title=title or f"Bulletin {next(_serial)}",
        kind=Source.Kind.PRESS_RELEASE,
        published_on=published_on,
        year=year,
    )


def state(operation, metric, source, value, qualifier=Qualifier.EXACT, country=None, **fields):
    """A statement: `source` says `metric` was `value` (None: named without a figure)."""
    return Result.objects.create(
        operation=operation,
        metric=metric,
        source=source,
        country=country,
        value=None if value is None else Decimal(str(value)),
        qualifier=qualifier,
        quote=f"{qualifier} {value}",
        **fields,
    )


def make_country(name="Freedonia", code="FD"):
    return Participant.objects.create(name=name, slug=name.lower(), kind=Participant.Kind.NON_EU, country=code)


def breakdown(parent_name, *part_names, unit=None):
    total = make_metric(parent_name, unit=unit)
    return total, [make_metric(name, parent=total) for name in part_names]


def results_of(operation):
    return Result.objects.filter(operation=operation)


@pytest.fixture
def operation():
    return make_operation()


@pytest.fixture
def source():
    return make_source("Joint press release")


# ---- Spans: how a qualifier is read ---------------------------------------------------------------


def span(value, qualifier=Qualifier.EXACT):
    return span_of(Result(value=None if value is None else Decimal(value), qualifier=qualifier))


def test_spans_of_qualifiers():
    assert span("300") == Span(Decimal(300), Decimal(300))
    assert span("300", Qualifier.MORE_THAN) == Span(Decimal(300), None, low_open=True)
    assert span("300", Qualifier.OVER) == span("300", Qualifier.MORE_THAN)
    assert span("300", Qualifier.AT_LEAST) == Span(Decimal(300), None)
    assert span("300", Qualifier.ALMOST) == Span(Decimal(270), Decimal(300), high_open=True)
    assert span("300", Qualifier.NEARLY) == span("300", Qualifier.ALMOST)
    assert span("300", Qualifier.APPROXIMATELY) == Span(Decimal(285), Decimal(315))
    assert span(None) == Span(Decimal(0), None)


@pytest.mark.parametrize(
    ("first", "second", "compatible"),
    [
        (("300",), ("300",), True),
        (("300",), ("310",), False),
        (("300",), ("300", Qualifier.ALMOST), False),  # almost 300 is below 300
        (("299",), ("300", Qualifier.ALMOST), True),
        (("269",), ("300", Qualifier.ALMOST), False),  # more than 10 % below is not "almost"
        (("22000",), ("22000", Qualifier.MORE_THAN), False),
        (("22000",), ("22000", Qualifier.AT_LEAST), True),
        (("22488",), ("22400", Qualifier.MORE_THAN), True),
        (("22000", Qualifier.OVER), ("22400", Qualifier.MORE_THAN), True),
        (("300", Qualifier.MORE_THAN), ("300", Qualifier.ALMOST), False),
        (("290", Qualifier.MORE_THAN), ("300", Qualifier.ALMOST), True),
        (("315",), ("300", Qualifier.APPROXIMATELY), True),
        (("316",), ("300", Qualifier.APPROXIMATELY), False),
    ],
)
def test_which_statements_can_both_be_true(first, second, compatible):
    assert span(*first).meets(span(*second)) is compatible
    assert span(*second).meets(span(*first)) is compatible


# ---- Breakdowns against their totals -------------------------------------------------------------


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


def test_parts_the_source_does_not_give_are_listed_as_missing(operation, source):
    drugs, [cocaine, cannabis, heroin] = breakdown("Drugs", "Cocaine", "Cannabis", "Heroin")
    state(operation, drugs, source, 1000)
    state(operation, cocaine, source, 600)
    state(operation, cannabis, source, 300)

    [finding] = find_breakdown_mismatches(results_of(operation))

    # The stated parts are taken as the whole breakdown; the missing one may explain the gap.
    assert finding.parts_missing == (heroin,)
    assert finding.difference == -100
    assert "this source gives no figure for Heroin, which may account for the difference" in finding.message


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
    kg = make_unit("kg", Unit.Kind.MASS, "kg")
    drugs, parts = breakdown("Drugs", "Cocaine", "Cannabis", unit=kg)
    state(operation, drugs, source, 1000, Qualifier.ALMOST)
    state(operation, parts[0], source, 800)
    state(operation, parts[1], source, 400)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert (finding.parts_sum, finding.difference) == (1200, 200)
    assert "add up to 1 200 kg, 200 kg more than the almost 1 000 kg reported" in finding.message


def test_an_almost_total_is_contradicted_by_parts_adding_up_to_far_less(operation, source):
    kg = make_unit("kg", Unit.Kind.MASS, "kg")
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

    [finding] = find_breakdown_mismatches(Result.objects.all())
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


def test_counts_of_different_units_add_up_but_other_units_do_not(operation, source):
    entities = make_metric("Entities", unit=make_unit("entities"))
    persons = make_metric("Persons", parent=entities, unit=make_unit("persons"))
    plants = make_metric("Plants", parent=entities, unit=make_unit("kg", Unit.Kind.MASS, "kg"))
    state(operation, entities, source, 10)
    state(operation, persons, source, 12)
    state(operation, plants, source, 3)

    [finding] = find_breakdown_mismatches(results_of(operation))

    assert finding.parts_sum == 12
    assert [part.metric for part in finding.parts_not_comparable] == [plants]
    assert "left out, in another unit: Plants" in finding.message


def test_a_total_not_reported_is_not_compared(operation, source):
    arrests, [smuggling] = breakdown("Arrests", "Smuggling")
    state(operation, arrests, source, None)
    state(operation, smuggling, source, 10)
    assert find_breakdown_mismatches(results_of(operation)) == []


# ---- A part larger than its total ---------------------------------------------------------------


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


def test_a_part_equal_to_or_possibly_below_its_total_is_not_larger(operation, source):
    checks, [persons, vehicles, premises] = breakdown("Checks", "Persons", "Vehicles", "Premises")
    state(operation, checks, source, 1000, Qualifier.MORE_THAN)
    state(operation, persons, source, 5000)  # "more than 1 000" may be 5 000 or more
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


# ---- Statements of one figure that differ --------------------------------------------------------


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
    assert find_source_disagreements(Result.objects.all()) == []


# ---- The headline rule ---------------------------------------------------------------------------


def test_exact_beats_qualified_then_the_most_recent_source_then_the_later_statement(operation):
    officers = make_metric("Officers")
    older = make_source("Older", published_on=datetime.date(2023, 11, 20))
    newer = make_source("Newer", published_on=datetime.date(2023, 12, 1))
    undated = make_source("Undated, same year", year=2023)
    qualified_new = state(operation, officers, newer, 22400, Qualifier.MORE_THAN)
    exact_old = state(operation, officers, older, 22488)
    exact_new = state(operation, officers, newer, 22480)
    exact_undated = state(operation, officers, undated, 22490)

    headline = choose_headlines(results_of(operation))[(operation.pk, officers.pk, None)]

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
    headline = choose_headlines(results_of(operation))[(operation.pk, officers.pk, None)]
    assert headline.statements == (second, old, first)


def test_a_figure_beats_not_reported(operation):
    heroin = make_metric("Heroin")
    named = state(operation, heroin, make_source("New", year=2025), None)
    figure = state(operation, heroin, make_source("Old", year=2020), 4, Qualifier.ALMOST)
    headline = choose_headlines(results_of(operation))[(operation.pk, heroin.pk, None)]
    assert headline.statements == (figure, named)


def test_the_editors_choice_overrides_the_rule(operation):
    officers = make_metric("Officers")
    exact = state(operation, officers, make_source("Europol", year=2024), 22488)
    chosen = state(operation, officers, make_source("SEESAC", year=2023), 22000, Qualifier.OVER, is_headline=True)

    headline = choose_headlines(results_of(operation))[(operation.pk, officers.pk, None)]

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

    headlines = choose_headlines(Result.objects.all())

    assert {key: headline.statement for key, headline in headlines.items()} == {
        (operation.pk, arrests.pk, None): wide,
        (operation.pk, arrests.pk, freedonia.pk): local,
        (elsewhere.operation_id, arrests.pk, None): elsewhere,
    }


# ---- All checks at once, and what they cost ------------------------------------------------------


def catalogue(breakdowns, parts):
    return [breakdown(f"Total {n}", *(f"Part {i}" for i in range(parts))) for n in range(breakdowns)]


def fill(operation, sources, metrics):
    """Many statements: each source gives each total twice, exact (odd sources: one off) and
    qualified, and its parts."""
    for total, children in metrics:
        parts = len(children)
        for source in sources:
            state(operation, total, source, 100 * parts + (source.pk % 2))
            state(operation, total, source, 100 * parts, Qualifier.MORE_THAN if source.pk % 2 else Qualifier.ALMOST)
            for child in children:
                state(operation, child, source, 100)


def test_check_operation_returns_every_finding(operation, source):
    arrests, parts = breakdown("Arrests", "Smuggling", "Drugs")
    state(operation, arrests, source, 10)
    state(operation, parts[0], source, 12)
    state(operation, parts[1], source, 1)
    state(operation, arrests, make_source("News"), 9)
    state(operation, make_metric("Officers"), source, 22488)

    report = check_operation(operation)

    assert [finding.kind for finding in report.findings] == [
        FindingKind.BREAKDOWN_MISMATCH,
        FindingKind.PART_EXCEEDS_TOTAL,  # 12 smuggling against 10 in the same source
        FindingKind.PART_EXCEEDS_TOTAL,  # and against the 9 of the news report
        FindingKind.CONFLICT,  # 10 against 9
    ]
    assert [finding.same_source for finding in report.parts_exceeding_totals] == [True, False]
    assert len(report) == 4
    assert report.inconsistencies == report.findings
    assert report.counts()[FindingKind.DIFFERENT_PRECISION] == 0
    assert {key: len(findings) for key, findings in report.by_figure().items()} == {(operation.pk, arrests.pk, None): 4}


def test_checks_cost_two_queries_however_many_results(django_assert_num_queries):
    operations = [make_operation() for _ in range(3)]
    sources = [make_source() for _ in range(4)]
    metrics = catalogue(breakdowns=5, parts=4)
    for operation in operations:
        fill(operation, sources, metrics)
    assert Result.objects.count() == 3 * 5 * 4 * 6

    with django_assert_num_queries(2):
        # 1. the results with operation, metric (unit, parent), country and source; 2. the catalogue's parts
        report = check_operations(Operation.objects.all())
        messages = [finding.message for finding in report.findings]

    # Odd sources give one more than their parts; each total is also stated with a qualifier.
    assert len(report.breakdown_mismatches) == 3 * 5 * 2
    assert len(report.disagreements) == 3 * 5
    assert len(messages) == len(report)


def test_check_costs_no_more_with_many_results(django_assert_max_num_queries):
    operation = make_operation()
    sources = [make_source() for _ in range(10)]
    fill(operation, sources, catalogue(breakdowns=10, parts=6))
    results = list(Result.objects.filter(operation=operation).with_related())

    with django_assert_max_num_queries(1):
        # Given results already fetched, only the catalogue's parts are read.
        find_breakdown_mismatches(results)
    with django_assert_max_num_queries(0):
        findings = [*find_part_exceeding_total(results), *find_source_disagreements(results)]
        choose_headlines(results)
        # Without the publishers fetched, messages name sources by title rather than query.
        assert all(finding.message for finding in findings)
    assert findings


def test_messages_name_sources_by_publisher_and_kind(operation):
    europol = Participant.objects.create(name="Europol", slug="europol", kind=Participant.Kind.EU_AGENCY)
    release = Source.objects.create(title="566 arrests", kind=Source.Kind.PRESS_RELEASE, publisher=europol, year=2023)
    report = Source.objects.create(title="Untitled", kind=Source.Kind.NEWS_REPORT, publisher_name="News agency")
    officers = make_metric("Officers")
    state(operation, officers, release, 22488)
    state(operation, officers, report, 22400, Qualifier.MORE_THAN)

    [finding] = check_operation(operation).disagreements

    assert finding.message.endswith(
        "22 488 (Europol press release (2023)), more than 22 400 (News agency news report)."
    )


def test_report_for_one_operation(source):
    first, second = make_operation(), make_operation(status=Operation.Status.DRAFT)
    arrests, [smuggling] = breakdown("Arrests", "Smuggling")
    for operation, part in ((first, 4), (second, 11)):
        state(operation, arrests, source, 10)
        state(operation, smuggling, source, part)

    report = check_operations(Operation.objects.all())

    assert [finding.operation for finding in report.for_operation(first).findings] == [first]
    assert [finding.kind for finding in report.for_operation(second).findings] == [
        FindingKind.BREAKDOWN_MISMATCH,
        FindingKind.PART_EXCEEDS_TOTAL,
    ]

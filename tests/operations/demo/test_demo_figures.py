"""The demo data (`manage.py load_demo`): operations and their figures, exactly as the seed
documents published them, checked by hand against the documents."""

import datetime

import pytest

from operations.models import (
    CoordinationCentre,
    DatePrecision,
    Operation,
    Qualifier,
    Result,
    Source,
)
from tests.operations.demo.seeds import WESTERN_BALKANS, parts_sum, source, statement, value

pytestmark = pytest.mark.usefixtures("demo_data")


# ---- Operations, series, coordination centres ----------------------------------------------------


def test_operations_dates_status_and_coordination_centres():
    jad_2023 = Operation.objects.get(slug="jad-see-2023")
    assert (jad_2023.start_date, jad_2023.end_date) == (datetime.date(2023, 11, 13), datetime.date(2023, 11, 18))
    assert (jad_2023.start_precision, jad_2023.end_precision) == (DatePrecision.DAY, DatePrecision.DAY)
    assert jad_2023.series.short_name == "JAD SEE"
    assert jad_2023.series.name == "EMPACT JAD South East Europe"

    jad_2024 = Operation.objects.get(slug="jad-see-2024")
    assert (jad_2024.start_date, jad_2024.end_date) == (datetime.date(2024, 1, 1), None)
    assert jad_2024.start_precision == DatePrecision.YEAR
    assert "only the year is known" in jad_2024.description
    assert jad_2024.motto == "Uniting Forces Against Organised Crime"

    assert set(Operation.objects.published().filter(series__short_name="JAD SEE")) == {jad_2023, jad_2024}
    for operation in (jad_2023, jad_2024):
        assert set(operation.crime_areas.values_list("slug", flat=True)) == {
            "firearms-trafficking",
            "drug-trafficking",
            "migrant-smuggling",
            "trafficking-in-human-beings",
            "high-risk-criminal-networks",
        }
    centres = {
        (c.operation.slug, c.city, c.host_country.name)
        for c in CoordinationCentre.objects.filter(operation__in=(jad_2023, jad_2024))
    }
    assert centres == {
        ("jad-see-2023", "Skopje", "North Macedonia"),
        ("jad-see-2024", "Sarajevo", "Bosnia and Herzegovina"),
    }


# ---- Figures, exactly as published ----------------------------------------------------------------


def test_2023_arrests_and_their_breakdown_which_does_not_add_up():
    assert value("jad-see-2023", "arrests", "001") == 566
    assert value("jad-see-2023", "arrests", "000") == 566
    parts = {
        "arrests-migrant-smuggling": (218, "migrant-smuggling"),
        "arrests-drug-trafficking": (186, "drug-trafficking"),
        "arrests-firearms-trafficking": (69, "firearms-trafficking"),
        "arrests-other-crimes": (89, None),
    }
    for code, (expected, crime_area) in parts.items():
        result = statement("jad-see-2023", code, "001")
        assert result.value == expected
        assert (result.metric.crime_area.slug if result.metric.crime_area else None) == crime_area
    # Never fixed to add up: the release's parts make 562, not 566.
    assert parts_sum("jad-see-2023", "arrests", "001") == 562
    assert "562" in statement("jad-see-2023", "arrests", "001").note
    # The news agency report gives no arrests figure at all.
    assert not Result.objects.filter(metric__code="arrests", source=source("003")).exists()


def test_one_source_states_both_the_rounded_and_the_exact_figure():
    assert value("jad-see-2023", "entities-checked", "001", Qualifier.ALMOST) == 290000
    assert value("jad-see-2023", "entities-checked", "001") == 288774
    assert parts_sum("jad-see-2023", "entities-checked", "001") == 288774
    assert value("jad-see-2023", "officers-involved", "001", Qualifier.MORE_THAN) == 22000
    assert value("jad-see-2023", "officers-involved", "001") == 22488


def test_each_source_keeps_its_own_qualifier():
    assert value("jad-see-2023", "officers-involved", "000", Qualifier.OVER) == 22000
    assert value("jad-see-2023", "officers-involved", "003", Qualifier.MORE_THAN) == 22400
    assert value("jad-see-2023", "ammunition-seized", "001") == 20206
    assert value("jad-see-2023", "ammunition-seized", "000") == 20206
    assert value("jad-see-2023", "ammunition-seized", "003", Qualifier.MORE_THAN) == 20000
    assert value("jad-see-2023", "drugs-seized", "001", Qualifier.ALMOST) == 1000
    assert value("jad-see-2023", "drugs-seized", "000", Qualifier.ALMOST) == 1000
    assert value("jad-see-2023", "drugs-seized", "003", Qualifier.NEARLY) == 1000
    assert statement("jad-see-2023", "drugs-seized", "003", Qualifier.NEARLY).quote == "seized nearly a ton of drugs"
    assert value("jad-see-2023", "new-cases-opened", "001") == 121
    assert value("jad-see-2023", "investigations-initiated", "000") == 163


def test_weapons_keep_the_odd_other_and_do_not_add_up():
    assert value("jad-see-2023", "weapons-seized", "001") == 310
    other = statement("jad-see-2023", "weapons-other", "001")
    assert other.value == 42
    assert other.quote == "2 air guns, other, 42 other"
    assert "stray" in other.note
    assert value("jad-see-2023", "weapons-automatic-weapons", "001") == 84
    assert value("jad-see-2023", "weapons-carbines", "001") == 7
    assert parts_sum("jad-see-2023", "weapons-seized", "001") == 307


def test_ambiguous_drugs_breakdown_is_stored_with_empty_values_and_a_note():
    assert value("jad-see-2023", "drugs-cocaine", "001") == 626
    cannabis = statement("jad-see-2023", "drugs-cannabis", "001", Qualifier.ALMOST)
    assert cannabis.value == 300
    assert "heroin and marijuana plants" in cannabis.note
    for code in ("drugs-heroin", "drugs-marijuana-plants"):
        named = statement("jad-see-2023", code, "001")
        assert named.value is None
        assert named.value_display == "not reported"
    # The news agency report drops "almost": kept as written.
    assert value("jad-see-2023", "drugs-cannabis", "003") == 300
    assert value("jad-see-2023", "drugs-heroin", "003") is None


def test_2024_checks_keep_parts_that_exceed_the_total():
    assert value("jad-see-2024", "entities-checked", "002") == 655914
    parts = {
        "entities-persons": 516153,
        "entities-vehicles": 152284,
        "entities-postal-items": 4985,
        "entities-premises": 1181,
    }
    for code, expected in parts.items():
        assert value("jad-see-2024", code, "002") == expected
    assert parts_sum("jad-see-2024", "entities-checked", "002") == 674603
    for code, expected in {
        "arrests": 796,
        "investigations-initiated": 316,
        "weapons-seized": 442,
        "officers-involved": 31109,
        "participating-countries": 26,
    }.items():
        assert value("jad-see-2024", code, "002") == expected


def test_cyber_patrol_targets_and_patrollers_per_jurisdiction():
    for number in ("000", "001", "003"):
        assert value("jad-see-2023", "cyber-patrol-targets", number) == 120
        assert value("jad-see-2023", "cyber-targets-messaging-applications", number) == 94
        assert value("jad-see-2023", "cyber-targets-dark-web", number) == 5
        assert parts_sum("jad-see-2023", "cyber-patrol-targets", number) == 120
    patrollers = Result.objects.filter(metric__code="cyber-patrol-officers", source=source("000"))
    assert {result.country.name: result.value for result in patrollers} == dict.fromkeys(WESTERN_BALKANS, 1)


def test_repeated_figures_are_one_statement_per_source_and_qualifier():
    assert (
        Result.objects.filter(operation__slug="jad-see-2023", metric__code="arrests", source=source("001")).count() == 1
    )
    assert Result.objects.filter(metric__code="illegal-entries-detected").count() == 3
    seeds = Result.objects.exclude(source__seed_file="")
    assert seeds.filter(metric__code="participating-countries").count() == 3


def test_figures_per_source():
    counts = {s.seed_file[:3]: s.results.count() for s in Source.objects.exclude(seed_file="")}
    assert counts == {"000": 21, "001": 40, "002": 10, "003": 20, "004": 3}
    # 004 states only what its equipment deliveries were worth, each a statement of its activity
    assert not source("004").results.filter(operation__isnull=False).exists()

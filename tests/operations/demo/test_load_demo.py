"""`manage.py load_demo`: the figures, participants and activities of the five seed documents,
checked by hand against the documents, and the command's idempotence and dry run."""

import datetime
import re
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from operations.demo import seed_002_eu4fast_jad_2024
from operations.demo.records import Listed
from operations.models import (
    Activity,
    CoordinationCentre,
    DatePrecision,
    Metric,
    Operation,
    Participation,
    Qualifier,
    Result,
    Source,
)
from participants.models import Institution, Participant

pytestmark = pytest.mark.usefixtures("demo_data")

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
WESTERN_BALKANS = {"Albania", "Bosnia and Herzegovina", "Kosovo", "Montenegro", "North Macedonia", "Serbia"}


def source(number):
    return Source.objects.get(seed_file__startswith=f"{number}_")


def statement(operation, metric, number, qualifier=Qualifier.EXACT, country=None):
    return Result.objects.get(
        operation__slug=operation,
        metric__code=metric,
        source=source(number),
        qualifier=qualifier,
        country__name=country,
    )


def value(operation, metric, number, qualifier=Qualifier.EXACT):
    return statement(operation, metric, number, qualifier).value


def parts_sum(operation, metric, number):
    parts = Result.objects.filter(operation__slug=operation, metric__parent__code=metric, source=source(number))
    return sum(part.value for part in parts if part.value is not None)


# ---- Operations, series, coordination centres ----------------------------------------------------


def test_operations_dates_status_and_coordination_centres():
    jad_2023 = Operation.objects.get(slug="jad-see-2023")
    assert (jad_2023.start_date, jad_2023.end_date) == (datetime.date(2023, 11, 13), datetime.date(2023, 11, 18))
    assert jad_2023.date_precision == DatePrecision.DAY
    assert jad_2023.series.short_name == "JAD SEE"
    assert jad_2023.series.name == "EMPACT JAD South East Europe"

    jad_2024 = Operation.objects.get(slug="jad-see-2024")
    assert (jad_2024.start_date, jad_2024.end_date) == (datetime.date(2024, 1, 1), None)
    assert jad_2024.date_precision == DatePrecision.YEAR
    assert "only the year is known" in jad_2024.description
    assert jad_2024.motto == "Uniting Forces Against Organised Crime"

    assert set(Operation.objects.published()) == {jad_2023, jad_2024}
    for operation in (jad_2023, jad_2024):
        assert set(operation.crime_areas.values_list("slug", flat=True)) == {
            "firearms-trafficking",
            "drug-trafficking",
            "migrant-smuggling",
            "trafficking-in-human-beings",
            "high-risk-criminal-networks",
        }
    centres = {(c.operation.slug, c.city, c.host_country.name) for c in CoordinationCentre.objects.all()}
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
    assert Result.objects.filter(metric__code="participating-countries").count() == 3


def test_figures_per_source():
    counts = {s.seed_file[:3]: s.results.count() for s in Source.objects.all()}
    assert counts == {"000": 21, "001": 40, "002": 10, "003": 20, "004": 0}


# ---- Participants and their parts ------------------------------------------------------------------

EU_2023 = {
    "Austria", "Bulgaria", "Croatia", "France", "Germany", "Greece", "Hungary", "Italy",
    "Luxembourg", "Netherlands", "Poland", "Portugal", "Romania", "Slovenia", "Spain", "Sweden",
}  # fmt: skip
EU_2024 = EU_2023 - {"Luxembourg"} | {"Slovakia"}
NON_EU_2024 = WESTERN_BALKANS | {"Moldova", "Türkiye", "Ukraine"}
NON_EU_2023 = NON_EU_2024 | {"United Kingdom"}
PARTNERS_2023 = {"EUBAM", "IPA/2019", "INTERPOL", "PCC SEE", "SEESAC", "SELEC", "UNDP", "UNODC"}
AGENCIES_2024 = {"EU Commission", "CEPOL", "Europol", "Eurojust", "Frontex"}
PARTNERS_2024 = {"EU Strategy for the Danube Region", "EU4FAST", "INTERPOL", "SELEC", "SEESAC", "UNODC"}


def participants(operation, kind):
    return {
        p.short_name or p.name for p in Participant.objects.filter(participations__operation__slug=operation, kind=kind)
    }


def test_participants_of_each_operation_exactly_as_listed():
    kind = Participant.Kind
    assert participants("jad-see-2023", kind.EU_MEMBER_STATE) == EU_2023
    assert participants("jad-see-2023", kind.NON_EU) == NON_EU_2023
    assert participants("jad-see-2023", kind.EU_AGENCY) == {"Europol", "Eurojust", "Frontex"}
    assert participants("jad-see-2023", kind.PARTNER) == PARTNERS_2023
    assert Participation.objects.filter(operation__slug="jad-see-2023").count() == 16 + 10 + 3 + 8

    assert participants("jad-see-2024", kind.EU_MEMBER_STATE) == EU_2024
    assert participants("jad-see-2024", kind.NON_EU) == NON_EU_2024
    assert participants("jad-see-2024", kind.EU_AGENCY) | participants("jad-see-2024", kind.PARTNER) == (
        AGENCIES_2024 | PARTNERS_2024
    )
    assert participants("jad-see-2024", kind.EU_AGENCY) == AGENCIES_2024
    assert Participation.objects.filter(operation__slug="jad-see-2024").count() == 16 + 9 + 11


def listed_in(operation, name):
    participation = Participation.objects.get(operation__slug=operation, participant__name=name)
    return {s.seed_file[:3] for s in participation.sources.all()}


def test_participations_cite_every_document_that_names_them():
    assert listed_in("jad-see-2023", "Spain") == {"001", "003"}
    assert listed_in("jad-see-2023", "Moldova") == {"001", "003"}  # not among SEESAC's cyber patrollers
    assert listed_in("jad-see-2023", "Ukraine") == {"000", "001", "003"}
    assert listed_in("jad-see-2023", "Europol") == {"000", "001", "003"}
    assert listed_in("jad-see-2023", "United Nations Development Programme") == {"001"}
    assert listed_in("jad-see-2024", "Slovakia") == {"002"}
    spain = Participation.objects.get(operation__slug="jad-see-2023", participant__name="Spain")
    assert "twice" in spain.note
    turkiye = Participation.objects.get(operation__slug="jad-see-2023", participant__name="Türkiye")
    assert "'Turkey'" in turkiye.note


def test_kosovo_and_other_country_details():
    kosovo = Participant.objects.get(name="Kosovo")
    assert kosovo.country == "XK"
    assert kosovo.display_name == "Kosovo*"
    assert kosovo.footnote == (
        "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 "
        "and the ICJ Opinion on the Kosovo declaration of independence."
    )
    assert Participant.objects.get(name="Türkiye").aliases == "Turkey; Türkiye"
    assert Participant.objects.get(short_name="SEESAC").aliases == "UNDP SEESAC"
    assert Participant.objects.countries().count() == 17 + 10
    assert Participant.objects.with_footnotes().get() == kosovo


def roles(operation, name):
    participation = Participation.objects.get(operation__slug=operation, participant__name=name)
    return set(participation.roles.values_list("name", flat=True))


def test_roles():
    assert roles("jad-see-2023", "Spain") == {"Coordinator of operational activities"}
    assert Participation.objects.get(operation__slug="jad-see-2023", participant__name="Spain").roles.get().is_leading
    assert roles("jad-see-2023", "Europol") == {"Coordinator of information exchange", "Deployed experts"}
    assert roles("jad-see-2024", "Europol") == {"Deployed experts"}
    assert roles("jad-see-2023", "Frontex") == {"Deployed experts", "Deployed equipment"}
    assert roles("jad-see-2023", "Netherlands") == {"Deployed specialised teams", "Deployed equipment"}
    netherlands = Participation.objects.get(operation__slug="jad-see-2023", participant__name="Netherlands")
    assert "Greece and Montenegro" in netherlands.note
    assert "Host of the coordination centre" in roles("jad-see-2023", "North Macedonia")
    assert roles("jad-see-2024", "Bosnia and Herzegovina") == {"Host of the coordination centre"}
    assert roles("jad-see-2024", "EU4FAST") == {
        "Supported the coordination centre set-up",
        "Supported the participation of others",
    }
    patrolling = Participant.objects.filter(
        participations__operation__slug="jad-see-2023", participations__roles__name="Cyber patrolling"
    )
    assert set(patrolling.values_list("name", flat=True)) == WESTERN_BALKANS | {"Moldova", "Ukraine"}


# ---- Sources -------------------------------------------------------------------------------------


def test_sources():
    assert Source.objects.count() == 5
    assert source("001").publisher.name == "Europol"
    assert source("000").publisher.short_name == "SEESAC"
    assert source("004").publisher.short_name == "SEESAC"
    assert source("002").publisher.name == "EU4FAST"
    assert source("003").publisher is None
    assert source("003").publisher_name == "News agency (unnamed)"
    assert source("003").kind == Source.Kind.NEWS_REPORT
    assert not Source.objects.exclude(url="").exists()  # the seeds give no addresses


# ---- Capacity building -----------------------------------------------------------------------------


def activity(title_start):
    return Activity.objects.get(title__startswith=title_start)


def test_activities_values_currencies_and_dates():
    assert Activity.objects.count() == 26
    assert set(Activity.objects.values_list("implementer__short_name", flat=True)) == {"SEESAC"}
    cases = {
        "Equipment for border and criminal police": (Decimal("5500000"), Qualifier.APPROXIMATELY),
        "Equipment for the border police of Albania": (Decimal("3300000"), Qualifier.OVER),
        "Equipment for the criminal police": (Decimal("2100000"), Qualifier.NEARLY),
    }
    for title, (amount, qualifier) in cases.items():
        equipment = activity(title)
        assert (equipment.value, equipment.value_qualifier, equipment.currency) == (amount, qualifier, "EUR")
        assert equipment.kind == Activity.Kind.EQUIPMENT_DELIVERY
    training = activity("Firearms Detection Training for the border police of Montenegro")
    assert (training.start_date, training.date_precision) == (datetime.date(2024, 12, 1), DatePrecision.MONTH)
    assert training.period_display == "December 2024"
    software = activity("Software upgrade")
    assert (software.start_date, software.date_precision) == (datetime.date(2024, 8, 1), DatePrecision.MONTH)
    study = activity("Feasibility study")
    assert (study.start_date, study.date_precision) == (datetime.date(2024, 1, 1), DatePrecision.YEAR)
    assert activity("Workshop on the intelligence collection strategy for JAD SEE 2023, April").start_date == (
        datetime.date(2023, 4, 1)
    )


def test_activities_beneficiaries_and_supported_operation():
    support = activity("Logistical assistance and equipment for cyber patrollers")
    assert support.operation.slug == "jad-see-2023"
    assert support.period_display == "13–18 November 2023"
    assert set(support.beneficiary_countries.values_list("name", flat=True)) == WESTERN_BALKANS
    assert Activity.objects.filter(operation__slug="jad-see-2023").count() == 6
    assert Activity.objects.filter(source=source("004"), operation__isnull=False).count() == 0
    frontex = activity("Firearm detection training for border police services")
    assert set(frontex.partners.values_list("name", flat=True)) == {"Frontex"}
    criminal = activity("Equipment for the criminal police")
    assert set(criminal.beneficiary_countries.values_list("name", flat=True)) == WESTERN_BALKANS | {"Moldova"}
    assert set(criminal.beneficiary_institutions.values_list("kind", flat=True)) == {"criminal_police"}
    assert activity("Software upgrade").beneficiary_institutions.get().name == "Ministry of Internal and Foreign Trade"
    manual = activity("Manual on Shooting Range")
    assert (manual.place, manual.beneficiary_institutions.get().kind) == ("Skopje", "forensic_laboratory")
    audits = activity("Initial audits of Crime Scene Investigation Units")
    assert audits.beneficiary_institutions.filter(kind=Institution.Kind.CSI_UNIT).count() == 6
    assert activity("Comparative analysis of CSI SOPs").place == "Sarajevo"


# ---- Quotes are the sources' own words ---------------------------------------------------------------


def squeeze(text):
    return re.sub(r"\s+", " ", text)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not next to this checkout")
def test_every_quote_and_title_is_verbatim_from_its_seed_document():
    texts = {path.name: squeeze(path.read_text(encoding="utf-8")) for path in SEEDS.glob("*.txt")}
    for result in Result.objects.select_related("source"):
        assert squeeze(result.quote) in texts[result.source.seed_file], result
    for item in Activity.objects.select_related("source"):
        assert squeeze(item.quote) in texts[item.source.seed_file], item
    for document in Source.objects.exclude(seed_file__startswith="003_"):
        assert document.title in texts[document.seed_file]


# ---- The command -------------------------------------------------------------------------------------


def snapshot():
    return {
        "rows": [
            model.objects.count()
            for model in (Participant, Institution, Operation, Participation, Result, Source, Activity, Metric)
        ],
        "history": [model.history.count() for model in (Operation, Participation, Result, Source, Activity)],
        "updated_at": sorted(Result.objects.values_list("pk", "updated_at"))
        + sorted(Operation.objects.values_list("pk", "updated_at")),
    }


def test_second_run_changes_nothing():
    before = snapshot()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "Demo data loaded: 0 created, 0 updated" in out.getvalue()


def test_a_change_in_the_database_is_put_back_and_counted():
    Result.objects.filter(metric__code="arrests", source=source("001")).update(value=999)
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert value("jad-see-2023", "arrests", "001") == 566
    assert "results: 0 created, 1 updated" in out.getvalue()


def test_dry_run_saves_nothing():
    Operation.objects.all().delete()
    out = StringIO()
    call_command("load_demo", "--dry-run", stdout=out)
    assert not Operation.objects.exists()
    assert "Dry run, rolled back" in out.getvalue()
    assert "operations: 2 created" in out.getvalue()


def test_a_typo_in_the_data_fails_the_whole_load(monkeypatch):
    Participation.objects.all().delete()
    monkeypatch.setattr(seed_002_eu4fast_jad_2024, "LISTED", (Listed("spain"), Listed("atlantis")))
    with pytest.raises(CommandError, match="unknown participant 'atlantis'"):
        call_command("load_demo", stdout=StringIO())
    assert not Participation.objects.exists()

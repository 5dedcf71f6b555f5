"""The capacity-building map (/activities/map/, participants.public.capacity): per country, the
public activities it received and the money per currency, the same sums as its own page; never a
draft's; Kosovo* with its asterisk and footnote; the table lists the same countries as the map."""

import datetime

import pytest

from operations.models import Activity, Unit
from tests import public_fixtures
from tests.map_markup import drawn_map
from tests.participants.public.test_country import grant

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def capacity(client, **headers):
    response = client.get("/activities/map/", **headers)
    assert response.status_code == 200
    return response, drawn_map(response.content.decode())


def test_each_country_that_received_is_a_link_with_its_count_and_money(client, world):
    usd, _ = Unit.objects.get_or_create(
        code="usd", defaults={"name": "US dollars", "symbol": "USD", "dimension": "money", "currency": "USD"}
    )
    grant(world, "Scanners for Skopje", [world.macedonia], "650000", usd)
    _response, drawn = capacity(client)
    # An amount's spaces do not break ("650\u00a0000\u00a0USD"): compared here as plain spaces.
    assert [(href, label.replace("\u00a0", " ")) for href, label, _classes in drawn.links] == [
        ("/participants/bosnia-and-herzegovina/", "Bosnia and Herzegovina: 1 activity received"),
        ("/participants/kosovo/", "Kosovo*: 1 activity received, 15 000 EUR shared with other countries"),
        (
            "/participants/north-macedonia/",
            "North Macedonia: 2 activities received, 15 000 EUR shared with other countries; 650 000 USD",
        ),
    ]
    assert all("map-received-few" in classes for _href, _label, classes in drawn.links)
    assert drawn.hidden_links == 0


def test_the_sums_are_those_of_the_country_page(client, world):
    grant(world, "Vans for the region", [world.macedonia, world.kosovo], "2100000", world.eur)
    grant(world, "Radios for Skopje", [world.macedonia], "5000", world.eur)
    response, _drawn = capacity(client)
    mark = next(mark for mark in response.context["capacity_map"].marks if mark.participant == world.macedonia)
    totals = client.get("/participants/north-macedonia/").context["received"].totals
    eur = next(total for total in totals if total.currency == "EUR")
    expected = f"{eur.alone_display}, and {eur.shared_display} shared with other countries"
    assert mark.cells[0] == "3" and mark.cells[1].replace("\u00a0", " ") == expected
    assert expected == "5 000 EUR, and 2 115 000 EUR shared with other countries"


def test_a_draft_activity_marks_no_country(client, world):
    draft = Activity.objects.create(
        kind_id="workshop",
        title="Draft workshop",
        slug="draft-workshop",
        implementer=world.seesac,
        start_date=datetime.date(2024, 1, 1),
        source=world.seesac_report,
    )
    draft.beneficiary_countries.set([world.austria, world.macedonia])
    response, drawn = capacity(client)
    hrefs = [href for href, _label, _classes in drawn.links]
    assert "/participants/austria/" not in hrefs
    assert "North Macedonia: 1 activity received" in [label.split(",")[0] for _href, label, _classes in drawn.links]
    assert "Draft workshop" not in response.content.decode()


def test_the_table_lists_the_same_countries_and_kosovo_is_footnoted(client, world):
    response, drawn = capacity(client)
    assert [href for href, _name in drawn.table] == [href for href, _label, _classes in drawn.links]
    assert [name for _href, name in drawn.table] == ["Bosnia and Herzegovina", "Kosovo*", "North Macedonia"]
    assert drawn.asterisks == 1
    assert [footnote["names"] for footnote in response.context["footnotes"]] == ["Kosovo*"]


def test_the_shades_follow_how_many_activities_were_received(client, world):
    for index in range(5):
        grant(world, f"Kit {index}", [world.bosnia], "100", world.eur)
    _response, drawn = capacity(client)
    classes = {href: css for href, _label, css in drawn.links}
    assert "map-received-some" in classes["/participants/bosnia-and-herzegovina/"]  # 6 activities
    assert "map-received-few" in classes["/participants/kosovo/"]


def test_the_activities_page_links_to_the_map(client, world):
    assert 'href="/activities/map/"' in client.get("/activities/").content.decode()


def test_no_map_without_capacity_building_received(client, world):
    Activity.objects.all().delete()
    response, drawn = capacity(client)
    assert response.context["capacity_map"] is None and drawn.links == []


def test_the_map_page_reads_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    # the register's revision (for the page cache) · the public activities with their kind · which
    # countries received each (ids) · those countries · their money statements
    with django_assert_num_queries(5):
        client.get("/activities/map/")
    for index in range(10):
        grant(world, f"Kit {index}", [world.bosnia, world.kosovo], "100", world.eur)
    with django_assert_num_queries(5):
        client.get("/activities/map/")

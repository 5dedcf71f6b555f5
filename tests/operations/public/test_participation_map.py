"""The map on an operation's page (operations.public.maps.participation): exactly the countries of
its participations are links on it, never a draft's; Kosovo* is drawn with its asterisk and its
footnote; the table beside it lists the same countries."""

import pytest

from operations.models import Operation, Participation, Series
from participants.models import Participant
from tests import public_fixtures
from tests.map_markup import drawn_map

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def page(client, slug):
    response = client.get(f"/operations/{slug}/")
    assert response.status_code == 200
    return response, drawn_map(response.content.decode())


def test_the_map_marks_exactly_the_countries_that_took_part(client, world):
    response, drawn = page(client, "jad-see-2024")
    # Spain, Bosnia and Kosovo took part; Europol too, but an agency is no place on a map.
    assert [(href, label) for href, label, _classes in drawn.links] == [
        ("/participants/bosnia-and-herzegovina/", "Bosnia and Herzegovina: Host of the coordination centre"),
        ("/participants/kosovo/", "Kosovo*: took part"),
        ("/participants/spain/", "Spain: Coordinator of operational activities"),
    ]
    classes = {href: css for href, _label, css in drawn.links}
    assert "map-lead" in classes["/participants/spain/"]  # a leading role
    assert "map-took-part" in classes["/participants/kosovo/"]
    assert drawn.hidden_links == 0
    assert [mark.participant for mark in response.context["participation_map"].marks] == [
        world.bosnia,
        world.kosovo,
        world.spain,
    ]


def test_the_table_lists_the_same_countries_as_the_map(client, world):
    _response, drawn = page(client, "jad-see-2024")
    assert [href for href, _name in drawn.table] == [href for href, _label, _classes in drawn.links]
    assert [name for _href, name in drawn.table] == ["Bosnia and Herzegovina", "Kosovo*", "Spain"]


def test_a_draft_never_marks_the_map(client, world):
    # Spain and Secretland take part in the draft; only Austria and North Macedonia in JAD SEE 2023.
    _response, drawn = page(client, "jad-see-2023")
    assert [href for href, _label, _classes in drawn.links] == [
        "/participants/austria/",
        "/participants/north-macedonia/",
    ]
    content = client.get("/operations/jad-see-2023/").content.decode()
    assert public_fixtures.SECRET not in content
    assert client.get(f"/operations/{world.draft.slug}/").status_code == 404


def test_kosovo_is_drawn_with_its_asterisk_and_footnote(client, world):
    response, drawn = page(client, "jad-see-2024")
    assert drawn.asterisks == 1
    assert ("/participants/kosovo/", "Kosovo*") in drawn.table
    assert [footnote["names"] for footnote in response.context["footnotes"]] == ["Kosovo*"]
    assert public_fixtures.KOSOVO_FOOTNOTE in response.content.decode()


def test_kosovo_unmarked_is_drawn_grey_and_unnamed_like_every_other_territory(client, world):
    # Kosovo did not take part in JAD SEE 2023: its border is drawn, its name is not, so no footnote.
    response, drawn = page(client, "jad-see-2023")
    assert drawn.asterisks == 0
    assert response.context["footnotes"] == []
    assert public_fixtures.KOSOVO_FOOTNOTE not in response.content.decode()


def test_countries_outside_the_window_are_listed_under_the_map(client, world):
    australia = Participant.objects.create(name="Australia", slug="australia", kind="non_eu", country="AU")
    Participation.objects.create(operation=world.jad_2024, participant=australia)
    response, drawn = page(client, "jad-see-2024")
    assert "/participants/australia/" not in [href for href, _label, _classes in drawn.links]
    assert ("/participants/australia/", "Australia") in drawn.table
    assert [mark.participant for mark in response.context["participation_map"].not_drawn] == [australia]
    assert "Not on this map, which shows Europe and its neighbours:" in response.content.decode()


def test_no_map_when_no_country_of_the_window_took_part(client, world):
    series = Series.objects.create(name="Pangea", short_name="Pangea", slug="pangea")
    operation = public_fixtures.operation(series, "2022")
    australia = Participant.objects.create(name="Australia", slug="australia", kind="non_eu", country="AU")
    Participation.objects.create(operation=operation, participant=australia)
    Participation.objects.create(operation=operation, participant=world.europol)
    response, drawn = page(client, operation.slug)
    assert response.context["participation_map"] is None
    assert drawn.links == [] and "country-map" not in response.content.decode()
    assert Operation.objects.published().filter(pk=operation.pk).exists()


def test_the_map_is_in_serbian_on_the_serbian_page(client, world):
    response = client.get("/operations/jad-see-2024/", HTTP_ACCEPT_LANGUAGE="sr-Latn-RS,sr;q=0.9")
    drawn = drawn_map(response.content.decode())
    labels = [label for _href, label, _classes in drawn.links]
    assert "Kosovo*: učešće" in labels

"""/api/statements/: each public figure with its unit, qualifier, source, words and links; a
statement's own endpoint with its corrections and what the figure checks say of it."""

import pytest

from operations.models import Correction, Qualifier, Result
from tests import public_fixtures
from tests.public_fixtures import KOSOVO_FOOTNOTE

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def statements(client, query=""):
    response = client.get(f"/api/statements/{query}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()["results"]


def test_a_statement_as_the_api_gives_it(client, world):
    (row,) = [row for row in statements(client) if row["id"] == world.officers_over.pk]
    assert row == {
        "id": world.officers_over.pk,
        "url": f"http://testserver/api/statements/{world.officers_over.pk}/",
        "html_url": "http://testserver/operations/jad-see-2024/",
        "operation": {
            "slug": "jad-see-2024",
            "short_name": "JAD SEE 2024",
            "url": "http://testserver/api/operations/jad-see-2024/",
            "html_url": "http://testserver/operations/jad-see-2024/",
        },
        "activity": None,
        "metric": {"code": "officers", "name": "Officers involved", "dimension": "count", "parent": None},
        "country": None,
        "value": "22000",
        "value_display": "over 22 000",
        "unit": {"code": "persons", "name": "persons", "symbol": "", "dimension": "count", "currency": None},
        "qualifier": {"code": "over", "name": "over", "bound": "lower"},
        "source": {
            "id": world.news.pk,
            "title": "News agency: over 22 000 officers in JAD SEE",
            "url": f"http://testserver/api/sources/{world.news.pk}/",
            "html_url": f"http://testserver/sources/{world.news.pk}/",
        },
        "quote": "over 22,000 officers",
        "note": "",
    }


def test_kosovo_carries_its_designation_and_footnote(client, world):
    (row,) = [row for row in statements(client) if row["id"] == world.kosovo_weapons.pk]
    assert row["country"]["display_name"] == "Kosovo*"
    assert row["country"]["name"] == "Kosovo"
    assert row["country"]["footnote"] == KOSOVO_FOOTNOTE
    assert row["country"]["country_code"] == "XK"
    assert row["country"]["url"] == "http://testserver/api/participants/kosovo/"


def test_a_part_names_its_total_and_an_activity_its_figure(client, world):
    rows = {row["id"]: row for row in statements(client)}
    part = next(row for row in rows.values() if row["metric"]["code"] == "arrests-firearms")
    assert part["metric"]["parent"] == {"code": "arrests", "name": "Arrests"}
    value = rows[world.training_value.pk]
    assert value["operation"] is None
    assert value["activity"]["slug"] == "firearms-detection-training"
    assert value["html_url"] == "http://testserver/activities/firearms-detection-training/"
    assert value["unit"]["currency"] == "EUR"
    assert value["value"] == "15000"
    cannabis = next(row for row in rows.values() if row["metric"]["code"] == "cannabis")
    assert cannabis["value"] == "1.5"


def test_in_the_order_of_their_ids(client, world):
    ids = [row["id"] for row in statements(client)]
    assert ids == sorted(ids)


def test_a_statements_own_endpoint_says_what_the_checks_find(client, world):
    response = client.get(f"/api/statements/{world.arrests_total.pk}/")
    assert response.status_code == 200
    detail = response.json()
    (finding,) = detail["findings"]
    assert finding["kind"] == "breakdown_mismatch"
    assert finding["is_inconsistency"] is True
    assert "562" in finding["message"] and "566" in finding["message"]
    assert world.arrests_total.pk in finding["statements"]
    assert detail["corrections"] == []

    # Two sources of different precision: a note, not an inconsistency.
    notes = client.get(f"/api/statements/{world.officers_exact.pk}/").json()["findings"]
    assert [(note["kind"], note["is_inconsistency"]) for note in notes] == [("different_precision", False)]
    assert sorted(notes[0]["statements"]) == sorted([world.officers_exact.pk, world.officers_over.pk])


def test_a_finding_by_country_names_the_country_with_its_footnote(client, world):
    other = Result.objects.create(  # the news agency says 15 where Europol says 12
        operation=world.jad_2024,
        metric=world.weapons,
        country=world.kosovo,
        value=15,
        unit=world.items,
        source=world.news,
        quote="15 weapons in Kosovo*",
    )
    (finding,) = client.get(f"/api/statements/{other.pk}/").json()["findings"]
    assert finding["kind"] == "conflict"
    assert finding["country"]["display_name"] == "Kosovo*"
    assert finding["country"]["footnote"] == KOSOVO_FOOTNOTE


def test_a_correction_is_shown_with_its_reason(client, world):
    Correction.objects.create(
        result=world.arrests_total,
        old_value=560,
        old_qualifier_id=Qualifier.EXACT,
        new_value=566,
        new_qualifier_id=Qualifier.EXACT,
        reason="Europol's corrected release",
    )
    (correction,) = client.get(f"/api/statements/{world.arrests_total.pk}/").json()["corrections"]
    assert correction["old_value"] == "560"
    assert correction["new_value"] == "566"
    assert correction["reason"] == "Europol's corrected release"


def test_names_follow_the_request_language(client, world):
    world.officers.name_sr_latn = "Uključeni službenici"
    world.officers.save()
    rows = statements(client, "?metric=officers")
    serbian = client.get("/api/statements/?metric=officers", HTTP_ACCEPT_LANGUAGE="sr-Latn").json()["results"]
    assert {row["metric"]["name"] for row in rows} == {"Officers involved"}
    assert {row["metric"]["name"] for row in serbian} == {"Uključeni službenici"}
    assert {row["metric"]["code"] for row in serbian} == {"officers"}

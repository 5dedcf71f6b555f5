"""Operations, sources, activities, participants and countries as the API gives them: what their
pages show, with stable keys (slugs; ids for sources) and links to the API and the site."""

import pytest

from operations.models import Operation, Revision
from tests import public_fixtures
from tests.public_fixtures import KOSOVO_FOOTNOTE

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def answer(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def test_operations_list(client, world):
    rows = answer(client, "/api/operations/")["results"]
    assert [row["slug"] for row in rows] == ["jad-see-2023", "jad-see-2024"]  # by slug; the draft never
    jad_2024 = rows[1]
    assert jad_2024["url"] == "http://testserver/api/operations/jad-see-2024/"
    assert jad_2024["html_url"] == "http://testserver/operations/jad-see-2024/"
    assert jad_2024["series"] == {"slug": "jad-see", "short_name": "JAD SEE", "name": "EMPACT JAD South East Europe"}
    assert jad_2024["period"]["start"] == "2024-11-18"
    assert jad_2024["period"]["end_precision"] == "day"
    assert [area["slug"] for area in jad_2024["crime_areas"]] == ["firearms-trafficking", "migrant-smuggling"]
    (centre,) = jad_2024["coordination_centres"]
    assert centre["city"] == "Sarajevo" and centre["host_country"]["slug"] == "bosnia-and-herzegovina"
    assert [lead["slug"] for lead in jad_2024["leads"]] == ["spain"]
    assert jad_2024["participants_count"] == 4
    assert jad_2024["statements_count"] == 7
    assert jad_2024["statements_url"] == "http://testserver/api/statements/?operation=jad-see-2024"


def test_an_operation_with_its_participants_and_findings(client, world):
    detail = answer(client, "/api/operations/jad-see-2024/")
    assert detail["motto"] == "Uniting Forces Against Organised Crime"
    participants = {row["participant"]["slug"]: row for row in detail["participants"]}
    assert set(participants) == {"spain", "bosnia-and-herzegovina", "kosovo", "europol"}
    assert participants["kosovo"]["participant"]["display_name"] == "Kosovo*"
    assert participants["kosovo"]["participant"]["footnote"] == KOSOVO_FOOTNOTE
    assert participants["spain"]["roles"] == [
        {"slug": "coordinator", "name": "Coordinator of operational activities", "is_leading": True}
    ]
    assert [source["id"] for source in participants["spain"]["sources"]] == [world.europol_release.pk]
    assert [activity["slug"] for activity in detail["activities"]] == ["firearms-detection-training"]
    assert detail["findings_cover"] == "all"
    kinds = sorted(finding["kind"] for finding in detail["findings"])
    assert kinds == ["breakdown_mismatch", "different_precision"]
    assert detail["workbook_url"] == "http://testserver/operations/jad-see-2024/workbook.xlsx"


def test_a_part_of_a_draft_is_not_named(client, world):
    Operation.objects.filter(pk=world.jad_2023.pk).update(part_of=world.draft)
    assert answer(client, "/api/operations/jad-see-2023/")["part_of"] is None
    Operation.objects.filter(pk=world.jad_2023.pk).update(part_of=world.jad_2024)
    Revision.objects.bump()  # as bulk writes do: the answers kept for the revision before are not read
    assert answer(client, "/api/operations/jad-see-2023/")["part_of"]["slug"] == "jad-see-2024"
    assert [part["slug"] for part in answer(client, "/api/operations/jad-see-2024/")["parts"]] == ["jad-see-2023"]


def test_sources(client, world):
    rows = answer(client, "/api/sources/")["results"]
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
    assert world.secret_source.pk not in [row["id"] for row in rows]
    release = answer(client, f"/api/sources/{world.europol_release.pk}/")
    assert release["publisher"]["slug"] == "europol"
    assert release["publisher_name"] == "Europol"
    assert release["document_url"] == "https://europol.example/jad-see-2024"
    assert release["statements_count"] == 6
    assert release["statements_url"] == f"http://testserver/api/statements/?source={world.europol_release.pk}"
    listed = {(row["operation"]["slug"], row["participant"]["slug"]) for row in release["participations"]}
    assert ("jad-see-2024", "kosovo") in listed
    news = answer(client, f"/api/sources/{world.news.pk}/")
    assert news["publisher"] is None and news["publisher_name"] == "News agency"
    report = answer(client, f"/api/sources/{world.seesac_report.pk}/")
    assert [activity["slug"] for activity in report["activities"]] == [
        "3d-printed-firearms",
        "firearms-detection-training",
    ]


def test_activities(client, world):
    rows = answer(client, "/api/activities/")["results"]
    assert [row["slug"] for row in rows] == ["3d-printed-firearms", "firearms-detection-training"]
    training = answer(client, "/api/activities/firearms-detection-training/")
    assert training["kind"]["code"] == "training"
    assert training["implementer"]["slug"] == "seesac"
    assert [country["display_name"] for country in training["beneficiary_countries"]] == ["Kosovo*", "North Macedonia"]
    assert training["operation"]["slug"] == "jad-see-2024"
    assert training["period"]["display"] == "10–12 March 2024"
    ((statement,),) = [training["statements"]]
    assert statement["value"] == "15000" and statement["unit"]["currency"] == "EUR"
    assert training["findings"] == []
    product = answer(client, "/api/activities/3d-printed-firearms/")
    assert product["period"]["start_precision"] == "month"
    assert product["operation"] is None


def test_participants(client, world):
    rows = answer(client, "/api/participants/")["results"]
    slugs = [row["slug"] for row in rows]
    assert slugs == sorted(slugs)
    assert "secretland" not in slugs and "nobodyland" not in slugs
    kosovo = next(row for row in rows if row["slug"] == "kosovo")
    assert kosovo["display_name"] == "Kosovo*" and kosovo["footnote"] == KOSOVO_FOOTNOTE
    assert kosovo["operations_count"] == 1 and kosovo["activities_count"] == 1
    europol = answer(client, "/api/participants/europol/")
    assert europol["kind"] == "eu_agency"
    assert europol["country_code"] is None
    assert [row["operation"]["slug"] for row in europol["operations"]] == ["jad-see-2024"]
    assert europol["statements_url"] is None  # figures are stated for countries only
    seesac = answer(client, "/api/participants/seesac/")
    assert {(row["activity"]["slug"], row["relation"]) for row in seesac["activities"]} == {
        ("firearms-detection-training", "implemented"),
        ("3d-printed-firearms", "implemented"),
    }


def test_countries_sum_up_what_their_page_shows(client, world):
    rows = answer(client, "/api/countries/")["results"]
    assert [row["slug"] for row in rows] == [
        "austria",
        "bosnia-and-herzegovina",
        "kosovo",
        "north-macedonia",
        "spain",
    ]
    assert rows[2]["url"] == "http://testserver/api/countries/kosovo/"
    assert rows[2]["html_url"] == "http://testserver/participants/kosovo/"
    kosovo = answer(client, "/api/countries/kosovo/")
    assert kosovo["display_name"] == "Kosovo*" and kosovo["footnote"] == KOSOVO_FOOTNOTE
    assert kosovo["received"]["kinds"] == [{"code": "training", "name": "Training", "count": 1}]
    (amount,) = kosovo["received"]["amounts"]
    assert amount["activity"]["slug"] == "firearms-detection-training"
    assert (amount["value"], amount["currency"], amount["shared_with"]) == ("15000", "EUR", 1)
    assert kosovo["received"]["totals"] == [{"currency": "EUR", "alone": "0", "shared": "15000", "approximate": False}]
    assert kosovo["years"] == [{"year": 2024, "operations": 1, "activities": 1}]
    assert kosovo["statements_count"] == 1
    assert kosovo["statements_url"] == "http://testserver/api/statements/?country=kosovo"
    assert client.get("/api/countries/europol/").status_code == 404  # a participant, not a country

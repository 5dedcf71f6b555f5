"""The participants table and a participant's page."""

import pytest

from operations.models import Result
from tests import public_fixtures
from tests.public_fixtures import KOSOVO_FOOTNOTE, shown

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def slugs(response):
    return [participant.slug for participant in shown(response)]


def test_participants_list_shows_who_took_part_or_received_or_implemented(client, world):
    response = client.get("/participants/")
    assert response.status_code == 200
    assert slugs(response) == [
        "austria",
        "bosnia-and-herzegovina",
        "europol",
        "kosovo",
        "north-macedonia",
        "seesac",
        "spain",
    ]
    content = response.content.decode()
    assert "Kosovo*" in content and KOSOVO_FOOTNOTE in content
    counts = {p.slug: (p.operations_count, p.activities_count) for p in shown(response)}
    assert counts["spain"] == (1, 0)  # the draft participation is not counted
    assert counts["kosovo"] == (1, 1)
    assert counts["seesac"] == (0, 2)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=eu_member_state", ["austria", "spain"]),
        ("kind=partner", ["seesac"]),
        ("operation=jad-see-2023", ["austria", "north-macedonia"]),
        ("operation=jad-see-2024&kind=non_eu", ["bosnia-and-herzegovina", "kosovo"]),
        ("q=kos", ["kosovo"]),
    ],
)
def test_participants_filters(client, world, query, expected):
    response = client.get(f"/participants/?{query}")
    assert not response.context["filter"].form.errors
    assert slugs(response) == expected


def test_participants_sorting(client, world):
    assert slugs(client.get("/participants/?sort=-name"))[0] == "spain"
    by_operations = [p.operations_count for p in shown(client.get("/participants/?sort=-operations_count"))]
    assert by_operations == sorted(by_operations, reverse=True)


def test_participant_page_shows_operations_roles_activities_and_figures(client, world):
    response = client.get("/participants/kosovo/")
    assert response.status_code == 200
    assert [p.operation.slug for p in response.context["participations"]] == ["jad-see-2024"]
    assert [a.slug for a in response.context["activities"]] == ["firearms-detection-training"]
    assert response.context["activities"][0].relation == "received"
    assert [r.pk for r in response.context["results"]] == [world.kosovo_weapons.pk]
    content = response.content.decode()
    assert "Kosovo*" in content and KOSOVO_FOOTNOTE in content


def test_a_figure_about_an_activity_links_the_activity(client, world):
    Result.objects.filter(pk=world.training_value.pk).update(country=world.kosovo)
    response = client.get("/participants/kosovo/")
    assert world.training_value.pk in [r.pk for r in response.context["results"]]
    figures = response.content.decode().split('id="figures-heading"')[1].split("</table>")[0]
    assert f'<a href="{world.training.get_absolute_url()}">Firearms detection training</a>' in figures
    assert "15 000 EUR" in figures


def test_participant_page_shows_roles_and_hosting(client, world):
    spain = client.get("/participants/spain/")
    assert "Coordinator of operational activities" in spain.content.decode()
    assert "jad-see-2025" not in spain.content.decode()
    bosnia = client.get("/participants/bosnia-and-herzegovina/")
    assert [centre.city for centre in bosnia.context["hosted"]] == ["Sarajevo"]


def test_implementer_page_lists_what_it_implemented(client, world):
    response = client.get("/participants/seesac/")
    assert {a.slug: str(a.relation) for a in response.context["activities"]} == {
        "firearms-detection-training": "implemented",
        "3d-printed-firearms": "implemented",
    }
    assert KOSOVO_FOOTNOTE not in response.content.decode()  # activities are listed by title: no Kosovo*


def test_unknown_participant_is_404(client, world):
    assert client.get("/participants/atlantis/").status_code == 404


def test_participant_page_query_count_does_not_grow(client, world, django_assert_num_queries):
    from tests.public_fixtures import add_activities, add_results

    # register revision (operations.public.kept_pages) · who is public (through the public door, kept
    # for the revision) · the participant · participations with operation · their roles · hosted
    # centres · activities with their kind · their beneficiaries' ids · their partners' ids · the
    # newest figures about it (Result.objects.newest_about: its newest operations with how many, then
    # their figures and the activities') · the money statements of the activities it received
    with django_assert_num_queries(12):
        client.get("/participants/kosovo/")
    with django_assert_num_queries(11):  # who is public, kept (another address: the page is not kept)
        client.get("/participants/kosovo/?again")
    add_results(world, 30)
    add_activities(world, 30)
    with django_assert_num_queries(12):  # a new revision: who is public is read again
        response = client.get("/participants/kosovo/")
    assert len(response.context["activities"]) == 31


def test_a_country_with_many_figures_lists_the_newest_and_sends_to_the_results_table(client, world, monkeypatch):
    from participants.public import views
    from tests.public_fixtures import add_results

    add_results(world, 10)  # five more figures about Kosovo* in JAD SEE 2024
    monkeypatch.setattr(views, "FIGURES_SHOWN", 4)
    response = client.get("/participants/kosovo/")
    assert len(response.context["results"]) == 4 and response.context["more_results"]
    content = response.content.decode()
    assert "The newest 4 figures, by operation" in content
    assert 'href="/results/?country=kosovo"' in content

    monkeypatch.setattr(views, "FIGURES_SHOWN", 6)
    response = client.get("/participants/kosovo/?all")
    assert len(response.context["results"]) == 6 and not response.context["more_results"]

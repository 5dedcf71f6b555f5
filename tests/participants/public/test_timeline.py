"""A participant's timeline: its published operations and public capacity building, year by year,
oldest first, on its page and without a query of its own."""

import datetime

import pytest

from operations.models import Activity, CoordinationCentre, Participation
from tests import public_fixtures
from tests.public_fixtures import SECRET, operation

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def years(response):
    return [
        (year.year, [(entry.kind, entry.title, entry.detail) for entry in year.entries])
        for year in response.context["timeline"]
    ]


def test_a_country_that_took_part_and_received_training(client, world):
    response = client.get("/participants/kosovo/")

    assert years(response) == [
        (
            2024,
            [
                ("Training", "Firearms detection training", "received"),
                ("Operation", "EMPACT Joint Action Days JAD SEE 2024", ""),
            ],
        ),
    ]


def test_years_come_oldest_first_with_roles_and_the_centre_hosted(client, world):
    response = client.get("/participants/north-macedonia/")

    assert years(response) == [
        (
            2023,
            [
                (
                    "Operation",
                    "EMPACT Joint Action Days JAD SEE 2023",
                    "Host of the coordination centre; coordination centre hosted in Skopje",
                )
            ],
        ),
        (2024, [("Training", "Firearms detection training", "received")]),
    ]
    content = response.content.decode()
    timeline = content[content.index('id="timeline-heading"') : content.index('id="operations-heading"')]
    assert timeline.index("2023") < timeline.index("2024")
    assert "1 operation, 0 activities" in timeline and "0 operations, 1 activity" in timeline
    assert world.jad_2023.get_absolute_url() in timeline


def test_an_operation_hosted_without_a_participation_is_on_the_timeline(client, world):
    older = operation(world.series, "2019", start=datetime.date(2019, 10, 1))
    CoordinationCentre.objects.create(operation=older, city="Tetovo", host_country=world.macedonia)

    [first, *_] = client.get("/participants/north-macedonia/").context["timeline"]

    assert first.year == 2019
    assert [(entry.title, entry.detail) for entry in first.entries] == [
        ("EMPACT Joint Action Days JAD SEE 2019", "coordination centre hosted in Tetovo")
    ]


def test_an_implementer_and_an_undated_activity(client, world):
    Activity.objects.create(
        kind_id="manual",
        status=Activity.Status.PUBLISHED,
        title="Undated manual",
        slug="undated-manual",
        implementer=world.seesac,
        source=world.seesac_report,
    )

    response = client.get("/participants/seesac/")

    assert years(response) == [
        (
            2024,
            [
                ("Training", "Firearms detection training", "implemented"),
                ("Knowledge product", "3D-Printed Firearms: State of Play", "implemented"),
            ],
        ),
        (None, [("Manual or guidelines", "Undated manual", "implemented")]),
    ]
    assert "Date not known" in response.content.decode()


def test_the_timeline_never_shows_a_draft(client, world):
    # Spain also takes part in the draft operation (2025), which has a workshop of its own.
    Participation.objects.filter(operation=world.draft, participant=world.spain).get()
    world.secret_activity.beneficiary_countries.add(world.spain)

    response = client.get("/participants/spain/")

    assert [year.year for year in response.context["timeline"]] == [2024]
    content = response.content.decode()
    assert "2025" not in content and "Secret workshop" not in content and SECRET not in content


def test_the_timeline_costs_no_query(client, world, django_assert_num_queries):
    # The queries of the participant's page (see test_views): the timeline reuses them.
    with django_assert_num_queries(12):
        response = client.get("/participants/north-macedonia/")
    assert len(response.context["timeline"]) == 2

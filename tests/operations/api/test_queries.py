"""What each answer costs the database: a fixed number of queries whatever the page's rows, and
one (the register's revision) for an answer asked for again before the register changes."""

import pytest

from operations.models import Participation
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


@pytest.fixture
def more(world):
    public_fixtures.add_results(world, 30)
    public_fixtures.add_operations(world, 30)
    public_fixtures.add_activities(world, 30)
    public_fixtures.add_sources(world, 30)
    public_fixtures.add_participants(world, 30)
    for index in range(30):
        country = public_fixtures.participant(
            f"Country {index:02}", world.kinds.NON_EU, ("Q" if index < 26 else "Z") + chr(65 + index % 26)
        )
        Participation.objects.create(operation=world.jad_2023, participant=country)
    return world


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # The revision; the statements with their operation, activity, country and source joined;
        # the catalogue's metrics, their totals, units, qualifiers (shared, not joined).
        ("/api/statements/?page_size=100", 6),
        # The revision; the operations with their series; crime areas, centres with host countries,
        # leads (prefetched).
        ("/api/operations/?page_size=100", 5),
        # The revision; the activities with kind, implementer, operation and source; partners,
        # beneficiaries.
        ("/api/activities/?page_size=100", 4),
        # The revision; the sources with their publisher and counts.
        ("/api/sources/?page_size=100", 2),
        # The revision; the participants with their counts.
        ("/api/participants/?page_size=100", 2),
        ("/api/countries/?page_size=100", 2),
    ],
)
def test_a_page_costs_the_same_whatever_its_rows(client, more, django_assert_num_queries, url, queries):
    with django_assert_num_queries(queries):
        assert len(client.get(url).json()["results"]) > 25
    with django_assert_num_queries(1):  # the revision: the answer is kept until the register changes
        client.get(url)


def test_a_filtered_page_reads_the_drop_downs_once_per_revision(client, more, django_assert_num_queries):
    client.get("/api/statements/?metric=weapons&country=kosovo")  # reads the metrics and countries lists
    with django_assert_num_queries(5):  # the revision, the statements, metrics, units, qualifiers
        assert client.get("/api/statements/?metric=weapons&country=kosovo&page_size=10").json()["results"]

"""Bad input gets a 400 or a 404 with a JSON body, never a server error: unknown filter values,
tampered cursors, a nonsense format, unknown records and addresses, and hostile values in every
parameter of every endpoint."""

from base64 import b64encode

import pytest

from operations.public.filters import ActivityFilter, OperationFilter, ResultFilter, SourceFilter
from participants.public.filters import ParticipantFilter
from tests import public_fixtures
from tests.test_hostile_queries import HOSTILE, HOSTILE_EACH

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

# The API's filters are the tables' FilterSets: every one of their parameters is tried.
PARAMETERS = {
    "/api/operations/": list(OperationFilter.base_filters),
    "/api/statements/": list(ResultFilter.base_filters),
    "/api/sources/": list(SourceFilter.base_filters),
    "/api/activities/": list(ActivityFilter.base_filters),
    "/api/participants/": list(ParticipantFilter.base_filters),
    "/api/countries/": list(ParticipantFilter.base_filters),
}
PAGING = ["cursor", "page_size", "format"]


def assert_json_error(response, *statuses):
    assert response.status_code in statuses, (response.status_code, response.content[:300])
    assert response["Content-Type"] == "application/json"
    assert response.json()


def cursor(text):
    return b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "url",
    [
        "/api/statements/?cursor=zzz",
        "/api/statements/?cursor=%%%",
        f"/api/statements/?cursor={cursor('p=abc')}",
        f"/api/statements/?cursor={cursor('p=' + '9' * 400)}",
        f"/api/statements/?cursor={cursor('p=-99999999999999999999999')}",
        f"/api/statements/?cursor={cursor('p=1%00')}",
        f"/api/statements/?cursor={cursor('o=abc')}",
        f"/api/statements/?cursor={cursor('r=abc&p=3')}",
        f"/api/operations/?cursor={cursor('p=' + 'x' * 500)}",
        f"/api/operations/?cursor={cursor('p=a%00b')}",
        "/api/statements/?cursor=" + "A" * 5000,
    ],
)
def test_a_tampered_cursor_is_a_404(client, world, url):
    assert_json_error(client.get(url), 404)
    assert client.get(url).json() == {"detail": "Invalid cursor"}


def test_a_cursor_made_by_the_api_works(client, world):
    first = client.get("/api/statements/?page_size=2").json()
    assert len(first["results"]) == 2 and first["next"]
    second = client.get(first["next"]).json()
    assert second["results"][0]["id"] > first["results"][-1]["id"]


@pytest.mark.parametrize("url", ["/api/statements/?format=xml", "/api/operations/?format=api", "/api/?format=%00"])
def test_a_nonsense_format_is_a_404(client, world, url):
    assert_json_error(client.get(url), 404)


@pytest.mark.parametrize("accept", ["text/html", "application/xml", "garbage;;;q=x", ""])
def test_any_accept_header_gets_json(client, world, accept):
    response = client.get("/api/operations/", HTTP_ACCEPT=accept)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["results"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/statements/999999/",
        "/api/statements/abc/",
        "/api/statements/1.5/",
        "/api/statements/99999999999999999999999999/",
        "/api/statements/%00/",
        "/api/sources/-1/",
        "/api/operations/no-such-operation/",
        "/api/operations/jad-see-2025/",  # the draft
        "/api/activities/secret-workshop/",
        "/api/participants/nobodyland/",
        "/api/countries/secretland/",
        "/api/nothing-here/",
        "/api/statements/1/more/",
    ],
)
def test_an_unknown_record_or_address_is_a_404(client, world, url):
    assert_json_error(client.get(url), 404)


@pytest.mark.parametrize("size", ["abc", "0", "-1", "1.5", "", "1e3", "\x00"])
def test_a_page_size_that_is_not_a_whole_number_from_1_is_a_400(client, world, size):
    response = client.get(f"/api/statements/?page_size={size}")
    assert_json_error(response, 400)
    assert list(response.json()) == ["page_size"]


def test_a_page_size_above_the_maximum_gets_the_maximum(client, world):
    public_fixtures.add_results(world, 120)
    assert len(client.get("/api/statements/?page_size=1000").json()["results"]) == 100
    assert len(client.get("/api/statements/").json()["results"]) == 25


@pytest.fixture
def unthrottled(settings):
    """Hundreds of requests from one address: more than the throttle lets through."""
    settings.API_ANON_RATE = "100000/minute"


@pytest.mark.parametrize("endpoint", list(PARAMETERS))
@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_in_every_parameter_never_error(client, world, endpoint, value):
    response = client.get(endpoint, dict.fromkeys(PARAMETERS[endpoint] + PAGING, value))
    assert response.status_code in (200, 400, 404), response.content[:300]
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("endpoint", list(PARAMETERS))
def test_each_parameter_on_its_own_never_errors(client, world, unthrottled, endpoint):
    for name in PARAMETERS[endpoint] + PAGING:
        for value in HOSTILE_EACH:
            response = client.get(endpoint, {name: value})
            assert response.status_code in (200, 400, 404), (name, value, response.content[:300])

"""The API filters with the FilterSets of the site's tables: the same parameters, the same rows,
the same validation (a value the page would show as an error is a 400 here)."""

import pytest

from operations.public.filters import ActivityFilter, OperationFilter, ResultFilter, SourceFilter
from participants.public.filters import ParticipantFilter
from tests import public_fixtures
from tests.public_fixtures import shown

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

ENDPOINTS = {
    "/api/operations/": ("/operations/", OperationFilter, "slug"),
    "/api/statements/": ("/results/", ResultFilter, "id"),
    "/api/sources/": ("/sources/", SourceFilter, "id"),
    "/api/activities/": ("/activities/", ActivityFilter, "slug"),
    "/api/participants/": ("/participants/", ParticipantFilter, "slug"),
}


@pytest.mark.parametrize("endpoint", [*ENDPOINTS, "/api/countries/"])
def test_the_schema_names_exactly_the_filtersets_parameters(client, endpoint):
    schema = client.get("/api/schema/").json()
    filterset = ENDPOINTS.get(endpoint, ENDPOINTS["/api/participants/"])[1]
    names = {parameter["name"] for parameter in schema["paths"][endpoint]["get"]["parameters"]}
    assert names == {*filterset.base_filters, "cursor", "page_size", "release"}


QUERIES = [
    ("/api/statements/", "metric=arrests"),
    ("/api/statements/", "operation=jad-see-2024&metric=arrests"),
    ("/api/statements/", "country=kosovo"),
    ("/api/statements/", "year=2023"),
    ("/api/statements/", "crime_area=firearms-trafficking"),
    ("/api/statements/", "qualifier=over"),
    ("/api/statements/", "value_min=100&value_max=20000"),
    ("/api/statements/", "q=officers"),
    ("/api/operations/", "participant=kosovo"),
    ("/api/operations/", "lead=austria"),
    ("/api/operations/", "centre_country=bosnia-and-herzegovina"),
    ("/api/operations/", "crime_area=drug-trafficking"),
    ("/api/operations/", "year=2024&series=jad-see"),
    ("/api/sources/", "operation=jad-see-2023"),
    ("/api/sources/", "kind=press_release&year=2024"),
    ("/api/activities/", "beneficiary=kosovo"),
    ("/api/activities/", "start=2024-05-01"),
    ("/api/activities/", "implementer=seesac&kind=training"),
    ("/api/participants/", "operation=jad-see-2023"),
    ("/api/participants/", "kind=eu_agency"),
    ("/api/participants/", "q=bosnia"),
]


def page_keys(response, key):
    return {getattr(record, "pk" if key == "id" else key) for record in shown(response)}


@pytest.mark.parametrize(("endpoint", "query"), QUERIES)
def test_the_same_rows_as_the_table(client, world, endpoint, query):
    page, _filterset, key = ENDPOINTS[endpoint]
    table = page_keys(client.get(f"{page}?{query}&per_page=100"), key)
    rows = client.get(f"{endpoint}?{query}&page_size=100").json()["results"]
    assert table, "a query that finds nothing proves nothing"
    assert {row[key] for row in rows} == table


def test_the_filters_still_choose_after_the_schema_was_made(client, world):
    # Making the schema builds the FilterSets' fields before any drop-down has its choices.
    client.get("/api/schema/")
    assert client.get("/api/statements/?country=kosovo").status_code == 200


def test_countries_filter_as_participants(client, world):
    rows = client.get("/api/countries/?operation=jad-see-2024").json()["results"]
    assert [row["slug"] for row in rows] == ["bosnia-and-herzegovina", "kosovo", "spain"]


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/statements/?metric=nope", "metric"),
        ("/api/statements/?year=abc", "year"),
        ("/api/statements/?year=1800", "year"),
        ("/api/statements/?operation=jad-see-2025", "operation"),  # the draft: not a choice
        ("/api/statements/?value_min=1e309", "value_min"),
        ("/api/statements/?q=" + "x" * 201, "q"),
        ("/api/operations/?participant=secretland", "participant"),
        ("/api/activities/?start=2023-02-31", "start"),
        ("/api/sources/?kind=tweet", "kind"),
        ("/api/participants/?kind=alien", "kind"),
        ("/api/countries/?operation=nope", "operation"),
    ],
)
def test_an_invalid_value_is_a_400_naming_the_field(client, world, url, field):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    errors = response.json()
    assert list(errors) == [field]
    assert errors[field] and all(isinstance(message, str) for message in errors[field])

"""Any query string, however malformed, gives a normal page (the problem shown on the form or
ignored) or a normal file: never a server error. Every table, its CSV and its XLSX."""

import pytest

from operations.public.filters import ActivityFilter, OperationFilter, ResultFilter, SourceFilter
from participants.public.filters import ParticipantFilter
from tests import public_fixtures
from tests.public_fixtures import body

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

# Every parameter of each table's FilterSet, so that a new filter is tried without editing this list.
TABLES = {
    "/operations/": list(OperationFilter.base_filters),
    "/results/": list(ResultFilter.base_filters),
    "/participants/": list(ParticipantFilter.base_filters),
    "/activities/": list(ActivityFilter.base_filters),
    "/sources/": list(SourceFilter.base_filters),
}
PAGING = ["page", "per_page", "sort"]

HOSTILE = [
    "abc",
    "2023-02-31",
    "2023-13-01",
    "0000-00-00",
    "99999-01-01",
    "1' OR '1'='1",
    "1;DROP TABLE x",
    "' UNION SELECT password FROM auth_user --",
    "x" * 10_000,
    "9" * 400,
    "\x00",
    "a\x00b",
    "ünïcødé ☃ 𝔘𝔫𝔦",
    "\u202e\ufeff",
    "-1",
    "0",
    str(10**9),
    "999999",
    "1e309",
    "NaN",
    "-Infinity",
    "",
    " ",
    "-",
    "--value",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "=HYPERLINK(1)",
]


# For each parameter on its own (HTML only); all of HOSTILE goes into every parameter at once below.
HOSTILE_EACH = [
    "abc",
    "2023-02-31",
    "1' OR '1'='1",
    "1;DROP TABLE x",
    "x" * 10_000,
    "\x00",
    "ünïcødé ☃",
    "-1",
    str(10**9),
]


def ids(value):
    return repr(value[:20]) + (f"…({len(value)})" if len(value) > 20 else "")


def assert_normal(response, expect_file=False):
    assert response.status_code == 200, response.status_code
    body(response)  # a streamed export must also run to its end without an error
    if expect_file:
        assert "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize("value", HOSTILE_EACH, ids=ids)
@pytest.mark.parametrize("url", list(TABLES))
def test_each_parameter_alone(client, world, url, value):
    for name in TABLES[url] + PAGING:
        assert_normal(client.get(url, {name: value}))


@pytest.mark.parametrize("value", HOSTILE, ids=ids)
@pytest.mark.parametrize("url", list(TABLES))
def test_all_parameters_at_once_on_the_page_and_in_exports(client, world, url, value):
    query = dict.fromkeys(TABLES[url] + PAGING, value)
    assert_normal(client.get(url, query))
    for export_format in ("csv", "xlsx"):
        assert_normal(client.get(url, {**query, "_export": export_format}), expect_file=True)


@pytest.mark.parametrize("url", list(TABLES))
def test_paging_edge_cases(client, world, url):
    for query in (
        {"page": "999999"},
        {"page": "abc"},
        {"page": "-3"},
        {"per_page": "-1"},
        {"per_page": str(10**9)},
        {"per_page": "0"},
        {"sort": "no_such_column"},
        {"sort": ["value", "-value", "x", ""]},
        {"page": ["1", "2"]},
    ):
        response = client.get(url, query)
        assert response.status_code == 200, query
        table = response.context["table"]
        assert table.paginator.per_page in (10, 25, 50, 100)


@pytest.mark.parametrize("url", list(TABLES))
def test_invalid_values_are_reported_on_the_form(client, world, url):
    response = client.get(url, {name: "1' OR '1'='1" for name in TABLES[url] if name != "q"})
    assert response.status_code == 200
    assert response.context["filter"].form.errors
    assert b"could not be used" in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/operations/%00/",
        "/operations/' OR 1=1 --/",
        "/participants/%E2%98%83/",
        "/activities/" + "x" * 5000 + "/",
        "/sources/abc/",
        "/sources/99999999999999999999999999/",
        "/sources/-1/",
    ],
)
def test_hostile_detail_urls_are_404(client, world, path):
    assert client.get(path).status_code == 404

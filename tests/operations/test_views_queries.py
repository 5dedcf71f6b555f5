"""Each public page runs a fixed number of SQL queries, however many rows it shows: no N+1
through table accessors. Counted with a few rows, then again with 30 more on the page."""

import pytest

from tests import public_fixtures
from tests.public_fixtures import add_activities, add_operations, add_participants, add_results, add_sources

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

# url, rows builder, queries, and what each query is for.
PAGES = [
    (
        "/operations/",
        add_operations,
        10,
        # count · page of rows (series joined, counts as subqueries) · prefetch crime areas · centres with
        # host · leading participations with participant · choices: series · crime areas · lead · centre
        # country · participant (the footnotes of the participants they name come from the choices)
    ),
    (
        "/results/",
        add_results,
        8,
        # count, unfiltered in two (the whole table, less the results of unpublished operations) · page
        # of rows (operation, metric, unit, parent, country, source joined) · choices: operation · metric
        # · country · crime area · source (footnotes of the countries from the choices)
    ),
    (
        "/participants/",
        add_participants,
        3,
        # count · page of rows (counts as subqueries) · choices: operation
    ),
    (
        "/activities/",
        add_activities,
        7,
        # count · page of rows (implementer, operation, source joined) · prefetch beneficiaries · prefetch
        # partners · choices: implementer · beneficiary · operation (footnotes of their participants from
        # the choices)
    ),
    (
        "/sources/",
        add_sources,
        3,
        # count · page of rows (publisher joined, figure count as a subquery) · choices: operation
    ),
]


@pytest.mark.parametrize("url, add_rows, queries", PAGES, ids=[page[0] for page in PAGES])
def test_list_page_query_count_does_not_grow_with_rows(
    client, world, django_assert_num_queries, url, add_rows, queries
):
    with django_assert_num_queries(queries):
        few = client.get(f"{url}?per_page=100")
    add_rows(world, 30)
    with django_assert_num_queries(queries):
        many = client.get(f"{url}?per_page=100")
    assert len(many.context["table"].page.object_list) >= len(few.context["table"].page.object_list) + 30


@pytest.mark.parametrize("url, add_rows, queries", PAGES, ids=[page[0] for page in PAGES])
def test_filtered_and_sorted_page_query_count(client, world, django_assert_num_queries, url, add_rows, queries):
    add_rows(world, 30)
    queries -= FILTERED_COUNT_SAVES.get(url, 0)
    with django_assert_num_queries(queries):
        response = client.get(f"{url}?q=a&sort=-{list(PAGES_SORT[url])[0]}&per_page=50")
    assert response.status_code == 200


# Filtered, the results are counted in one query, not two.
FILTERED_COUNT_SAVES = {"/results/": 1}

PAGES_SORT = {
    "/operations/": ["period"],
    "/results/": ["value"],
    "/participants/": ["operations_count"],
    "/activities/": ["implementer"],
    "/sources/": ["published_on"],
}


def test_operation_page_query_count_does_not_grow_with_figures(client, world, django_assert_num_queries):
    # operation with series · crime areas · coordination centres with host · participations with
    # participant · their roles · supporting activities with implementer · metric catalogue with
    # units · results with metric, unit, country and source · their corrections · the breakdowns
    # the figure checks compare (only when a source gives a total and its parts, as here)
    with django_assert_num_queries(10):
        few = client.get("/operations/jad-see-2024/")
    add_results(world, 60)
    with django_assert_num_queries(10):
        many = client.get("/operations/jad-see-2024/")
    assert len(many.context["figure_rows"]) == len(few.context["figure_rows"]) + 60


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_results_export_query_count_does_not_grow_with_rows(client, world, django_assert_num_queries, export_format):
    from tests.public_fixtures import body

    # operation choice validated · the rows, in one query
    with django_assert_num_queries(2):
        body(client.get(f"/results/?operation=jad-see-2024&_export={export_format}"))
    add_results(world, 60)
    with django_assert_num_queries(2):
        body(client.get(f"/results/?operation=jad-see-2024&_export={export_format}"))


def test_home_page_query_count(client, world, django_assert_num_queries):
    # latest operation with series · its centres with host · metric catalogue · its results · their
    # corrections · public counts: operations · results (two: the whole table, less the results of
    # unpublished operations) · participants · activities · sources
    with django_assert_num_queries(11):
        client.get("/")
    add_results(world, 30)
    with django_assert_num_queries(11):
        client.get("/")

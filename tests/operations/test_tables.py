"""The public tables: accessible markup, values as the register writes them, sortable columns."""

import re
from decimal import Decimal

import pytest

from operations.models import Result, Source
from operations.tables import ResultTable, number
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


@pytest.mark.parametrize(
    "value, text",
    [(Decimal("22488.000"), "22 488"), (Decimal("1.500"), "1.5"), (Decimal("0"), "0"), (None, "")],
)
def test_number_is_written_like_the_sources(value, text):
    assert number(value) == text


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
    table = ResultTable(Result.objects.public().with_related().filter(metric=world.cannabis))
    (row,) = list(table.rows)
    assert row.get_cell("value") == "1.5 kg"
    assert row.get_cell("qualifier") == "exact"


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

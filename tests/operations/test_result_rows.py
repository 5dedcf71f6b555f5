"""ResultTable.body_rows writes the page's rows in one pass instead of cell by cell through
django-tables2: from the rows the page reads (`for_table()`, tuples), it must say what the table's
columns say of the same results as model instances, cell for cell, in the same order."""

import re
from html import unescape

import pytest

from operations.models import Result
from operations.public.tables import ResultTable
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def text(html):
    return unescape(re.sub(r"<[^>]+>", "", str(html))).strip()


def test_body_rows_say_what_the_columns_render(world):
    Result.objects.filter(pk=world.kosovo_weapons.pk).update(value=None)  # "not reported"
    table = ResultTable(Result.objects.public().for_table().in_table_order())
    table.paginate(per_page=100)
    written = [
        [text(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in table.body_rows().split("\n")
    ]
    columns = ResultTable(Result.objects.public().with_related().in_table_order())
    columns.paginate(per_page=100)
    rendered = [[text(row.get_cell(column.name)) for column in columns.columns] for row in columns.paginated_rows]
    assert written == rendered
    assert len(written) == Result.objects.public().count()
    assert any("Kosovo*" in row for row in written) and any("not reported" in row for row in written)


def test_body_rows_links_and_escaping(world):
    Result.objects.filter(pk=world.kosovo_weapons.pk).update(quote="<script>alert(1)</script>")
    table = ResultTable(Result.objects.public().for_table().filter(pk=world.kosovo_weapons.pk))
    table.paginate(per_page=25)
    html = table.body_rows()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert f'href="{world.jad_2024.get_absolute_url()}"' in html
    assert f'href="{world.europol_release.get_absolute_url()}"' in html


def test_an_empty_page_says_nothing_matches(world):
    table = ResultTable(Result.objects.none())
    table.paginate(per_page=25)
    assert "Nothing matches these filters." in table.body_rows()
    assert f'colspan="{len(table.columns)}"' in table.body_rows()

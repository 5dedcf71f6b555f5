"""The results table's rows (operations/result_table.html) are written from the values the page
reads (`Result.objects.for_table()`): they must say what the register says of the same results as
model instances, cell for cell, in the same order, escaped, with their links."""

import pytest

from operations.models import Result
from operations.models.numbers import written_number
from tests import public_fixtures
from tests.public_fixtures import table_rows

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def expected(result):
    """A row as the register's models describe the result."""
    value = "not reported" if result.value is None else written_number(result.value)
    if result.value is not None and result.unit.symbol:
        value = f"{value} {result.unit.symbol}"
    quote = result.quote if len(result.quote) <= 160 else result.quote[:157] + "…"
    return [
        result.subject.short_name,
        str(result.metric),
        result.country.display_name if result.country else "—",
        value,
        str(result.qualifier.label),
        result.source.title,
        quote,
    ]


def test_rows_say_what_the_models_say(client, world):
    Result.objects.filter(pk=world.kosovo_weapons.pk).update(value=None)  # "not reported"
    Result.objects.filter(pk=world.injected.pk).update(quote="x" * 200)
    written = table_rows(client.get("/results/?per_page=100").content.decode())
    results = Result.objects.public().with_related().in_table_order()
    assert written == [expected(result) for result in results]
    assert any("Kosovo*" in row for row in written) and any("not reported" in row for row in written)
    assert any(row[-1] == "x" * 157 + "…" for row in written)
    assert ["Firearms detection training", "Value", "—", "15 000 EUR"] in [row[:4] for row in written]


def test_rows_link_their_operation_and_source_and_escape_text(client, world):
    Result.objects.filter(pk=world.kosovo_weapons.pk).update(quote="<script>alert(1)</script>")
    content = client.get("/results/?country=kosovo").content.decode()
    body = content[content.index("<tbody") : content.index("</tbody>")]
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert f'href="{world.jad_2024.get_absolute_url()}"' in body
    assert f'href="{world.europol_release.get_absolute_url()}"' in body
    assert f'<a href="{world.kosovo.get_absolute_url()}">Kosovo</a>*' in body


def test_rows_about_an_activity_link_the_activity(client, world):
    content = client.get("/results/?metric=value").content.decode()
    body = content[content.index("<tbody") : content.index("</tbody>")]
    assert f'href="{world.training.get_absolute_url()}"' in body
    assert f'href="{world.seesac_report.get_absolute_url()}"' in body


def test_an_empty_page_says_nothing_matches(client, world):
    content = client.get("/results/?q=nothing-says-this").content.decode()
    assert "Nothing matches these filters." in content
    assert f'colspan="{len(client.get("/results/").context["table"].columns)}"' in content

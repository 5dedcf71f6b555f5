"""The sources table's rows (operations/source_table.html) are written from the sources the page
reads (`Source.objects.with_listing()`): they must say what the register says of the same sources,
cell for cell, in the same order, escaped, with their links, and count only public figures."""

import pytest

from operations.models import Result, Source
from tests import public_fixtures
from tests.public_fixtures import table_rows

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def expected(source):
    """A row as the register's models describe the source."""
    published = source.published_on.isoformat() if source.published_on else str(source.year or "—")
    original = "link" if source.url.startswith(("https://", "http://")) else "—"
    return [
        source.title,
        source.get_kind_display(),
        source.publisher.display_name if source.publisher else source.publisher_name or "—",
        published,
        str(Result.objects.public().filter(source=source).count()),
        original,
    ]


def test_rows_say_what_the_models_say(client, world):
    Source.objects.filter(pk=world.news.pk).update(url="ftp://example.org/report", publisher_name="")
    Source.objects.filter(pk=world.seesac_report.pk).update(url="https://seesac.example/report")
    written = table_rows(client.get("/sources/?per_page=100").content.decode())
    sources = Source.objects.public().order_by("-year", "title", "pk")
    assert written == [expected(source) for source in sources]
    by_title = {row[0]: row for row in written}
    assert by_title[world.europol_release.title][2] == "Europol"  # a participant publisher is named
    assert by_title[world.news.title][2] == "—" and by_title[world.news.title][5] == "—"
    assert by_title[world.seesac_report.title][5] == "link"


def test_a_kosovo_publisher_is_named_with_its_asterisk_and_footnote(client, world):
    Source.objects.filter(pk=world.news.pk).update(publisher=world.kosovo, publisher_name="")
    content = client.get("/sources/").content.decode()
    assert [world.news.title, "News report", "Kosovo*"] in [row[:3] for row in table_rows(content)]
    assert public_fixtures.KOSOVO_FOOTNOTE in content


def test_rows_link_their_source_and_original_and_escape_text(client, world):
    Source.objects.filter(pk=world.news.pk).update(
        title="<script>alert(1)</script>", url="https://news.example/?a=1&b=2"
    )
    content = client.get("/sources/").content.decode()
    body = content[content.index("<tbody") : content.index("</tbody>")]
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert f'<a href="{world.news.get_absolute_url()}">&lt;script&gt;' in body
    assert '<a href="https://news.example/?a=1&amp;b=2" rel="noopener">link</a>' in body


def test_figures_of_unpublished_operations_and_activities_are_not_counted(client, world):
    # Counted as all the source's figures less those of unpublished operations and activities.
    world.result(world.draft, world.arrests, "7", world.europol_release)
    world.result(None, world.value, "8", world.europol_release, activity=world.secret_activity)
    written = {row[0]: row for row in table_rows(client.get("/sources/").content.decode())}
    assert written[world.europol_release.title][4] == str(
        Result.objects.public().filter(source=world.europol_release).count()
    )
    assert (
        Result.objects.filter(source=world.europol_release).count() == int(written[world.europol_release.title][4]) + 2
    )


def test_an_empty_page_says_nothing_matches(client, world):
    content = client.get("/sources/?q=nothing-says-this").content.decode()
    assert "Nothing matches these filters." in content
    assert 'colspan="6"' in content

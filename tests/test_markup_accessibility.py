"""What assistive technology needs from every public page's markup, checked on the server side
(the browser tests run axe-core as well): landmarks, a label for every form field, a caption and
column scopes on every table, and each chart's numbers in a table."""

import re
from html.parser import HTMLParser

import pytest

from tests.public_fixtures import world  # noqa: F401

pytestmark = pytest.mark.django_db


class Markup(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.labels = set()
        self.tables = []  # [{"caption": bool, "th": [scope, ...]}]
        self.in_thead = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        elif tag == "table":
            self.tables.append({"id": attrs.get("id"), "caption": False, "th": []})
        elif tag == "caption" and self.tables:
            self.tables[-1]["caption"] = True
        elif tag == "thead":
            self.in_thead = True
        elif tag == "th" and self.in_thead and self.tables:
            self.tables[-1]["th"].append(attrs.get("scope"))

    def handle_endtag(self, tag):
        if tag == "thead":
            self.in_thead = False

    def fields(self):
        return [
            attrs
            for tag, attrs in self.tags
            if tag in ("select", "textarea") or (tag == "input" and attrs.get("type") not in ("hidden", "submit"))
        ]


def pages(world):  # noqa: F811
    return [
        "/",
        "/operations/",
        "/results/",
        "/results/?operation=jad-see-2024&value_min=abc",  # with a form error shown
        "/participants/",
        "/activities/",
        "/sources/",
        world.jad_2024.get_absolute_url(),
        world.kosovo.get_absolute_url(),
        world.europol_release.get_absolute_url(),
        world.training.get_absolute_url(),
        "/compare/",
        "/compare/?operations=jad-see-2023&operations=jad-see-2024",
        "/data/",
        "/releases/",
        "/operations/jad-see-2024/charts/arrests/",  # a chart on its own, with its address and embed code
    ]


@pytest.mark.parametrize("language", ["en", "sr-latn"])
def test_public_pages_markup(client, world, language):  # noqa: F811
    for url in pages(world):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200, url
        markup = Markup(response.content.decode())
        tags = [tag for tag, _attrs in markup.tags]
        for landmark in ("header", "nav", "main", "footer"):
            assert tags.count(landmark) >= 1, f"{url}: no <{landmark}>"
        assert tags.count("main") == 1 and tags.count("h1") == 1, url
        for field in markup.fields():
            assert field.get("id") in markup.labels, f"{url}: {field} has no <label for>"
        for table in markup.tables:
            assert table["caption"], f"{url}: table {table['id']} has no caption"
            assert table["th"] and all(scope == "col" for scope in table["th"]), f"{url}: {table}"


def test_each_chart_has_its_numbers_in_a_table(client, world):  # noqa: F811
    content = client.get(world.jad_2024.get_absolute_url()).content.decode()
    charts = re.findall(r'<svg [^>]*role="img" aria-label="([^"]+)" aria-describedby="([^"]+)"', content)
    assert charts
    for label, described_by in charts:
        table_id = described_by.split()[-1]
        assert f'<table class="table table-sm small mb-0" id="{table_id}">' in content, label


def test_the_navigation_marks_the_page_you_are_on(client, world):  # noqa: F811
    """The navigation is rendered once per language and page (templates/base.html): each page
    must still get its own marker, in each language."""
    sections = ["/operations/", "/results/", "/participants/", "/activities/", "/sources/", "/compare/"]
    for language in ("en", "sr-latn"):
        for url in ["/", *sections]:
            content = client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
            nav = content[content.index('<ul class="navbar-nav">') : content.index("</ul>")]
            links = re.findall(r'<a class="nav-link( active" aria-current="page)?" href="([^"]+)"', nav)
            assert [href for _marker, href in links] == sections
            assert [href for marker, href in links if marker] == ([] if url == "/" else [url])

"""'Cite this': on the home page (the register), an operation's page and each figure's own page, as
plain text, BibTeX and CSL-JSON, on the page and as downloads; each figure of an operation links to
its page; a draft's figures have none; the day a page was read is the citation's access date."""

import json
import re

import pytest
from django.utils import timezone
from pybtex.database import parse_string

from operations.models import Revision
from operations.opendata.releases import publish_release
from operations.public.cache import CachedPageMixin
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world

ARRESTS = "/operations/jad-see-2024/figures/arrests/"
KOSOVO_WEAPONS = "/operations/jad-see-2024/figures/weapons/kosovo/"


def cite_block(response):
    text = response.content.decode()
    start = text.index('<details class="cite-this')
    return text[start : text.index("</details>", start)]


def test_an_operation_page_cites_the_operation_in_three_forms(client, world):
    response = client.get("/operations/jad-see-2024/")
    cite = response.context["cite"]
    today = timezone.localdate()
    assert cite["text"].startswith(f"JAD Register. ({today.year}). JAD SEE 2024: EMPACT Joint Action Days JAD SEE 2024")
    assert cite["text"].endswith("from http://testserver/operations/jad-see-2024/")
    block = cite_block(response)
    assert "@misc{jad-register-jad-see-2024," in block
    assert "&quot;type&quot;: &quot;dataset&quot;" in block  # the CSL-JSON, escaped in the page
    for extension in ("txt", "bib", "json"):
        assert f'href="/operations/jad-see-2024/cite.{extension}"' in block
    assert 'rel="license"' in block
    assert "<script>" not in block  # the copy buttons' script is a static file
    assert '<script src="/static/operations/cite_this.js" defer></script>' in response.content.decode()


def test_the_downloads_parse_and_name_the_page_and_today(client, world):
    today = timezone.localdate().isoformat()
    bib = client.get("/operations/jad-see-2024/cite.bib")
    assert bib["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert bib["Content-Disposition"] == 'attachment; filename="jad-see-2024.bib"'
    entry = parse_string(bib.content.decode(), "bibtex").entries["jad-register-jad-see-2024"]
    assert entry.fields["url"] == "http://testserver/operations/jad-see-2024/"
    assert entry.fields["urldate"] == today
    csl = client.get("/operations/jad-see-2024/cite.json")
    assert csl["Content-Type"] == "application/vnd.citationstyles.csl+json"
    (item,) = json.loads(csl.content)
    assert item["URL"] == "http://testserver/operations/jad-see-2024/"
    issued = Revision.objects.state().public_changed_at
    assert item["issued"] == {"date-parts": [list(timezone.localtime(issued).timetuple()[:3])]}
    text = client.get("/cite.txt")
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert "Results of multinational law-enforcement Joint Action Days" in text.content.decode()


def test_each_figure_links_to_its_page_which_cites_it(client, world):
    page = client.get("/operations/jad-see-2024/").content.decode()
    assert f'href="{ARRESTS}"' in page
    assert 'id="figure-weapons-kosovo"' in page
    figure = client.get(ARRESTS)
    assert figure.status_code == 200
    assert figure.context["figure"].best.value == 566
    assert figure.context["cite"]["text"].startswith("JAD Register. (")
    assert "Arrests in JAD SEE 2024 [Data set]. In JAD Register." in figure.context["cite"]["text"]
    entry = parse_string(client.get(f"{ARRESTS}cite.bib").content.decode(), "bibtex").entries
    assert list(entry) == ["jad-register-jad-see-2024-arrests"]


def test_a_figure_for_kosovo_carries_its_footnote(client, world):
    response = client.get(KOSOVO_WEAPONS)
    assert response.status_code == 200
    assert "Weapons seized, Kosovo*, in JAD SEE 2024" in response.context["cite"]["text"]
    assert "UNSCR 1244/1999" in response.context["cite"]["bibtex"]
    (item,) = json.loads(client.get(f"{KOSOVO_WEAPONS}cite.json").content)
    assert "UNSCR 1244/1999" in item["note"]


@pytest.mark.parametrize(
    "url",
    [
        "/operations/jad-see-2025/figures/arrests/",  # the draft's only figure
        "/operations/jad-see-2025/figures/arrests/cite.bib",
        "/operations/jad-see-2025/cite.bib",
        "/operations/jad-see-2024/figures/no-such-metric/",
        "/operations/jad-see-2024/figures/value/",  # a metric the operation has no statement of
        "/operations/jad-see-2024/figures/arrests/kosovo/",  # no arrests stated for Kosovo
        "/operations/jad-see-2024/figures/weapons/secretland/",  # named only by the draft
        "/operations/jad-see-2024/cite.pdf",
        "/cite.exe",
    ],
)
def test_what_is_not_a_public_figure_or_format_is_a_404(client, world, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "31337" not in response.content.decode()


def test_a_page_with_a_citation_is_kept_for_its_day_only(rf, world, monkeypatch):
    request = rf.get("/operations/jad-see-2024/")
    request.user = type("Anonymous", (), {"is_authenticated": False})()

    class Cited(CachedPageMixin):
        page_varies_by_day = True

    today = Cited().page_key(request)
    assert today == Cited().page_key(request)
    later = timezone.localdate().replace(year=timezone.localdate().year + 1)
    monkeypatch.setattr("operations.public.cache.timezone.localdate", lambda: later)
    assert Cited().page_key(request) != today
    assert CachedPageMixin().page_key(request) == CachedPageMixin().page_key(request)


def test_the_access_date_is_the_day_the_page_is_read(client, world):
    text = client.get("/").context["cite"]["text"]
    assert re.search(r"Retrieved \d{1,2} \w+ \d{4}, from http://testserver/$", text)
    assert timezone.localdate().strftime("%B") in text


def test_a_release_page_cites_the_release_dated_by_it(client, world, django_user_model):
    release = publish_release(django_user_model.objects.create_user("editor", is_staff=True), "First release")
    response = client.get("/releases/1/")
    text = response.context["cite"]["text"]
    assert text.startswith(f"JAD Register. ({release.published_at.year}). Results of multinational")
    assert "Release 1. Retrieved" in text and text.endswith("from http://testserver/releases/1/")
    entry = parse_string(client.get("/releases/1/cite.bib").content.decode(), "bibtex").entries
    assert entry["jad-register-release-1"].fields["version"] == "1"
    (item,) = json.loads(client.get("/releases/1/cite.json").content)
    assert item["version"] == "1" and item["URL"] == "http://testserver/releases/1/"
    assert client.get("/releases/2/cite.bib").status_code == 404


def test_publishing_a_release_leaves_the_data_last_updated(world, django_user_model):
    before = Revision.objects.state()
    publish_release(django_user_model.objects.create_user("editor", is_staff=True), "First release")
    after = Revision.objects.state()
    assert after.tag != before.tag  # the releases page changed
    assert after.public_changed_at == before.public_changed_at  # the data did not

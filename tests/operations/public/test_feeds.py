"""The Atom feeds (new operations, corrections, releases), sitemap.xml and robots.txt: valid, each
read through a public door, so that a draft never appears and a withdrawn operation leaves them."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model

from operations.models import Correction, Operation, Result
from operations.opendata.releases import publish_release
from operations.review import workflow
from operations.review.changes import register_change
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
FEEDS = ["/feeds/operations/", "/feeds/corrections/", "/feeds/releases/"]


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def entries(client, url):
    return [
        (entry.findtext(f"{ATOM}title"), entry.find(f"{ATOM}link").get("href"))
        for entry in atom(client, url).iter(f"{ATOM}entry")
    ]


def sitemap_locations(client):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    locations = []
    for section in index.iter(f"{SITEMAP}loc"):
        path = section.text.removeprefix("http://testserver")
        locations += [loc.text for loc in ET.fromstring(client.get(path).content).iter(f"{SITEMAP}loc")]
    return locations


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("alice", is_staff=True)


def correct(statement, value, reason, user):
    with register_change(user, "correction"):
        old_value, old_qualifier = statement.value, statement.qualifier_id
        statement.value = value
        statement.save()
        workflow.record_correction(statement, old_value, old_qualifier, reason, user)


@pytest.mark.parametrize("url", FEEDS)
def test_each_feed_is_atom_with_a_title_and_its_own_address(client, world, url):
    feed = atom(client, url)
    assert feed.findtext(f"{ATOM}title").startswith("JAD Register: ")
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == f"http://testserver{url}"
    assert feed.findtext(f"{ATOM}updated")


def test_the_operations_feed_lists_the_published_latest_first(client, world, editor, settings):
    settings.FOUR_EYES_PUBLISHING = False
    world.jad_2023.published_at = datetime.datetime(2023, 11, 20, tzinfo=datetime.UTC)
    world.jad_2023.save()
    world.jad_2024.published_at = datetime.datetime(2024, 11, 25, tzinfo=datetime.UTC)
    world.jad_2024.save()
    assert entries(client, "/feeds/operations/") == [
        ("EMPACT Joint Action Days JAD SEE 2024", "http://testserver/operations/jad-see-2024/"),
        ("EMPACT Joint Action Days JAD SEE 2023", "http://testserver/operations/jad-see-2023/"),
    ]


def test_every_entry_has_the_moment_atom_requires_even_without_a_publication_date(client, world):
    feed = atom(client, "/feeds/operations/")
    stored = Operation.objects.published().order_by("-pk").values_list("updated_at", flat=True)
    assert [entry.findtext(f"{ATOM}updated") for entry in feed.iter(f"{ATOM}entry")] == [
        moment.isoformat() for moment in stored
    ]


def test_a_correction_is_an_entry_linking_to_its_figure(client, world, editor):
    correct(Result.objects.get(pk=world.kosovo_weapons.pk), 13, "Europol corrected its release", editor)
    feed = atom(client, "/feeds/corrections/")
    (entry,) = feed.iter(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Weapons seized, Kosovo*, in JAD SEE 2024 corrected"
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/operations/jad-see-2024/figures/weapons/kosovo/"
    assert entry.findtext(f"{ATOM}summary") == "Was 12, now 13. Reason: Europol corrected its release"
    assert entry.findtext(f"{ATOM}id").endswith(f"#correction-{Correction.objects.get().pk}")


def test_the_releases_feed_lists_the_published_releases_newest_first(client, world, editor):
    assert entries(client, "/feeds/releases/") == []
    publish_release(editor, "The first release")
    publish_release(editor, "The second release")
    assert entries(client, "/feeds/releases/") == [
        ("Release 2", "http://testserver/releases/2/"),
        ("Release 1", "http://testserver/releases/1/"),
    ]
    (latest, _first) = atom(client, "/feeds/releases/").iter(f"{ATOM}entry")
    assert latest.findtext(f"{ATOM}summary") == "The second release"


def test_drafts_never_appear_a_publication_does_and_a_withdrawal_takes_it_away(client, world, editor, settings):
    settings.FOUR_EYES_PUBLISHING = False
    draft, draft_page = world.draft, "http://testserver/operations/jad-see-2025/"
    correct(Result.objects.get(pk=world.draft_result.pk), 31338, "Secret typo", editor)  # a draft's change

    def everywhere():
        operations = [link for _title, link in entries(client, "/feeds/operations/")]
        corrections = [title for title, _link in entries(client, "/feeds/corrections/")]
        return operations, corrections, entries(client, "/feeds/releases/"), sitemap_locations(client)

    operations, corrections, releases, sitemap = everywhere()
    assert draft_page not in operations and draft_page not in sitemap
    assert corrections == [] and releases == []
    assert "http://testserver/participants/secretland/" not in sitemap

    workflow.submit(draft, editor)
    workflow.publish(draft, editor)
    operations, corrections, _releases, sitemap = everywhere()
    assert operations[0] == draft_page
    assert corrections == ["Arrests in JAD SEE 2025 corrected"]
    assert draft_page in sitemap and "http://testserver/participants/secretland/" in sitemap
    assert "http://testserver/activities/secret-workshop/" not in sitemap  # the activity is still a draft

    workflow.withdraw(draft, editor, "Sources disagree")
    operations, corrections, releases, sitemap = everywhere()
    assert draft_page not in operations and draft_page not in sitemap
    assert corrections == [] and releases == []
    assert "http://testserver/participants/secretland/" not in sitemap


def test_the_sitemap_lists_the_public_pages_by_section(client, world):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    names = ("pages", "operations", "activities", "sources", "participants")
    assert sections == [f"http://testserver/sitemap-{name}.xml" for name in names]
    locations = sitemap_locations(client)
    for path in ("/", "/operations/", "/results/", "/participants/", "/activities/", "/sources/", "/about/"):
        assert f"http://testserver{path}" in locations
    assert "http://testserver/operations/jad-see-2024/" in locations
    assert "http://testserver/activities/firearms-detection-training/" in locations
    assert f"http://testserver{world.europol_release.get_absolute_url()}" in locations
    assert f"http://testserver{world.secret_source.get_absolute_url()}" not in locations
    assert "http://testserver/participants/kosovo/" in locations
    assert "http://testserver/participants/nobodyland/" not in locations  # named by nothing public
    assert not any("/admin/" in location for location in locations)


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, world):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_every_page_links_its_feeds(client, world):
    page = client.get("/operations/").content.decode()
    for url in FEEDS:
        assert f'<link rel="alternate" type="application/atom+xml" href="{url}"' in page

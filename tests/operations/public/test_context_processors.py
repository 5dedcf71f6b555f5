"""Every page's footer names the data's licence (CC BY 4.0 unless the settings say otherwise) and
when what visitors see last changed; a page answered from the cache reads nothing more for it."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format

from operations.models import Revision
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world

PAGES = [
    "/",
    "/operations/",
    "/results/",
    "/operations/jad-see-2024/",
    "/operations/jad-see-2024/figures/arrests/",
    "/participants/kosovo/",
    "/compare/",
    "/about/",
    "/search/?q=arrests",
    "/no-such-page/",
]


def footer(response):
    text = response.content.decode()
    return text[text.index("<footer") : text.index("</footer>")]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_names_the_licence_and_the_last_update(client, world, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    shown = footer(response)
    assert '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in shown
    updated = timezone.localtime(Revision.objects.state().public_changed_at)
    assert f'<time datetime="{updated.isoformat()}">{date_format(updated, "DATE_FORMAT")}</time>' in shown


def test_the_licence_comes_from_the_settings(client, world, settings):
    settings.DATA_LICENCE_NAME = "ODbL 1.0"
    settings.DATA_LICENCE_URL = "https://opendatacommons.org/licenses/odbl/1-0/"
    shown = footer(client.get("/"))
    assert '<a href="https://opendatacommons.org/licenses/odbl/1-0/" rel="license">ODbL 1.0</a>' in shown


def test_a_register_never_changed_in_public_says_no_date(client, world):
    Revision.objects.update(public_changed_at=None)
    assert "Data last updated" not in footer(client.get("/"))


def test_a_page_from_the_cache_reads_only_the_revision(client, world, django_assert_num_queries):
    client.get("/operations/jad-see-2024/")  # rendered and kept
    with django_assert_num_queries(1):  # the revision and the last update, in one query
        response = client.get("/operations/jad-see-2024/")
    assert "Data last updated" in footer(response)


def test_a_signed_in_visitor_sees_the_same_footer(client, world):
    client.force_login(get_user_model().objects.create_user("alice", is_staff=True))
    assert 'rel="license"' in footer(client.get("/operations/"))

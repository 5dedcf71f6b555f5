"""Public pages and exports can be cached by a proxy and answer conditional requests; the admin can't."""

import pytest
from django.contrib.auth import get_user_model

from operations.models import Revision
from tests.public_fixtures import world  # noqa: F401

pytestmark = pytest.mark.django_db

PUBLIC_URLS = ["/", "/operations/", "/results/", "/participants/", "/activities/", "/sources/", "/data/", "/releases/"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_are_cacheable_and_answer_304(client, world, url, settings):  # noqa: F811
    response = client.get(url)
    assert response.status_code == 200
    assert f"max-age={settings.PUBLIC_CACHE_SECONDS}" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    etag = response["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_operation_page_etag_changes_when_the_data_changes(client, world):  # noqa: F811
    url = world.jad_2024.get_absolute_url()
    etag = client.get(url)["ETag"]
    world.jad_2024.motto = "A new motto"
    world.jad_2024.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "A new motto" in response.content.decode()


def test_xlsx_export_is_cacheable(client, world, settings):  # noqa: F811
    response = client.get("/results/?_export=xlsx")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert client.get("/results/?_export=xlsx", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_signed_in_pages_are_private(client, world):  # noqa: F811
    user = get_user_model().objects.create_user("reader", is_staff=True)
    client.force_login(user)
    response = client.get("/results/")
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert "no-store" in client.get("/admin/").headers["Cache-Control"]


def test_an_export_keeps_its_etag_until_the_register_changes(client, world, settings):  # noqa: F811
    first = client.get("/results/?_export=xlsx")["ETag"]
    assert client.get("/results/?_export=xlsx")["ETag"] == first  # an XLSX's bytes carry the time it was written
    assert client.get("/results/?_export=csv")["ETag"] != first
    Revision.objects.bump()
    assert client.get("/results/?_export=xlsx")["ETag"] != first

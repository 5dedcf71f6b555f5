"""The About page: method, sources, qualifiers, the headline rule, corrections and the licence."""

import pytest
from django.test import override_settings

from operations.models import Qualifier

pytestmark = pytest.mark.django_db


def test_about_explains_the_method_and_lists_every_qualifier(client):
    response = client.get("/about/")
    assert response.status_code == 200
    page = response.content.decode()
    for heading in ("Method", "Sources", "Qualifiers", "Which figure is shown first", "Corrections", "Licence"):
        assert f">{heading}</h2>" in page
    qualifiers = Qualifier.objects.all()
    assert qualifiers.exists()  # the catalogue the migrations write
    for qualifier in qualifiers:
        assert qualifier.name in page
    assert "lower bound: the true value is at or above the figure" in page


def test_about_names_the_licence_the_settings_give(client):
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in (
        client.get("/about/").content.decode()
    )
    with override_settings(DATA_LICENCE_NAME="ODbL 1.0", DATA_LICENCE_URL="https://opendatacommons.org/licenses/odbl/"):
        page = client.get("/about/").content.decode()
    assert 'rel="license">ODbL 1.0</a>' in page


def test_every_page_links_to_about(client):
    assert 'href="/about/"' in client.get("/").content.decode()


def test_about_in_serbian(client):
    page = client.get("/about/", HTTP_ACCEPT_LANGUAGE="sr-latn").content.decode()
    assert "O registru" in page
    assert "<td>više od</td>" in page  # the qualifier's regional word, from the catalogue

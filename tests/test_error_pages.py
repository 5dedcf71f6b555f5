"""The error pages are the site's own (templates/400.html, 403.html, 403_csrf.html, 404.html,
500.html), in the visitor's language; the 500 page needs no request, database or URL."""

import pytest
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.test import Client, RequestFactory
from django.urls import path
from django.utils import translation
from django.views.defaults import server_error

from jadsite.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("a bug")


def forbidden(request):
    raise PermissionDenied


def suspicious(request):
    raise SuspiciousOperation("odd input")


urlpatterns = [
    path("boom/", broken),
    path("forbidden/", forbidden),
    path("suspicious/", suspicious),
    *site_urlpatterns,
]

pytestmark = pytest.mark.django_db


def test_missing_operation_is_a_friendly_404(client):
    response = client.get("/operations/no-such-operation/")
    assert response.status_code == 404
    content = response.content.decode()
    assert '<h1 class="h2">Page not found</h1>' in content
    assert "<code>/operations/no-such-operation/</code>" in content
    assert 'href="/results/"' in content and "<nav" in content  # the site's navigation, with a way on


def test_404_in_serbian(client):
    response = client.get("/operations/no-such-operation/", HTTP_ACCEPT_LANGUAGE="sr-Latn")
    assert response.status_code == 404
    assert "Stranica nije pronađena" in response.content.decode()


def test_404_escapes_the_path(client):
    response = client.get("/operations/%3Cscript%3E/")
    assert response.status_code == 404
    assert "<script>" not in response.content.decode()


@pytest.mark.urls("tests.test_error_pages")
def test_server_error_is_a_friendly_500():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    content = response.content.decode()
    assert "Something went wrong" in content and 'href="/"' in content
    assert "a bug" not in content and "Traceback" not in content


@pytest.mark.urls("tests.test_error_pages")
def test_server_error_in_serbian():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", HTTP_ACCEPT_LANGUAGE="sr-Latn")
    assert response.status_code == 500
    assert "Nešto nije u redu" in response.content.decode()


def test_500_page_renders_without_database_or_request_context(django_assert_num_queries):
    with django_assert_num_queries(0), translation.override("en"):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


@pytest.mark.urls("tests.test_error_pages")
def test_permission_denied_is_a_friendly_403(client):
    response = client.get("/forbidden/")
    assert response.status_code == 403
    assert "Access denied" in response.content.decode()


@pytest.mark.urls("tests.test_error_pages")
def test_bad_request_is_a_friendly_400(client):
    response = client.get("/suspicious/")
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_csrf_failure_is_a_friendly_403():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "someone", "password": "secret"})
    assert response.status_code == 403
    content = response.content.decode()
    assert "The form could not be accepted" in content
    assert "Nothing was saved" in content

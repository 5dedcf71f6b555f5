"""The health endpoints: all checks pass on a working site; a broken cache or queue answers 503,
saying which check failed and nothing of why."""

import dataclasses

import pytest
from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import connection
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable

from jadsite.health import Cache, Discreet, HealthView

CHECKS = {"Database(alias='default')", "Cache(alias='default')", "TaskQueue(alias='default')"}
JSON = {"HTTP_ACCEPT": "application/json"}


def unreachable_redis():
    """The cache settings with the shared cache on a port where nothing listens."""
    broken = {"BACKEND": "jadsite.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    return {**settings.CACHES, "default": broken}


@pytest.mark.django_db
def test_a_working_site_is_healthy(client):
    response = client.get(reverse("health:all"), **JSON)
    assert response.status_code == 200
    assert response.json() == dict.fromkeys(CHECKS, "OK")
    # Never kept by a proxy or the public page cache: each probe asks the server.
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.django_db
def test_the_format_can_be_asked_in_the_query_string_and_html_is_the_default(client):
    as_json = client.get(reverse("health:all"), {"format": "json"})
    assert as_json.status_code == 200 and set(as_json.json()) == CHECKS
    as_html = client.get(reverse("health:all"))
    assert as_html.status_code == 200 and as_html["Content-Type"].startswith("text/html")
    assert b"TaskQueue" in as_html.content


@pytest.mark.django_db
def test_the_liveness_probe_asks_only_the_database(client):
    with override_settings(CACHES=unreachable_redis()):
        response = client.get(reverse("health:database"), **JSON)
    assert response.status_code == 200
    assert response.json() == {"Database(alias='default')": "OK"}


@pytest.mark.django_db
def test_an_unreachable_cache_answers_503_without_details(client):
    with override_settings(CACHES=unreachable_redis()):
        as_json = client.get(reverse("health:all"), **JSON)
        as_html = client.get(reverse("health:all"))
    assert as_json.status_code == 503
    body = as_json.json()
    assert body.pop("Cache(alias='default')").endswith(": see the server's log")
    assert set(body.values()) == {"OK"}
    assert as_html.status_code == 503
    for response in (as_json, as_html):
        assert b"127.0.0.1" not in response.content and b"redis" not in response.content.lower()
        # Neither the traceback nor the library's own words for it ("Connection Error").
        assert b"Traceback" not in response.content and b"Connection" not in response.content


@pytest.mark.django_db
def test_a_queue_whose_table_cannot_be_read_answers_503(client):
    table = DBTaskResult._meta.db_table
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute(f"ALTER TABLE {table} RENAME TO jad_health_moved_away")
    response = client.get(reverse("health:all"), **JSON)
    assert response.status_code == 503
    assert response.json()["TaskQueue(alias='default')"] == "Unavailable: see the server's log"
    assert response.json()["Cache(alias='default')"] == "OK"


@dataclasses.dataclass
class LeakyCheck(Discreet, HealthCheck):
    """Fails as a database driver may: with the host and the user in its message."""

    def run(self):
        raise ServiceUnavailable('connection to server at "db.internal" (10.0.0.5) failed for user "jad"')


def test_a_failure_message_never_reaches_the_answer(caplog):
    view = HealthView.as_view(checks=(LeakyCheck, Cache))
    for query in ({"format": "json"}, {"format": "text"}, {}):
        response = async_to_sync(view)(RequestFactory().get("/health/", query))
        if hasattr(response, "render"):
            response.render()
        assert response.status_code == 503
        assert b"LeakyCheck" in response.content and b"see the server" in response.content
        assert b"db.internal" not in response.content and b"10.0.0.5" not in response.content
    # The operator finds the whole message in the log.
    assert "db.internal" in caplog.text

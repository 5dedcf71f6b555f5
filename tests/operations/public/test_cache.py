"""Pages for anonymous visitors are kept in the shared cache under the register's revision
(operations.public.cache): asked for again, a page costs one query (the revision); after any change
it is rendered anew. Never for signed-in users, never for exports, per language; and when the cache
fails, pages are rendered from the database with a warning."""

import logging

import pytest
from django.core.cache import cache

from operations.models import Operation, Revision
from operations.review.workflow import publish, withdraw
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

# A Redis server on a port nothing listens on: every cache call fails.
BROKEN_CACHE = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": "redis://127.0.0.1:9/0",
    "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
}


def test_a_table_page_asked_for_again_is_answered_as_rendered_until_the_register_changes(
    client, world, django_assert_num_queries
):
    url = "/results/?operation=jad-see-2024&sort=-value"
    first = client.get(url)
    with django_assert_num_queries(1):  # the revision
        again = client.get(url)
    assert again.status_code == 200 and again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert again["Cache-Control"] == first["Cache-Control"] and again["ETag"] == first["ETag"]

    operation = Operation.objects.get(slug="jad-see-2024")
    operation.short_name = "JAD SEE Sarajevo"
    operation.save()
    assert "JAD SEE Sarajevo" in client.get(url).content.decode()


def test_kept_pages_are_kept_per_language(client, world):
    english = client.get("/results/").content.decode()
    serbian = client.get("/results/", HTTP_ACCEPT_LANGUAGE="sr-latn").content.decode()
    assert serbian != english and 'lang="sr-latn"' in serbian
    assert client.get("/results/").content.decode() == english


def test_pages_of_signed_in_editors_and_exports_are_not_kept(client, world, admin_user, django_assert_max_num_queries):
    client.get("/results/?_export=csv")
    with django_assert_max_num_queries(100) as export:
        b"".join(client.get("/results/?_export=csv").streaming_content)
    assert len(export.captured_queries) > 1
    client.force_login(admin_user)
    client.get("/results/")
    with django_assert_max_num_queries(100) as again:
        client.get("/results/")
    assert len(again.captured_queries) > 1


def test_no_page_is_kept_when_none_may_be(client, world, settings, django_assert_max_num_queries):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    client.get("/results/")
    with django_assert_max_num_queries(100) as again:
        client.get("/results/")
    assert len(again.captured_queries) > 1


def test_a_page_is_kept_in_the_shared_cache_under_the_revision(client, world):
    client.get("/results/?operation=jad-see-2024")
    keys = [key for key in cache._cache if ":page:" in key]  # local memory's own store, in tests
    assert len(keys) == 1
    assert f":register:{Revision.objects.current()}:page:en:" in keys[0]


def test_when_the_cache_fails_pages_are_rendered_with_a_warning(client, world, settings, caplog):
    settings.CACHES = {**settings.CACHES, "default": BROKEN_CACHE}
    with caplog.at_level(logging.WARNING, logger="operations.public.cache"):
        first = client.get("/results/?operation=jad-see-2024")
        again = client.get("/")
    assert first.status_code == again.status_code == 200
    assert "JAD SEE 2024" in first.content.decode()
    assert any("answering from the database" in message for message in caplog.messages)


# The home page and each kind of detail page, by a function of the world that gives its address.
PAGES = {
    "home": lambda world: "/",
    "operation": lambda world: "/operations/jad-see-2024/",
    "participant": lambda world: "/participants/kosovo/",
    "activity": lambda world: "/activities/firearms-detection-training/",
    "source": lambda world: world.europol_release.get_absolute_url(),
}


@pytest.mark.parametrize("page", PAGES)
def test_the_home_and_detail_pages_are_kept_until_the_register_changes(client, world, page, django_assert_num_queries):
    url = PAGES[page](world)
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(1):  # the revision
        again = client.get(url)
    assert again.content == first.content and again["ETag"] == first["ETag"]

    operation = Operation.objects.get(slug="jad-see-2024")
    operation.name = operation.short_name = "JAD SEE Sarajevo"
    operation.save()
    assert "JAD SEE Sarajevo" in client.get(url).content.decode()


def test_a_draft_page_is_never_kept(client, world, django_user_model):
    draft = Operation.objects.get(slug="jad-see-2025")
    assert client.get("/operations/jad-see-2025/").status_code == 404
    assert client.get("/operations/jad-see-2025/").status_code == 404
    reviewer = django_user_model.objects.create_superuser("reviewer", "reviewer@example.org", "x")
    draft.status = Operation.Status.SUBMITTED
    draft.save()
    publish(draft, reviewer)
    assert client.get("/operations/jad-see-2025/").status_code == 200
    withdraw(draft, reviewer, "published by mistake")
    assert client.get("/operations/jad-see-2025/").status_code == 404


@pytest.fixture
def redis_cache(settings):
    """The shared cache of production: Django's RedisCache on the local Redis (a database of its own,
    emptied before and after). Skipped where no Redis answers, except in CI, which must have one."""
    import os

    import redis

    location = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(location, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"No Redis answers at {location}; CI must have one.")
        pytest.skip(f"No Redis answers at {location}.")
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "jadsite.redis.RedisCache", "LOCATION": location},
    }
    cache.clear()
    yield cache
    cache.clear()


def test_pages_are_shared_through_redis(client, world, redis_cache, django_assert_num_queries):
    from django.test import Client

    url = "/results/?operation=jad-see-2024"
    first = client.get(url)
    with django_assert_num_queries(1):  # another visitor, as another server would answer: the revision
        again = Client().get(url)
    assert again.content == first.content
    operation = Operation.objects.get(slug="jad-see-2024")
    operation.short_name = "JAD SEE Sarajevo"
    operation.save()
    assert "JAD SEE Sarajevo" in Client().get(url).content.decode()


def test_the_redis_cache_keeps_one_client_per_pool(redis_cache):
    client = redis_cache._cache.get_client(write=True)
    assert redis_cache._cache.get_client(write=True) is client
    redis_cache.set("answer", 42)
    assert redis_cache.get("answer") == 42 and redis_cache._cache.get_client() is client


def test_with_the_deployed_redis_cache_on_a_dead_port_public_pages_are_served(client, world, settings, caplog):
    # As settings.py builds the cache from CACHE_URL=redis://...: the project's client, one-second
    # timeouts. bench/loadtest.py --faults stops Redis while visitors read.
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            **BROKEN_CACHE,
            "BACKEND": "jadsite.redis.RedisCache",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }
    with caplog.at_level(logging.WARNING, logger="operations.public.cache"):
        pages = [client.get(url) for url in ("/", "/operations/jad-see-2024/", "/sources/", "/results/?_export=csv")]
    assert [page.status_code for page in pages] == [200, 200, 200, 200]
    assert "JAD SEE 2024" in pages[1].content.decode()
    assert any("answering from the database" in message for message in caplog.messages)

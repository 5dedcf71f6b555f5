"""Fixtures shared by the whole suite. Area-specific fixtures live in each folder's conftest.py."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: rolling a test's transaction back restores the register's
    earlier revision tag, under which another test may have kept pages of other data."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def frozen_register_folder(tmp_path):
    """Each test keeps the frozen registers of the releases it publishes (SQLite files,
    operations.frozen) in a folder of its own: parallel workers each publish their release 1."""
    with override_settings(FROZEN_REGISTER_DIR=tmp_path / "releases"):
        yield


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request in Serbian leaves Serbian active in the
    thread (LocaleMiddleware activates the language of each request and does not reset it)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)

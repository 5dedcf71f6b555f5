"""Fixtures shared by the whole suite. Area-specific fixtures live in each folder's conftest.py."""

import pytest
from django.conf import settings
from django.utils import translation

from operations.public import catalogue


@pytest.fixture(autouse=True)
def fresh_catalogue():
    """Each test starts without the process's kept catalogue: rolling a test's transaction back
    restores the register's earlier revision tag, which another test may have kept with other data."""
    catalogue.forget()
    yield
    catalogue.forget()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request in Serbian leaves Serbian active in the
    thread (LocaleMiddleware activates the language of each request and does not reset it)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)

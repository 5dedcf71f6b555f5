"""Fixtures for the operations tests."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def demo_data(db):
    """The demo data from the five seed documents, as `manage.py load_demo` loads it."""
    call_command("load_demo", stdout=StringIO())

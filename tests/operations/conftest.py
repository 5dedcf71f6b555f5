"""Fixtures for the operations tests."""

import pytest

from tests.demo_snapshot import load_demo_rows


@pytest.fixture
def demo_data(db):
    """The demo data from the five seed documents, as `manage.py load_demo` loads it (loaded once
    per test process, then copied back: tests/demo_snapshot.py)."""
    load_demo_rows()

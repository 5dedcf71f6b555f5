"""Fixtures shared by the whole suite. Area-specific fixtures live in each folder's conftest.py."""

import pytest

from operations import catalogue


@pytest.fixture(autouse=True)
def fresh_catalogue():
    """Each test starts without the process's kept catalogue: rolling a test's transaction back
    restores the register's earlier revision tag, which another test may have kept with other data."""
    catalogue.forget()
    yield
    catalogue.forget()

"""Fixtures of the figure checks' tests."""

import pytest

from tests.operations.builders import make_operation, make_source


@pytest.fixture
def operation():
    return make_operation()


@pytest.fixture
def source():
    return make_source("Joint press release")

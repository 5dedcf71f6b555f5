"""Fixtures and helpers for the open-data tests: the public fixtures' small register (with a draft
whose every trace must stay out), staff with and without the publish permission, and packages read
back as CSV."""

import csv
import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from operations.review.access import COORDINATORS, EDITORS
from tests import public_fixtures

world = public_fixtures.world


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("release-editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def coordinator(db):
    user = get_user_model().objects.create_user("release-coordinator", is_staff=True)
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user


def files_of(package):
    """{file name: text} of a package, given as bytes or a path."""
    source = io.BytesIO(package) if isinstance(package, bytes) else package
    with zipfile.ZipFile(source) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def rows_of(package, table):
    """The rows of one table of a package, as dicts."""
    return list(csv.DictReader(io.StringIO(files_of(package)[f"{table}.csv"], newline="")))

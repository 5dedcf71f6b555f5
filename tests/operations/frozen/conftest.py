"""Reading a release's frozen copy takes a connection of its own, which on PostgreSQL sees only
what is committed: these tests commit (transactional database) and drop the copies after."""

import pytest
from django.db import connection

from tests import public_fixtures
from tests.migration_data import restore_catalogues

world = public_fixtures.world


@pytest.fixture
def forget_copies(transactional_db):
    restore_catalogues()  # an earlier transactional test's flush deleted them
    yield
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'release\\_%%'")
            for (schema,) in cursor.fetchall():
                cursor.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def editor(django_user_model):
    """Whoever publishes (the admin checks permissions; a transactional flush deleted the groups)."""
    return django_user_model.objects.create_user("release-editor", is_staff=True)

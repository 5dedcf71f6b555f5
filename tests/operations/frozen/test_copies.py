"""How a copy is made: the live tables' indexes and (SQLite) statistics come along, so the copy's
queries are planned as the live ones are."""

import sqlite3

import pytest
from django.db import connection

from operations.frozen import copies
from operations.opendata.releases import publish_release

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("forget_copies")]


def indexes(schema):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = %s AND tablename = 'operations_result'", [schema]
            )
            return {name for (name,) in cursor.fetchall()}
    with sqlite3.connect(copies.sqlite_path(1)) as copied:
        rows = copied.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'operations_result'")
        return {name for (name,) in rows if not name.startswith("sqlite_autoindex")}


def live_indexes():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT current_schema()")
            (schema,) = cursor.fetchone()
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = %s AND tablename = 'operations_result'", [schema]
            )
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'index' AND tbl_name = 'operations_result' AND sql IS NOT NULL"
            )
        return {name for (name,) in cursor.fetchall()}


def test_the_copy_has_the_live_indexes(world, editor):
    publish_release(editor, "Indexed.")
    assert len(live_indexes()) > 5
    assert indexes(copies.schema_name(1)) >= live_indexes()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL analyses the copy itself")
def test_the_copy_has_the_live_statistics(world, editor):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = 'operations_result' ORDER BY idx")
        live = cursor.fetchall()
    publish_release(editor, "Analysed.")
    with sqlite3.connect(copies.sqlite_path(1)) as copied:
        frozen = copied.execute(
            "SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = 'operations_result' ORDER BY idx"
        ).fetchall()
    assert live and frozen == live

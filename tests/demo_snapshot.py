"""The demo register for tests: loaded once per test process, then copied back for each test.

`manage.py load_demo` takes 15-20 s of CPU (every record through the register's one change
function, with its audit); loaded for each of some 80 tests it was a third of the suite's time. The
first test of a process that asks for it loads it and keeps a copy; the next ones put the copy back
in a fraction of a second:

- `load_demo_register`, for live-server tests (their flush deletes everything): the whole database,
  by SQLite's online backup of the in-memory test database, or on PostgreSQL into a schema of its
  own and back.
- `load_demo_rows`, inside a test's transaction (rolled back after it): the rows of every model's
  table, kept in memory and written back over what the table holds.
"""

import sqlite3
from io import StringIO

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from tests.migration_data import restore_catalogues

SNAPSHOT_SCHEMA = "demo_snapshot"
_snapshot = {}
_rows = {}


def load_demo_register():
    """The database holds the demo register (and nothing else a test left), as `load_demo` writes it."""
    copy = _snapshot.get(connection.settings_dict["NAME"])
    if copy is None:
        restore_catalogues()
        call_command("load_demo", verbosity=0)
        _snapshot[connection.settings_dict["NAME"]] = take_copy()
    else:
        put_back(copy)
    ContentType.objects.clear_cache()  # ids as the copy has them


def take_copy():
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return copy
    tables = connection.introspection.table_names(include_views=False)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
        for table in tables:
            name = connection.ops.quote_name(table)
            cursor.execute(f"CREATE TABLE {SNAPSHOT_SCHEMA}.{name} AS TABLE public.{name}")
    return tables


def put_back(copy):
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy.backup(connection.connection)
        return
    names = [connection.ops.quote_name(table) for table in copy]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(f'public.{name}' for name in names)} CASCADE")
        for name in names:
            cursor.execute(f"INSERT INTO public.{name} SELECT * FROM {SNAPSHOT_SCHEMA}.{name}")
        reset_sequences(cursor)


def load_demo_rows():
    """The database holds the demo register, as `load_demo` writes it, inside the test's transaction."""
    rows = _rows.get(connection.settings_dict["NAME"])
    if rows is None:
        restore_catalogues()
        call_command("load_demo", stdout=StringIO())
        _rows[connection.settings_dict["NAME"]] = read_rows()
    else:
        write_rows(rows)
    ContentType.objects.clear_cache()  # ids as the copy has them


def read_rows():
    """Every row of every model's table (the quotes' search index follows them by its triggers)."""
    copy = []
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.django_table_names(only_existing=True, include_views=False)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            columns = [column[0] for column in cursor.description]
            copy.append((table, columns, cursor.fetchall()))
    return copy


def write_rows(copy):
    """The tables emptied and filled with the copy (foreign keys are checked at commit, never here)."""
    with connection.cursor() as cursor:
        for table, _columns, _rows in copy:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
        for table, columns, rows in copy:
            if rows:
                names = ", ".join(connection.ops.quote_name(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {connection.ops.quote_name(table)} ({names}) VALUES ({marks})", rows)
        if connection.vendor == "postgresql":
            reset_sequences(cursor)


def reset_sequences(cursor):
    """PostgreSQL's sequences were not copied: each starts again after the highest id copied back."""
    for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
        cursor.execute(statement)

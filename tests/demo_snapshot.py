"""The demo register for live-server tests: loaded once per test process, then copied back.

`manage.py load_demo` takes 15-20 s of CPU (every record through the register's one change
function, with its audit), and each live-server test's flush deletes what it loaded. The first test
of a process loads it and keeps a copy of the whole database; the next ones put that copy back in a
fraction of a second: SQLite's online backup of the in-memory test database, or on PostgreSQL the
rows of every table copied into a schema of their own and back.
"""

import sqlite3

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from tests.migration_data import restore_catalogues

SNAPSHOT_SCHEMA = "demo_snapshot"
_snapshot = {}


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
        # Sequences were not copied: each starts again after the highest id copied back.
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(statement)

"""The frozen copy of the register of a release: which tables it holds, where it is, the database
alias that reads it, and making it.

A copy holds every table of the register (the `operations` and `participants` apps) except what
the public never reads: history, releases themselves, imports and proposed changes, and except the
kept data package of the register as it is now (made from the register, not part of it). It is made
from the connection that publishes the release, inside its transaction, so it is exactly the
register being released, and before that transaction commits.
"""

import contextlib
import copy
import sqlite3
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, connections
from django.db.utils import ConnectionDoesNotExist, load_backend
from simple_history.models import HistoricalChanges

from operations.models import (
    DataPackage,
    DataPackagePart,
    ImportRecord,
    ImportUpload,
    ProposedChange,
    Release,
    ReleasePart,
)
from operations.models.quote_search import QUOTE_INDEX

REGISTER_APPS = ("operations", "participants")
NOT_PUBLIC = (Release, ReleasePart, ImportRecord, ImportUpload, ProposedChange, DataPackage, DataPackagePart)
ALIAS_PREFIX = "release_"
CHUNK = 5000


def is_frozen(model):
    """Whether a release's copy holds `model`'s table (and its reads go there)."""
    meta = model._meta
    if meta.auto_created:  # a many-to-many table: frozen with the model that declares it
        return is_frozen(meta.auto_created)
    return (
        meta.app_label in REGISTER_APPS
        and not meta.proxy
        and not issubclass(model, HistoricalChanges)
        and model not in NOT_PUBLIC
    )


def frozen_tables():
    return [
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.app_label in REGISTER_APPS and is_frozen(model)
    ]


def schema_name(number):
    return f"{ALIAS_PREFIX}{int(number)}"


def sqlite_path(number):
    return Path(settings.FROZEN_REGISTER_DIR) / f"release-{int(number)}.sqlite3"


def exists(number):
    """Whether release `number`'s frozen copy is here (a release published before copies were
    kept has none)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [schema_name(number)])
            return cursor.fetchone() is not None
    return sqlite_path(number).exists()


def alias(number):
    """The database alias that reads release `number`'s copy: the default database's settings,
    read-only, pointed at the copy. Its connection is this thread's own, made on first use and
    kept or closed at the end of each request that read the release (`release_connection`; not
    in DATABASES: a release is published while the site runs). Made again when the copy's place
    changed (the tests give each test a folder of its own)."""
    name = schema_name(number)
    place = _place(number)
    try:
        kept = connections[name]
        if kept.settings_dict["NAME"] == place:
            return name
        kept.close()
    except ConnectionDoesNotExist:
        pass
    config = copy.deepcopy(connections["default"].settings_dict)
    options = config.setdefault("OPTIONS", {})
    if connection.vendor == "postgresql":
        options["options"] = (
            f"{options.get('options', '')} -c search_path={name},public -c default_transaction_read_only=on"
        ).strip()
    else:
        options.pop("init_command", None)  # WAL is the live database's concern
    config["NAME"] = place
    connections[name] = load_backend(config["ENGINE"]).DatabaseWrapper(config, alias=name)
    return name


def _place(number):
    """The NAME of the database that holds release `number`'s copy."""
    if connection.vendor == "postgresql":
        return connections["default"].settings_dict["NAME"]
    return f"file:{sqlite_path(number)}?mode=ro"


def close(number):
    """Close this thread's connection to release `number`'s copy, if it has one."""
    with contextlib.suppress(ConnectionDoesNotExist):
        connections[schema_name(number)].close()


def release_connection(number):
    """At the end of a request: keep this thread's connection to the copy as the live database's
    are kept (CONN_MAX_AGE), unless it failed. Opening one cost 15-20 ms a request on PostgreSQL
    (bench/release_reading.py)."""
    with contextlib.suppress(ConnectionDoesNotExist):
        connections[schema_name(number)].close_if_unusable_or_obsolete()


def freeze(number):
    """Copy the register, as the publishing connection sees it now, to release `number`'s copy
    (replacing any left by a publication that did not commit)."""
    forget(number)
    if connection.vendor == "postgresql":
        _freeze_postgresql(number)
    else:
        _freeze_sqlite(number)


def forget(number):
    """Close the alias's connections and drop a leftover copy (e.g. after a restore)."""
    name = schema_name(number)
    close(number)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    else:
        sqlite_path(number).unlink(missing_ok=True)


def _freeze_postgresql(number):
    """In the publishing transaction: a schema with a copy of each table and its indexes (no
    constraints or defaults: nothing writes there), which commits or rolls back with the release.
    Rows first, then the live table's indexes built on them: inserting a million statements into
    tables already indexed (the quotes' full-text index above all) took 77 s at load 3
    (bench/release_reading.py)."""
    name = schema_name(number)
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        (live,) = cursor.fetchone()
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        cursor.execute(f'CREATE SCHEMA "{name}"')
        for table in frozen_tables():
            cursor.execute(f'CREATE TABLE "{name}"."{table}" AS TABLE "{live}"."{table}"')
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = %s", [live, table])
            for (definition,) in cursor.fetchall():
                on_live = f" ON {live}.{table} USING "
                if on_live not in definition:
                    raise ValueError(f"An index of {table} that the frozen copy cannot read: {definition}")
                cursor.execute(definition.replace(on_live, f' ON "{name}"."{table}" USING '))
            cursor.execute(f'ANALYZE "{name}"."{table}"')


def _freeze_sqlite(number):
    """A new SQLite file: each table as the live database declares it, its rows read through the
    publishing connection (which sees the transaction's own writes), its indexes, and the quotes'
    full-text index rebuilt from the copied statements. Written under a temporary name and renamed,
    so a copy is always whole."""
    target = sqlite_path(number)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    tables = frozen_tables()
    copied = sqlite3.connect(partial)
    try:
        with connection.cursor() as cursor:
            for table in tables:
                _copy_sqlite_table(cursor, copied, table)
            listed = ", ".join(["%s"] * len(tables))
            cursor.execute(
                f"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({listed})",
                tables,
            )
            for (statement,) in cursor.fetchall():
                copied.execute(statement)
            cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s", [QUOTE_INDEX])
            for (statement,) in cursor.fetchall():
                copied.execute(statement)
                copied.execute(f"INSERT INTO {QUOTE_INDEX}({QUOTE_INDEX}) VALUES ('rebuild')")
            _copy_sqlite_statistics(cursor, copied, tables)
        copied.commit()
    finally:
        copied.close()
    partial.replace(target)


def _copy_sqlite_table(cursor, copied, table):
    cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s", [table])
    (declaration,) = cursor.fetchone()
    copied.execute(declaration)
    cursor.execute(f'SELECT * FROM "{table}"')
    insert = None
    while rows := cursor.fetchmany(CHUNK):
        if insert is None:
            insert = f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})'
        copied.executemany(insert, rows)


def _copy_sqlite_statistics(cursor, copied, tables):
    """The live database's statistics of these tables (ANALYZE's), so that the copy's queries are
    planned as the live ones are: analysing the copy again cost seconds at a million statements."""
    cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
    if cursor.fetchone() is None:
        return
    copied.execute("ANALYZE sqlite_master")  # makes the statistics table, empty
    listed = ", ".join(["%s"] * len(tables))
    cursor.execute(f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN ({listed})", tables)
    copied.execute("DELETE FROM sqlite_stat1")
    copied.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", cursor.fetchall())

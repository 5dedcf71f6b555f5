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
    closed by `close` at the end of each request that read the release (not in DATABASES: a
    release is published while the site runs)."""
    name = schema_name(number)
    try:
        connections[name]
    except ConnectionDoesNotExist:
        config = copy.deepcopy(connections["default"].settings_dict)
        options = config.setdefault("OPTIONS", {})
        if connection.vendor == "postgresql":
            options["options"] = (
                f"{options.get('options', '')} -c search_path={name},public -c default_transaction_read_only=on"
            ).strip()
        else:
            options.pop("init_command", None)  # WAL is the live database's concern
            config["NAME"] = f"file:{sqlite_path(number)}?mode=ro"
        connections[name] = load_backend(config["ENGINE"]).DatabaseWrapper(config, alias=name)
    return name


def close(number):
    """Close this thread's connection to release `number`'s copy, if it has one."""
    with contextlib.suppress(ConnectionDoesNotExist):
        connections[schema_name(number)].close()


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
    """In the publishing transaction: a schema with a copy of each table (columns, defaults,
    indexes; no foreign keys, nothing writes there), which commits or rolls back with the release."""
    name = schema_name(number)
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        (live,) = cursor.fetchone()
        cursor.execute(f'CREATE SCHEMA "{name}"')
        for table in frozen_tables():
            cursor.execute(f'CREATE TABLE "{name}"."{table}" (LIKE "{live}"."{table}" INCLUDING ALL)')
            cursor.execute(f'INSERT INTO "{name}"."{table}" SELECT * FROM "{live}"."{table}"')
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
        copied.commit()
        copied.execute("ANALYZE")
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

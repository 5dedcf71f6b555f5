"""Backups of the whole register (the database DATABASE_URL names), and restoring one.

- SQLite: the online backup API (`sqlite3.Connection.backup`), a consistent copy page by page
  while the site runs; a restore copies the file back the same way into the live database.
- PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore --clean --if-exists
  --single-transaction` (all or nothing), connecting as Django does (`manage.py dbshell`'s
  settings: host, port, user, password through PGPASSWORD, sslmode, service).

Each backup is a file `jadregister-<UTC time>.<sqlite3|dump>` beside a `.sha256` file in
`sha256sum`'s format; a restore checks that sum, then the file itself, before it changes anything.
"""

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.utils import timezone

PREFIX = "jadregister-"
SUFFIXES = {"sqlite": ".sqlite3", "postgresql": ".dump"}
# The first bytes of each kind of file: SQLite's header, pg_dump's custom format.
FROZEN_SCHEMA = re.compile(r" SCHEMA - (release_[0-9]+) ")  # in `pg_restore --list`
MAGIC = {"sqlite": b"SQLite format 3\x00", "postgresql": b"PGDMP"}


class BackupError(Exception):
    """A backup or restore that cannot be done, with a message for the operator."""


@dataclass(frozen=True)
class Backup:
    path: Path
    sha256: str

    @property
    def checksum_path(self):
        return checksum_path(self.path)


def checksum_path(path):
    return path.with_name(path.name + ".sha256")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def vendor():
    if connection.vendor not in SUFFIXES:
        raise BackupError(f"Backups of {connection.vendor} databases are not supported (SQLite and PostgreSQL are).")
    return connection.vendor


def back_up(directory):
    """Write a backup of the database into `directory` and return it."""
    kind = vendor()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{PREFIX}{timezone.now():%Y%m%d-%H%M%S-%f}{SUFFIXES[kind]}"
    # Written under a temporary name, so a file with the backup's name is always complete.
    partial = path.with_name(path.name + ".partial")
    try:
        if kind == "sqlite":
            connection.ensure_connection()
            with sqlite3.connect(partial) as target:
                connection.connection.backup(target)
            target.close()
        else:
            run_postgres("pg_dump", ["--format=custom", f"--file={partial}"])
        partial.rename(path)
    finally:
        partial.unlink(missing_ok=True)
    backup = Backup(path, sha256_of(path))
    backup.checksum_path.write_text(f"{backup.sha256}  {path.name}\n")
    return backup


def verify(path):
    """Check that `path` is a whole backup of this kind of database; return its SHA-256."""
    kind = vendor()
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    with open(path, "rb") as file:
        header = file.read(len(MAGIC[kind]))
    if header != MAGIC[kind]:
        raise BackupError(f"{path} is not a backup of a {kind} database ({PREFIX}*{SUFFIXES[kind]}).")
    sha256 = sha256_of(path)
    sums = checksum_path(path)
    if sums.exists():
        expected = sums.read_text().split()[0]
        if expected != sha256:
            raise BackupError(f"{path} does not match its checksum in {sums.name}: the file was changed or cut.")
    if kind == "sqlite":
        verify_sqlite(path)
    else:
        verify_postgres(path)
    return sha256


def verify_sqlite(path):
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source:
            integrity = source.execute("PRAGMA integrity_check").fetchone()[0]
            migrations = source.execute("SELECT COUNT(*) FROM django_migrations").fetchone()[0]
        source.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} cannot be read as a database: {error}") from error
    if integrity != "ok" or not migrations:
        raise BackupError(f"{path} is damaged (SQLite's integrity check says: {integrity}).")


def verify_postgres(path):
    contents = run_postgres("pg_restore", ["--list", str(path)], connect=False)
    if "TABLE DATA public django_migrations" not in contents:
        raise BackupError(f"{path} holds no register (no django_migrations table).")


def restore(path):
    """Replace the whole database with the backup at `path` (verified first). Nothing else may be
    writing: stop the background workers first (docs/deployment.md)."""
    kind = vendor()
    verify(path)
    if connection.in_atomic_block:
        raise BackupError("A restore cannot run inside a transaction.")
    if kind == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source:
            source.backup(connection.connection)
        source.close()
    else:
        drop_frozen_registers_not_in(path)
        # Django's idle connection holds no lock; closed all the same, so nothing of the old tables
        # is kept by it.
        connection.close()
        run_postgres(
            "pg_restore",
            ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", str(path)],
        )


def drop_frozen_registers_not_in(path):
    """Drop the frozen registers of releases published after the backup was taken (schemas
    `release_N`, operations.frozen): the restore removes those releases, and their copies' full-text
    indexes depend on the text search configuration that `pg_restore --clean` drops and makes again,
    so it would fail on them. The backup's own releases keep theirs: it holds and restores them."""
    in_backup = set(FROZEN_SCHEMA.findall(run_postgres("pg_restore", ["--list", str(path)], connect=False)))
    with connection.cursor() as cursor:
        cursor.execute("SELECT nspname FROM pg_namespace WHERE nspname ~ '^release_[0-9]+$'")
        for (schema,) in cursor.fetchall():
            if schema not in in_backup:
                cursor.execute(f'DROP SCHEMA "{schema}" CASCADE')


def run_postgres(program, parameters, *, connect=True):
    """Run a PostgreSQL client program, connected as Django is; return what it printed."""
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(f"{program} is not installed (Debian: apt-get install postgresql-client).")
    settings_dict = connection.settings_dict
    if connect and not settings_dict.get("NAME"):
        raise BackupError("DATABASE_URL names no database.")
    args, env = connection.client.settings_to_cmd_args_env(settings_dict, [])
    # args: ["psql", *connection flags, dbname]
    command = [executable, *parameters]
    if connect:
        command[1:1] = [*args[1:-1], f"--dbname={args[-1]}"]
    with tempfile.TemporaryFile(mode="w+") as errors:
        result = subprocess.run(
            command, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=errors, text=True, check=False
        )
        if result.returncode != 0:
            errors.seek(0)
            raise BackupError(f"{program} failed (exit {result.returncode}): {errors.read().strip()}")
    return result.stdout


def prune(directory, keep):
    """Delete all but the `keep` newest backups in `directory`; return the paths deleted."""
    backups = sorted(Path(directory).glob(f"{PREFIX}*{SUFFIXES[vendor()]}"), reverse=True)
    for old in backups[keep:]:
        old.unlink()
        checksum_path(old).unlink(missing_ok=True)
    return backups[keep:]

"""Issue 19, search: a full-text index of the statements' quotes (operations.models.quote_search).

PostgreSQL: the unaccent extension, a text search configuration `jad_quote` (simple, with accents
removed) and a GIN index on the same expression the query uses. SQLite: an FTS5 table over
operations_result(quote), filled from the existing rows and kept in step by triggers.

On SQLite, a later migration that makes Django rebuild operations_result (most AlterField and
RemoveField do) drops these triggers with the old table: it must create them again (the search
tests fail when a new statement is not found).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# As in operations.models.quote_search, written out: a migration keeps what it did.
QUOTE_INDEX = "operations_result_quote"
QUOTE_CONFIG = "jad_quote"

INDEX_NAME = "result_quote_search"

SQLITE_CREATE = [
    f"CREATE VIRTUAL TABLE {QUOTE_INDEX} USING fts5(quote, content='operations_result', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {QUOTE_INDEX}_insert AFTER INSERT ON operations_result BEGIN "
    f"INSERT INTO {QUOTE_INDEX}(rowid, quote) VALUES (new.id, new.quote); END",
    f"CREATE TRIGGER {QUOTE_INDEX}_delete AFTER DELETE ON operations_result BEGIN "
    f"INSERT INTO {QUOTE_INDEX}({QUOTE_INDEX}, rowid, quote) VALUES ('delete', old.id, old.quote); END",
    f"CREATE TRIGGER {QUOTE_INDEX}_update AFTER UPDATE OF quote ON operations_result BEGIN "
    f"INSERT INTO {QUOTE_INDEX}({QUOTE_INDEX}, rowid, quote) VALUES ('delete', old.id, old.quote); "
    f"INSERT INTO {QUOTE_INDEX}(rowid, quote) VALUES (new.id, new.quote); END",
    f"INSERT INTO {QUOTE_INDEX}({QUOTE_INDEX}) VALUES ('rebuild')",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {QUOTE_INDEX}_insert",
    f"DROP TRIGGER IF EXISTS {QUOTE_INDEX}_delete",
    f"DROP TRIGGER IF EXISTS {QUOTE_INDEX}_update",
    f"DROP TABLE IF EXISTS {QUOTE_INDEX}",
]


def quote_index():
    return GinIndex(SearchVector("quote", config=QUOTE_CONFIG), name=INDEX_NAME)


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {QUOTE_CONFIG} (COPY = simple)")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {QUOTE_CONFIG} "
            "ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple"
        )
        schema_editor.add_index(apps.get_model("operations", "Result"), quote_index())
    elif vendor == "sqlite":
        for statement in SQLITE_CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("operations", "Result"), quote_index())
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {QUOTE_CONFIG}")
        # The unaccent extension stays: something else in the database may use it.
    elif vendor == "sqlite":
        for statement in SQLITE_DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0016_versions"),
    ]

    # Django's UnaccentExtension is not used: unapplied, it queries pg_extension on any database.
    operations = [migrations.RunPython(create, drop)]

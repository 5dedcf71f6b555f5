"""The results table sorted by value counts a figure named without a value as the smallest, on both
databases (operations.public.tables.ResultTable.order_value): ascending with NULLs first, descending
with NULLs last. SQLite's indexes already hold NULLs first. PostgreSQL's hold them last by default,
so that it sorted the 20,000 unreported figures of a million results on every descending page: its
two value indexes are built again, under the same names, with NULLS FIRST (walked backwards for the
descending order). The models' state does not change: Django cannot declare NULLS FIRST in an index
that SQLite would accept.
"""

from django.db import migrations

# The index of the unfiltered sort ends with the id, the pages' tie-break: PostgreSQL keeps equal
# keys in the order of their rows on disk, and sorted the 20,000 NULLs by id to show the first page.
INDEXES = {
    "result_value": ('"value"', '"value" ASC NULLS FIRST, "id"'),
    "result_metric_value": ('"metric_id", "value"', '"metric_id", "value" ASC NULLS FIRST'),
}


def rebuild(apps, schema_editor, with_nulls_first=True):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (plain, nulls_first) in INDEXES.items():
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')
        schema_editor.execute(
            f'CREATE INDEX "{name}" ON "operations_result" ({nulls_first if with_nulls_first else plain})'
        )


def restore(apps, schema_editor):
    rebuild(apps, schema_editor, with_nulls_first=False)


class Migration(migrations.Migration):
    dependencies = [("operations", "0018_content_translations")]

    operations = [migrations.RunPython(rebuild, restore, elidable=False)]

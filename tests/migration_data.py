"""Rows that data migrations wrote, written again for tests that run outside a transaction: a
transactional test's flush deletes them, and pytest-django's serialized rollback did not put them
back in a full parallel run."""


def rerun_data_migration(app_label, migration_name, function_name):
    """Write again what a data migration wrote, with its own function run against the models as they
    were at that migration: a live-server test's flush deletes those rows, and the serialized
    rollback that should restore them did not in a full parallel run (qualifiers went missing)."""
    import importlib

    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    state = MigrationLoader(connection).project_state((app_label, migration_name))
    module = importlib.import_module(f"{app_label}.migrations.{migration_name}")
    getattr(module, function_name)(state.apps, None)


def restore_catalogues():
    """The qualifiers and kinds of activity (migration 0007), when a flush has deleted them."""
    from operations.models import Qualifier

    if not Qualifier.objects.exists():
        rerun_data_migration("operations", "0007_qualifiers_units_breakdowns_periods", "seed_catalogues")
        # Written in the models of 0007, which have no English column yet: copied in as 0018 did.
        rerun_data_migration("operations", "0018_content_translations", "english_into_its_column")

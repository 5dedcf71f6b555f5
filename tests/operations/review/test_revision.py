"""The register's revision: a tag that every change replaces, in the change's own transaction, so
that what is kept under it (operations.public.cache) is read again after any change: a save, a
deletion, a many-to-many change, a bulk import; a rolled-back change leaves it as it was."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from operations.models import Activity, ImportRecord, ImportUpload, NameMapping, Operation, Revision
from operations.review import signals
from tests import public_fixtures
from tests.operations.fixtures import build_world
from tests.operations.sheets import RESULT_HEADERS, csv_bytes, result_rows

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def test_a_save_and_a_deletion_count(world):
    before = Revision.objects.current()
    operation = Operation.objects.get(slug="jad-see-2024")
    operation.save()
    after_save = Revision.objects.current()
    assert after_save != before
    Activity.objects.first().delete()
    assert Revision.objects.current() not in (before, after_save)


def test_a_many_to_many_change_counts(world):
    before = Revision.objects.current()
    activity = Activity.objects.first()
    activity.beneficiary_countries.add(world.spain)
    assert Revision.objects.current() != before


def test_a_rolled_back_change_leaves_the_revision_as_it_was(world):
    before = Revision.objects.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        Operation.objects.filter(slug="jad-see-2024").get().save()
        assert Revision.objects.current() != before
        raise RuntimeError("roll back")
    assert Revision.objects.current() == before


def test_a_bulk_import_counts(tmp_path, db, admin_user):
    build_world()
    before = Revision.objects.current()
    path = tmp_path / "results.csv"
    path.write_bytes(csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "12", "12 arrests in Serbia"))))
    call_command("import_results", str(path), stdout=StringIO(), stderr=StringIO())
    assert Revision.objects.current() != before


def test_history_rows_the_revision_name_mappings_and_import_records_do_not_count():
    assert signals.counts_as_change(Operation)
    assert not signals.counts_as_change(Operation.history.model)
    assert not signals.counts_as_change(Revision)
    assert not signals.counts_as_change(NameMapping)  # how files are read, not what the register says
    assert not signals.counts_as_change(ImportRecord)  # who imported what: the public site shows none of it
    assert not signals.counts_as_change(ImportUpload)


def test_the_revision_is_none_before_it_is_ever_set(world):
    Revision.objects.all().delete()
    assert Revision.objects.current() is None
    Revision.objects.bump()
    assert Revision.objects.current() is not None

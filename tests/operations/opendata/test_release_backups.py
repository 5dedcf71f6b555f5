"""A release's frozen file is in the database, so a backup keeps it and a restore brings it back
byte for byte (jadsite/backups.py, `make backup` / `make restore`)."""

import shutil

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

from operations.models import Release
from operations.opendata.releases import package_blocks, publish_release
from tests.migration_data import restore_catalogues
from tests.public_fixtures import build_world

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def client_programs():
    if connection.vendor == "postgresql" and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed: apt-get install postgresql-client to test PostgreSQL backups")


def test_a_restore_brings_back_each_release_byte_for_byte(client, capsys, tmp_path):
    restore_catalogues()
    build_world()
    editor = get_user_model().objects.create_user("backup-editor")
    first = publish_release(editor, "Before the backup.")
    frozen = b"".join(package_blocks(first))
    call_command("backup_register", dir=str(tmp_path))
    path = capsys.readouterr().out.splitlines()[0]

    publish_release(editor, "After the backup.")
    Release.objects.filter(number=1).update(notes="Changed by hand in the database")

    call_command("restore_register", path, yes=True)

    assert list(Release.objects.values_list("number", "notes")) == [(1, "Before the backup.")]
    response = client.get("/releases/1/package.zip")
    assert b"".join(response.streaming_content) == frozen
    assert client.get("/results/?release=1").status_code == 200  # its frozen register came back with it
    assert client.get("/results/?release=2").status_code == 404

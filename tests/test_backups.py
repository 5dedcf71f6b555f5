"""Backups that are tried: back up, change the register, restore, and find the register as it was:
every published operation's page answers and every figure has its value again. On the database the
tests run on (SQLite, or PostgreSQL when DATABASE_URL names it)."""

import shutil
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection

from jadsite.backups import verify
from operations.models import Operation, Result
from operations.review.changes import register_change
from operations.review.workflow import publish, withdraw
from tests.migration_data import restore_catalogues
from tests.operations.builders import make_metric, make_operation, make_source, state

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def client_programs():
    if connection.vendor == "postgresql" and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed: apt-get install postgresql-client to test PostgreSQL backups")


@pytest.fixture
def register():
    restore_catalogues()
    editor = get_user_model().objects.create_user("backup-editor")
    with register_change(editor, "the register before the backup"):
        lantern, beacon = make_operation("Lantern"), make_operation("Beacon")
        waiting = make_operation("Harbour", status=Operation.Status.SUBMITTED)
        arrests, source = make_metric("Arrests"), make_source()
        for operation, value in ((lantern, 12), (beacon, 40), (waiting, 7)):
            state(operation, arrests, source, value)
    return editor, lantern, beacon, waiting


def published_pages():
    return sorted(operation.get_absolute_url() for operation in Operation.objects.published())


def figures():
    return sorted(Result.objects.values_list("pk", "operation_id", "metric_id", "value", "qualifier_id", "quote"))


def backup_path(capsys, tmp_path):
    call_command("backup_register", dir=str(tmp_path))
    path, checksum = capsys.readouterr().out.splitlines()
    assert checksum == f"SHA-256 {verify(path)}"
    return path


def test_a_restore_brings_back_every_published_page_and_figure(client, register, capsys, tmp_path):
    editor, lantern, beacon, waiting = register
    pages, before = published_pages(), figures()
    assert len(pages) == 2 and all(client.get(page).status_code == 200 for page in pages)
    path = backup_path(capsys, tmp_path)

    # Changes through the register after the backup: a withdrawal, a publication, a corrected figure.
    coordinator = get_user_model().objects.create_user("backup-coordinator")
    withdraw(lantern, coordinator, "wrong dates")
    publish(waiting, coordinator)
    figure = Result.objects.get(operation=beacon)
    with register_change(editor, "a correction", lock=figure) as locked:
        locked.value = Decimal("987654")
        locked.save()
    assert client.get(lantern.get_absolute_url()).status_code == 404
    assert client.get(waiting.get_absolute_url()).status_code == 200
    assert figures() != before

    call_command("restore_register", path, yes=True)

    assert published_pages() == pages
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
    assert client.get(waiting.get_absolute_url()).status_code == 404
    assert figures() == before
    page = client.get(beacon.get_absolute_url()).content.decode()
    assert "987 654" not in page and "987654" not in page


def test_a_changed_or_foreign_file_is_refused_before_anything_changes(register, capsys, tmp_path):
    path = backup_path(capsys, tmp_path)
    with open(path, "r+b") as file:  # one byte changed
        file.seek(-1, 2)
        last = file.read(1)
        file.seek(-1, 2)
        file.write(bytes([last[0] ^ 1]))
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore_register", path, yes=True)

    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"not a database at all")
    with pytest.raises(CommandError, match="is not a backup of a"):
        call_command("restore_register", str(foreign), yes=True)
    assert Operation.objects.published().count() == 2


def test_a_restore_needs_a_yes_when_nobody_can_be_asked(register, capsys, tmp_path, monkeypatch):
    path = backup_path(capsys, tmp_path)
    Operation.objects.filter(status=Operation.Status.SUBMITTED).delete()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CommandError, match="pass --yes"):
        call_command("restore_register", path)
    call_command("restore_register", path, dry_run=True)
    assert "is a whole backup" in capsys.readouterr().out
    assert not Operation.objects.filter(status=Operation.Status.SUBMITTED).exists()  # nothing restored


def test_older_backups_beyond_keep_are_deleted(register, capsys, tmp_path):
    first = backup_path(capsys, tmp_path)
    call_command("backup_register", dir=str(tmp_path), keep=1)
    newest = capsys.readouterr().out.splitlines()[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [newest.rsplit("/", 1)[1], f"{newest.rsplit('/', 1)[1]}.sha256"]
    )
    assert first != newest

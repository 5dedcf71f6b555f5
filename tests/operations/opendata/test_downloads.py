"""The package of the register as it is now: /data/ says what it holds, /data/jad-register.zip
serves the newest one the background worker kept (never a build per request, except the very
first package of a small register), and each change queues one build; `manage.py
build_data_package` builds the same; the demo data makes a valid package too."""

import datetime
from contextlib import contextmanager
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.utils.http import http_date
from django_tasks_db.models import DBTaskResult
from frictionless import validate

from operations.models import DataPackage, Revision
from operations.opendata import current
from operations.opendata.package import as_uuid
from operations.opendata.releases import publish_release
from operations.opendata.tables import TABLES
from operations.review import workflow
from tests.public_fixtures import body

from .conftest import files_of, rows_of

pytestmark = pytest.mark.django_db

PACKAGE = "/data/jad-register.zip"
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def builds(monkeypatch):
    """The builds of the kept package, counted."""
    made, build = [], current.build

    def counted(path, **kwargs):
        made.append(path)
        return build(path, **kwargs)

    monkeypatch.setattr(current, "build", counted)
    return made


@pytest.fixture
def worker(django_capture_on_commit_callbacks):
    """A change made inside `with worker():` has its package built once it commits, as the
    background worker would build it: by the tasks' immediate backend."""

    @contextmanager
    def committed_and_built():
        with override_settings(TASKS=IMMEDIATE_TASKS), django_capture_on_commit_callbacks(execute=True):
            yield

    return committed_and_built


def slugs(package):
    return {row["slug"] for row in rows_of(package, "operations")}


def queued_builds():
    return DBTaskResult.objects.filter(task_path=current.build_current_package.module_path, status="READY").count()


def test_the_first_package_of_a_small_register_is_built_by_the_first_download_then_kept(client, world, builds):
    response = client.get(PACKAGE)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="jad-register.zip"'
    first = body(response)
    assert slugs(first) == {"jad-see-2024", "jad-see-2023"} and len(builds) == 1
    package = DataPackage.objects.get()
    assert package.revision == as_uuid(Revision.objects.current())  # keeping it changed no revision
    assert response["ETag"] == f'"{package.sha256}"' and int(response["Content-Length"]) == len(first) == package.size
    assert response["Last-Modified"] == http_date(Revision.objects.state().public_changed_at.timestamp())
    assert body(client.get(PACKAGE)) == first and len(builds) == 1
    assert client.get(PACKAGE, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_changes_queue_one_build_and_downloads_get_the_last_kept_package_meanwhile(
    client, world, builds, django_capture_on_commit_callbacks
):
    before = body(client.get(PACKAGE))
    reviewer = get_user_model().objects.create_user("reviewer")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.withdraw(world.jad_2023, reviewer, "to check")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.withdraw(world.jad_2024, reviewer, "to check too")
    assert queued_builds() == 1  # the waiting build will build both changes

    response = client.get(PACKAGE)
    assert body(response) == before and len(builds) == 1  # the request built nothing
    assert files_of(before)["datapackage.json"].count(str(DataPackage.objects.get().revision)) == 1
    assert queued_builds() == 1  # the download saw the build waiting and queued no other

    DBTaskResult.objects.all().delete()
    client.get(PACKAGE)
    assert queued_builds() == 1  # behind, with nothing queued (a worker lost it): the download queues one

    current.build_current_package.call()
    after = body(client.get(PACKAGE))
    assert len(builds) == 2 and slugs(after) == set()
    assert DataPackage.objects.newest().revision == as_uuid(Revision.objects.current())


def test_a_superseded_package_is_kept_a_while_for_downloads_that_began_on_it(world):
    old = current.keep_current_package()
    Revision.objects.bump()
    newer = current.keep_current_package()
    assert set(DataPackage.objects.all()) == {old, newer}
    assert b"".join(current.kept_blocks(old))  # still whole for a download that began on it

    DataPackage.objects.filter(pk=newer.pk).update(stored_at=newer.stored_at - datetime.timedelta(minutes=11))
    Revision.objects.bump()
    newest = current.keep_current_package()
    assert set(DataPackage.objects.all()) == {newer, newest}


def test_with_no_package_kept_a_large_register_is_answered_503_while_the_worker_builds_it(client, world, settings):
    settings.DATA_PACKAGE_MAX_RESULTS_BUILT_ON_REQUEST = 1
    response = client.get(PACKAGE)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "no-cache" in response["Cache-Control"]
    assert "The data package is being made" in response.content.decode()
    assert not DataPackage.objects.exists() and queued_builds() == 1
    assert client.get(PACKAGE).status_code == 503 and queued_builds() == 1

    current.build_current_package.call()
    assert client.get(PACKAGE).status_code == 200


def test_the_package_follows_publication_and_withdrawal(client, world, editor, worker):
    """The draft is in no package until it is published, and in none built once it is withdrawn."""
    reviewer = get_user_model().objects.create_user("reviewer")
    assert "jad-see-2025" not in slugs(body(client.get(PACKAGE)))
    with worker():
        workflow.submit(world.draft, editor)
    assert "jad-see-2025" not in slugs(body(client.get(PACKAGE)))  # submitted for review: still a draft
    with worker():
        workflow.publish(world.draft, reviewer)
    assert "jad-see-2025" in slugs(body(client.get(PACKAGE)))
    publish_release(editor, "With the 2025 operation.")
    with worker():
        workflow.withdraw(world.draft, reviewer, "not yet")
    assert "jad-see-2025" not in slugs(body(client.get(PACKAGE)))
    assert "jad-see-2025" not in client.get("/data/catalog.jsonld").content.decode()
    # The release published meanwhile keeps it: a release is the register as it stood.
    assert "jad-see-2025" in slugs(body(client.get("/releases/1/package.zip")))


def test_the_data_page_describes_every_file(client, world, editor):
    page = client.get("/data/")
    assert page.status_code == 200
    content = page.content.decode()
    assert 'href="/data/jad-register.zip"' in content and 'href="/data/catalog.jsonld"' in content
    for table in TABLES:
        assert f"<code>{table.file_name}</code>" in content
    assert "No release has been published yet" in content
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in content
    publish_release(editor, "First.")
    assert 'href="/releases/1/">release 1</a>' in client.get("/data/").content.decode()


def test_the_command_builds_the_kept_package_once(world, builds, tmp_path):
    out = StringIO()
    call_command("build_data_package", stdout=out)
    assert out.getvalue().startswith(f"Kept for revision {DataPackage.objects.get().revision}\n")
    assert len(builds) == 1
    call_command("build_data_package", stdout=StringIO())
    assert len(builds) == 1  # nothing changed: the kept package stands
    call_command("build_data_package", "--again", stdout=StringIO())
    assert len(builds) == 2 and DataPackage.objects.count() == 1

    out = StringIO()
    call_command("build_data_package", "--output", str(tmp_path / "elsewhere.zip"), stdout=out)
    assert out.getvalue().startswith(f"{tmp_path / 'elsewhere.zip'}\n{len(TABLES) + 1} files, ")
    assert slugs(tmp_path / "elsewhere.zip") == {"jad-see-2024", "jad-see-2023"}


def test_the_command_can_leave_the_build_to_the_worker(world):
    out = StringIO()
    call_command("build_data_package", "--queue", stdout=out)
    assert out.getvalue().startswith("Queued: task ") and queued_builds() == 1
    call_command("build_data_package", "--queue", stdout=out)
    assert out.getvalue().endswith("A build is already waiting for the worker.\n") and queued_builds() == 1


def test_the_demo_data_makes_a_valid_package(demo_data, tmp_path):
    call_command("build_data_package", "--output", str(tmp_path / "demo.zip"), stdout=StringIO())
    report = validate(str(tmp_path / "demo.zip"))
    assert report.valid, report.flatten(["type", "note"])[:10]
    assert len(rows_of(tmp_path / "demo.zip", "statements")) > 400
    kosovo = next(row for row in rows_of(tmp_path / "demo.zip", "participants") if row["country"] == "XK")
    assert kosovo["name"] == "Kosovo" and kosovo["footnote"].startswith("This designation is without prejudice")

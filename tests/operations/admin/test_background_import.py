"""Big results files in the admin: uploaded on their own page, checked at once, queued, imported by the
worker, followed on the import's page by a progress bar the editor can leave and come back to; the
list of imports, read only."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from operations.models import DataPackage, ImportRecord, Result, Revision
from operations.opendata.current import build_current_package
from operations.opendata.package import as_uuid
from operations.review.access import COORDINATORS, EDITORS
from operations.spreadsheets.background import report_progress, run_results_import
from tests.migration_data import restore_catalogues
from tests.operations.fixtures import admin_url, build_world
from tests.operations.sheets import RESULT_HEADERS, csv_bytes, result_rows

pytestmark = pytest.mark.django_db

UPLOAD = reverse("admin:operations_importrecord_upload_results")
ROWS = result_rows(
    ("arrests", "Serbia", "1 204", "1 204 arrests in Serbia"),  # new
    ("arrests", "", "562", "562 arrests"),  # corrects 566
    ("officers", "", "22,488", "22 488 officers"),  # unchanged
    ("arrests-firearms", "Spain", "3", "3 in Spain"),  # new
)


@pytest.fixture
def world(db):
    return build_world()


def results_file(rows=ROWS, name="results.csv"):
    return SimpleUploadedFile(name, csv_bytes(RESULT_HEADERS, rows), content_type="text/csv")


def record_page(record):
    return admin_url(record, "change", record.pk)


def progress_url(record):
    return reverse("admin:operations_importrecord_progress", args=[record.pk])


def run_the_worker():
    """What `manage.py db_worker --batch` runs: every task waiting in the queue, then it stops."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


@pytest.mark.django_db(transaction=True)
def test_upload_queue_worker_imported_end_to_end(client, admin_user):
    restore_catalogues()
    world = build_world()
    client.force_login(admin_user)

    response = client.post(UPLOAD, {"import_file": results_file()})

    record = ImportRecord.objects.get()
    assert response.status_code == 302 and response.url == record_page(record)
    assert (record.status, record.rows, record.user) == ("queued", 4, admin_user)
    assert DBTaskResult.objects.get().status == "READY"  # enqueued once the upload was committed
    page = client.get(response.url)
    assert "Queued: results.csv, 4 rows." in page.content.decode()
    assert client.get(progress_url(record)).json()["text"] == "Waiting for a worker: 4 rows to import."

    run_the_worker()

    record.refresh_from_db()
    assert (record.status, record.created, record.changed, record.skipped, record.proposed) == ("imported", 2, 1, 1, 0)
    assert DBTaskResult.objects.get(task_path=run_results_import.module_path).status == "SUCCESSFUL"
    # The import, a change to the register, queued a build of the data package, which the worker ran next.
    assert DBTaskResult.objects.get(task_path=build_current_package.module_path).status == "SUCCESSFUL"
    assert DataPackage.objects.get().revision == as_uuid(Revision.objects.current())
    assert Result.objects.get(country=world.serbia).history.get().import_id == record.pk
    assert Result.history.filter(import_id=record.pk).count() == 3
    assert client.get(progress_url(record)).json() == {
        "status": "imported",
        "finished": True,
        "done": 4,
        "rows": 4,
        "percent": 100,
        "text": "Imported 4 rows: 2 new, 1 changed, 1 unchanged, 0 proposed for review.",
    }
    page = client.get(record_page(record)).content.decode()
    assert "Imported 4 rows: 2 new, 1 changed, 1 unchanged, 0 proposed for review." in page
    assert "import_progress.js" not in page  # nothing left to follow


@pytest.mark.django_db(transaction=True)
def test_a_bad_row_fails_the_import_and_its_page_lists_the_problem(client, admin_user):
    restore_catalogues()
    build_world()
    client.force_login(admin_user)
    before = sorted(Result.objects.values_list("pk", "value"))

    client.post(UPLOAD, {"import_file": results_file([*ROWS, *result_rows(("arrests", "Serbiaa", "3", "q"))])})
    run_the_worker()

    record = ImportRecord.objects.get()
    assert record.status == "failed"
    assert sorted(Result.objects.values_list("pk", "value")) == before
    page = client.get(record_page(record)).content.decode()
    assert "Failed: nothing was saved. The problems are listed below." in page
    assert "row 6, column country (&quot;Serbiaa&quot;): Unknown country &quot;Serbiaa&quot;; closest: Serbia" in page


def test_the_page_of_a_running_import_has_a_progress_bar_that_follows_it(admin_client, admin_user, world, settings):
    settings.CACHES = {**settings.CACHES, "progress": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    admin_client.post(UPLOAD, {"import_file": results_file()})
    record = ImportRecord.objects.get()
    ImportRecord.objects.filter(pk=record.pk).update(status="running")
    record.refresh_from_db()
    report_progress(record, 1, 4)

    page = admin_client.get(record_page(record))

    assert page.status_code == 200
    content = page.content.decode()
    assert f'data-progress-url="{progress_url(record)}"' in content
    assert '<progress id="import-progress-bar" max="100" value="25" aria-describedby="import-progress-text">' in content
    assert '<p id="import-progress-text" role="status" aria-live="polite">Importing: 1 of 4 rows' in content
    assert "/static/operations/import_progress.js" in content
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in content
    progress = admin_client.get(progress_url(record))
    assert "no-store" in progress["Cache-Control"]
    assert progress.json() | {"text": ""} == {
        "status": "running",
        "finished": False,
        "done": 1,
        "rows": 4,
        "percent": 25,
        "text": "",
    }


def test_a_file_over_the_limit_is_refused_on_the_upload_page(admin_client, world, settings):
    settings.IMPORT_MAX_BACKGROUND_ROWS = 3

    response = admin_client.post(UPLOAD, {"import_file": results_file()})

    assert response.status_code == 200
    assert response.context["form"].errors["import_file"] == [
        "The file has 4 rows; an import in the background takes at most 3 rows. Split it into smaller files, each "
        "with the header row."
    ]
    assert not ImportRecord.objects.exists()


def test_the_upload_page_says_the_limits(admin_client, world, settings):
    settings.IMPORT_MAX_BACKGROUND_ROWS = 1234
    settings.IMPORT_MAX_BACKGROUND_BYTES = 2 * 1024 * 1024

    content = admin_client.get(UPLOAD).content.decode()

    assert "at most 2.0\xa0MB and 1,234 rows" in content
    assert "up to 1,234 rows and 2.0\xa0MB" in content
    assert 'name="import_again"' not in content


def test_a_file_imported_before_is_said_so_before_it_is_queued(admin_client, admin_user, world):
    admin_client.post(UPLOAD, {"import_file": results_file()})
    first = ImportRecord.objects.get()
    run_results_import.call(first.pk)

    response = admin_client.post(UPLOAD, {"import_file": results_file()})

    (error,) = response.context["form"].errors["import_file"]
    assert error.startswith("This file was already imported on ")
    assert f"by admin (import #{first.pk}); importing it again changes nothing." in error
    assert 'name="import_again"' in response.content.decode()
    assert ImportRecord.objects.count() == 1

    queued = admin_client.post(UPLOAD, {"import_file": results_file(), "import_again": "on"})

    assert queued.status_code == 302 and ImportRecord.objects.count() == 2


def test_who_may_upload_and_who_may_follow(client, world):
    make = get_user_model().objects.create_user
    editor = make("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    coordinator = make("coordinator", is_staff=True)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))

    assert client.get(UPLOAD).status_code == 302  # anonymous: to the sign-in page
    client.force_login(coordinator)
    assert client.get(UPLOAD).status_code == 403
    assert client.post(UPLOAD, {"import_file": results_file()}).status_code == 403
    client.force_login(editor)
    response = client.post(UPLOAD, {"import_file": results_file()})
    record = ImportRecord.objects.get()
    assert response.status_code == 302 and record.user == editor
    assert client.get(response.url).status_code == 200
    client.force_login(coordinator)
    assert client.get(record_page(record)).status_code == 200
    assert client.get(progress_url(record)).status_code == 200


def test_imports_are_listed_read_only(admin_client, world):
    admin_client.post(UPLOAD, {"import_file": results_file()})
    record = ImportRecord.objects.get()

    listing = admin_client.get(admin_url(ImportRecord, "changelist")).content.decode()
    page = admin_client.get(record_page(record)).content.decode()

    assert str(record) in listing and record.sha256 not in listing
    assert f'href="{UPLOAD}"' in listing
    assert admin_url(ImportRecord, "add") not in listing
    assert record.sha256 in page
    assert admin_client.get(admin_url(ImportRecord, "add")).status_code == 403
    assert admin_client.post(admin_url(ImportRecord, "delete", record.pk)).status_code == 403


def test_the_results_pages_lead_to_the_background_import(admin_client, world):
    changelist = admin_client.get(admin_url(Result, "changelist")).content.decode()
    import_page = admin_client.get(admin_url(Result, "import")).content.decode()

    assert f'<a href="{UPLOAD}" id="background-import-link">Import in the background</a>' in changelist
    assert f'<a href="{UPLOAD}" id="background-import-link">Import in the background</a>' in import_page


def test_a_large_upload_kept_on_disk_by_django_is_checked_and_kept_alike(admin_client, admin_user, world, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0  # every upload goes to a temporary file, as large ones do
    content = csv_bytes(RESULT_HEADERS, ROWS)

    admin_client.post(UPLOAD, {"import_file": SimpleUploadedFile("results.csv", content)})

    record = ImportRecord.objects.get()
    with record.open_upload() as stream:
        assert stream.read() == content
    run_results_import.call(record.pk)
    record.refresh_from_db()
    assert (record.status, record.created) == ("imported", 2)

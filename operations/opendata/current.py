"""The data package of the register as it is now (/data/jad-register.zip), built in the background.

After each change to the register (`register_changed`), `request_build` queues a build for the
background worker (django-tasks, `manage.py db_worker`) unless one is already waiting: fifty quick
edits leave at most one build waiting, and it builds the register as it is when it runs. The build
(`keep_current_package`) writes the zip on the worker's disk, then keeps it in the database
(`DataPackage`, a megabyte a row), so that every application server serves the same bytes.

A download never builds a large register's package (10 to 15 s at a million results):
`package_to_serve` gives the newest kept package, whatever revision it shows (the response says
which), and queues a build when that is behind (the build queued after the change failed, or no
worker ran). Only when no package was ever kept (a fresh site) is one built in the request, and
only for a register of at most DATA_PACKAGE_MAX_RESULTS_BUILT_ON_REQUEST public results (a second
or so); a larger one is answered "not ready yet" while the worker builds it.

A package a newer one replaced is forgotten SUPERSEDED_KEPT_FOR later, so that a download which
began on it can end.
"""

import datetime
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, task, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from operations.models import DataPackage, DataPackagePart, Result, Revision
from operations.review.changes import register_changed

from .package import as_uuid, build

SUPERSEDED_KEPT_FOR = datetime.timedelta(minutes=10)
DEFAULT_MAX_RESULTS_BUILT_ON_REQUEST = 50_000


# --- Queueing (after each change) -------------------------------------------------------------


def request_build():
    """Queue a build of the package for the worker, unless one is waiting already (it will build the
    register as it is when it runs, this change included). Returns the queued task's result, or None."""
    if build_waiting():
        return None
    return build_current_package.enqueue()


def build_waiting():
    if not isinstance(task_backends[build_current_package.backend], DatabaseBackend):
        return False  # the other backends (the tests' immediate one) keep no queue to look into
    queued = DBTaskResult.objects.filter(status=TaskResultStatus.READY, task_path=build_current_package.module_path)
    return queued.exists()


def build_after_change(sender, change, **kwargs):
    request_build()


def connect():
    register_changed.connect(build_after_change, dispatch_uid="data-package-build-after-change")


# --- Building (the worker, or `manage.py build_data_package`) ----------------------------------


@task()
def build_current_package():
    """Build and keep the package of the register as it is now, unless it is kept already."""
    package = keep_current_package()
    return {"revision": str(package.revision), "size": package.size, "sha256": package.sha256}


def keep_current_package(*, again=False):
    """The kept package of the register's current revision, built now if there is none (or `again`)."""
    kept = DataPackage.objects.filter(revision=as_uuid(Revision.objects.current())).first()
    if kept is not None and not again:
        return kept
    with tempfile.TemporaryDirectory(prefix="jad-package-") as folder:
        return keep(build(Path(folder) / "package.zip"), again=again)


def keep(built, *, again=False):
    """Keep a built package in the database (unless another build kept the same revision meanwhile;
    `again`: replacing that one), and forget those superseded long enough ago."""
    with transaction.atomic():
        same = DataPackage.objects.filter(revision=built.revision)
        if again:
            same.delete()
        elif same.exists():
            return same.get()
        package = DataPackage.objects.create(
            revision=built.revision, created=built.created, updated=built.updated, sha256=built.sha256, size=built.size
        )
        with open(built.path, "rb") as file:
            for position, block in enumerate(iter(lambda: file.read(DataPackagePart.SIZE), b"")):
                DataPackagePart.objects.create(package=package, position=position, data=block)
    forget_superseded()
    return package


def forget_superseded():
    """Delete the packages that one kept at least SUPERSEDED_KEPT_FOR ago replaced."""
    settled = DataPackage.objects.filter(stored_at__lte=timezone.now() - SUPERSEDED_KEPT_FOR).newest()
    if settled is not None:
        DataPackage.objects.older_than(settled).delete()


# --- Serving (the download) -------------------------------------------------------------------


def package_to_serve(revision):
    """The package a download gets while the register is at `revision`: the newest kept (a build
    queued if it shows an older revision); with none kept, one built now for a small register, or
    None while the worker builds it (see the module's docstring)."""
    package = DataPackage.objects.newest()
    if package is None:
        if Result.objects.public_total() <= max_results_built_on_request():
            return keep_current_package()
        request_build()
        return None
    if package.revision != as_uuid(revision):
        request_build()
    return package


def max_results_built_on_request():
    return getattr(settings, "DATA_PACKAGE_MAX_RESULTS_BUILT_ON_REQUEST", DEFAULT_MAX_RESULTS_BUILT_ON_REQUEST)


def kept_blocks(package):
    """The kept package's file, a part at a time."""
    return package.parts.blocks()

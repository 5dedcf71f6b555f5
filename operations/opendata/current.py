"""The data package of the register as it is now (/data/jad-register.zip): built once per revision
of the register and kept on this server's disk (settings.DATA_PACKAGE_DIR) under that revision, so
that downloads between two changes read the same file and a change is in the next download.

A build is written under a temporary name and renamed, so a kept file is always whole; one build
at a time per server (a lock file), and a request that waited for another's build takes its file.
"""

import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from operations.models import Revision

from .package import as_uuid, build

PREFIX, SUFFIX = "jad-register-", ".zip"


def folder():
    path = Path(settings.DATA_PACKAGE_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def kept_path(revision):
    return folder() / f"{PREFIX}{as_uuid(revision) or 'unrevised'}{SUFFIX}"


@contextmanager
def one_build_at_a_time():
    with open(folder() / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def current_package(*, again=False):
    """The path of the package of the register's current revision, built if none is kept (or
    `again`)."""
    path = kept_path(Revision.objects.current())
    if path.exists() and not again:
        return path
    with one_build_at_a_time():
        path = kept_path(Revision.objects.current())
        if path.exists() and not again:  # built by another request while this one waited
            return path
        return _rebuild()


def _rebuild():
    """Build the package now, keep it under the revision it shows and forget older ones."""
    handle, partial = tempfile.mkstemp(dir=folder(), prefix=".building-", suffix=SUFFIX)
    os.close(handle)
    try:
        built = build(partial)
        os.chmod(partial, 0o644)  # mkstemp's file is its owner's only; every server process reads it
        path = kept_path(built.revision)
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)
    for older in folder().glob(f"{PREFIX}*{SUFFIX}"):
        if older != path:
            # A download still reading it keeps reading: the file goes when it is closed.
            older.unlink(missing_ok=True)
    return path

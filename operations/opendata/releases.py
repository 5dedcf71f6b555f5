"""Publishing a release: the data package built now, compared with the previous release's, and kept
for good in the database (`Release`, its file in `ReleasePart`s of a megabyte) in one change to the
register (`register_change`), with its audit.

The package is built first, in its own consistent view of the register, outside the change: a
build of a large register takes a while and must not hold the register's write lock. The change
then locks the register's revision row and checks that nothing changed since the view was taken
(the revision is the one the package shows) and that nobody published another release meanwhile;
otherwise it is built again. So a release is the register exactly as it stood when it was published.
"""

import tempfile
from pathlib import Path

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from operations.frozen.copies import freeze
from operations.models import Release, ReleasePart, Revision
from operations.review.changes import register_change

from .differences import compare
from .package import as_uuid, build

ATTEMPTS = 3


class ReleaseError(Exception):
    """A release that could not be published, with a message for the editor."""


class _Moved(Exception):
    """The register or its releases changed while the package was being built."""


def publish_release(user, notes):
    """Publish the next release with `notes`; return it."""
    notes = (notes or "").strip()
    if not notes:
        raise ReleaseError(_("Say what this release is in its notes."))
    for _attempt in range(ATTEMPTS):
        previous = Release.objects.latest_first().first()
        number = previous.number + 1 if previous else 1
        with tempfile.TemporaryDirectory(prefix="jad-release-") as folder:
            built = build(Path(folder) / "package.zip", release=number)
            changes = _changes_since(previous, built.path, Path(folder))
            try:
                return _keep(user, notes, number, built, changes)
            except _Moved:
                continue
    raise ReleaseError(_("The register kept changing while the release was being built. Try again in a moment."))


def _changes_since(previous, path, folder):
    if previous is None:
        return {"previous": None, **compare(None, path)}
    old = folder / "previous.zip"
    with open(old, "wb") as file:
        for block in package_blocks(previous):
            file.write(block)
    return {"previous": previous.number, **compare(old, path)}


def _keep(user, notes, number, built, changes):
    with register_change(user, f"release {number}"):
        # Written unchanged, to take the row's lock (and SQLite's write lock): no other change can
        # commit until this one has, so the revision read next is the register's until then.
        Revision.objects.update(tag=F("tag"))
        if as_uuid(Revision.objects.current()) != built.revision:
            raise _Moved
        if Release.objects.filter(number__gte=number).exists():
            raise _Moved
        release = Release.objects.create(
            number=number,
            published_at=timezone.now(),
            published_by=user,
            notes=notes,
            revision=built.revision,
            package_sha256=built.sha256,
            package_size=built.size,
            changes=changes,
        )
        freeze(number)  # the register being released, as `?release=N` will read it
        with open(built.path, "rb") as file:
            for position, block in enumerate(iter(lambda: file.read(ReleasePart.SIZE), b"")):
                # One part at a time (bulk_create: no signal, the release's own save bumped the revision).
                ReleasePart.objects.bulk_create([ReleasePart(release=release, position=position, data=block)])
    return release


def package_blocks(release):
    """The release's package file, a part at a time, as it was published."""
    return release.parts.blocks()

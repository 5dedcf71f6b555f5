"""The releases of the register as citations, feeds and metadata see them: the one seam between
them and the numbered releases (`operations.models.Release`, frozen copies of the data package).

`published_releases` lists the releases, newest first; `release_ref` describes one.
`current_release` names the release a page shows: the one its `?release=N` asks for
(operations.frozen's middleware puts it on the request), or none for the register as it is now.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from operations.models import Release


@dataclass(frozen=True)
class ReleaseRef:
    """What citing a release needs: its number, its day, its page (a path) and its notes."""

    number: int
    published_on: datetime.date
    path: str
    notes: str = ""


def release_ref(release):
    return ReleaseRef(
        number=release.number,
        published_on=timezone.localtime(release.published_at).date(),
        path=release.get_absolute_url(),
        notes=release.notes,
    )


def current_release(request=None):
    """The release the page shows, or None: the register as it is now."""
    release = getattr(request, "release", None)
    return release_ref(release) if release is not None else None


def published_releases(limit=None):
    """The published releases, newest first."""
    releases = Release.objects.latest_first()
    return [release_ref(release) for release in (releases[:limit] if limit else releases)]

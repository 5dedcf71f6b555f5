"""The releases of the register as citations, feeds and metadata see them: the one seam between
them and the numbered releases (`operations.models.Release`, frozen copies of the data package).

`published_releases` lists the releases, newest first; `release_ref` describes one. The live pages
(the home page, an operation, a figure) show the register as it is now, not as a release froze it,
so `current_release` names none: when the public tables accept `?release=N`, it returns the
release the request asks for, and the citations of those pages name it without other changes.
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
    return None


def published_releases(limit=None):
    """The published releases, newest first."""
    releases = Release.objects.latest_first()
    return [release_ref(release) for release in (releases[:limit] if limit else releases)]

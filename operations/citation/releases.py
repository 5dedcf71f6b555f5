"""The releases of the register as citations, feeds and metadata see them: the one seam between
them and the numbered releases (frozen copies of the data, issue 20 part 3), which do not exist
yet. Until they do there is no release: citations name none and the feed of releases is empty.

To wire them: `current_release` returns the release the request shows (its `?release=N`, else the
latest published one) and `published_releases` the published ones, newest first, each as a
`ReleaseRef`.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class ReleaseRef:
    """What citing a release needs: its number, its day, its page (a path) and its notes."""

    number: int
    published_on: datetime.date
    path: str
    notes: str = ""


def current_release(request=None):
    """The release the visitor sees, or None."""
    return None


def published_releases():
    """Every published release, newest first."""
    return []

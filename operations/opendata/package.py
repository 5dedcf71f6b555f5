"""Building the data package: one CSV per table (`tables.TABLES`) and a `datapackage.json`
(Frictionless Data Package: a Table Schema per file with types, primary and foreign keys; licence,
sources, when it was made and the register's revision) in a zip.

Everything is read in one consistent view of the register (`snapshot`), a table at a time and a
chunk of rows at a time, and written row by row into the zip on disk: memory stays flat whatever
the size of the register (bench/data_package.py)."""

import csv
import datetime
import hashlib
import io
import json
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import override

from operations.models import Revision
from operations.spreadsheets.streaming import snapshot

from .tables import TABLES

DESCRIPTOR = "datapackage.json"
TITLE = "JAD Register"
DESCRIPTION = (
    "The public register of the published results of multinational law-enforcement Joint Action Days "
    "and of the capacity building around them. Every figure is a statement: what one source said about "
    "one metric, with the qualifier it used and its words (statements.csv); figures are never altered to "
    "add up. Ids are the register's own and stay the same from one release to the next. Text cells that "
    "begin with = + - @ carry a leading apostrophe, so that spreadsheets do not run them as formulas."
)
KEYWORDS = ["law enforcement", "Joint Action Days", "EMPACT", "firearms trafficking", "capacity building"]


@dataclass(frozen=True)
class Built:
    """A package written to `path`: the register's revision it shows, when it was made, its SHA-256
    and size, how many rows each table has, and the register's "last updated" moment it shows."""

    path: Path
    revision: object
    created: datetime.datetime
    sha256: str
    size: int
    rows: dict
    updated: datetime.datetime | None = None


class _Counted(io.RawIOBase):
    """A writable stream that passes bytes on to `target`, counting and hashing them."""

    def __init__(self, target):
        self.target, self.size, self.digest = target, 0, hashlib.sha256()

    def writable(self):
        return True

    def write(self, data):
        self.target.write(data)
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def build(path, *, release=None):
    """Write the package of the public register to `path` (a zip) and return what was built.
    `release`: its number, for a release's frozen copy (the descriptor's `version`)."""
    path = Path(path)
    with override("en"), snapshot():
        state = Revision.objects.state()
        revision = as_uuid(state.tag)
        created = timezone.now().replace(microsecond=0)
        resources, rows = [], {}
        stamp = created.astimezone(datetime.UTC).timetuple()[:6]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for table in TABLES:
                entry = zipfile.ZipInfo(table.file_name, date_time=stamp)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(entry, "w", force_zip64=True) as stream:
                    counted = _Counted(stream)
                    text = io.TextIOWrapper(io.BufferedWriter(counted, 1 << 16), encoding="utf-8", newline="")
                    writer = csv.writer(text)
                    writer.writerow(table.header())
                    rows[table.name] = _write_rows(writer, table.cells())
                    text.flush()
                    text.detach()
                resources.append(_resource(table, counted))
            entry = zipfile.ZipInfo(DESCRIPTOR, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            described = descriptor(resources, revision=revision, created=created, release=release)
            archive.writestr(entry, json.dumps(described, indent=2, ensure_ascii=False) + "\n")
    return Built(path, revision, created, sha256_of(path), path.stat().st_size, rows, state.public_changed_at)


def as_uuid(revision):
    """The register's revision tag as a UUID (SQLite's driver gives its hex digits), or None."""
    return uuid.UUID(str(revision)) if revision else None


def _write_rows(writer, cells):
    count = 0
    for row in cells:
        writer.writerow(row)
        count += 1
    return count


def _resource(table, counted):
    return {
        "name": table.name,
        "path": table.file_name,
        "profile": "tabular-data-resource",
        "description": str(table.description),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": counted.size,
        "hash": f"sha256:{counted.digest.hexdigest()}",
        "schema": table.schema(),
    }


def site_address(path=""):
    """An address of the public site, from settings.SITE_URL (packages are built without a request)."""
    return settings.SITE_URL.rstrip("/") + path


def descriptor(resources, *, revision, created, release=None):
    """datapackage.json."""
    described = {
        "profile": "tabular-data-package",
        "name": "jad-register",
        "id": site_address("/data/"),
        "title": TITLE,
        "description": DESCRIPTION,
        "homepage": site_address("/data/"),
        "created": created.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "revision": str(revision) if revision else None,
        "licenses": [{"title": settings.DATA_LICENCE_NAME, "path": settings.DATA_LICENCE_URL}],
        "sources": [
            {"title": "The public documents each statement cites (sources.csv)", "path": site_address("/sources/")}
        ],
        "contributors": [{"title": settings.DATA_PUBLISHER_NAME, "role": "publisher", "path": site_address("/")}],
        "keywords": KEYWORDS,
    }
    if release is not None:
        described["version"] = str(release)
        described["homepage"] = site_address(f"/releases/{release}/")
    described["resources"] = resources
    return described


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

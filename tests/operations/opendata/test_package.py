"""The data package: one CSV per public table and a datapackage.json that the `frictionless`
package validates with no error (types, constraints, primary and foreign keys, sizes and hashes),
built from the public doors only: no trace of a draft."""

import csv
import datetime
import io
import json
import zipfile

import pytest
from django.test import override_settings
from frictionless import validate

from operations.models import Activity, Result, Revision
from operations.opendata.package import as_uuid, build
from operations.opendata.tables import TABLES
from tests.public_fixtures import INJECTION, KOSOVO_FOOTNOTE, SECRET

from .conftest import files_of, rows_of

pytestmark = pytest.mark.django_db

SECRETS = ["jad-see-2025", "Secret", SECRET, "Vaduz", "31337", "77777", "secret-workshop"]


def errors_of(path):
    report = validate(str(path))
    return [(error.type, error.note) for task in report.tasks for error in task.errors] + [
        (error.type, error.note) for error in report.errors
    ]


@pytest.fixture
def package(world, tmp_path):
    return build(tmp_path / "package.zip")


def test_the_package_is_valid_with_every_key(package):
    assert errors_of(package.path) == []
    descriptor = json.loads(files_of(package.path)["datapackage.json"])
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    assert list(resources) == [table.name for table in TABLES]
    assert resources["statements"]["schema"]["primaryKey"] == ["id"]
    foreign_keys = {key["fields"][0]: key["reference"] for key in resources["statements"]["schema"]["foreignKeys"]}
    assert foreign_keys["operation_id"] == {"resource": "operations", "fields": ["id"]}
    assert foreign_keys["qualifier"] == {"resource": "qualifiers", "fields": ["code"]}
    assert resources["participation_roles"]["schema"]["primaryKey"] == ["participation_id", "role_id"]


def test_the_validation_finds_a_broken_key_and_a_changed_file(package, tmp_path):
    """The check above can fail: a statement naming an operation the package lacks, and a file
    whose bytes no longer match its declared size and hash, are each reported."""
    statements = rows_of(package.path, "statements")
    statements[0]["operation_id"] = "424242"
    changed = io.StringIO(newline="")
    writer = csv.DictWriter(changed, fieldnames=list(statements[0]))
    writer.writeheader()
    writer.writerows(statements)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w") as archive:
        for name, text in files_of(package.path).items():
            archive.writestr(name, changed.getvalue() if name == "statements.csv" else text)

    found = {kind for kind, _note in errors_of(broken)}
    assert "foreign-key" in found
    assert found & {"hash-count", "byte-count"}


def test_nothing_of_a_draft_is_in_the_package(world, tmp_path):
    # A published activity supporting the draft operation: the link is left empty, not named.
    world.product.operation = world.draft
    world.product.save()
    built = build(tmp_path / "package.zip")

    everything = "".join(files_of(built.path).values())
    for secret in SECRETS:
        assert secret not in everything, secret
    activities = {row["slug"]: row for row in rows_of(built.path, "activities")}
    assert activities["3d-printed-firearms"]["operation_id"] == ""
    assert activities["firearms-detection-training"]["operation_id"] == str(world.jad_2024.pk)
    assert "secret-workshop" not in activities
    assert errors_of(built.path) == []


def test_rows_and_counts(package, world):
    operations = rows_of(package.path, "operations")
    assert {row["slug"] for row in operations} == {"jad-see-2024", "jad-see-2023"}
    assert package.rows["operations"] == 2
    assert package.rows["statements"] == len(rows_of(package.path, "statements")) == Result.objects.public().count()
    assert package.rows["activities"] == Activity.objects.public().count() == 2


def test_values_as_a_reuser_reads_them(package, world):
    statements = {int(row["id"]): row for row in rows_of(package.path, "statements")}
    officers = statements[world.officers_exact.pk]
    assert officers["value"] == "22488" and officers["qualifier"] == "exact" and officers["country_id"] == ""
    assert statements[world.officers_over.pk]["qualifier"] == "over"
    assert statements[world.injected.pk]["value"] == "1.5"
    assert statements[world.injected.pk]["quote"] == "'" + INJECTION  # inert in a spreadsheet, as every export
    assert statements[world.kosovo_weapons.pk]["country_id"] == str(world.kosovo.pk)
    assert statements[world.training_value.pk]["activity_id"] == str(world.training.pk)
    participants = {row["slug"]: row for row in rows_of(package.path, "participants")}
    assert participants["kosovo"]["footnote"] == KOSOVO_FOOTNOTE and participants["kosovo"]["country"] == "XK"
    assert "nobodyland" not in participants  # named by nothing public
    operation = next(row for row in rows_of(package.path, "operations") if row["slug"] == "jad-see-2023")
    assert (operation["start_date"], operation["end_date"], operation["start_precision"]) == (
        "2023-11-13",
        "2023-11-18",
        "day",
    )
    assert operation["is_aggregate"] == "false"
    units = {row["code"]: row for row in rows_of(package.path, "units")}
    assert units["eur"]["currency"] == "EUR" and units["eur"]["factor"] == ""


def test_the_descriptor_names_licence_revision_and_date(world, tmp_path):
    with override_settings(
        DATA_LICENCE_NAME="ODbL 1.0",
        DATA_LICENCE_URL="https://opendatacommons.org/licenses/odbl/",
        SITE_URL="https://register.example.org",
    ):
        built = build(tmp_path / "package.zip", release=3)
    descriptor = json.loads(files_of(built.path)["datapackage.json"])
    assert descriptor["licenses"] == [{"title": "ODbL 1.0", "path": "https://opendatacommons.org/licenses/odbl/"}]
    assert descriptor["revision"] == str(as_uuid(Revision.objects.current())) == str(built.revision)
    assert descriptor["version"] == "3"
    assert descriptor["homepage"] == "https://register.example.org/releases/3/"
    assert descriptor["sources"][0]["path"] == "https://register.example.org/sources/"
    created = datetime.datetime.fromisoformat(descriptor["created"])
    assert abs((created - built.created).total_seconds()) < 1


def test_the_descriptor_is_in_english_whatever_the_language(world, tmp_path, settings):
    from django.utils import translation

    with translation.override("sr-latn"):
        built = build(tmp_path / "package.zip")
    descriptor = json.loads(files_of(built.path)["datapackage.json"])
    statements = next(resource for resource in descriptor["resources"] if resource["name"] == "statements")
    assert statements["description"].startswith("Every published figure as a statement")


def test_the_files_are_whole_csv(package):
    for name, text in files_of(package.path).items():
        if name.endswith(".csv"):
            header = text.split("\r\n", 1)[0]
            table = next(table for table in TABLES if table.file_name == name)
            assert header == ",".join(table.header())
    with zipfile.ZipFile(io.BytesIO(package.path.read_bytes())) as archive:
        assert archive.testzip() is None
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in archive.infolist())

"""The package of the register as it is now: /data/ says what it holds, /data/jad-register.zip
serves it, built once per revision of the register (kept on disk, never a build per request) and
again after any change; `manage.py build_data_package` builds the same; the demo data makes a valid
package too."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from frictionless import validate

from operations.opendata import current
from operations.opendata.releases import publish_release
from operations.opendata.tables import TABLES
from operations.review import workflow
from tests.public_fixtures import body

from .conftest import rows_of

pytestmark = pytest.mark.django_db

PACKAGE = "/data/jad-register.zip"


@pytest.fixture
def builds(monkeypatch):
    """The builds of the kept package, counted."""
    made, build = [], current.build

    def counted(path, **kwargs):
        made.append(path)
        return build(path, **kwargs)

    monkeypatch.setattr(current, "build", counted)
    return made


def slugs(package):
    return {row["slug"] for row in rows_of(package, "operations")}


def test_the_package_is_built_once_per_revision_and_again_after_a_change(client, world, builds, settings):
    response = client.get(PACKAGE)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="jad-register.zip"'
    first = body(response)
    assert slugs(first) == {"jad-see-2024", "jad-see-2023"}
    assert body(client.get(PACKAGE)) == first and len(builds) == 1

    workflow.withdraw(world.jad_2023, get_user_model().objects.create_user("reviewer"), "to check")

    after = body(client.get(PACKAGE))
    assert len(builds) == 2 and slugs(after) == {"jad-see-2024"}
    kept = sorted(path.name for path in Path(settings.DATA_PACKAGE_DIR).glob("*.zip"))
    assert len(kept) == 1, kept  # the older revision's file is gone


def test_the_package_follows_publication_and_withdrawal(client, world, editor):
    """The draft is in no download until it is published, and in none once it is withdrawn again."""
    reviewer = get_user_model().objects.create_user("reviewer")
    assert "jad-see-2025" not in slugs(body(client.get(PACKAGE)))
    workflow.submit(world.draft, editor)
    workflow.publish(world.draft, reviewer)
    assert "jad-see-2025" in slugs(body(client.get(PACKAGE)))
    publish_release(editor, "With the 2025 operation.")
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
    path = Path(out.getvalue().splitlines()[0])
    assert path.exists() and len(builds) == 1
    call_command("build_data_package", stdout=StringIO())
    assert len(builds) == 1  # nothing changed: the kept file stands
    call_command("build_data_package", "--again", stdout=StringIO())
    assert len(builds) == 2

    out = StringIO()
    call_command("build_data_package", "--output", str(tmp_path / "elsewhere.zip"), stdout=out)
    assert out.getvalue().startswith(f"{tmp_path / 'elsewhere.zip'}\n{len(TABLES) + 1} files, ")
    assert slugs(tmp_path / "elsewhere.zip") == {"jad-see-2024", "jad-see-2023"}


def test_the_demo_data_makes_a_valid_package(demo_data, tmp_path):
    call_command("build_data_package", "--output", str(tmp_path / "demo.zip"), stdout=StringIO())
    report = validate(str(tmp_path / "demo.zip"))
    assert report.valid, report.flatten(["type", "note"])[:10]
    assert len(rows_of(tmp_path / "demo.zip", "statements")) > 400
    kosovo = next(row for row in rows_of(tmp_path / "demo.zip", "participants") if row["country"] == "XK")
    assert kosovo["name"] == "Kosovo" and kosovo["footnote"].startswith("This designation is without prejudice")

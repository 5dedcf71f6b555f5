"""Releases: an editor with the publish permission publishes a numbered release from the admin (its
notes in, the package frozen in the database); the releases pages list it with what changed since
the one before, and its file is served byte for byte as published, for good."""

import hashlib
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from operations.models import Release, Result, Revision
from operations.opendata import releases
from operations.opendata.package import as_uuid
from operations.opendata.releases import ReleaseError, publish_release
from operations.review import workflow
from operations.review.changes import register_change
from tests.public_fixtures import SECRET, body

from .conftest import files_of, rows_of

pytestmark = pytest.mark.django_db

ADD = "/admin/operations/release/add/"


def published_from_the_admin(client, user, notes):
    client.force_login(user)
    response = client.post(ADD, {"notes": notes})
    assert response.status_code == 302, response.content.decode()[-2000:]
    client.logout()
    return Release.objects.latest_first().first()


def download(client, number):
    response = client.get(f"/releases/{number}/package.zip")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="jad-register-release-{number}.zip"'
    content = body(response)
    assert int(response["Content-Length"]) == len(content)
    return content


def change_the_register(world, editor):
    """A withdrawal, a publication and a corrected figure, as editors make them."""
    reviewer = get_user_model().objects.create_user("reviewer")
    workflow.withdraw(world.jad_2023, reviewer, "dates to check")
    workflow.submit(world.draft, editor)
    workflow.publish(world.draft, reviewer)
    with register_change(editor, "a corrected figure", lock=world.arrests_total) as figure:
        old_value, old_qualifier = figure.value, figure.qualifier_id
        figure.value = Decimal("567")
        figure.save()
        workflow.record_correction(figure, old_value, old_qualifier, "misread", editor)


def test_release_one_stays_byte_identical_after_the_register_and_release_two_change(client, world, editor):
    first = published_from_the_admin(client, editor, "The first release.")
    assert (first.number, first.published_by, first.notes) == (1, editor, "The first release.")
    downloaded = download(client, 1)
    assert hashlib.sha256(downloaded).hexdigest() == first.package_sha256
    assert len(downloaded) == first.package_size
    assert SECRET not in "".join(files_of(downloaded).values())

    change_the_register(world, editor)
    second = published_from_the_admin(client, editor, "After a withdrawal and a correction.")

    assert download(client, 1) == downloaded
    assert second.number == 2 and second.package_sha256 != first.package_sha256
    statements = {int(row["id"]): row for row in rows_of(download(client, 2), "statements")}
    assert statements[world.arrests_total.pk]["value"] == "567"
    assert {int(row["id"]): row for row in rows_of(downloaded, "statements")}[world.arrests_total.pk]["value"] == "566"


def test_what_changed_since_the_release_before(client, world, editor):
    first = published_from_the_admin(client, editor, "The first release.")
    assert first.changes["previous"] is None
    assert {operation["name"] for operation in first.changes["operations_added"]} == {"JAD SEE 2024", "JAD SEE 2023"}
    assert first.changes["statements_added"] == Result.objects.public().count()

    change_the_register(world, editor)
    changes = published_from_the_admin(client, editor, "Second.").changes

    assert changes["previous"] == 1
    assert [operation["name"] for operation in changes["operations_added"]] == ["JAD SEE 2025"]
    assert [operation["name"] for operation in changes["operations_withdrawn"]] == ["JAD SEE 2023"]
    assert changes["figures_corrected"] == 1
    assert changes["corrected_in"] == [
        {"kind": "operation", "id": world.jad_2024.pk, "name": "JAD SEE 2024", "count": 1}
    ]
    assert changes["statements_added"] == world.draft.results.count()
    assert changes["statements_removed"] == world.jad_2023.results.count()
    assert changes["activities_added"] == changes["activities_withdrawn"] == []


def test_the_releases_pages(client, world, editor):
    assert "No release has been published yet." in client.get("/releases/").content.decode()
    published_from_the_admin(client, editor, "The first release.")
    change_the_register(world, editor)
    second = published_from_the_admin(client, editor, "After a withdrawal\nand a correction.")

    page = client.get("/releases/").content.decode()
    assert page.index("Release 2") < page.index("Release 1")
    assert second.package_sha256 in page and "/releases/2/package.zip" in page
    detail = client.get("/releases/2/").content.decode()
    assert "<p>After a withdrawal<br>and a correction.</p>" in detail
    assert "Changes since release 1" in detail
    assert "1 operation added: JAD SEE 2025" in detail
    assert "1 operation withdrawn: JAD SEE 2023" in detail
    assert "1 figure corrected: JAD SEE 2024 (1)" in detail
    assert second.package_sha256 in detail
    first = client.get("/releases/1/").content.decode()
    assert "The first release" in first and "2 operations added</li>" in first  # counted, not listed
    assert client.get("/releases/3/").status_code == 404
    assert client.get("/releases/3/package.zip").status_code == 404


def test_a_release_download_can_be_kept_by_caches(client, world, editor):
    release = published_from_the_admin(client, editor, "Notes.")
    response = client.get("/releases/1/package.zip")
    assert response["ETag"] == f'"{release.package_sha256}"'
    assert "immutable" in response["Cache-Control"]
    assert client.get("/releases/1/package.zip", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_only_editors_with_the_publish_permission_publish(client, world, editor, coordinator):
    assert client.get(ADD).status_code == 302  # to the sign-in page
    client.force_login(coordinator)
    assert client.get(ADD).status_code == 403
    assert client.post(ADD, {"notes": "No."}).status_code == 403
    client.force_login(editor)
    page = client.get(ADD)
    assert page.status_code == 200 and "Publish release 1" in page.content.decode()
    assert not Release.objects.exists()


def test_a_release_needs_notes(client, world, editor):
    client.force_login(editor)
    response = client.post(ADD, {"notes": "   "})
    assert response.status_code == 200 and not Release.objects.exists()
    with pytest.raises(ReleaseError):
        publish_release(editor, "")


def test_a_release_is_read_only_in_the_admin(client, world, editor):
    release = published_from_the_admin(client, editor, "Notes.")
    client.force_login(editor)
    change = client.get(f"/admin/operations/release/{release.pk}/change/")
    assert change.status_code == 200
    assert client.post(f"/admin/operations/release/{release.pk}/change/", {"notes": "Other"}).status_code == 403
    assert client.post(f"/admin/operations/release/{release.pk}/delete/", {"post": "yes"}).status_code == 403
    release.refresh_from_db()
    assert release.notes == "Notes."


def test_publishing_is_one_audited_change(world, editor):
    before = Revision.objects.current()
    release = publish_release(editor, "Audited.")
    record = release.history.get()
    assert (record.history_user, record.history_change_reason) == (editor, "release 1")
    assert Revision.objects.current() != before  # the pages that list releases are made again
    assert release.parts.count() == 1 and len(release.parts.get().data) == release.package_size


def test_a_change_during_the_build_builds_the_release_again(world, editor, monkeypatch):
    """A change committed while the package was built: the package no longer shows the register as it
    is at publication, so it is built again; the release shows the register as it was published."""
    build, builds = releases.build, []

    def build_then_change(path, **kwargs):
        built = build(path, **kwargs)
        builds.append(built)
        if len(builds) == 1:
            with register_change(editor, "a change meanwhile"):
                world.officers_exact.quote = "changed meanwhile"
                world.officers_exact.save()
        return built

    monkeypatch.setattr(releases, "build", build_then_change)
    release = publish_release(editor, "Built twice.")

    assert len(builds) == 2 and release.revision == builds[1].revision != builds[0].revision
    quotes = {int(row["id"]): row["quote"] for row in rows_of(b"".join(releases.package_blocks(release)), "statements")}
    assert quotes[world.officers_exact.pk] == "changed meanwhile"


def test_a_register_that_keeps_changing_is_refused_with_a_message(world, editor, monkeypatch):
    build = releases.build

    def build_then_change(path, **kwargs):
        built = build(path, **kwargs)
        Revision.objects.bump()
        return built

    monkeypatch.setattr(releases, "build", build_then_change)
    with pytest.raises(ReleaseError, match="kept changing"):
        publish_release(editor, "Never.")
    assert not Release.objects.exists()
    assert as_uuid(Revision.objects.current()) is not None


@pytest.mark.parametrize(
    "accept, words",
    [
        ("sr-Latn", ["Izdanje 2", "Izmene od izdanja 1", "1 operacija dodata: JAD SEE 2025", "1 podatak ispravljen"]),
        ("sr", ["Издање 2", "Измене од издања 1", "1 операција додата: JAD SEE 2025"]),
        ("mk", ["Издание 2", "Промени од изданието 1", "1 операција додадена: JAD SEE 2025"]),
        ("sq", ["Botimi 2", "Ndryshimet që nga botimi 1", "1 operacion i shtuar: JAD SEE 2025"]),
    ],
)
def test_the_releases_pages_in_the_region_s_languages(client, world, editor, accept, words):
    published_from_the_admin(client, editor, "The first release.")
    change_the_register(world, editor)
    published_from_the_admin(client, editor, "Second.")
    page = client.get("/releases/2/", HTTP_ACCEPT_LANGUAGE=accept).content.decode()
    for word in words:
        assert word in page, word

"""`?release=N`: every public page, table, export and API answer reads the register as release N
froze it, while the live register moves on; drafts stay out; a release that is not there is a 404."""

import json
from decimal import Decimal

import pytest
from django.apps import apps

from operations.frozen import copies
from operations.frozen.reading import reading_release
from operations.models import Operation, Result
from operations.opendata.releases import publish_release
from operations.review import workflow
from operations.review.changes import register_change
from tests.public_fixtures import SECRET, body, read_csv

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("forget_copies")]


@pytest.fixture
def moved_on(world, editor, django_user_model):
    """Release 1, then the live register moves on: a figure corrected, an operation withdrawn."""
    release = publish_release(editor, "The first release.")
    with register_change(editor, "corrected"):
        officers = Result.objects.get(pk=world.officers_exact.pk)
        officers.value = Decimal("23000")
        officers.quote = "23 000 officers, corrected"
        officers.save()
    reviewer = django_user_model.objects.create_user("withdrawing-reviewer", is_staff=True)
    workflow.withdraw(Operation.objects.get(pk=world.jad_2023.pk), reviewer, "Double entry.")
    return release


def test_the_results_table_reads_the_release(client, world, moved_on):
    live = body(client.get("/results/")).decode()
    frozen = body(client.get("/results/?release=1")).decode()
    assert "23 000 officers, corrected" in live and "23 000 officers, corrected" not in frozen
    assert "22 488 officers" in frozen
    assert "You are reading the register as it stood in release 1" in frozen
    assert "as it stood in release" not in live
    assert '<input type="hidden" name="release" value="1">' in frozen  # the filter form keeps it
    assert SECRET not in frozen


def test_operations_withdrawn_since_are_in_the_release(client, world, moved_on):
    slug = world.jad_2023.slug
    assert slug not in body(client.get("/operations/")).decode()
    assert slug in body(client.get("/operations/?release=1")).decode()
    assert client.get(f"/operations/{slug}/").status_code == 404
    page = client.get(f"/operations/{slug}/?release=1")
    assert page.status_code == 200 and world.jad_2023.name in body(page).decode()


def test_exports_stream_the_release(client, world, moved_on):
    rows = [str(row) for row in read_csv(client.get("/results/?release=1&_export=csv&metric=officers"))]
    assert any("22 488 officers" in row for row in rows)
    assert not any("corrected" in row for row in rows)
    live = read_csv(client.get("/results/?_export=csv&metric=officers"))
    assert any("corrected" in str(row) for row in live)


def test_the_api_reads_the_release(client, world, moved_on):
    frozen = json.loads(client.get("/api/statements/?release=1&page_size=100").content)
    live = json.loads(client.get("/api/statements/?page_size=100").content)
    value = {row["id"]: row["value"] for row in frozen["results"]}[world.officers_exact.pk]
    assert Decimal(str(value)) == Decimal("22488")
    assert Decimal(str({row["id"]: row["value"] for row in live["results"]}[world.officers_exact.pk])) == 23000
    first = json.loads(client.get("/api/statements/?release=1&page_size=2").content)
    assert "release=1" in first["next"]  # pages go on in the release
    following = client.get(first["next"])
    assert following.status_code == 200 and json.loads(following.content)["results"]
    operations = json.loads(client.get("/api/operations/?release=1").content)
    assert world.jad_2023.slug in {row["slug"] for row in operations["results"]}
    assert SECRET not in client.get("/api/statements/?release=1&page_size=100").content.decode()


def test_citations_and_metadata_name_the_release(client, world, moved_on):
    page = body(client.get(f"/operations/{world.jad_2024.slug}/?release=1")).decode()
    assert f"/operations/{world.jad_2024.slug}/?release=1" in page  # the address cited
    assert "_export=csv\\u0026release=1" in page  # the JSON-LD's downloads
    assert "as it stood in release 1" in page
    home = body(client.get("/?release=1")).decode()
    assert '"version": "1"' in home


@pytest.mark.parametrize("asked", ["2", "0", "abc", "1e3", "-1", "9" * 40, ""])
def test_a_release_that_is_not_there_is_a_404(client, world, editor, asked):
    publish_release(editor, "Only one.")
    page = client.get(f"/results/?release={asked}")
    assert page.status_code == 404
    api = client.get(f"/api/statements/?release={asked}")
    assert api.status_code == 404 and "detail" in json.loads(api.content)


def test_a_release_without_its_copy_says_so(client, world, editor):
    publish_release(editor, "Copy lost.")
    copies.forget(1)
    page = client.get("/results/?release=1")
    assert page.status_code == 404
    assert "was published before the register kept a copy" in page.content.decode()
    assert client.get("/releases/1/package.zip").status_code == 200  # its package is still there


def test_the_admin_always_reads_the_live_register(client, world, moved_on, admin_user):
    client.force_login(admin_user)
    page = client.get(f"/admin/operations/result/{world.officers_exact.pk}/change/?release=1")
    assert page.status_code == 200 and "23 000 officers, corrected" in page.content.decode()


def test_a_copy_holds_every_public_table_and_nothing_private():
    frozen = set(copies.frozen_tables())
    assert {"operations_result", "operations_operation", "participants_participant", "operations_revision"} <= frozen
    assert "operations_activity_beneficiary_countries" in frozen  # a many-to-many table
    assert not {table for table in frozen if "historical" in table or "release" in table or "import" in table}


def test_a_copy_is_the_register_at_publication(world, editor):
    publish_release(editor, "Counted.")
    models = [model for model in apps.get_models(include_auto_created=True) if copies.is_frozen(model)]

    def keys():
        return {model._meta.db_table: sorted(model._base_manager.values_list("pk", flat=True)) for model in models}

    live = keys()
    with reading_release(1):
        frozen = keys()
        found = Result.objects.search_quotes("22 488 officers")  # the full-text index came along
    assert frozen == live
    assert world.officers_exact.pk in {statement.pk for statement in found.best}


def test_the_api_schema_says_every_address_takes_a_release(client):
    schema = client.get("/api/schema/").json()
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            assert "release" in {parameter["name"] for parameter in operation["parameters"]}, path


def test_the_register_package_of_a_release_is_its_frozen_package(client, world, editor):
    publish_release(editor, "Packaged.")
    response = client.get("/data/jad-register.zip?release=1")
    assert response.status_code == 302 and response["Location"] == "/releases/1/package.zip"


def test_a_release_page_links_to_its_register(client, world, editor):
    publish_release(editor, "Browsable.")
    assert "/results/?release=1" in client.get("/releases/1/").content.decode()
    copies.forget(1)
    client.get("/releases/2/")  # another address: the first page stays in the cache for this revision
    assert "/results/?release=1" not in client.get("/releases/1/?lost").content.decode()

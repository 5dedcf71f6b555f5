"""The admin's home page shows an editor what waits: operations in review or returned, operations
whose figures cannot all be true, the latest changes and imports (operations.admin.home)."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group

from operations.models import ImportRecord, Operation
from operations.review.access import EDITORS
from operations.review.changes import register_change
from tests.operations.builders import breakdown, make_operation, make_source, state

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "x", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def waiting():
    release = make_source("Joint release")
    arrests, [smuggling, drugs] = breakdown("Arrests", "Smuggling", "Drugs")
    calm = make_operation("Operation Calm")
    state(calm, arrests, release, 500)
    state(calm, smuggling, release, 200)
    state(calm, drugs, release, 300)
    beacon = make_operation("Operation Beacon", status=Operation.Status.DRAFT)
    state(beacon, arrests, release, 566)
    state(beacon, smuggling, release, 300)
    state(beacon, drugs, release, 262)  # 562: not the 566 of the total
    in_review = make_operation("Operation Review", status=Operation.Status.SUBMITTED)
    returned = make_operation("Operation Returned", status=Operation.Status.DRAFT)
    Operation.objects.filter(pk=returned.pk).update(status=Operation.Status.RETURNED, review_comment="Sources?")
    return SimpleNamespace(calm=calm, beacon=beacon, in_review=in_review, returned=returned)


def section(client):
    page = client.get("/admin/").content.decode()
    start = page.index('<section class="editor-home')
    return page[start : page.index("</section>", start)]


def test_home_lists_what_waits(client, editor, waiting):
    client.force_login(editor)
    home = section(client)
    assert f"{waiting.in_review}</a></th><td>in review" in home
    assert f"{waiting.returned}</a></th><td>returned for changes" in home
    assert f"{waiting.beacon}</a></th><td>figures that cannot all be true" in home
    assert f"{waiting.calm}</a></th>" not in home  # published, adds up
    assert "?inconsistent=yes" in home


def test_home_shows_the_latest_changes_with_author_and_reason(client, editor, waiting):
    with register_change(editor, "corrected the arrests"):
        waiting.beacon.short_name = "Operation Beacon II"
        waiting.beacon.save()
    client.force_login(editor)
    home = section(client)
    latest = home[home.index("Latest changes") :]
    assert "Operation Beacon II" in latest.split("</tr>")[1]  # the newest first
    assert "corrected the arrests" in latest and ">editor<" in latest


def test_home_shows_the_latest_imports(client, editor, waiting):
    ImportRecord.objects.create(
        what="results", file_name="croatia-2024.xlsx", sha256="0" * 64, user=editor, created=12, changed=3
    )
    client.force_login(editor)
    home = section(client)
    assert "croatia-2024.xlsx</a>" in home and "<td>12</td><td>3</td>" in home


def test_an_inconsistency_fixed_leaves_the_list(client, editor, waiting):
    client.force_login(editor)
    listed = f"{waiting.beacon}</a></th><td>figures that cannot all be true"
    assert listed in section(client)
    with register_change(editor, "the total as the parts"):
        total = waiting.beacon.results.get(metric__parent__isnull=True)
        total.value = 562
        total.save()  # a change to the register: its revision moves on
    assert listed not in section(client)


def test_nothing_waiting_says_so(client, editor):
    with register_change(editor, "a first operation"):
        make_operation("Operation Calm")
    client.force_login(editor)
    assert "No operation waits for review and no figure is inconsistent." in section(client)

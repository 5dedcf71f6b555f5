"""Name mappings in the admin: listed by kind and organisation or template, searched, added and
edited by an editor, with their history."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from operations.models import NameMapping
from operations.review.access import EDITORS
from tests.operations.fixtures import admin_url, build_world, form_data

pytestmark = pytest.mark.django_db

SCOPE = "MUP Srbije"


@pytest.fixture
def world(db):
    world = build_world()
    world.mapping = NameMapping.objects.create(
        scope=SCOPE, kind=NameMapping.Kind.PARTICIPANT, written="Republika Srbija", participant=world.serbia
    )
    world.for_every_upload = NameMapping.objects.create(
        kind=NameMapping.Kind.METRIC, written="uhapšeni", metric=world.arrests
    )
    return world


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def listed(response):
    return [mapping.written for mapping in response.context["cl"].result_list]


def test_the_list_is_searched_and_filtered_by_kind_and_scope(editor_client, world):
    url = admin_url(NameMapping, "changelist")

    page = editor_client.get(url)
    assert page.status_code == 200
    assert sorted(listed(page)) == ["Republika Srbija", "uhapšeni"]
    content = page.content.decode()
    assert "every upload" in content and SCOPE in content
    assert listed(editor_client.get(url, {"q": "srbija"})) == ["Republika Srbija"]
    assert listed(editor_client.get(url, {"kind": "metric"})) == ["uhapšeni"]
    assert listed(editor_client.get(url, {"scope": SCOPE})) == ["Republika Srbija"]
    assert listed(editor_client.get(url, {"scope": "-"})) == ["uhapšeni"]


def test_the_list_reads_every_target_in_the_same_queries_however_many_rows(editor_client, world):
    url = admin_url(NameMapping, "changelist")
    with CaptureQueriesContext(connection) as few:
        editor_client.get(url)
    for number in range(5):
        NameMapping.objects.create(
            scope=f"agency {number}", kind=NameMapping.Kind.METRIC, written="hapšenja", metric=world.arrests_firearms
        )
    with CaptureQueriesContext(connection) as many:
        editor_client.get(url)
    assert len(many) == len(few)


def test_an_editor_edits_a_mapping_with_history(editor_client, editor, world):
    url = admin_url(world.mapping, "change", world.mapping.pk)
    data = form_data(editor_client.get(url))
    data.update(participant=world.kosovo.pk, written="Republika  Kosova", scope=f" {SCOPE} ")

    response = editor_client.post(url, data)

    assert response.status_code == 302
    world.mapping.refresh_from_db()
    assert (world.mapping.written, world.mapping.folded, world.mapping.scope) == (
        "Republika  Kosova",
        "republika kosova",
        SCOPE,
    )
    assert world.mapping.target == world.kosovo
    assert world.mapping.history.first().history_user == editor
    assert editor_client.get(admin_url(world.mapping, "history", world.mapping.pk)).status_code == 200


def test_an_editor_adds_a_mapping(editor_client, editor, world):
    response = editor_client.post(
        admin_url(NameMapping, "add"),
        {"scope": "", "kind": "participant", "written": "Kraljevina Španija", "participant": world.spain.pk},
    )

    assert response.status_code == 302
    mapping = NameMapping.objects.get(written="Kraljevina Španija")
    assert (mapping.created_by, mapping.folded, str(mapping)) == (
        editor,
        "kraljevina spanija",
        "“Kraljevina Španija” → Spain (every upload)",
    )


def test_a_mapping_reads_a_name_as_one_entry_of_its_own_kind(editor_client, world):
    url = admin_url(NameMapping, "add")

    wrong_kind = editor_client.post(url, {"kind": "participant", "written": "hapšenja", "metric": world.arrests.pk})
    both = editor_client.post(
        url, {"kind": "metric", "written": "hapšenja", "metric": world.arrests.pk, "participant": world.spain.pk}
    )
    taken = editor_client.post(
        url, {"scope": SCOPE, "kind": "participant", "written": "REPUBLIKA SRBIJA", "participant": world.spain.pk}
    )

    assert wrong_kind.context["adminform"].form.errors["participant"] == ["Choose the participant the name is read as."]
    assert both.context["adminform"].form.errors["participant"] == ["Leave this empty: the mapping is of a metric."]
    assert "This name already has a mapping of this kind for this scope." in str(taken.context["adminform"].form.errors)
    assert NameMapping.objects.count() == 2

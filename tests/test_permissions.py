"""Who may do what: anonymous visitors, coordinators, secretariat editors and superusers against
every admin page, import, export and workflow action, and every public URL."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from import_export.admin import ExportMixin, ImportMixin

from operations.models import Operation
from operations.review.access import COORDINATORS, EDITORS
from tests.public_fixtures import world  # noqa: F401

pytestmark = pytest.mark.django_db

REGISTER_APPS = {"operations", "participants"}
REGISTER_ADMINS = sorted(
    (model._meta.app_label, model._meta.model_name, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label in REGISTER_APPS
)
ACCOUNT_ADMINS = sorted(
    (model._meta.app_label, model._meta.model_name)
    for model in admin.site._registry
    if model._meta.app_label not in REGISTER_APPS
)
# Corrections are written by the system when a published figure changes, never by hand; imports
# are recorded when a file is imported, and their proposals decided by actions, not edited.
READ_ONLY = {("operations", "correction"), ("operations", "importrecord"), ("operations", "proposedchange")}
PUBLIC_URLS = [
    "/",
    "/operations/",
    "/results/",
    "/participants/",
    "/activities/",
    "/sources/",
    "/results/?_export=csv",
    "/results/?_export=xlsx",
    "/operations/?_export=csv",
    "/data/",
    "/data/jad-register.zip",
    "/data/catalog.jsonld",
    "/releases/",
]


def ids(admins):
    return [f"{app}.{model}" for app, model, *_ in admins]


@pytest.fixture
def users(db):
    make = get_user_model().objects.create_user
    coordinator = make("coordinator", is_staff=True)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    editor = make("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    superuser = get_user_model().objects.create_superuser("root", password=None)
    return {"coordinator": coordinator, "editor": editor, "superuser": superuser}


def get_as(client, user, url):
    if user is not None:
        client.force_login(user)
    return client.get(url)


@pytest.mark.parametrize(("app", "model", "model_admin"), REGISTER_ADMINS, ids=ids(REGISTER_ADMINS))
def test_register_changelists_and_add_pages(client, users, world, app, model, model_admin):  # noqa: F811
    changelist = reverse(f"admin:{app}_{model}_changelist")
    add = reverse(f"admin:{app}_{model}_add")
    assert client.get(changelist).status_code == 302  # anonymous: to the sign-in page
    for role, user in users.items():
        client.force_login(user)
        assert client.get(changelist).status_code == 200, (role, changelist)
        expected_add = 403 if role == "coordinator" or (app, model) in READ_ONLY else 200
        assert client.get(add).status_code == expected_add, (role, add)
        if isinstance(model_admin, ImportMixin):
            expected_import = 403 if role == "coordinator" else 200
            assert client.get(reverse(f"admin:{app}_{model}_import")).status_code == expected_import, role
        if isinstance(model_admin, ExportMixin):
            assert client.get(reverse(f"admin:{app}_{model}_export")).status_code == 200, role
        client.logout()


@pytest.mark.parametrize(("app", "model"), ACCOUNT_ADMINS, ids=[f"{a}.{m}" for a, m in ACCOUNT_ADMINS])
def test_only_superusers_manage_accounts_and_sign_in_records(client, users, app, model):
    changelist = reverse(f"admin:{app}_{model}_changelist")
    for role, user in users.items():
        client.force_login(user)
        expected = 200 if role == "superuser" else 403
        assert client.get(changelist).status_code == expected, role


def test_coordinator_cannot_change_anything(client, users, world):  # noqa: F811
    client.force_login(users["coordinator"])
    url = reverse("admin:operations_operation_change", args=[world.jad_2024.pk])
    page = client.get(url)
    assert page.status_code == 200 and b'type="submit" value="Save"' not in page.content
    response = client.post(url, {"name": "Renamed by a coordinator"})
    assert response.status_code == 403
    world.jad_2024.refresh_from_db()
    assert world.jad_2024.name != "Renamed by a coordinator"


def test_coordinator_cannot_run_workflow_actions(client, users, world):  # noqa: F811
    client.force_login(users["coordinator"])
    client.post(
        reverse("admin:operations_operation_changelist"),
        {"action": "withdraw", "_selected_action": [world.jad_2024.pk], "comment": "no"},
    )
    world.jad_2024.refresh_from_db()
    assert world.jad_2024.status == Operation.Status.PUBLISHED


def test_nobody_deletes_a_published_operation(client, users, world):  # noqa: F811
    url = reverse("admin:operations_operation_delete", args=[world.jad_2024.pk])
    for role in ("editor", "superuser"):
        client.force_login(users[role])
        assert client.get(url).status_code == 403, role
    assert Operation.objects.filter(pk=world.jad_2024.pk).exists()


def test_editor_may_delete_a_draft_operation(client, users, world):  # noqa: F811
    client.force_login(users["editor"])
    url = reverse("admin:operations_operation_delete", args=[world.draft.pk])
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_urls_answer_everyone(client, users, world, url):  # noqa: F811
    assert client.get(url).status_code == 200
    for user in users.values():
        client.force_login(user)
        assert client.get(url).status_code == 200
        client.logout()


def test_draft_stays_private_even_for_staff_on_the_public_site(client, users, world):  # noqa: F811
    client.force_login(users["superuser"])
    assert client.get(world.draft.get_absolute_url()).status_code == 404

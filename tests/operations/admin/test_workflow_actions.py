"""Review and publication in the admin: the status moves only through the workflow actions,
the four-eyes rule holds, and a published figure is corrected with a reason, never deleted."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from operations.models import Activity, Correction, Operation, Result
from tests.operations.fixtures import admin_url, build_world, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


# --- Review workflow -----------------------------------------------------------------------


def run_action(client, action, operations, comment="", confirm="yes"):
    return client.post(
        admin_url(Operation, "changelist"),
        {
            "action": action,
            "_selected_action": [operation.pk for operation in operations],
            "comment": comment,
            "confirm": confirm,
        },
        follow=True,
    )


def test_a_workflow_action_asks_for_confirmation_first(client, world):
    reviewer = get_user_model().objects.create_superuser("reviewer", "reviewer@example.org", "x")
    client.force_login(reviewer)
    world.operation.status = Operation.Status.SUBMITTED
    world.operation.save()

    asked = run_action(client, "publish", [world.operation], confirm="")

    page = asked.content.decode()
    assert "Do you want to publish these operations?" in page
    assert str(world.operation) in page and 'name="confirm" value="yes"' in page
    world.operation.refresh_from_db()
    assert world.operation.status == Operation.Status.SUBMITTED


def test_status_moves_only_through_the_workflow(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    data["status"] = Operation.Status.PUBLISHED

    admin_client.post(url, data)

    world.operation.refresh_from_db()
    assert world.operation.status == Operation.Status.DRAFT


def test_the_last_editor_cannot_publish(admin_client, admin_user, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    data["motto"] = "Edited"
    admin_client.post(url, data)
    run_action(admin_client, "submit_for_review", [world.operation])

    response = run_action(admin_client, "publish", [world.operation])

    assert "someone else must publish it (four-eyes rule)" in response.content.decode()
    world.operation.refresh_from_db()
    assert world.operation.status == Operation.Status.SUBMITTED


def test_a_reviewer_publishes_and_a_published_operation_cannot_be_deleted(client, world):
    reviewer = get_user_model().objects.create_superuser("reviewer", "reviewer@example.org", "x")
    client.force_login(reviewer)
    world.operation.status = Operation.Status.SUBMITTED
    world.operation.save()

    response = run_action(client, "publish", [world.operation])

    assert "1 operation published." in response.content.decode()
    world.operation.refresh_from_db()
    assert world.operation.status == Operation.Status.PUBLISHED
    assert client.get(admin_url(Operation, "delete", world.operation.pk)).status_code == 403


def test_returning_needs_a_comment(admin_client, world):
    world.operation.status = Operation.Status.SUBMITTED
    world.operation.save()

    refused = run_action(admin_client, "return_for_changes", [world.operation])
    assert "Say what to fix when returning it." in refused.content.decode()

    run_action(admin_client, "return_for_changes", [world.operation], comment="Source the arrests.")
    world.operation.refresh_from_db()
    assert world.operation.status == Operation.Status.RETURNED
    assert world.operation.review_comment == "Source the arrests."


def test_correcting_a_published_figure_needs_and_records_a_reason(admin_client, admin_user, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    statement = world.results[2]
    url = admin_url(Result, "change", statement.pk)
    data = form_data(admin_client.get(url))
    data["value"] = "562"

    refused = admin_client.post(url, data)
    assert "This figure is published: say why its value or qualifier changes." in refused.content.decode()

    data["correction_reason"] = "Europol corrected its release."
    assert admin_client.post(url, data).status_code == 302
    correction = Correction.objects.get(result=statement)
    assert (correction.old_value, correction.new_value) == (Decimal("566"), Decimal("562"))
    assert correction.corrected_by == admin_user
    listed = admin_client.get(admin_url(Correction, "changelist"))
    assert listed.context["cl"].result_list[0] == correction
    assert admin_client.get(admin_url(Correction, "change", correction.pk)).status_code == 200


def test_a_published_operation_lists_its_figures_read_only(admin_client, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)

    response = admin_client.get(admin_url(Operation, "change", world.operation.pk))

    results = next(inline for inline in response.context["inline_admin_formsets"] if inline.formset.prefix == "results")
    assert not results.has_add_permission and not results.has_delete_permission
    assert set(results.readonly_fields) >= {"value", "qualifier", "metric", "source"}
    assert admin_client.get(admin_url(Result, "delete", world.results[0].pk)).status_code == 403


def test_bulk_delete_refuses_published_figures(admin_client, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    draft = build_draft_operation_result(world)
    stored = Result.objects.count()
    selected = {"action": "delete_selected", "post": "yes"}

    mixed = admin_client.post(
        admin_url(Result, "changelist"), {**selected, "_selected_action": [r.pk for r in Result.objects.all()]}
    )
    assert mixed.status_code == 403 and Result.objects.count() == stored

    admin_client.post(admin_url(Result, "changelist"), {**selected, "_selected_action": [draft.pk]})
    assert Result.objects.count() == stored - 1 and not Result.objects.filter(pk=draft.pk).exists()


def test_a_published_activitys_figures_are_corrected_not_deleted(admin_client, world):
    Activity.objects.filter(pk=world.activity.pk).update(status=Activity.Status.PUBLISHED)
    statement = world.activity.results.get()
    url = admin_url(Result, "change", statement.pk)
    assert admin_client.get(admin_url(Result, "delete", statement.pk)).status_code == 403
    data = form_data(admin_client.get(url))
    data["value"] = "15500"

    refused = admin_client.post(url, data)
    assert "This figure is published: say why its value or qualifier changes." in refused.content.decode()

    data["correction_reason"] = "The report was corrected."
    assert admin_client.post(url, data).status_code == 302
    correction = Correction.objects.get(result=statement)
    assert (correction.old_value, correction.new_value) == (Decimal("15000.50"), Decimal("15500"))


def test_a_note_on_a_published_figure_needs_no_correction(admin_client, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    statement = world.results[1]  # "more than 22,400 officers": a qualifier other than exact
    url = admin_url(Result, "change", statement.pk)
    data = form_data(admin_client.get(url))
    data["note"] = "Rounded in the release."

    assert admin_client.post(url, data).status_code == 302
    statement.refresh_from_db()
    assert statement.note == "Rounded in the release." and not Correction.objects.exists()


def test_bulk_delete_refuses_published_operations(admin_client, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)

    response = admin_client.post(
        admin_url(Operation, "changelist"),
        {"action": "delete_selected", "post": "yes", "_selected_action": [world.operation.pk]},
    )

    assert response.status_code == 403 and Operation.objects.filter(pk=world.operation.pk).exists()


def build_draft_operation_result(world):
    draft = Operation.objects.create(
        series=world.series, edition="2024", name="JAD SEE 2024", short_name="JAD SEE 2024", slug="jad-see-2024"
    )
    return Result.objects.create(operation=draft, metric=world.arrests, value=1, source=world.source, quote="1")


def revert_url(obj, version):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, version.history_id])


def test_reverting_a_published_figure_is_a_correction(admin_client, world):
    statement = world.results[2]
    first_version = statement.history.get()
    statement.value = Decimal("570")
    statement.save()
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    url = revert_url(statement, first_version)
    data = form_data(admin_client.get(url))

    refused = admin_client.post(url, data)
    assert "This figure is published: say why its value or qualifier changes." in refused.content.decode()
    statement.refresh_from_db()
    assert statement.value == Decimal("570")

    admin_client.post(url, {**data, "correction_reason": "Back to the published release."})
    statement.refresh_from_db()
    assert statement.value == Decimal("566")
    assert Correction.objects.get(result=statement).old_value == Decimal("570")


def test_reverting_an_operation_keeps_its_status(admin_client, world):
    draft_version = world.operation.history.get()
    world.operation.status = Operation.Status.PUBLISHED
    world.operation.save()
    url = revert_url(world.operation, draft_version)

    response = admin_client.post(url, form_data(admin_client.get(url)))

    assert response.status_code == 302
    world.operation.refresh_from_db()
    assert world.operation.status == Operation.Status.PUBLISHED

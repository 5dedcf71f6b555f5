"""Imports as units of change, through the admin as an editor works: each recorded, blank cells that
keep what is stored, a published operation's rows proposed for review (never public at once), the
same file twice changing nothing, and a rollback as one unit while nothing newer depends on it."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.test import override_settings

from operations.models import ImportRecord, Operation, ProposedChange, Result
from operations.review import imports, proposals
from operations.review.changes import register_change
from operations.review.workflow import TransitionError
from tests.operations.admin.test_import_preview import upload
from tests.operations.fixtures import admin_url, build_world
from tests.operations.sheets import RESULT_HEADERS, csv_bytes, result_rows

pytestmark = pytest.mark.django_db

WITH_NOTE = [*RESULT_HEADERS, "note"]


@pytest.fixture
def world(db):
    return build_world()


def editor(username):
    user = User.objects.create_user(username=username, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Secretariat editors"))
    return user


def imported(client, content, **fields):
    preview = upload(client, content)
    data = {**preview.context["confirm_form"].initial, **fields}
    return client.post(admin_url(Result, "process_import"), data, follow=True)


def new_and_corrected():
    return csv_bytes(
        RESULT_HEADERS,
        result_rows(("arrests", "Serbia", "1 204", "1 204 arrests in Serbia"), ("arrests", "", "562", "562 arrests")),
    )


def test_a_blank_cell_keeps_the_stored_note_unless_the_editor_asks(admin_client, world):
    noted = Result.objects.get(country=world.kosovo)
    row = ["JAD SEE 2023", "arrests-firearms", "Kosovo", world.source.title, "exact", "12"]
    row += ["12 arrests for firearms trafficking", ""]
    content = csv_bytes(WITH_NOTE, [row])

    preview = upload(admin_client, content)
    assert [row.label for row in preview.context["report"].rows] == ["Unchanged"]
    imported(admin_client, content)
    noted.refresh_from_db()
    assert noted.note == '=HYPERLINK("http://example.com")'

    response = admin_client.post(
        admin_url(Result, "import"),
        {"resource": "0", "format": "0", "erase_blank_cells": "on", "import_file": upload_file(content)},
    )
    assert [row.label for row in response.context["report"].rows] == ["Updated"]
    assert 'id="import-erases"' in response.content.decode()
    admin_client.post(admin_url(Result, "process_import"), response.context["confirm_form"].initial, follow=True)
    noted.refresh_from_db()
    assert noted.note == ""


def upload_file(content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("results.csv", content, content_type="text/csv")


def test_a_published_operation_gets_proposals_not_public_figures(admin_client, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    before = list(Result.objects.public().values_list("pk", "value"))

    preview = upload(admin_client, new_and_corrected())
    assert [row.label for row in preview.context["report"].rows] == ["For review", "For review"]
    response = imported(admin_client, new_and_corrected())

    record = ImportRecord.objects.get()
    assert "0 created, 0 changed, 0 unchanged, 2 waiting for review" in response.content.decode()
    assert list(Result.objects.public().values_list("pk", "value")) == before
    new, change = record.proposals.order_by("row")
    assert (new.result, new.values["value"], new.values["country_id"]) == (None, "1204.000", world.serbia.pk)
    assert change.result.metric == world.arrests
    assert (change.old_values, change.values) == (
        {"value": "566.000", "quote": "566 arrests"},
        {"value": "562.000", "quote": "562 arrests"},
    )

    page = admin_client.get(admin_url(ProposedChange, "changelist")).content.decode()
    assert "566.000" in page and "562.000" in page  # stored and proposed, side by side


def test_importing_the_same_file_twice_proposes_once(admin_client, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    imported(admin_client, new_and_corrected())

    preview = upload(admin_client, new_and_corrected())
    assert 'id="import-earlier"' in preview.content.decode()
    imported(admin_client, new_and_corrected())

    first, second = ImportRecord.objects.order_by("pk")
    assert (first.proposed, second.proposed, second.skipped) == (2, 0, 2)
    assert ProposedChange.objects.count() == 2


@override_settings(FOUR_EYES_PUBLISHING=True)
def test_a_proposal_is_accepted_by_someone_else_with_a_reason_for_a_correction(client, world):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    importer, reviewer = editor("importer"), editor("reviewer")
    client.force_login(importer)
    imported(client, new_and_corrected())
    new, change = ProposedChange.objects.order_by("row")

    with pytest.raises(TransitionError, match="someone else must accept it"):
        proposals.accept(new, importer)
    with pytest.raises(TransitionError, match="Say why this published figure changes"):
        proposals.accept(change, reviewer)

    client.force_login(reviewer)
    action = {"action": "accept", "_selected_action": [new.pk, change.pk], "reason": "Europol's final figure"}
    client.post(admin_url(ProposedChange, "changelist"), action, follow=True)

    corrected = Result.objects.get(pk=change.result_id)
    assert corrected.value == Decimal("562")
    assert corrected.corrections.get().reason == "Europol's final figure"
    assert Result.objects.public().filter(country=world.serbia, value=Decimal("1204")).exists()
    assert set(ProposedChange.objects.values_list("decision", flat=True)) == {"accepted"}


def test_a_rejected_proposal_changes_nothing(world, admin_user):
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    record = imports.start_import(admin_user, "results", "results.csv", b"x")
    stored = Result.objects.get(metric=world.arrests)
    proposal = proposals.propose(record, 2, Result(**{**proposals.values_of(stored), "value": Decimal("1")}), stored)

    proposals.reject(proposal, editor("reviewer"), "not in the source")

    proposal.refresh_from_db()
    assert (proposal.decision, proposal.reason) == ("rejected", "not in the source")
    assert Result.objects.get(pk=stored.pk).value == Decimal("566")


def test_an_import_is_rolled_back_as_one_unit(admin_client, admin_user, world):
    imported(admin_client, new_and_corrected())
    record = ImportRecord.objects.get()

    page = admin_client.get(admin_url(ImportRecord, "change", record.pk)).content.decode()
    assert 'id="import-rollback"' in page
    rollback_url = f"/admin/operations/importrecord/{record.pk}/rollback/"
    assert "Yes, roll it back" in admin_client.get(rollback_url).content.decode()
    admin_client.post(rollback_url, {"confirm": "yes"}, follow=True)

    record.refresh_from_db()
    assert (record.status, record.rolled_back_by) == (ImportRecord.Status.ROLLED_BACK, admin_user)
    assert not Result.objects.filter(country=world.serbia).exists()
    assert Result.objects.get(metric=world.arrests, country=None).value == Decimal("566")
    with pytest.raises(imports.RollbackRefused, match="only an import that landed"):
        imports.rollback(record, admin_user)


def test_a_rollback_is_refused_when_a_record_changed_since(admin_client, admin_user, world):
    imported(admin_client, new_and_corrected())
    record = ImportRecord.objects.get()
    later = Result.objects.get(metric=world.arrests, country=None)
    with register_change(admin_user, "a later correction"):
        later.value = Decimal("570")
        later.save()

    with pytest.raises(imports.RollbackRefused, match="1 record was changed after the import"):
        imports.rollback(record, admin_user)

    assert Result.objects.get(pk=later.pk).value == Decimal("570")
    assert Result.objects.filter(country=world.serbia).exists()
    record.refresh_from_db()
    assert record.status == ImportRecord.Status.IMPORTED


def test_a_rollback_is_refused_when_something_added_since_depends_on_it(admin_client, admin_user, world):
    content = csv_bytes(
        ["name", "short_name", "slug", "start_date"],
        [["Operation Aeolos", "Aeolos", "aeolos", "2021-05-10"]],
    )
    preview = upload(admin_client, content, model=Operation)
    admin_client.post(admin_url(Operation, "process_import"), preview.context["confirm_form"].initial, follow=True)
    record = ImportRecord.objects.get()
    aeolos = Operation.objects.get(slug="aeolos")
    with register_change(admin_user, "a figure entered by hand"):
        Result.objects.create(
            operation=aeolos, metric=world.arrests, unit=world.persons, source=world.source, quote="9 arrests"
        )

    with pytest.raises(imports.RollbackRefused, match="depends on what the import created"):
        imports.rollback(record, admin_user)
    assert Operation.objects.filter(slug="aeolos").exists()


@override_settings(FOUR_EYES_PUBLISHING=True)
def test_a_proposal_accepted_after_an_editor_saved_the_figure_applies_over_the_newer_version(client, world):
    """The proposal was made from an older version of the figure: accepting it reads the figure
    again under a lock and applies over the current version (never a lost-edit error)."""
    Operation.objects.filter(pk=world.operation.pk).update(status=Operation.Status.PUBLISHED)
    importer, reviewer = editor("importer"), editor("reviewer")
    client.force_login(importer)
    imported(client, new_and_corrected())
    _new, change = ProposedChange.objects.order_by("row")
    figure = Result.objects.get(pk=change.result_id)
    with register_change(reviewer, "a note meanwhile"):
        figure.note = "Checked against the press release."
        figure.save()

    proposals.accept(change, reviewer, "Europol's final figure")

    corrected = Result.objects.get(pk=change.result_id)
    assert corrected.value == Decimal("562") and corrected.note == "Checked against the press release."
    assert corrected.version == figure.version + 1

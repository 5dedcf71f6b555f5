"""The secretariat's admin: every page renders, inlines edit, validation messages show, history
records who changed what, the workflow guards publication, and a CSV import goes end to end."""

from decimal import Decimal

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from import_export.formats.base_formats import CSV

from operations.models import Correction, Operation, Participation, Qualifier, Result
from operations.resources import ResultResource
from tests.operations.admin_fixtures import build_world

pytestmark = pytest.mark.django_db

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.fixture
def world(db):
    return build_world()


def admin_url(model_or_obj, view, *args):
    opts = model_or_obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def form_data(response):
    """The POST data of an admin change form as it was rendered, inlines included."""
    data = {}

    def add(form):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if callable(value):
                value = value()
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                data[form.add_prefix(name)] = [getattr(item, "pk", item) for item in value]
            else:
                data[form.add_prefix(name)] = getattr(value, "pk", value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[formset.management_form.add_prefix(name)] = value
        for form in formset.forms:
            add(form)
    return data


def add_inline_row(data, prefix, **fields):
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = index + 1
    for name, value in fields.items():
        data[f"{prefix}-{index}-{name}"] = value


# --- Every page renders --------------------------------------------------------------------


@pytest.mark.parametrize("model", REGISTERED, ids=[model._meta.label for model in REGISTERED])
def test_changelist_and_add_page_render(admin_client, admin_user, rf, world, model):
    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    request = rf.get("/")
    request.user = admin_user
    # Some lists are records only (corrections, sign-in attempts): nobody adds to them by hand.
    can_add = admin.site._registry[model].has_add_permission(request)
    assert admin_client.get(admin_url(model, "add")).status_code == (200 if can_add else 403)
    assert can_add or model is Correction or model._meta.app_label not in {"operations", "participants"}


@pytest.mark.parametrize("model", REGISTERED, ids=[model._meta.label for model in REGISTERED])
def test_change_page_renders(admin_client, world, model):
    obj = model._default_manager.first()
    if obj is None:
        pytest.skip(f"no {model._meta.verbose_name} in the test data")
    assert admin_client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_operation_change_page_edits_centres_participations_and_results_inline(admin_client, world):
    response = admin_client.get(admin_url(Operation, "change", world.operation.pk))

    assert response.status_code == 200
    prefixes = [inline.formset.prefix for inline in response.context["inline_admin_formsets"]]
    assert prefixes == ["coordination_centres", "participations", "results"]
    content = response.content.decode()
    assert "Kosovo*" in content and "Belgrade" in content and "22 488 officers" in content


def test_operation_saved_through_the_admin_keeps_its_inlines(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    data["motto"] = "Together"

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    world.operation.refresh_from_db()
    assert world.operation.motto == "Together"
    assert world.operation.results.count() == 4 and world.operation.participations.count() == 2


# --- Lists: search, filters, queries -------------------------------------------------------


def changelist_results(admin_client, model, **params):
    response = admin_client.get(admin_url(model, "changelist"), params)
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


def test_results_search_reads_quote_and_metric(admin_client, world):
    officers = {world.results[0], world.results[1]}
    assert changelist_results(admin_client, Result, q="22,400") == {world.results[1]}
    assert changelist_results(admin_client, Result, q="officers involved") == officers


def test_results_filter_by_metric_family_finds_the_breakdown(admin_client, world):
    arrests = {world.results[2], world.results[3]}
    assert changelist_results(admin_client, Result, metric_family=world.arrests.pk) == arrests
    assert changelist_results(admin_client, Result, metric_family="nonsense") == set()


def test_results_filter_by_qualifier_and_country(admin_client, world):
    assert changelist_results(admin_client, Result, qualifier=Qualifier.MORE_THAN) == {world.results[1]}
    assert changelist_results(admin_client, Result, country__id__exact=world.kosovo.pk) == {world.results[3]}


@pytest.mark.parametrize("model", [Result, Operation, Participation])
def test_changelist_queries_do_not_grow_with_rows(admin_client, world, model):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            admin_client.get(admin_url(model, "changelist"))
        return len(queries)

    before = count_queries()
    for index in range(5):
        Result.objects.create(
            operation=world.operation,
            metric=world.arrests,
            country=world.serbia,
            value=index,
            qualifier=list(Qualifier)[index],
            source=world.source,
            quote=f"{index} arrests",
        )
        Participation.objects.create(
            operation=world.operation,
            participant=world.europol
            if index == 0
            else type(world.serbia).objects.create(name=f"Partner {index}", slug=f"partner-{index}", kind="partner"),
        )
    assert count_queries() == before


def test_country_autocomplete_offers_only_countries(admin_client, world):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "operations", "model_name": "result", "field_name": "country", "term": ""},
    )

    names = {item["text"] for item in response.json()["results"]}
    assert names == {"Serbia", "Spain", "Kosovo*"}


# --- Validation messages -------------------------------------------------------------------


def test_operation_end_before_start_shows_its_message(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    data["end_date"] = "2023-11-01"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "The end (2023-11-01) is before the start (2023-11-13)." in response.content.decode()


def test_duplicate_participation_in_the_inline_shows_its_message(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    add_inline_row(data, "participations", participant=world.spain.pk)

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "This participant is already listed for this operation." in response.content.decode()
    assert world.operation.participations.count() == 2


def test_two_new_rows_for_one_participant_are_refused(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    add_inline_row(data, "participations", participant=world.serbia.pk)
    add_inline_row(data, "participations", participant=world.serbia.pk)

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "This participant is already listed for this operation." in response.content.decode()


def test_a_statement_entered_twice_in_the_inline_is_refused(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    statement = {"metric": world.arrests.pk, "country": world.serbia.pk, "qualifier": "exact"}
    statement |= {"source": world.source.pk, "value": "40", "quote": "40 arrests"}
    add_inline_row(data, "results", **statement)
    add_inline_row(data, "results", **statement)

    response = admin_client.post(url, data)

    assert "This statement is entered twice" in response.content.decode()
    assert world.operation.results.count() == 4


def test_a_statement_already_stored_is_refused_in_the_inline(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    statement = {"metric": world.arrests.pk, "country": "", "qualifier": "exact", "source": world.source.pk}
    add_inline_row(data, "results", value="1", quote="1 arrest", **statement)

    response = admin_client.post(url, data)

    assert response.status_code == 200
    message = "This source already has an operation-wide figure with this qualifier for this metric."
    assert message in response.content.decode()


def result_form(world, **changes):
    data = {
        "operation": world.operation.pk,
        "metric": world.arrests.pk,
        "country": world.serbia.pk,
        "value": "40",
        "qualifier": "exact",
        "source": world.source.pk,
        "quote": "40 arrests in Serbia",
        "note": "",
    }
    data.update(changes)
    return data


def test_negative_result_shows_the_constraint_message(admin_client, world):
    response = admin_client.post(admin_url(Result, "add"), result_form(world, value="-3"))

    assert response.status_code == 200
    assert "A result cannot be negative." in response.content.decode()


def test_a_figure_for_a_non_country_shows_the_model_message(admin_client, world):
    response = admin_client.post(admin_url(Result, "add"), result_form(world, country=world.europol.pk))

    assert "Only a country or jurisdiction can be the country of a figure." in response.content.decode()


def test_a_second_statement_with_the_same_key_shows_the_constraint_message(admin_client, world):
    response = admin_client.post(admin_url(Result, "add"), result_form(world, country="", value="1"))

    assert "This source already has an operation-wide figure with this qualifier for this metric." in (
        response.content.decode()
    )


def test_a_coordination_centre_must_be_in_a_country(admin_client, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data = form_data(admin_client.get(url))
    add_inline_row(data, "coordination_centres", city="The Hague", host_country=world.europol.pk)

    response = admin_client.post(url, data)

    assert "Only countries and jurisdictions belong here, not: Europol." in response.content.decode()


# --- History -------------------------------------------------------------------------------


def test_history_lists_a_change_made_in_the_admin(admin_client, admin_user, world):
    statement = world.results[2]
    url = admin_url(Result, "change", statement.pk)
    data = form_data(admin_client.get(url))
    data["value"] = "562"

    assert admin_client.post(url, data).status_code == 302

    history = admin_client.get(admin_url(Result, "history", statement.pk))
    assert history.status_code == 200
    latest = statement.history.first()
    assert latest.history_user == admin_user and latest.value == Decimal("562")
    content = history.content.decode()
    assert admin_user.get_username() in content and "562" in content


# --- Review workflow -----------------------------------------------------------------------


def run_action(client, action, operations, comment=""):
    return client.post(
        admin_url(Operation, "changelist"),
        {"action": action, "_selected_action": [operation.pk for operation in operations], "comment": comment},
        follow=True,
    )


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
    assert "Say what to fix when returning an operation." in refused.content.decode()

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
    selected = {"action": "delete_selected", "post": "yes"}

    mixed = admin_client.post(
        admin_url(Result, "changelist"), {**selected, "_selected_action": [r.pk for r in Result.objects.all()]}
    )
    assert mixed.status_code == 403 and Result.objects.count() == 5

    admin_client.post(admin_url(Result, "changelist"), {**selected, "_selected_action": [draft.pk]})
    assert Result.objects.count() == 4


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


# --- Import through the admin --------------------------------------------------------------


def test_csv_import_previews_then_confirms(admin_client, admin_user, world):
    csv = (
        "operation,metric,country,source,qualifier,value,quote\n"
        f'JAD SEE 2023,arrests,Serbia,{world.source.title},exact,"1,204",1 204 arrests in Serbia\n'
        f"jad-see-2023,arrests,,{world.source.title},exact,562,562 arrests\n"
    )
    formats = admin.site._registry[Result].get_import_formats()
    csv_index = next(index for index, file_format in enumerate(formats) if file_format is CSV)
    upload = SimpleUploadedFile("results.csv", csv.encode(), content_type="text/csv")

    preview = admin_client.post(
        admin_url(Result, "import"), {"resource": "0", "format": str(csv_index), "import_file": upload}
    )

    assert preview.status_code == 200
    result = preview.context["result"]
    assert [row.import_type for row in result.rows] == ["new", "update"]
    assert Result.objects.count() == 4  # a preview writes nothing
    confirm = preview.context["confirm_form"]

    done = admin_client.post(admin_url(Result, "process_import"), confirm.initial, follow=True)

    assert done.status_code == 200
    assert Result.objects.count() == 5
    serbia = Result.objects.get(country=world.serbia)
    assert serbia.value == Decimal("1204")
    assert serbia.history.first().history_user == admin_user
    assert Result.objects.get(pk=world.results[2].pk).value == Decimal("562")


def test_admin_import_with_a_wrong_header_explains_it(admin_client, world):
    csv = "operation,metric,country,source,qualifier,vaule,quote\nJAD SEE 2023,arrests,,x,exact,1,q\n"
    formats = admin.site._registry[Result].get_import_formats()
    csv_index = next(index for index, file_format in enumerate(formats) if file_format is CSV)
    upload = SimpleUploadedFile("results.csv", csv.encode(), content_type="text/csv")

    response = admin_client.post(
        admin_url(Result, "import"), {"resource": "0", "format": str(csv_index), "import_file": upload}
    )

    content = response.content.decode()
    assert "Missing required column(s): value." in content
    assert "Unknown column &quot;vaule&quot;; closest: value" in content
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None


def test_export_writes_natural_keys(admin_client, world):
    formats = admin.site._registry[Result].get_export_formats()
    csv_index = next(index for index, file_format in enumerate(formats) if file_format is CSV)

    fields = {f"resultresource_{name}": "on" for name in ResultResource().get_export_order()}

    response = admin_client.post(admin_url(Result, "export"), {"format": str(csv_index), "resource": "0", **fields})

    assert response.status_code == 200
    content = response.content.decode()
    assert content.splitlines()[0].startswith("operation,metric,country,value")
    assert "JAD SEE 2023,arrests-firearms,Kosovo*,12" in content

"""The secretariat's admin: every page renders, inlines edit, lists search and filter without
a query per row, validation messages show in the model's words, and history records who changed
what."""

from decimal import Decimal

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from operations.models import (
    Activity,
    Correction,
    ImportRecord,
    Operation,
    Participation,
    ProposedChange,
    Qualifier,
    Result,
    Unit,
)
from tests.operations.fixtures import add_inline_row, admin_url, build_world, form_data

pytestmark = pytest.mark.django_db

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.fixture
def world(db):
    return build_world()


# --- Every page renders --------------------------------------------------------------------


@pytest.mark.parametrize("model", REGISTERED, ids=[model._meta.label for model in REGISTERED])
def test_changelist_and_add_page_render(admin_client, admin_user, rf, world, model):
    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    request = rf.get("/")
    request.user = admin_user
    # Some lists are records only (corrections, imports and what they propose, sign-in attempts):
    # nobody adds to them by hand.
    can_add = admin.site._registry[model].has_add_permission(request)
    assert admin_client.get(admin_url(model, "add")).status_code == (200 if can_add else 403)
    records_only = {Correction, ImportRecord, ProposedChange}
    assert can_add or model in records_only or model._meta.app_label not in {"operations", "participants"}


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
    qualifiers = list(Qualifier.objects.all()[:5])
    for index in range(5):
        Result.objects.create(
            operation=world.operation,
            metric=world.arrests,
            country=world.serbia,
            value=index,
            qualifier=qualifiers[index],
            source=world.source,
            quote=f"{index} arrests",
        )
        Result.objects.create(
            activity=world.activity,
            metric=world.officers,
            value=index,
            qualifier=qualifiers[index],
            source=world.source,
            quote=f"{index} officers trained",
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
    message = "This source already has a figure with this qualifier for this metric and country."
    assert message in response.content.decode()
    assert world.operation.results.count() == 4


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

    message = "A figure is stated for a country, a jurisdiction or a group of them, not for Europol."
    assert message in response.content.decode()


def test_a_second_statement_with_the_same_key_shows_the_constraint_message(admin_client, world):
    response = admin_client.post(admin_url(Result, "add"), result_form(world, country="", value="1"))

    assert "This source already has a figure with this qualifier for this metric and country." in (
        response.content.decode()
    )


def test_a_figure_entered_without_a_unit_is_in_its_metrics_unit(admin_client, world):
    response = admin_client.post(admin_url(Result, "add"), result_form(world))

    assert response.status_code == 302, response.context["errors"]
    assert Result.objects.get(quote="40 arrests in Serbia").unit == world.persons


def test_a_unit_of_another_dimension_shows_the_model_message(admin_client, world):
    eur = Unit.objects.get(code="eur")

    response = admin_client.post(admin_url(Result, "add"), result_form(world, unit=eur.pk))

    assert response.status_code == 200
    assert "Arrests is a quantity of count; EUR is a unit of money." in response.content.decode()
    assert not Result.objects.filter(quote="40 arrests in Serbia").exists()


def test_a_statement_about_an_activity_is_entered_on_its_page(admin_client, world):
    url = admin_url(Activity, "change", world.activity.pk)
    data = form_data(admin_client.get(url))
    statement = {"metric": world.officers.pk, "country": world.serbia.pk, "qualifier": "exact"}
    add_inline_row(data, "results", source=world.source.pk, value="12", quote="12 officers trained", **statement)

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    trained = world.activity.results.get(metric=world.officers)
    assert (trained.value, trained.unit, trained.operation) == (Decimal("12"), world.persons, None)


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

"""No lost edits: two editors open the same record's page, one saves, then the other; the second
is refused with the first one's values beside theirs and who saved when, nothing is overwritten,
and saving the returned form again applies it. Also for inline rows, a revert from the history, and
a save that races past the form's check (the database's conditional UPDATE)."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from pytest_django.asserts import assertInHTML

from operations.admin.versions import VersionCheckedForm
from operations.models import Operation, Result, StaleEdit
from tests.operations.fixtures import admin_url, build_world, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def editor(name):
    user = get_user_model().objects.create_superuser(name, f"{name}@example.org", "x")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def ana():
    return editor("ana")


@pytest.fixture
def ben():
    return editor("ben")


def opened(client, url):
    """The page's POST data as the editor's browser would send it, and the rendered page."""
    response = client.get(url)
    assert response.status_code == 200
    return form_data(response), response.content.decode()


def resubmitted(response):
    """The POST data of a refused page as it came back (the editor's values, the new version)."""
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value not in (None, False):
                data[form.add_prefix(name)] = value
    return data


def test_the_forms_carry_the_version_they_were_opened_at(ana, world):
    _data, page = opened(ana, admin_url(Operation, "change", world.operation.pk))

    assert 'name="seen_version" value="1"' in page
    assert 'name="results-0-seen_version" value="1"' in page
    assert 'name="participations-0-seen_version"' in page and 'name="coordination_centres-0-seen_version"' in page


def test_a_save_raises_the_version(ana, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data, _page = opened(ana, url)
    data["motto"] = "Together"

    assert ana.post(url, data).status_code == 302

    stored = Operation.objects.get(pk=world.operation.pk)
    assert (stored.motto, stored.version) == ("Together", 2)
    assert list(stored.history.order_by("history_id").values_list("version", flat=True)) == [1, 2]


def test_the_second_editor_of_an_operation_is_refused_then_reapplies(ana, ben, world):
    url = admin_url(Operation, "change", world.operation.pk)
    ana_data, _page = opened(ana, url)
    ben_data, _page = opened(ben, url)
    ana_data["motto"] = "Ana's motto"
    ben_data["motto"] = "Ben's motto"
    ben_data["description_en"] = "Ben's description"  # the English column (django-modeltranslation)
    assert ana.post(url, ana_data).status_code == 302

    refused = ben.post(url, ben_data)

    assert refused.status_code == 200
    stored = Operation.objects.get(pk=world.operation.pk)
    assert (stored.motto, stored.description, stored.version) == ("Ana's motto", "", 2)
    page = refused.content.decode()
    assert "was saved by someone else after you opened this form" in page
    assert "Version 2: saved by ana on" in page
    # Side by side: the field, their value now, your value; the field they changed is marked.
    assertInHTML(
        "<tr><td>Motto <em>(changed since you opened the form)</em></td>"
        "<td>Ana&#x27;s motto</td><td>Ben&#x27;s motto</td></tr>",
        page,
    )
    assertInHTML("<tr><td>Description [en]</td><td>—</td><td>Ben&#x27;s description</td></tr>", page)
    form = refused.context["adminform"].form
    assert form["motto"].value() == "Ben's motto" and form["seen_version"].value() == 2

    reapplied = ben.post(url, resubmitted(refused))

    assert reapplied.status_code == 302
    stored.refresh_from_db()
    assert (stored.motto, stored.description, stored.version) == ("Ben's motto", "Ben's description", 3)


def test_the_second_editor_of_a_figure_is_refused(ana, ben, world):
    result = world.results[2]
    url = admin_url(Result, "change", result.pk)
    ana_data, _page = opened(ana, url)
    ben_data, _page = opened(ben, url)
    ana_data["value"] = "600"
    ben_data["value"] = "570"
    assert ana.post(url, ana_data).status_code == 302

    refused = ben.post(url, ben_data)

    assert refused.status_code == 200
    assert Result.objects.get(pk=result.pk).value == Decimal("600")
    page = refused.content.decode()
    assert "Version 2: saved by ana on" in page
    assertInHTML(
        "<tr><td>Value <em>(changed since you opened the form)</em></td><td>600.000</td><td>570</td></tr>", page
    )
    assert ben.post(url, resubmitted(refused)).status_code == 302
    assert Result.objects.get(pk=result.pk).value == Decimal("570")


def test_a_stale_inline_row_refuses_the_page(ana, ben, world):
    url = admin_url(Operation, "change", world.operation.pk)
    ana_data, _page = opened(ana, url)
    ben_data, _page = opened(ben, url)
    row = next(i for i in range(4) if ana_data[f"results-{i}-id"] == world.results[2].pk)
    ana_data[f"results-{row}-value"] = "600"
    ben_data[f"results-{row}-quote"] = "566 arrests in six days"
    ben_data["motto"] = "Ben's motto"
    assert ana.post(url, ana_data).status_code == 302
    # Ana changed a figure only: the operation itself was not saved, its version stays.
    assert Operation.objects.get(pk=world.operation.pk).version == 1

    refused = ben.post(url, ben_data)

    assert refused.status_code == 200
    result = Result.objects.get(pk=world.results[2].pk)
    assert (result.value, result.quote, result.version) == (Decimal("600"), "566 arrests", 2)
    assert Operation.objects.get(pk=world.operation.pk).motto == ""  # the whole page was refused
    results = next(
        inline.formset for inline in refused.context["inline_admin_formsets"] if inline.formset.prefix == "results"
    )
    errors = str(results.forms[row].non_field_errors())
    assert "Version 2: saved by ana on" in errors and "<td>600.000</td>" in errors
    assert results.forms[row]["seen_version"].value() == 2

    assert ben.post(url, resubmitted(refused)).status_code == 302
    result.refresh_from_db()
    assert (result.value, result.quote) == (Decimal("566"), "566 arrests in six days")  # Ben's, knowingly
    assert Operation.objects.get(pk=world.operation.pk).motto == "Ben's motto"


def test_a_row_left_as_it_was_opened_does_not_put_back_what_another_editor_saved(ana, ben, world):
    """Django's inline formsets would save Ben's row, which still holds the quote Ana replaced
    (it differs from the stored one): refused, so that Ana's quote is not silently put back."""
    url = admin_url(Operation, "change", world.operation.pk)
    ana_data, _page = opened(ana, url)
    ben_data, _page = opened(ben, url)
    ana_data["results-0-quote"] = "changed by Ana"
    ben_data["results-1-quote"] = "changed by Ben"
    assert ana.post(url, ana_data).status_code == 302

    refused = ben.post(url, ben_data)

    assert refused.status_code == 200
    quotes = set(Result.objects.filter(operation=world.operation).values_list("quote", flat=True))
    assert "changed by Ana" in quotes and "changed by Ben" not in quotes
    assert "Quote <em>(changed since you opened the form)</em>" in refused.content.decode()


def test_a_form_without_its_version_is_refused(ana, world):
    url = admin_url(Operation, "change", world.operation.pk)
    data, _page = opened(ana, url)
    del data["seen_version"]
    data["motto"] = "Together"

    response = ana.post(url, data)

    assert response.status_code == 200
    assert "does not say which version it was opened at" in response.content.decode()
    assert Operation.objects.get(pk=world.operation.pk).motto == ""


def test_a_revert_from_the_history_checks_the_stored_version(ana, ben, world):
    operation = world.operation
    operation.motto = "Second"
    operation.save()
    first = operation.history.order_by("history_id").first()
    url = admin_url(Operation, "simple_history", operation.pk, first.history_id)
    data, page = opened(ana, url)
    assert 'name="seen_version" value="2"' in page
    edit_url = admin_url(Operation, "change", operation.pk)
    ben_data, _page = opened(ben, edit_url)
    ben_data["motto"] = "Third"
    assert ben.post(edit_url, ben_data).status_code == 302

    assert ana.post(url, data).status_code == 200
    assert Operation.objects.get(pk=operation.pk).motto == "Third"

    data["seen_version"] = 3
    assert ana.post(url, data).status_code == 302
    assert Operation.objects.get(pk=operation.pk).motto == ""


def test_a_save_that_races_past_the_form_check_rolls_back_and_is_refused(ana, world, monkeypatch):
    """Another editor's save of a figure commits after Ana's request read it and before her UPDATE
    (her form's check passed): the database's conditional UPDATE finds no row at the version read,
    the whole change is rolled back, the operation saved just before included, and the page is
    answered again: now refused, with the difference."""
    url = admin_url(Operation, "change", world.operation.pk)
    data, _page = opened(ana, url)
    row = next(i for i in range(4) if data[f"results-{i}-id"] == world.results[2].pk)
    data["motto"] = "Ana's motto"
    data[f"results-{row}-quote"] = "changed by Ana"
    Result.objects.filter(pk=world.results[2].pk).update(value=Decimal("600"), version=2)  # Ben's save
    read_stored_version = VersionCheckedForm._read_stored_version
    attempts = []

    def read_before_bens_save(form):
        # The first time, the figure's form was read before Ben's save committed.
        if isinstance(form.instance, Result) and form.instance.pk == world.results[2].pk and not attempts:
            attempts.append(form)
            return 1
        return read_stored_version(form)

    monkeypatch.setattr(VersionCheckedForm, "_read_stored_version", read_before_bens_save)

    response = ana.post(url, data)

    assert attempts and response.status_code == 200
    assert "was saved by someone else after you opened this form" in response.content.decode()
    operation = Operation.objects.get(pk=world.operation.pk)
    assert (operation.motto, operation.version) == ("", 1)  # rolled back with the rest
    result = Result.objects.get(pk=world.results[2].pk)
    assert (result.value, result.quote, result.version) == (Decimal("600"), "566 arrests", 2)


def test_the_model_refuses_a_stale_save(world):
    first, second = Operation.objects.get(pk=world.operation.pk), Operation.objects.get(pk=world.operation.pk)
    first.motto = "first"
    first.save()
    second.motto = "second"

    with pytest.raises(StaleEdit), transaction.atomic():
        second.save()

    assert Operation.objects.get(pk=world.operation.pk).motto == "first"


def test_every_register_admin_of_a_versioned_record_checks_versions():
    from django.contrib import admin

    from operations.models import Versioned

    for model, model_admin in admin.site._registry.items():
        if issubclass(model, Versioned):
            assert issubclass(model_admin.form, VersionCheckedForm), model
            for inline in model_admin.inlines:
                if issubclass(inline.model, Versioned):
                    assert issubclass(inline.form, VersionCheckedForm), inline


def test_a_save_that_keeps_meeting_other_saves_gives_up_without_saving(ana, world, monkeypatch):
    """Every answer of the page meets yet another save, landing after the form's check read the
    version Ana opened: after a few attempts nothing is saved and she is told to open it again."""
    url = admin_url(Operation, "change", world.operation.pk)
    data, _page = opened(ana, url)
    row = next(i for i in range(4) if data[f"results-{i}-id"] == world.results[2].pk)
    data["motto"] = "Ana's motto"
    data[f"results-{row}-quote"] = "changed by Ana"
    read_stored_version = VersionCheckedForm._read_stored_version
    saves = []

    def read_just_before_another_save(form):
        if isinstance(form.instance, Result) and form.instance.pk == world.results[2].pk:
            saves.append(form)
            Result.objects.filter(pk=form.instance.pk).update(version=len(saves) + 1)  # another editor's save
            return 1  # what the form read a moment before
        return read_stored_version(form)

    monkeypatch.setattr(VersionCheckedForm, "_read_stored_version", read_just_before_another_save)

    response = ana.post(url, data, follow=True)

    assert len([form for form in saves if form.is_bound]) == 3  # then the page opened again
    assert "Nothing was saved: this record was saved by others several times" in response.content.decode()
    operation = Operation.objects.get(pk=world.operation.pk)
    assert (operation.motto, operation.version) == ("", 1)
    assert Result.objects.get(pk=world.results[2].pk).quote == "566 arrests"

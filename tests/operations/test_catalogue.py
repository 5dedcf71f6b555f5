"""The drop-downs' choices are kept by each process under the register's revision
(operations.public.catalogue) and read again after any change: a save, a deletion, a many-to-many change,
a bulk import, a rolled-back change. A visitor never sees a withdrawn operation or a stale list."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from operations.models import Activity, Operation, Revision
from operations.public import catalogue
from operations.review import signals
from operations.review.workflow import publish, withdraw
from tests import public_fixtures
from tests.operations.test_import_files import RESULT_HEADERS, csv_bytes, result_rows
from tests.public_fixtures import SECRET

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def operation_choices(client):
    response = client.get("/results/")
    return {key for key, _label in response.context["filter"].form.fields["operation"].choices if key}


def test_choices_are_kept_while_the_register_does_not_change(world, django_assert_num_queries):
    first = catalogue.current()
    first.choices("operations")
    with django_assert_num_queries(1):  # the revision, nothing else
        again = catalogue.current()
        assert again.choices("operations") is first.choices("operations")
    assert again is first


def test_publishing_and_withdrawing_show_at_once_in_the_drop_downs(client, world, admin_user, django_user_model):
    draft = Operation.objects.get(slug="jad-see-2025")
    assert draft.slug not in operation_choices(client)
    assert catalogue.current() is catalogue.current()  # kept: what follows shows it is read again
    reviewer = django_user_model.objects.create_superuser("reviewer", "reviewer@example.org", "x")
    draft.status = Operation.Status.SUBMITTED
    draft.save()

    publish(draft, reviewer)
    assert draft.slug in operation_choices(client)
    assert SECRET in client.get("/results/").content.decode()  # its coordination centre's host, now public

    withdraw(draft, reviewer, "published by mistake")
    assert draft.slug not in operation_choices(client)
    assert client.get("/results/?operation=jad-see-2025").context["filter"].form.errors["operation"]


def test_a_renamed_operation_is_renamed_in_the_drop_down(client, world):
    operation = Operation.objects.get(slug="jad-see-2024")
    client.get("/results/")
    operation.short_name = "JAD SEE Sarajevo"
    operation.save()
    assert "JAD SEE Sarajevo" in client.get("/results/").content.decode()


def test_a_many_to_many_change_counts(world):
    before = Revision.objects.current()
    activity = Activity.objects.first()
    activity.beneficiary_countries.add(world.spain)
    assert Revision.objects.current() != before


def test_a_rolled_back_change_leaves_the_revision_as_it_was(world):
    before = Revision.objects.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        Operation.objects.filter(slug="jad-see-2024").get().save()
        assert Revision.objects.current() != before
        raise RuntimeError("roll back")
    assert Revision.objects.current() == before


def test_a_bulk_import_counts(tmp_path, db, django_user_model):
    from tests.operations.admin_fixtures import build_world

    build_world()
    before = Revision.objects.current()
    path = tmp_path / "results.csv"
    path.write_bytes(csv_bytes(RESULT_HEADERS, result_rows(("arrests", "Serbia", "12", "12 arrests in Serbia"))))
    call_command("import_results", str(path), stdout=StringIO(), stderr=StringIO())
    assert Revision.objects.current() != before


def test_history_rows_and_the_revision_itself_do_not_count():
    assert signals.counts_as_change(Operation)
    assert not signals.counts_as_change(Operation.history.model)
    assert not signals.counts_as_change(Revision)


def test_a_register_without_revision_is_never_reused(world):
    Revision.objects.all().delete()
    assert catalogue.current() is not catalogue.current()


def test_the_chosen_key_gives_the_instance_with_only_its_key_and_label(world):
    choices = catalogue.current().choices("operations")
    chosen = choices.instance("jad-see-2024")
    assert (chosen.pk, chosen.slug, chosen.short_name) == (
        Operation.objects.get(slug="jad-see-2024").pk,
        "jad-see-2024",
        "JAD SEE 2024",
    )
    assert "status" in chosen.get_deferred_fields()  # read from the database if ever asked for
    assert chosen.status == Operation.Status.PUBLISHED
    assert choices.instance("jad-see-2025") is None  # the draft
    assert choices.instance("no-such-operation") is None


def test_the_unfiltered_count_is_kept_per_revision_and_follows_changes(client, world):
    from operations.models import Result
    from tests.public_fixtures import add_results

    assert client.get("/results/").context["table"].paginator.count == Result.objects.public().count()
    add_results(world, 7)
    count = client.get("/results/").context["table"].paginator.count
    assert count == Result.objects.public().count()
    Result.objects.public().first().delete()
    assert client.get("/results/").context["table"].paginator.count == count - 1


def test_a_name_the_kept_lists_lack_is_read_alone(world, django_assert_num_queries):
    from operations.models import Metric

    register = catalogue.current()
    operations, symbols = register.choices("operations"), register.unit_symbols()
    draft = Operation.objects.get(slug="jad-see-2025")
    # Published after the lists were read, its rows may be on the page before the next revision is.
    with django_assert_num_queries(1):
        assert operations.named(draft.pk) == ("jad-see-2025", "JAD SEE 2025", ("JAD SEE 2025",))
    with django_assert_num_queries(0):
        assert operations.named(world.jad_2024.pk)[:2] == ("jad-see-2024", "JAD SEE 2024")
    new_metric = Metric.objects.create(code="grenades", name="Grenades", unit=world.cannabis.unit)
    with django_assert_num_queries(1):
        assert symbols[new_metric.pk] == "kg"


def test_a_table_page_asked_for_again_is_answered_as_rendered_until_the_register_changes(
    client, world, django_assert_num_queries
):
    url = "/results/?operation=jad-see-2024&sort=-value"
    first = client.get(url)
    with django_assert_num_queries(1):  # the revision
        again = client.get(url)
    assert again.status_code == 200 and again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert again["Cache-Control"] == first["Cache-Control"] and again["ETag"] == first["ETag"]

    operation = Operation.objects.get(slug="jad-see-2024")
    operation.short_name = "JAD SEE Sarajevo"
    operation.save()
    assert "JAD SEE Sarajevo" in client.get(url).content.decode()


def test_kept_pages_are_kept_per_language(client, world):
    english = client.get("/results/").content.decode()
    serbian = client.get("/results/", HTTP_ACCEPT_LANGUAGE="sr-latn").content.decode()
    assert serbian != english and 'lang="sr-latn"' in serbian
    assert client.get("/results/").content.decode() == english


def test_pages_of_signed_in_editors_and_exports_are_not_kept(client, world, admin_user, django_assert_max_num_queries):
    client.get("/results/?_export=csv")
    with django_assert_max_num_queries(100) as export:
        b"".join(client.get("/results/?_export=csv").streaming_content)
    assert len(export.captured_queries) > 1
    client.force_login(admin_user)
    client.get("/results/")
    with django_assert_max_num_queries(100) as again:
        client.get("/results/")
    assert len(again.captured_queries) > 1


def test_no_page_is_kept_when_none_may_be(client, world, settings, django_assert_max_num_queries):
    settings.PUBLIC_PAGES_KEPT = 0
    catalogue.forget()
    client.get("/results/")
    with django_assert_max_num_queries(100) as again:
        client.get("/results/")
    assert len(again.captured_queries) > 1


def test_the_least_recently_asked_for_page_is_dropped_first():
    pages = catalogue.KeptPages(2, 1000)
    pages.keep("a", 1, 10)
    pages.keep("b", 2, 10)
    assert pages.get("a") == 1
    pages.keep("c", 3, 10)
    assert (pages.get("a"), pages.get("b"), pages.get("c")) == (1, None, 3)


def test_kept_pages_stay_within_their_bytes():
    pages = catalogue.KeptPages(10, 100)
    pages.keep("a", 1, 60)
    pages.keep("b", 2, 30)
    pages.keep("a", 1, 60)  # kept again: counted once
    assert (pages.get("a"), pages.get("b")) == (1, 2)
    pages.keep("c", 3, 75)  # 165 bytes: the least recently asked for (a) goes, then b
    assert (pages.get("a"), pages.get("b"), pages.get("c")) == (None, None, 3)
    pages.keep("huge", 4, 101)
    assert pages.get("huge") is None and pages.get("c") == 3


# The home page and each kind of detail page, by a function of the world that gives its address.
PAGES = {
    "home": lambda world: "/",
    "operation": lambda world: "/operations/jad-see-2024/",
    "participant": lambda world: "/participants/kosovo/",
    "activity": lambda world: "/activities/firearms-detection-training/",
    "source": lambda world: world.europol_release.get_absolute_url(),
}


@pytest.mark.parametrize("page", PAGES)
def test_the_home_and_detail_pages_are_kept_until_the_register_changes(client, world, page, django_assert_num_queries):
    url = PAGES[page](world)
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(1):  # the revision
        again = client.get(url)
    assert again.content == first.content and again["ETag"] == first["ETag"]

    operation = Operation.objects.get(slug="jad-see-2024")
    operation.name = operation.short_name = "JAD SEE Sarajevo"
    operation.save()
    assert "JAD SEE Sarajevo" in client.get(url).content.decode()


def test_a_draft_page_is_never_kept(client, world, django_user_model):
    draft = Operation.objects.get(slug="jad-see-2025")
    assert client.get("/operations/jad-see-2025/").status_code == 404
    assert client.get("/operations/jad-see-2025/").status_code == 404
    reviewer = django_user_model.objects.create_superuser("reviewer", "reviewer@example.org", "x")
    draft.status = Operation.Status.SUBMITTED
    draft.save()
    publish(draft, reviewer)
    assert client.get("/operations/jad-see-2025/").status_code == 200
    withdraw(draft, reviewer, "published by mistake")
    assert client.get("/operations/jad-see-2025/").status_code == 404

"""The figure checks in the admin: the data-quality panel on an operation's page and the list
filter "has inconsistencies", on made-up operations of every status."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from operations.admin.quality import inconsistent_operation_ids
from operations.models import Operation, Qualifier, Result
from tests.operations.builders import breakdown, make_metric, make_operation, make_source, state

pytestmark = pytest.mark.django_db


def change_url(operation):
    return reverse("admin:operations_operation_change", args=[operation.pk])


CHANGELIST = reverse("admin:operations_operation_changelist")


@pytest.fixture
def operations():
    """Lantern adds up; Beacon's arrests do not (a draft: editors see its problems before review);
    Harbour's two sources contradict each other on officers; Quarry only differs in precision."""
    release, news = make_source("Joint release"), make_source("News report")
    arrests, [smuggling, drugs] = breakdown("Arrests", "Smuggling", "Drugs")
    officers = make_metric("Officers")

    lantern = make_operation("Lantern")
    state(lantern, arrests, release, 500)
    state(lantern, smuggling, release, 200)
    state(lantern, drugs, release, 300)

    beacon = make_operation("Beacon", status=Operation.Status.DRAFT)
    state(beacon, arrests, release, 566)
    state(beacon, smuggling, release, 300)
    state(beacon, drugs, release, 262)

    harbour = make_operation("Harbour", status=Operation.Status.SUBMITTED)
    state(harbour, officers, release, 300)
    state(harbour, officers, news, 310)

    quarry = make_operation("Quarry")
    state(quarry, officers, release, 22488)
    state(quarry, officers, news, 22000, Qualifier.MORE_THAN)

    empty = make_operation("Empty")
    return {"lantern": lantern, "beacon": beacon, "harbour": harbour, "quarry": quarry, "empty": empty}


def panel(response):
    content = response.content.decode()
    start = content.index('id="data-quality"')
    return content[start : content.index("</section>", start)]


# ---- The panel ----------------------------------------------------------------------------------


def test_panel_names_a_breakdown_that_does_not_add_up(admin_client, operations):
    beacon = operations["beacon"]
    response = admin_client.get(change_url(beacon))

    assert response.status_code == 200
    quality = response.context["data_quality"]
    assert [finding.message for finding in quality["inconsistencies"]] == [
        f"Arrests, {beacon.short_name}, Joint release: the 2 parts add up to 562, 4 fewer than the 566 reported."
    ]
    text = panel(response)
    assert "Breakdown does not add up:" in text
    assert (
        f"Arrests, {beacon.short_name}, Joint release: the 2 parts add up to 562, 4 fewer than the 566 reported."
        in (text)
    )
    assert "3 statements" in text


def test_panel_names_statements_that_contradict_each_other(admin_client, operations):
    harbour = operations["harbour"]
    text = panel(admin_client.get(change_url(harbour)))

    assert "Sources contradict each other:" in text
    assert (
        f"Officers, {harbour.short_name}: the statements cannot all be true: 310 (News report) against 300 "
        "(Joint release)." in text
    )
    # Which of the two is shown, and why.
    assert "<strong>Officers:</strong> 310 (News report), by the headline rule" in text
    assert "also: 300 (Joint release)" in text


def test_panel_keeps_differences_in_precision_apart_from_inconsistencies(admin_client, operations):
    quarry = operations["quarry"]
    response = admin_client.get(change_url(quarry))

    quality = response.context["data_quality"]
    assert quality["inconsistencies"] == []
    assert [finding.message for finding in quality["precision_notes"]] == [
        f"Officers, {quarry.short_name}: stated with different precision, all compatible: 22 488 (Joint release), "
        "more than 22 000 (News report)."
    ]
    text = panel(response)
    assert "No inconsistency" in text
    assert "Stated with different precision (compatible)" in text


def test_panel_of_an_operation_that_adds_up(admin_client, operations):
    response = admin_client.get(change_url(operations["lantern"]))

    quality = response.context["data_quality"]
    assert quality["inconsistencies"] == quality["precision_notes"] == quality["headlines"] == []
    assert "No inconsistency: every breakdown adds up to its total" in panel(response)


def test_panel_says_when_an_editor_chose_the_headline(admin_client, operations):
    Result.objects.filter(operation=operations["harbour"], value=300).update(is_headline=True)

    text = panel(admin_client.get(change_url(operations["harbour"])))

    assert "<strong>Officers:</strong> 300 (Joint release), chosen by an editor; also: 310 (News report)" in text


def test_no_panel_on_the_add_page(admin_client, operations):
    response = admin_client.get(reverse("admin:operations_operation_add"))
    assert response.status_code == 200
    assert "data_quality" not in response.context
    assert 'id="data-quality"' not in response.content.decode()


def test_the_panel_only_reads(admin_client, operations):
    with CaptureQueriesContext(connection) as queries:
        admin_client.get(change_url(operations["beacon"]))
    # PostgreSQL reads a choice list through a server-side cursor: DECLARE ... CURSOR FOR SELECT.
    reads = re.compile(r"^\s*(SELECT|DECLARE \S+ NO SCROLL CURSOR (WITH HOLD )?FOR SELECT)")
    writes = [query["sql"] for query in queries.captured_queries if not reads.match(query["sql"])]
    # Only the session machinery may write, never the register.
    assert not [sql for sql in writes if "operations_" in sql]


# ---- The list filter ----------------------------------------------------------------------------


def listed(response):
    return {operation.short_name for operation in response.context["cl"].result_list}


def test_filter_lists_operations_with_an_inconsistency_of_any_status(admin_client, operations):
    response = admin_client.get(f"{CHANGELIST}?inconsistent=yes")

    assert response.status_code == 200
    assert listed(response) == {operations["beacon"].short_name, operations["harbour"].short_name}
    assert "has inconsistencies" in response.content.decode()


def test_filter_lists_the_others(admin_client, operations):
    response = admin_client.get(f"{CHANGELIST}?inconsistent=no")

    assert listed(response) == {operations[name].short_name for name in ("lantern", "quarry", "empty")}


@pytest.mark.parametrize("value", ["", "maybe", "1' OR '1'='1"])
def test_filter_ignores_other_values(admin_client, operations, value):
    response = admin_client.get(CHANGELIST, {"inconsistent": value})
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert len(listed(response)) == 5


def test_filter_combines_with_the_other_filters(admin_client, operations):
    response = admin_client.get(f"{CHANGELIST}?inconsistent=yes&status=draft")
    assert listed(response) == {operations["beacon"].short_name}


def test_filter_with_facets_shown(admin_client, operations):
    response = admin_client.get(f"{CHANGELIST}?inconsistent=yes&_facets=True")
    assert response.status_code == 200
    assert listed(response) == {operations["beacon"].short_name, operations["harbour"].short_name}


def test_inconsistent_ids_in_a_fixed_number_of_queries(operations, django_assert_num_queries):
    # 1. the results of the operations (the admin's annotated queryset as a subquery), with what
    #    the checks read; 2. the catalogue's breakdowns of the totals a source breaks down
    queryset = Operation.objects.all()
    with django_assert_num_queries(2):
        ids = inconsistent_operation_ids(queryset)
    assert ids == {operations["beacon"].pk, operations["harbour"].pk}

    source = make_source()
    seizures, [pistols] = breakdown("Seizures", "Pistols")
    for _ in range(20):
        extra = make_operation("Extra")
        state(extra, seizures, source, 10)
        state(extra, pistols, source, 11)  # a part larger than its total
    with django_assert_num_queries(2):
        ids = inconsistent_operation_ids(Operation.objects.all())
    assert len(ids) == 22


def test_changelist_queries_do_not_grow_with_operations(admin_client, operations):
    def count():
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get(f"{CHANGELIST}?inconsistent=yes")
        assert response.status_code == 200
        return len(queries.captured_queries)

    before = count()
    source = make_source()
    seizures, [pistols] = breakdown("Seizures", "Pistols")
    for _ in range(15):
        extra = make_operation("Extra")
        state(extra, seizures, source, 10)
        state(extra, pistols, source, 11)
    assert count() == before

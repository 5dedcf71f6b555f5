"""The fast path of the results table (docs/performance.md): drop-down choices read as plain values
and written without templates, the public count, the breakdown in one query, the default order."""

import pytest
from django import forms

from operations.models import Metric, Operation, Result
from operations.public.catalogue import LABELS
from operations.public.choices import FastSelect
from operations.public.filters import OperationFilter, ResultFilter
from tests import public_fixtures
from tests.public_fixtures import SECRET, add_results, shown

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


@pytest.mark.parametrize("model", list(LABELS), ids=lambda model: model.__name__)
def test_choice_labels_from_values_say_what_str_says(world, model):
    fields, label = LABELS[model]
    instances = {instance.pk: str(instance) for instance in model.objects.all()}
    assert instances
    for pk, *values in model.objects.values_list("pk", *fields):
        assert label(*values) == instances[pk]


@pytest.mark.parametrize("value", [None, "", "jad-see-2024", "no-such-slug", ["jad-see-2023"]])
def test_fast_select_writes_what_django_select_writes(world, value):
    choices = [("", "---------"), *Operation.objects.published().values_list("slug", "short_name"), ("x", "<b>&</b>")]
    attrs = {"class": "form-select form-select-sm", "id": "id_operation", "required": True, "disabled": False}
    expected = forms.Select(attrs=attrs, choices=choices).render("operation", value)
    assert FastSelect(attrs=attrs, choices=choices).render("operation", value) == expected


def test_result_filter_drop_downs_and_their_footnotes_are_read_once_per_revision(world, rf, django_assert_num_queries):
    def render():
        filterset = ResultFilter({"operation": "jad-see-2024"}, queryset=Result.objects.public(), request=rf.get("/"))
        form = filterset.form
        assert form.is_valid()  # the chosen operation, checked against the operation choices
        return "".join(str(form[name]) for name in form.fields), filterset.participants_in_choices()

    # revision · choices: operation · metric · country · crime area · source, each read once for the
    # markup, the check of the chosen key and the footnotes
    with django_assert_num_queries(6):
        html, named = render()
    assert '<option value="jad-see-2024" selected>JAD SEE 2024</option>' in html
    assert "Kosovo*" in html and SECRET not in html
    assert [participant.display_name for participant in named if participant.footnote] == ["Kosovo*"]
    with django_assert_num_queries(1):  # the same revision: only the revision is asked for
        assert render() == (html, named)


def test_operation_filter_names_the_participants_of_its_drop_downs(world, rf):
    filterset = OperationFilter({}, queryset=Operation.objects.published(), request=rf.get("/"))
    names = {participant.name for participant in filterset.participants_in_choices()}
    assert {"Kosovo", "Europol"} <= names
    assert SECRET not in names


def test_public_total_is_the_public_count_less_nothing_more(world):
    assert Result.objects.filter(operation__status=Operation.Status.DRAFT).exists()
    assert Result.objects.public_total() == Result.objects.public().count()
    assert Result.objects.public_total() < Result.objects.count()
    with pytest.raises(ValueError):
        Result.objects.filter(value__gt=1).public_total()


def test_breakdown_ids_in_one_query(world, django_assert_num_queries):
    grandchild = Metric.objects.create(
        code="arrests-smuggling-minors", name="Minors", parent=world.arrests_smuggling, unit=world.persons
    )
    with django_assert_num_queries(1):
        ids = Metric.objects.ids_with_breakdown(world.arrests)
    assert sorted(ids) == sorted(world.arrests.descendant_ids())
    assert grandchild.pk in ids


def test_results_table_default_order_is_the_operation_entered_last_first_then_by_metric(client, world):
    add_results(world, 3, operation=world.jad_2023)
    rows = shown(client.get("/results/?per_page=100"))
    keys = [(-row.operation_id, row.metric_id, row.pk) for row in rows]
    assert keys == sorted(keys)
    assert rows[0].operation_id == max(row.operation_id for row in rows)


def test_year_and_crime_area_filters_use_the_results_own_columns(world):
    year = ResultFilter({"year": "2024", "crime_area": "migrant-smuggling"}, queryset=Result.objects.public())
    sql = str(year.qs.query)
    assert '"operations_result"."operation_id" IN (SELECT' in sql
    assert '"operations_result"."metric_id" IN (SELECT' in sql
    assert [result.quote for result in year.qs] == ["300 migrant smuggling"]

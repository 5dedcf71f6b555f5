"""The filter sets' own copies of their filters (operations.public.filters.FiltersCopiedShallowly)."""

import pytest
from django.http import QueryDict

from operations.models import Result
from operations.public.filters import ResultFilter
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def result_filter(query):
    return ResultFilter(QueryDict(query), queryset=Result.objects.public())


def test_each_filter_set_has_filters_of_its_own(world):
    first, second = result_filter("metric=arrests"), result_filter("")
    for name, declared in ResultFilter.base_filters.items():
        assert len({id(first.filters[name]), id(second.filters[name]), id(declared)}) == 3
        assert first.filters[name].parent is first and second.filters[name].parent is second
        assert not hasattr(declared, "parent")
    first.filters["operation"].extra["probe"] = True  # as django-filter adds a queryset to it
    assert "probe" not in ResultFilter.base_filters["operation"].extra
    assert "probe" not in second.filters["operation"].extra


def test_a_method_filter_calls_the_filter_set_it_belongs_to(world):
    """The metric filter reads its filter set's catalogue: each copy must call its own set."""
    first, second = result_filter("metric=arrests"), result_filter("metric=arrests")
    assert first.filters["metric"].filter.f is first.filters["metric"]
    assert {result.metric.code for result in first.qs} == {"arrests", "arrests-smuggling", "arrests-firearms"}
    assert list(second.qs) == list(first.qs)

"""The drop-downs of the public filter forms. Each list is read through a public door (a draft
operation, or what only belongs to one, can be neither chosen nor guessed) once per revision of
the register, and kept in the shared cache (operations.public.cache): a results page at a million
results offers about 900 choices, and reading them through the doors on every page cost more than
the rest of the page (docs/performance.md)."""

import django_filters
from django.utils.translation import get_language

from operations.models import ActivityKind, CrimeArea, Metric, Operation, Qualifier, Series, Source
from operations.models.languages import columns, in_language
from operations.models.metrics import breakdown_ids
from participants.models import Participant

from .cache import kept


def metric_label(parent, name):
    return f"{parent} – {name}" if parent else name


def participant_label(*cells):
    """From a participant's names in every stored language, its footnote and country code."""
    *names, footnote, country = cells
    name = in_language(names, country)
    return f"{name}*" if footnote else name


def regional_label(*names):
    return in_language(names)


def plain_label(name):
    return name


# Each list: the public question, the field the URL carries, the fields of its label and how they
# make the label (the words of the model's __str__).
LISTS = {
    "operations": (lambda: Operation.objects.published().order_by("-start_date", "name"), "slug", ("short_name",)),
    "series": (lambda: Series.objects.all(), "slug", ("short_name",)),
    "crime_areas": (lambda: CrimeArea.objects.all(), "slug", ("name",)),
    "countries": (lambda: Participant.objects.public().countries(), "slug", (*columns("name"), "footnote", "country")),
    "participants": (lambda: Participant.objects.public(), "slug", (*columns("name"), "footnote", "country")),
    "sources": (lambda: Source.objects.public(), "pk", ("title",)),
    "qualifiers": (lambda: Qualifier.objects.all(), "code", columns("name")),
    "activity_kinds": (lambda: ActivityKind.objects.all(), "code", columns("name")),
}
LABELS = {
    "countries": participant_label,
    "participants": participant_label,
    "qualifiers": regional_label,
    "activity_kinds": regional_label,
}
# Lists whose words follow the language of the page, kept once per language (the others are
# names and titles written once).
IN_EACH_LANGUAGE = {"countries", "participants", "qualifiers", "activity_kinds", "metrics"}


def read_metric_choices():
    """The metrics in tree order (each followed by its breakdown), not alphabetically by label."""
    return [
        (metric.code, metric_label(metric.parent.name if metric.parent_id else None, metric.name))
        for metric in Metric.objects.select_related("parent").in_tree_order()
    ]


def read_choices(name):
    """[(key as text, label)] of one list, in the order the page shows them."""
    if name == "metrics":
        return read_metric_choices()
    queryset, key, label_fields = LISTS[name]
    label = LABELS.get(name, plain_label)
    return [(str(value), label(*values)) for value, *values in queryset().values_list(key, *label_fields)]


def choices(name, revision):
    key = f"choices:{name}:{get_language()}" if name in IN_EACH_LANGUAGE else f"choices:{name}"
    return kept(revision, key, lambda: read_choices(name))


def footnoted_participants(revision):
    """The public participants with a designation footnote (Kosovo*): a page whose drop-downs name
    participants explains them underneath."""
    return kept(revision, "footnoted-participants", lambda: list(Participant.objects.public().with_footnotes()))


def metric_breakdowns(revision):
    """{metric code: the ids of the metric and of its whole breakdown}, for "a metric with its
    breakdown" (Metric.objects.ids_with_breakdown, for every metric at once)."""

    def read():
        children = Metric.objects.children_by_parent()
        return {code: breakdown_ids(pk, children) for pk, code in Metric.objects.values_list("pk", "code")}

    return kept(revision, "metric-breakdowns", read)


class PublicChoiceFilter(django_filters.ChoiceFilter):
    """A drop-down of one of the lists above. Its filter set gives it the request's revision
    (`bind`); the chosen key, checked against the list, filters `field_name` (`operation__slug`)."""

    def __init__(self, list_name, **kwargs):
        self.list_name = list_name
        super().__init__(choices=(), **kwargs)

    def bind(self, revision):
        self.extra["choices"] = lambda: choices(self.list_name, revision)
        # A form field made before binding (the API's schema reads the FilterSets' fields) has no
        # choices, and django-filter keeps it on the filter, which the FilterSet copies.
        self.__dict__.pop("_field", None)

"""The filter forms of the public tables. Every choice list starts from a public door, so a draft
operation (or what only belongs to one) can neither be chosen nor guessed through the URL."""

import copy

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from operations.models import (
    Activity,
    CoordinationCentre,
    Metric,
    Operation,
    Participation,
    Qualifier,
    Result,
    Source,
)

from . import catalogue
from .catalogue import current as current_catalogue
from .choices import FastDateInput, FastNumberInput, FastSelect, FastTextInput, ValuesChoiceField

MAX_TEXT = 200


class PublicChoiceFilter(django_filters.ModelChoiceFilter):
    """A drop-down of one of the catalogue's choice lists (operations.public.catalogue), whose question
    always goes through a public door; read once per revision of the register and written without
    templates (operations.public.choices)."""

    field_class = ValuesChoiceField

    def __init__(self, list_name, **kwargs):
        kwargs.setdefault("widget", FastSelect)
        key = catalogue.key_field(list_name)
        super().__init__(
            to_field_name=None if key == "pk" else key,
            list_name=list_name,
            **kwargs,
        )


class YearFilter(django_filters.NumberFilter):
    """A year as a whole number in a plausible range (the `year` lookup fails outside 1–9999)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "year")
        kwargs.setdefault("widget", FastNumberInput)
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2200)
        kwargs.setdefault("label", _("Year"))
        super().__init__(*args, **kwargs)

    def get_max_validator(self):
        return None


class ValueFilter(django_filters.NumberFilter):
    """A bound of a value range, validated like the stored decimals."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", FastNumberInput)
        kwargs.setdefault("max_digits", 20)
        kwargs.setdefault("decimal_places", 3)
        super().__init__(*args, **kwargs)


class SearchFilter(django_filters.CharFilter):
    """Free text, found in any of `fields` (case-insensitive)."""

    def __init__(self, *args, fields, **kwargs):
        self.search_fields = fields
        kwargs.setdefault("label", _("Search"))
        kwargs.setdefault("widget", FastTextInput)
        kwargs.setdefault("max_length", MAX_TEXT)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        value = (value or "").strip()
        if not value:
            return qs
        condition = Q()
        for field in self.search_fields:
            condition |= Q(**{f"{field}__icontains": value})
        return qs.filter(condition)


class FiltersCopiedShallowly(dict):
    """A filter set's declared filters, copied filter by filter for each filter set instead of
    deeply: django-filter deep-copies them for every page, which took about 0.1 ms of a results
    page (docs/performance.md). A page sets attributes on its own copies (`parent`, `model`, its
    field) and adds to `extra`, which each copy has of its own; nothing else a filter holds changes."""

    def __deepcopy__(self, memo):
        copies = FiltersCopiedShallowly()
        for name, declared in self.items():
            duplicate = copy.copy(declared)
            duplicate.extra = dict(declared.extra)
            if declared.method is not None:
                duplicate.method = declared.method  # a FilterMethod that calls the copy's filter set
            copies[name] = duplicate
        return copies


class PublicFilterSet(django_filters.FilterSet):
    """Bootstrap classes on every widget, and a summary of the chosen filters for file names."""

    @classmethod
    def get_filters(cls):
        return FiltersCopiedShallowly(super().get_filters())

    def __init__(self, *args, catalogue=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.catalogue = catalogue or current_catalogue()
        for field in self.form.fields.values():
            if isinstance(field, ValuesChoiceField):
                field.catalogue = self.catalogue
            widget = field.widget
            css = "form-select form-select-sm" if isinstance(widget, forms.Select) else "form-control form-control-sm"
            widget.attrs.setdefault("class", css)

    def get_form_class(self):
        """One form class per filter set, made on its first page: its fields do not depend on the
        request (the drop-downs read the catalogue), and making a class per page cost about
        0.5 ms of the filter set's 1.2–1.6 ms. Each form still works on its own copies of the fields."""
        form_class = type(self).__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            type(self)._form_class = form_class
        return form_class

    def chosen(self):
        """The valid, non-empty filter values, in form order: what narrows the rows."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        return {name: cleaned[name] for name in self.form.fields if cleaned.get(name) not in (None, "", [], ())}

    def summary(self):
        """The valid filter values, in form order, as words: ['jad-see-2024', '2024']."""
        return [
            getattr(value, "slug", None) or getattr(value, "code", None) or str(value)
            for value in self.chosen().values()
        ]

    def participants_in_choices(self):
        """The participants this form names in its drop-downs (for the Kosovo* footnote), from the
        choices the drop-downs show: no query of their own."""
        named = []
        for field in self.form.fields.values():
            if isinstance(field, ValuesChoiceField):
                named += field.named_participants()
        return named


class OperationFilter(PublicFilterSet):
    q = SearchFilter(fields=["name", "short_name", "motto", "description"])
    series = PublicChoiceFilter("series", label=_("Series"))
    year = YearFilter(field_name="start_date")
    crime_area = PublicChoiceFilter("crime_areas", label=_("Crime area"), method="filter_crime_area")
    lead = PublicChoiceFilter("participants", label=_("Lead agency"), method="filter_lead")
    centre_country = PublicChoiceFilter(
        "countries",
        label=_("Coordination centre country"),
        method="filter_centre_country",
    )
    participant = PublicChoiceFilter("participants", label=_("Participant"), method="filter_participant")

    class Meta:
        model = Operation
        fields = []

    # Subqueries rather than joins: a join across a to-many relation would repeat operations.
    def filter_crime_area(self, queryset, name, value):
        return queryset.filter(pk__in=Operation.crime_areas.through.objects.filter(crimearea=value).values("operation"))

    def filter_lead(self, queryset, name, value):
        leading = Participation.objects.filter(participant=value, roles__is_leading=True)
        return queryset.filter(pk__in=leading.values("operation"))

    def filter_centre_country(self, queryset, name, value):
        return queryset.filter(pk__in=CoordinationCentre.objects.filter(host_country=value).values("operation"))

    def filter_participant(self, queryset, name, value):
        return queryset.filter(pk__in=Participation.objects.filter(participant=value).values("operation"))


class ResultFilter(PublicFilterSet):
    q = SearchFilter(fields=["quote", "metric__name", "note"])
    operation = PublicChoiceFilter("operations", label=_("Operation"))
    year = YearFilter(field_name="operation__start_date", method="filter_year")
    metric = PublicChoiceFilter(
        "metrics",
        label=_("Metric (with its breakdown)"),
        method="filter_metric",
    )
    country = PublicChoiceFilter("countries", label=_("Country"))
    crime_area = PublicChoiceFilter("crime_areas", label=_("Crime area"), method="filter_crime_area")
    qualifier = django_filters.ChoiceFilter(choices=Qualifier.choices, label=_("Qualifier"), widget=FastSelect)
    source = PublicChoiceFilter("sources", label=_("Source"))
    value_min = ValueFilter(field_name="value", lookup_expr="gte", label=_("Value from"))
    value_max = ValueFilter(field_name="value", lookup_expr="lte", label=_("Value to"))

    class Meta:
        model = Result
        fields = []

    # The filters below test the result's own columns (operation_id, metric_id), not the joined
    # tables, so that the database can use the result table's indexes (docs/performance.md).
    def filter_year(self, queryset, name, value):
        return queryset.filter(operation__in=Operation.objects.in_year(value))

    def filter_metric(self, queryset, name, value):
        return queryset.filter(metric_id__in=self.catalogue.ids_with_breakdown(value))

    def filter_crime_area(self, queryset, name, value):
        """Figures broken down by this crime area (or part of such a breakdown)."""
        return queryset.filter(metric__in=Metric.objects.filter(Q(crime_area=value) | Q(parent__crime_area=value)))


class ActivityFilter(PublicFilterSet):
    q = SearchFilter(fields=["title", "description", "place", "quote"])
    kind = django_filters.ChoiceFilter(choices=Activity.Kind.choices, label=_("Kind"), widget=FastSelect)
    implementer = PublicChoiceFilter("participants", label=_("Implementer"))
    beneficiary = PublicChoiceFilter(
        "countries",
        label=_("Beneficiary country"),
        method="filter_beneficiary",
    )
    operation = PublicChoiceFilter("operations", label=_("Supported operation"))
    start = django_filters.DateFilter(label=_("From"), method="filter_start", widget=FastDateInput({"type": "date"}))
    end = django_filters.DateFilter(label=_("To"), method="filter_end", widget=FastDateInput({"type": "date"}))
    value_min = ValueFilter(field_name="value", lookup_expr="gte", label=_("Value from"))
    value_max = ValueFilter(field_name="value", lookup_expr="lte", label=_("Value to"))

    class Meta:
        model = Activity
        fields = []

    def filter_beneficiary(self, queryset, name, value):
        through = Activity.beneficiary_countries.through
        return queryset.filter(pk__in=through.objects.filter(participant=value).values("activity"))

    # A period overlaps [from, to] when it ends on or after `from` and starts on or before `to`.
    def filter_start(self, queryset, name, value):
        return queryset.filter(Q(end_date__gte=value) | Q(end_date__isnull=True, start_date__gte=value))

    def filter_end(self, queryset, name, value):
        return queryset.filter(start_date__lte=value)


class SourceFilter(PublicFilterSet):
    q = SearchFilter(fields=["title", "publisher_name", "publisher__name", "note"])
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices, label=_("Kind"), widget=FastSelect)
    year = YearFilter(field_name="year", lookup_expr="exact")
    operation = PublicChoiceFilter("operations", label=_("Reports on"), method="filter_operation")

    class Meta:
        model = Source
        fields = []

    def filter_operation(self, queryset, name, value):
        return queryset.filter(
            Q(pk__in=Result.objects.filter(operation=value).values("source"))
            | Q(pk__in=Participation.sources.through.objects.filter(participation__operation=value).values("source"))
            | Q(pk__in=Activity.objects.filter(operation=value).values("source"))
        )

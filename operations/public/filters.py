"""The filter forms of the public tables. Every drop-down's list starts from a public door
(operations.public.choices), so a draft operation (or what only belongs to one) can neither be
chosen nor guessed through the URL. Invalid values are shown on the form and ignored."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from operations.models import Activity, CoordinationCentre, Metric, Operation, Participation, Result, Source
from operations.models.dates import overlapping

from .choices import PublicChoiceFilter, footnoted_participants, metric_breakdowns

MAX_TEXT = 200


class YearFilter(django_filters.NumberFilter):
    """A year as a whole number in a plausible range. By default, the rows whose period (start to
    end, each to its precision) reaches into the year: a December-to-January operation is in both."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        if "field_name" not in kwargs and "method" not in kwargs:
            kwargs["method"] = filter_overlapping
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2200)
        kwargs.setdefault("label", _("Year"))
        super().__init__(*args, **kwargs)

    def get_max_validator(self):
        return None


def filter_overlapping(queryset, name, value):
    return queryset.filter(overlapping(value))


class ValueFilter(django_filters.NumberFilter):
    """A bound of a value range, validated like the stored decimals."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 20)
        kwargs.setdefault("decimal_places", 3)
        super().__init__(*args, **kwargs)


class SearchFilter(django_filters.CharFilter):
    """Free text, found in any of `fields` (case-insensitive)."""

    def __init__(self, *args, fields, **kwargs):
        self.search_fields = fields
        kwargs.setdefault("label", _("Search"))
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


class PublicFilterSet(django_filters.FilterSet):
    """Bootstrap classes on every widget, the request's revision for the drop-downs, and a summary
    of the chosen filters for file names."""

    def __init__(self, *args, revision=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.revision = revision
        for declared in self.filters.values():
            if isinstance(declared, PublicChoiceFilter):
                declared.bind(revision)
        for field in self.form.fields.values():
            widget = field.widget
            css = "form-select form-select-sm" if isinstance(widget, forms.Select) else "form-control form-control-sm"
            widget.attrs.setdefault("class", css)

    def chosen(self):
        """The valid, non-empty filter values, in form order: what narrows the rows."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        return {name: cleaned[name] for name in self.form.fields if cleaned.get(name) not in (None, "", [], ())}

    def summary(self):
        """The valid filter values, in form order, as words: ['jad-see-2024', '2024']."""
        return [str(value) for value in self.chosen().values()]

    def participants_in_choices(self):
        """The footnoted participants this form may name in its drop-downs (for the Kosovo* footnote)."""
        lists = {declared.list_name for declared in self.filters.values() if isinstance(declared, PublicChoiceFilter)}
        return footnoted_participants(self.revision) if lists & {"countries", "participants"} else []


class OperationFilter(PublicFilterSet):
    q = SearchFilter(fields=["name", "short_name", "motto", "description"])
    series = PublicChoiceFilter("series", field_name="series__slug", label=_("Series"))
    year = YearFilter()
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

    # Each value is the key a drop-down offers (a slug). Subqueries rather than joins: a join across
    # a to-many relation would repeat operations.
    def filter_crime_area(self, queryset, name, value: str):
        through = Operation.crime_areas.through
        return queryset.filter(pk__in=through.objects.filter(crimearea__slug=value).values("operation"))

    def filter_lead(self, queryset, name, value: str):
        leading = Participation.objects.filter(participant__slug=value, roles__is_leading=True)
        return queryset.filter(pk__in=leading.values("operation"))

    def filter_centre_country(self, queryset, name, value: str):
        return queryset.filter(pk__in=CoordinationCentre.objects.filter(host_country__slug=value).values("operation"))

    def filter_participant(self, queryset, name, value: str):
        return queryset.filter(pk__in=Participation.objects.filter(participant__slug=value).values("operation"))


class ResultFilter(PublicFilterSet):
    q = SearchFilter(fields=["quote", "metric__name", "note"])
    operation = PublicChoiceFilter("operations", field_name="operation__slug", label=_("Operation"))
    year = YearFilter(method="filter_year")
    metric = PublicChoiceFilter(
        "metrics",
        label=_("Metric (with its breakdown)"),
        method="filter_metric",
    )
    country = PublicChoiceFilter("countries", field_name="country__slug", label=_("Country"))
    crime_area = PublicChoiceFilter("crime_areas", label=_("Crime area"), method="filter_crime_area")
    qualifier = PublicChoiceFilter("qualifiers", field_name="qualifier", label=_("Qualifier"))
    source = PublicChoiceFilter("sources", field_name="source", label=_("Source"))
    value_min = ValueFilter(field_name="value", lookup_expr="gte", label=_("Value from"))
    value_max = ValueFilter(field_name="value", lookup_expr="lte", label=_("Value to"))

    class Meta:
        model = Result
        fields = []

    # The filters below test the result's own columns (operation_id, metric_id), not the joined
    # tables, so that the database can use the result table's indexes (docs/performance.md).
    def filter_year(self, queryset, name, value):
        return queryset.filter(
            Q(operation__in=Operation.objects.in_year(value)) | Q(activity__in=Activity.objects.in_year(value))
        )

    def filter_metric(self, queryset, name, value: str):
        return queryset.filter(metric_id__in=metric_breakdowns(self.revision)[value])

    def filter_crime_area(self, queryset, name, value: str):
        """Figures broken down by this crime area (or part of such a breakdown)."""
        return queryset.filter(
            metric__in=Metric.objects.filter(Q(crime_area__slug=value) | Q(parent__crime_area__slug=value))
        )


class ActivityFilter(PublicFilterSet):
    q = SearchFilter(fields=["title", "description", "place", "quote"])
    kind = PublicChoiceFilter("activity_kinds", field_name="kind__code", label=_("Kind"))
    year = YearFilter()
    implementer = PublicChoiceFilter("participants", field_name="implementer__slug", label=_("Implementer"))
    beneficiary = PublicChoiceFilter(
        "countries",
        label=_("Beneficiary country"),
        method="filter_beneficiary",
    )
    operation = PublicChoiceFilter("operations", field_name="operation__slug", label=_("Supported operation"))
    start = django_filters.DateFilter(label=_("From"), method="filter_start", widget=forms.DateInput({"type": "date"}))
    end = django_filters.DateFilter(label=_("To"), method="filter_end", widget=forms.DateInput({"type": "date"}))

    class Meta:
        model = Activity
        fields = []

    def filter_beneficiary(self, queryset, name, value: str):
        through = Activity.beneficiary_countries.through
        return queryset.filter(pk__in=through.objects.filter(participant__slug=value).values("activity"))

    # A period overlaps [from, to] when it ends on or after `from` and starts on or before `to`.
    def filter_start(self, queryset, name, value):
        return queryset.filter(Q(end_date__gte=value) | Q(end_date__isnull=True, start_date__gte=value))

    def filter_end(self, queryset, name, value):
        return queryset.filter(start_date__lte=value)


class SourceFilter(PublicFilterSet):
    q = SearchFilter(fields=["title", "publisher_name", "publisher__name", "note"])
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices, label=_("Kind"))
    year = YearFilter(field_name="year", lookup_expr="exact")
    operation = PublicChoiceFilter("operations", label=_("Reports on"), method="filter_operation")

    class Meta:
        model = Source
        fields = []

    def filter_operation(self, queryset, name, value: str):
        return queryset.filter(
            Q(pk__in=Result.objects.filter(operation__slug=value).values("source"))
            | Q(
                pk__in=Participation.sources.through.objects.filter(participation__operation__slug=value).values(
                    "source"
                )
            )
            | Q(pk__in=Activity.objects.filter(operation__slug=value).values("source"))
        )

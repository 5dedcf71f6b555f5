"""/api/statements/: every public figure as one source published it (the site's results table),
filtered as on /results/, each with its unit, qualifier, source and words; a statement's own
endpoint adds its public corrections and what the figure checks say of it."""

from django.db.models import Q
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.response import Response

from operations.public.filters import ResultFilter
from operations.quality import check_results

from .base import TEXT, YEAR, RegisterViewSet, filter_parameters
from .findings import FindingSerializer, findings_about
from .summaries import (
    ActivityReference,
    ApiField,
    MetricSummary,
    OperationReference,
    ParticipantSummary,
    QualifierSummary,
    SourceReference,
    UnitSummary,
    plain_number,
)


class StatementSerializer(serializers.Serializer):
    """One statement: `source` says `metric` was `value` (in `unit`, with `qualifier`) for the
    `operation` or the capacity-building `activity`, for the whole of it or for one `country`.
    A null value means the source named the item without a figure, which is not zero."""

    id = serializers.IntegerField()
    url = ApiField("statement", key="pk")
    html_url = serializers.SerializerMethodField(help_text="The page of its operation or activity.")
    operation = OperationReference(allow_null=True)
    activity = ActivityReference(allow_null=True)
    metric = MetricSummary()
    country = ParticipantSummary(allow_null=True, help_text="Null for a figure about the whole operation.")
    value = serializers.SerializerMethodField(help_text="Exact, as text ('566', '1.5'); null: not reported.")
    value_display = serializers.CharField(help_text="Qualifier, number and unit, in the request's language.")
    unit = UnitSummary()
    qualifier = QualifierSummary()
    source = SourceReference()
    quote = serializers.CharField(help_text="The words of the source, as published.")
    note = serializers.CharField(help_text="The editors' note, if any.")

    def get_html_url(self, statement) -> str:
        links = self.context["links"]
        if statement.operation_id:
            return links.page("operation", statement.operation.slug)
        return links.page("activity", statement.activity.slug)

    def get_value(self, statement) -> str | None:
        return plain_number(statement.value)

    def to_representation(self, statement):
        """The declared fields, written directly (as the summaries are: operations.api.summaries)."""
        fields = self.fields
        links = self.context["links"]
        operation, activity, country = statement.operation, statement.activity, statement.country
        return {
            "id": statement.pk,
            "url": links.api("statement", statement.pk),
            "html_url": self.get_html_url(statement),
            "operation": None if operation is None else fields["operation"].to_representation(operation),
            "activity": None if activity is None else fields["activity"].to_representation(activity),
            "metric": fields["metric"].to_representation(statement.metric),
            "country": None if country is None else fields["country"].to_representation(country),
            "value": plain_number(statement.value),
            "value_display": str(statement.value_display),
            "unit": fields["unit"].to_representation(statement.unit),
            "qualifier": fields["qualifier"].to_representation(statement.qualifier),
            "source": fields["source"].to_representation(statement.source),
            "quote": statement.quote,
            "note": statement.note,
        }


class CorrectionSerializer(serializers.Serializer):
    """A change to the figure after its operation was published, shown because readers may have
    quoted the old value."""

    old_value = serializers.SerializerMethodField()
    old_qualifier = serializers.CharField(source="old_qualifier_id")
    new_value = serializers.SerializerMethodField()
    new_qualifier = serializers.CharField(source="new_qualifier_id")
    reason = serializers.CharField()
    corrected_at = serializers.DateTimeField()

    def get_old_value(self, correction) -> str | None:
        return plain_number(correction.old_value)

    def get_new_value(self, correction) -> str | None:
        return plain_number(correction.new_value)


class StatementDetailSerializer(StatementSerializer):
    to_representation = serializers.Serializer.to_representation  # every declared field, the usual way

    corrections = CorrectionSerializer(many=True)
    findings = serializers.SerializerMethodField(
        help_text="What the figure checks find about this statement: its figure's breakdown, its total, "
        "other sources' statements of the same figure."
    )

    def get_findings(self, statement) -> FindingSerializer(many=True):
        return FindingSerializer(self.context["findings"], many=True, context=self.context).data


def family_of(statement, statements):
    """The statements the checks compare `statement` with: of the same operation or activity and
    country, for its metric, its parts, its total and the total's other parts."""
    metric = statement.metric
    related = Q(metric=metric) | Q(metric__parent=metric)
    if metric.parent_id:
        related |= Q(metric=metric.parent_id) | Q(metric__parent=metric.parent_id)
    same_figure = Q(operation=statement.operation_id, activity=statement.activity_id, country=statement.country_id)
    return statements.filter(related & same_figure).for_checks()


@extend_schema_view(
    list=extend_schema(
        parameters=filter_parameters(
            q=(TEXT, "Words in the quote, the metric's name or the editors' note (at most 200 characters)."),
            operation=(TEXT, "An operation's slug (jad-see-2024)."),
            year=(YEAR[0], "A year (1900–2200): statements about operations or activities reaching into it."),
            metric=(TEXT, "A metric's code (arrests): its statements and those of its whole breakdown."),
            country=(TEXT, "A country's or jurisdiction's slug (kosovo)."),
            crime_area=(TEXT, "A crime area's slug: figures broken down by it, or part of such a breakdown."),
            qualifier=(TEXT, "A qualifier's code (exact, more_than, almost, ...)."),
            source=(OpenApiTypes.INT, "A source's id."),
            value_min=(OpenApiTypes.DECIMAL, "The smallest value."),
            value_max=(OpenApiTypes.DECIMAL, "The largest value."),
        )
    )
)
class StatementViewSet(RegisterViewSet):
    """Statements, in the order of their ids. Filters as on /results/: `operation` (slug), `metric`
    (code; the metric with its breakdown), `country` (slug), `year`, `crime_area`, `qualifier`,
    `source` (id), `value_min`, `value_max`, `q` (words in the quote, metric or note)."""

    filterset_class = ResultFilter
    lookup_value_regex = r"[^/]+"

    def get_queryset(self):
        statements = self.register.statements().with_related_sharing_catalogue()
        if self.action == "retrieve":
            statements = statements.prefetch_related("corrections")
        return statements

    def get_serializer_class(self):
        return StatementDetailSerializer if self.action == "retrieve" else StatementSerializer

    def read_detail(self, request, *args, **kwargs):
        statement = self.get_object()
        report = check_results(family_of(statement, self.register.statements()))
        context = {**self.get_serializer_context(), "findings": findings_about(statement, report)}
        return Response(StatementDetailSerializer(statement, context=context).data)

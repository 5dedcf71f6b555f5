"""/api/activities/: the published capacity-building activities (trainings, deliveries, products),
filtered as on /activities/; an activity's own endpoint adds its figures with the figure checks."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.response import Response

from operations.public.filters import ActivityFilter
from operations.quality import check_results

from .base import TEXT, WORDS, YEAR, RegisterViewSet, filter_parameters
from .findings import FindingSerializer
from .statements import StatementSerializer
from .summaries import ApiField, OperationReference, PageField, ParticipantSummary, PeriodSerializer, SourceReference


class KindSummary(serializers.Serializer):
    code = serializers.SlugField()
    name = serializers.CharField()


class ActivitySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    url = ApiField("activity")
    html_url = PageField("activity")
    title = serializers.CharField()
    kind = KindSummary()
    implementer = ParticipantSummary()
    partners = ParticipantSummary(many=True)
    beneficiary_countries = ParticipantSummary(many=True)
    period = PeriodSerializer()
    place = serializers.CharField()
    operation = serializers.SerializerMethodField(help_text="The published operation it supported.")
    source = SourceReference()

    @extend_schema_field(OperationReference(allow_null=True))
    def get_operation(self, activity):
        # A supported operation that is not published is not named (as on the site).
        if activity.operation_id is None or not activity.operation.is_published:
            return None
        return OperationReference(activity.operation, context=self.context).data


class InstitutionSummary(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.CharField()
    country = ParticipantSummary(source="participant")


class ActivityDetailSerializer(ActivitySerializer):
    description = serializers.CharField()
    quote = serializers.CharField(help_text="The words of its source, as published.")
    beneficiary_institutions = InstitutionSummary(many=True)
    statements = serializers.SerializerMethodField(help_text="Its figures, each as one source published it.")
    findings = serializers.SerializerMethodField(help_text="What the figure checks find in its statements.")

    @extend_schema_field(StatementSerializer(many=True))
    def get_statements(self, activity):
        return StatementSerializer(self.context["statements"], many=True, context=self.context).data

    @extend_schema_field(FindingSerializer(many=True))
    def get_findings(self, activity):
        return FindingSerializer(self.context["report"].findings, many=True, context=self.context).data


@extend_schema_view(
    list=extend_schema(
        parameters=filter_parameters(
            q=WORDS,
            kind=(TEXT, "A kind of activity's code (training, equipment_delivery, ...)."),
            year=YEAR,
            implementer=(TEXT, "A participant's slug: the activities it implemented."),
            beneficiary=(TEXT, "A country's slug: the activities it received."),
            operation=(TEXT, "An operation's slug: the activities that supported it."),
            start=(OpenApiTypes.DATE, "The activities that end on or after this day."),
            end=(OpenApiTypes.DATE, "The activities that start on or before this day."),
        )
    )
)
class ActivityViewSet(RegisterViewSet):
    """Published capacity-building activities, by slug. Filters as on /activities/: `q`, `kind`
    (code), `year`, `implementer`, `beneficiary` (participant slugs), `operation` (slug), `start`
    and `end` (dates: the activities whose period overlaps them)."""

    filterset_class = ActivityFilter
    lookup_field = "slug"
    cursor_ordering = "slug"

    def get_queryset(self):
        activities = self.register.activities().with_listing()
        if self.action == "retrieve":
            activities = activities.prefetch_related("beneficiary_institutions__participant")
        return activities

    def get_serializer_class(self):
        return ActivityDetailSerializer if self.action == "retrieve" else ActivitySerializer

    def read_detail(self, request, *args, **kwargs):
        activity = self.get_object()
        statements = list(self.register.statements().for_activity(activity).for_checks().order_by("pk"))
        context = {**self.get_serializer_context(), "statements": statements, "report": check_results(statements)}
        return Response(ActivityDetailSerializer(activity, context=context).data)

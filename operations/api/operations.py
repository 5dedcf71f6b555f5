"""/api/operations/: the published operations (the site's operations table and each operation's
page), filtered as on /operations/."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.response import Response

from operations.public.filters import OperationFilter
from operations.public.groups import is_big
from operations.quality import check_results

from .base import TEXT, WORDS, YEAR, RegisterViewSet, filter_parameters
from .findings import FindingSerializer
from .summaries import (
    ActivityReference,
    ApiField,
    OperationReference,
    PageField,
    ParticipantSummary,
    PeriodSerializer,
    SourceReference,
)


class SeriesSummary(serializers.Serializer):
    slug = serializers.SlugField()
    short_name = serializers.CharField()
    name = serializers.CharField()


class CrimeAreaSummary(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


class CentreSerializer(serializers.Serializer):
    city = serializers.CharField()
    host_country = ParticipantSummary()


class OperationSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    url = ApiField("operation")
    html_url = PageField("operation")
    name = serializers.CharField()
    short_name = serializers.CharField()
    series = SeriesSummary(allow_null=True)
    edition = serializers.CharField()
    period = PeriodSerializer()
    is_aggregate = serializers.BooleanField(
        help_text="It reports over many operations; its figures are never added to its parts'."
    )
    part_of = serializers.SerializerMethodField(help_text="The larger published operation it belongs to.")
    crime_areas = CrimeAreaSummary(many=True)
    coordination_centres = CentreSerializer(many=True)
    leads = serializers.SerializerMethodField(help_text="Participants with a leading role.")
    participants_count = serializers.IntegerField()
    statements_count = serializers.IntegerField(source="results_count")
    statements_url = serializers.SerializerMethodField()

    @extend_schema_field(OperationReference(allow_null=True))
    def get_part_of(self, operation):
        larger = operation.part_of
        if larger is None or not larger.is_published:
            return None
        return OperationReference(larger, context=self.context).data

    @extend_schema_field(ParticipantSummary(many=True))
    def get_leads(self, operation):
        leads = [participation.participant for participation in operation.leading_participations]
        return ParticipantSummary(leads, many=True, context=self.context).data

    def get_statements_url(self, operation) -> str:
        return self.context["links"].api_list("statement", operation=operation.slug)


class RoleSummary(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    is_leading = serializers.BooleanField()


class ParticipationSerializer(serializers.Serializer):
    participant = ParticipantSummary()
    kind_at_the_time = serializers.SerializerMethodField(
        help_text="Its kind in the operation's year (the United Kingdom was an EU Member State until 2020)."
    )
    roles = RoleSummary(many=True)
    sources = SourceReference(many=True, help_text="The documents that name it among the participants.")

    def get_kind_at_the_time(self, participation) -> str:
        return participation.participant.kind_in(participation.operation.year)


class OperationDetailSerializer(OperationSerializer):
    motto = serializers.CharField()
    description = serializers.CharField(help_text="In the request's language, English where none was given.")
    published_at = serializers.DateTimeField()
    parts = OperationReference(many=True, help_text="Its published parts.")
    participants = ParticipationSerializer(many=True, source="participations")
    activities = ActivityReference(many=True, help_text="Published capacity building that supported it.")
    workbook_url = serializers.SerializerMethodField(help_text="Its figures, checks and sources as an XLSX file.")
    findings = serializers.SerializerMethodField(help_text="What the figure checks find in its statements.")
    findings_cover = serializers.SerializerMethodField(
        help_text="'all' statements, or only the 'operation_wide' ones for an operation of many statements: "
        "the findings about one statement by country are in that statement's own endpoint."
    )

    def get_workbook_url(self, operation) -> str:
        return self.context["links"].workbook(operation.slug)

    @extend_schema_field(FindingSerializer(many=True))
    def get_findings(self, operation):
        return FindingSerializer(self.context["report"].findings, many=True, context=self.context).data

    def get_findings_cover(self, operation) -> str:
        return self.context["findings_cover"]


@extend_schema_view(
    list=extend_schema(
        parameters=filter_parameters(
            q=WORDS,
            series=(TEXT, "A series' slug (jad-see)."),
            year=YEAR,
            crime_area=(TEXT, "A crime area's slug (firearms-trafficking): the operations that targeted it."),
            lead=(TEXT, "A participant's slug: the operations it led."),
            centre_country=(TEXT, "A country's slug: the operations coordinated from a centre there."),
            participant=(TEXT, "A participant's slug: the operations it took part in."),
        )
    )
)
class OperationViewSet(RegisterViewSet):
    """Published operations, by slug. Filters as on /operations/: `q`, `series` (slug), `year`,
    `crime_area` (slug), `lead`, `centre_country`, `participant` (participant slugs)."""

    filterset_class = OperationFilter
    lookup_field = "slug"
    cursor_ordering = "slug"

    def get_queryset(self):
        operations = self.register.operations().with_listing()
        if self.action != "retrieve":
            return operations
        register = self.register
        participations = (
            register.participations()
            .select_related("participant", "operation")
            .prefetch_related("roles", "participant__kind_periods", "sources")
            .order_by("participant__name")
        )
        return operations.prefetch_related(
            Prefetch("parts", queryset=register.operations().order_by("start_date", "name")),
            Prefetch("participations", queryset=participations),
            Prefetch("activities", queryset=register.activities().order_by("start_date", "title")),
        )

    def get_serializer_class(self):
        return OperationDetailSerializer if self.action == "retrieve" else OperationSerializer

    def read_detail(self, request, *args, **kwargs):
        operation = self.get_object()
        statements = self.register.statements().for_operation(operation)
        cover = "operation_wide" if is_big(statements.count()) else "all"
        checked = statements.operation_wide() if cover == "operation_wide" else statements
        context = {
            **self.get_serializer_context(),
            "report": check_results(checked.for_checks()),
            "findings_cover": cover,
        }
        return Response(OperationDetailSerializer(operation, context=context).data)

"""/api/sources/: the public documents every figure, participation and activity comes from,
filtered as on /sources/."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from operations.public.filters import SourceFilter

from .base import TEXT, WORDS, YEAR, RegisterViewSet, filter_parameters
from .summaries import ActivityReference, ApiField, OperationReference, PageField, ParticipantSummary


class SourceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = ApiField("source", key="pk")
    html_url = PageField("source", key="pk")
    title = serializers.CharField()
    kind = serializers.CharField(help_text="press_release, news_item, news_report, annual_report or other.")
    publisher = ParticipantSummary(allow_null=True, help_text="When the publisher is a participant.")
    publisher_name = serializers.CharField(
        source="publisher_display", help_text="Who published it, a participant or not."
    )
    published_on = serializers.DateField(allow_null=True)
    year = serializers.IntegerField(allow_null=True)
    document_url = serializers.CharField(source="url", help_text="The original document's address, if known.")
    statements_count = serializers.IntegerField(source="results_count")
    statements_url = serializers.SerializerMethodField()

    def get_statements_url(self, source) -> str:
        return self.context["links"].api_list("statement", source=source.pk)


class ListedSerializer(serializers.Serializer):
    """A participation the source lists: who took part in which operation."""

    operation = OperationReference()
    participant = ParticipantSummary()


class SourceDetailSerializer(SourceSerializer):
    participations = ListedSerializer(many=True, source="public_participations")
    activities = ActivityReference(
        many=True, source="public_activities", help_text="Published activities it describes."
    )


@extend_schema_view(
    list=extend_schema(
        parameters=filter_parameters(
            q=WORDS,
            year=(YEAR[0], "A year of publication."),
            operation=(TEXT, "An operation's slug: the sources that report on it."),
        )
    )
)
class SourceViewSet(RegisterViewSet):
    """Public sources, in the order of their ids. Filters as on /sources/: `q`, `kind`, `year`,
    `operation` (slug: the sources that report on it)."""

    filterset_class = SourceFilter
    lookup_value_regex = r"[^/]+"

    def get_queryset(self):
        sources = self.register.sources().with_listing()
        if self.action != "retrieve":
            return sources
        register = self.register
        participations = (
            register.participations()
            .select_related("operation", "participant")
            .order_by("operation__start_date", "participant__name")
        )
        activities = register.activities().order_by("-start_date", "title")
        return sources.prefetch_related(
            Prefetch("participations", queryset=participations, to_attr="public_participations"),
            Prefetch("activities", queryset=activities, to_attr="public_activities"),
        )

    def get_serializer_class(self):
        return SourceDetailSerializer if self.action == "retrieve" else SourceSerializer

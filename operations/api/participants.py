"""/api/participants/ and /api/countries/: everyone named by something public (the site's
participants table and a participant's page), and the countries and jurisdictions among them with
what a country's page sums up (participants.public.country): the capacity building it received,
the money stated for it per currency, and its years. Filters as on /participants/."""

from collections import Counter

from django.db.models import Q
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.response import Response

from participants.public.country import activities_received, money_of, received, with_countries
from participants.public.filters import ParticipantFilter
from participants.public.timeline import timeline
from participants.public.views import partnered_by, received_by

from .base import TEXT, RegisterViewSet, filter_parameters
from .summaries import ActivityReference, OperationReference, ParticipantSummary, plain_number


class ParticipantSerializer(ParticipantSummary):
    to_representation = serializers.Serializer.to_representation  # every declared field, the usual way

    short_name = serializers.CharField()
    kind_name = serializers.CharField(source="get_kind_display", help_text="In the request's language.")
    operations_count = serializers.IntegerField(help_text="Published operations it took part in.")
    activities_count = serializers.IntegerField(help_text="Published activities it implemented or received.")


class TookPartSerializer(serializers.Serializer):
    operation = OperationReference()
    roles = serializers.SerializerMethodField()

    def get_roles(self, participation) -> list[str]:
        return [role.slug for role in participation.roles.all()]


class HostedSerializer(serializers.Serializer):
    operation = OperationReference()
    city = serializers.CharField()


class RelatedActivitySerializer(serializers.Serializer):
    activity = ActivityReference(source="*")
    kind = serializers.CharField(source="kind_id")
    relation = serializers.CharField(source="relation_code", help_text="implemented, received or partner.")


class ParticipantDetailSerializer(ParticipantSerializer):
    aliases = serializers.SerializerMethodField(help_text="Other names the sources use.")
    operations = TookPartSerializer(many=True, source="public_participations")
    hosted_coordination_centres = HostedSerializer(many=True, source="hosted")
    activities = RelatedActivitySerializer(many=True, source="public_activities")
    statements_count = serializers.IntegerField(help_text="Public statements of figures for it.")
    statements_url = serializers.SerializerMethodField(help_text="Only for a country or jurisdiction.")

    def get_aliases(self, participant) -> list[str]:
        return [alias.strip() for alias in participant.aliases.split(";") if alias.strip()]

    def get_statements_url(self, participant) -> str | None:
        if not participant.country:
            return None
        return self.context["links"].api_list("statement", country=participant.slug)


class CountryListSerializer(ParticipantSerializer):
    url = serializers.SerializerMethodField()

    def get_url(self, participant) -> str:
        return self.context["links"].api("country", participant.slug)


class AmountSerializer(serializers.Serializer):
    """One received activity's money, as its headline statement gives it, never converted."""

    activity = ActivityReference()
    statement = serializers.IntegerField(source="statement.pk")
    metric = serializers.SlugField(source="statement.metric.code")
    value = serializers.SerializerMethodField()
    currency = serializers.CharField(source="statement.unit.currency")
    qualifier = serializers.CharField(source="statement.qualifier_id")
    shared_with = serializers.IntegerField(help_text="How many other countries received the same activity.")

    def get_value(self, amount) -> str:
        return plain_number(amount.statement.value)


class CurrencyTotalSerializer(serializers.Serializer):
    currency = serializers.CharField()
    alone = serializers.SerializerMethodField(help_text="Amounts for this country alone.")
    shared = serializers.SerializerMethodField(help_text="Amounts given for it and other countries together, whole.")
    approximate = serializers.BooleanField(source="qualified", help_text="Some amount was stated with a qualifier.")

    def get_alone(self, total) -> str:
        return plain_number(total.alone)

    def get_shared(self, total) -> str:
        return plain_number(total.shared)


class KindCountSerializer(serializers.Serializer):
    code = serializers.SlugField()
    name = serializers.CharField()
    count = serializers.IntegerField()


class ReceivedSerializer(serializers.Serializer):
    kinds = KindCountSerializer(many=True)
    amounts = AmountSerializer(many=True)
    totals = CurrencyTotalSerializer(many=True)


class YearSerializer(serializers.Serializer):
    year = serializers.IntegerField(allow_null=True, help_text="Null: the sources give no date.")
    operations = serializers.SerializerMethodField()
    activities = serializers.SerializerMethodField()

    def get_operations(self, year) -> int:
        return len(year.operations)

    def get_activities(self, year) -> int:
        return len(year.activities)


class CountryDetailSerializer(ParticipantDetailSerializer):
    url = serializers.SerializerMethodField()
    received = serializers.SerializerMethodField(help_text="Capacity building it received, as its page sums it up.")
    years = YearSerializer(many=True, help_text="Operations and activities per year, oldest first.")

    def get_url(self, participant) -> str:
        return self.context["links"].api("country", participant.slug)

    @extend_schema_field(ReceivedSerializer)
    def get_received(self, participant):
        return ReceivedSerializer(participant.received, context=self.context).data


def relation_code(participant, activity):
    if activity.implementer_id == participant.pk:
        return "implemented"
    if participant.pk in activity.beneficiary_ids:
        return "received"
    return "partner"


PARTICIPANT_FILTERS = extend_schema_view(
    list=extend_schema(
        parameters=filter_parameters(
            q=(TEXT, "Words in its name, short name or other names (at most 200 characters)."),
            operation=(TEXT, "An operation's slug: who took part in it."),
        )
    )
)


@PARTICIPANT_FILTERS
class ParticipantViewSet(RegisterViewSet):
    """Public participants, by slug. Filters as on /participants/: `q`, `kind`, `operation` (slug)."""

    filterset_class = ParticipantFilter
    lookup_field = "slug"
    cursor_ordering = "slug"

    def participants(self):
        return self.register.participants()

    def get_queryset(self):
        return self.participants().with_public_counts()

    def get_serializer_class(self):
        return ParticipantDetailSerializer if self.action == "retrieve" else ParticipantSerializer

    def read_detail(self, request, *args, **kwargs):
        participant = self.get_object()
        self.read_page_of(participant)
        return Response(self.get_serializer_class()(participant, context=self.get_serializer_context()).data)

    def read_page_of(self, participant):
        """What a participant's page reads, through the register, onto the participant."""
        register = self.register
        participant.public_participations = list(
            register.participations()
            .filter(participant=participant)
            .select_related("operation")
            .prefetch_related("roles")
            .order_by("-operation__start_date", "operation__slug")
        )
        participant.hosted = list(
            register.coordination_centres()
            .filter(host_country=participant)
            .select_related("operation")
            .order_by("-operation__start_date", "operation__slug")
        )
        participant.public_activities = with_countries(
            register.activities()
            .filter(
                Q(implementer=participant) | Q(pk__in=received_by(participant)) | Q(pk__in=partnered_by(participant))
            )
            .with_listing()
            .order_by("-start_date", "title")
        )
        for activity in participant.public_activities:
            activity.relation_code = relation_code(participant, activity)
        participant.statements_count = register.statements().filter(country=participant).count()


@PARTICIPANT_FILTERS
class CountryViewSet(ParticipantViewSet):
    """Public participants that are countries or jurisdictions, by slug, with what a country's page
    sums up. Filters as on /participants/."""

    def participants(self):
        return self.register.countries()

    def get_serializer_class(self):
        return CountryDetailSerializer if self.action == "retrieve" else CountryListSerializer

    def read_page_of(self, participant):
        super().read_page_of(participant)
        activities = participant.public_activities
        mine = activities_received(participant, activities)
        summary = received(mine, money_of(mine, self.register.statements()))
        kinds = Counter(activity.kind_id for activity in mine)
        names = {activity.kind_id: activity.kind.name for activity in mine}
        summary.kinds = [{"code": code, "name": names[code], "count": count} for code, count in kinds.most_common()]
        participant.received = summary
        participant.years = timeline(participant.public_participations, participant.hosted, activities)

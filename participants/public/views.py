"""Public pages about participants. Everything starts from `Participant.objects.public()` and the
operations app's public doors, so a participant named only by a draft operation is a 404."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from operations.models import Activity, CoordinationCentre, Operation, Participation, Result
from operations.public.cache import CachedPageMixin
from operations.public.listing import PublicTableView
from operations.public.sharing.views import SharedChart, SharedChartView
from participants.footnotes import footnotes_for
from participants.models import Participant
from participants.spreadsheets import ParticipantExport

from .capacity import capacity_map
from .country import activities_received, received, year_charts
from .filters import ParticipantFilter
from .tables import ParticipantTable
from .timeline import timeline


class ParticipantListView(PublicTableView):
    page_title = _("Participants")
    intro = _(
        "Countries and jurisdictions, EU agencies and bodies, and international partners that took part "
        "in a published operation or implemented or received capacity building."
    )
    filterset_class = ParticipantFilter
    table_class = ParticipantTable
    export_class = ParticipantExport

    def get_queryset(self):
        return Participant.objects.public().with_public_counts()


class ParticipantDetailView(CachedPageMixin, DetailView):
    """A participant's page: operations and roles, activities received or implemented, figures about it."""

    template_name = "participants/participant_detail.html"
    context_object_name = "participant"

    def get_queryset(self):
        return Participant.objects.public()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        participant = self.object
        participations, hosted, activities = records_of(participant)
        results = list(
            Result.objects.public()
            .filter(country=participant)
            .select_related("operation", "activity", "metric__parent", "unit", "qualifier", "source")
            .order_by("-operation__start_date", "metric__position", "metric__name")
        )
        for activity in activities:
            activity.relation = relation_of(participant, activity)
        mine = activities_received(participant, activities)
        years = timeline(participations, hosted, activities)
        # The page names the participant itself; activities are listed by title only.
        named = [participant]
        context.update(
            participations=participations,
            hosted=hosted,
            activities=activities,
            results=results,
            timeline=years,
            received=received(mine) if mine else None,
            year_charts=year_charts(participant, years, mine),
            footnotes=footnotes_for(named),
        )
        return context


class ParticipantChartView(SharedChartView):
    """One of a participant's charts on its own (/participants/<slug>/charts/<key>/), as a page,
    an embed view, SVG or PNG (operations.public.sharing)."""

    def get_chart(self):
        participant = get_object_or_404(Participant.objects.public(), slug=self.kwargs["slug"])
        participations, hosted, activities = records_of(participant)
        years = timeline(participations, hosted, activities)
        charts = year_charts(participant, years, activities_received(participant, activities))
        return SharedChart.pick(
            charts,
            self.kwargs["key"],
            subject=participant.display_name,
            subject_url=participant.get_absolute_url(),
            footnotes=footnotes_for([participant]),
        )


def records_of(participant):
    """What a participant's page and its charts read: its participations in published operations,
    the published operations' coordination centres it hosted, and the public activities it
    implemented, received or partnered in."""
    participations = list(
        Participation.objects.public()
        .filter(participant=participant)
        .select_related("operation")
        .prefetch_related("roles")
        .order_by("-operation__start_date")
    )
    hosted = list(
        CoordinationCentre.objects.filter(operation__in=Operation.objects.published(), host_country=participant)
        .select_related("operation")
        .order_by("-operation__start_date")
    )
    activities = list(
        Activity.objects.public()
        .filter(Q(implementer=participant) | Q(pk__in=received_by(participant)) | Q(pk__in=partnered_by(participant)))
        .with_listing()
        .order_by("-start_date", "title")
    )
    return participations, hosted, activities


class CapacityMapView(CachedPageMixin, TemplateView):
    """Capacity building on a map: per country, the activities received and the money stated."""

    template_name = "participants/capacity_map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        country_map = capacity_map()
        context.update(capacity_map=country_map, footnotes=footnotes_for(country_map.named if country_map else []))
        return context


def received_by(participant):
    return Activity.beneficiary_countries.through.objects.filter(participant=participant).values("activity")


def partnered_by(participant):
    return Activity.partners.through.objects.filter(participant=participant).values("activity")


def relation_of(participant, activity):
    if activity.implementer_id == participant.pk:
        return _("implemented")
    if participant in activity.beneficiary_countries.all():
        return _("received")
    return _("partner")

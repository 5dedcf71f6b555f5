"""Public pages about participants. Everything starts from `Participant.objects.public()` and the
operations app's public doors, so a participant named only by a draft operation is a 404."""

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from operations.models import Activity, CoordinationCentre, Operation, Participation, Result
from operations.public.cache import CachedPageMixin, kept, register_revision
from operations.public.listing import PublicTableView
from operations.public.sharing.views import SharedChart, SharedChartView
from participants.footnotes import footnotes_for
from participants.models import Participant
from participants.spreadsheets import ParticipantExport

from .capacity import capacity_map
from .country import activities_received, received, with_countries, year_charts
from .filters import ParticipantFilter
from .tables import ParticipantTable
from .timeline import timeline

#: The figures a participant's page lists; the results table has them all.
FIGURES_SHOWN = 50


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

    def get_object(self, queryset=None):
        return public_participant(self.request, self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        participant = self.object
        participations, hosted, activities = records_of(participant)
        # The newest figures only: a country of a million-result register has some 20,000, which
        # the results table pages through (docs/performance.md).
        results = Result.objects.select_related(
            "operation", "activity", "metric__parent", "unit", "qualifier", "source"
        ).newest_about(participant, FIGURES_SHOWN + 1)
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
            results=results[:FIGURES_SHOWN],
            more_results=len(results) > FIGURES_SHOWN,
            figures_shown=FIGURES_SHOWN,
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
        participant = public_participant(self.request, self.kwargs["slug"])
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


def public_participant(request, slug):
    """The participant of a public page, or a 404: one named by nothing public is not found.

    Who is public is read through the public door once per revision of the register and kept:
    compiling the door's seven subqueries for one participant cost 14 ms of each 35 ms country page,
    running it for all of them costs that once (docs/performance.md)."""
    public = kept(
        register_revision(request),
        "public-participant-ids",
        lambda: frozenset(Participant.objects.public().values_list("pk", flat=True)),
    )
    participant = Participant.objects.filter(slug=slug).first()
    if participant is None or participant.pk not in public:
        raise Http404
    return participant


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
    activities = with_countries(
        Activity.objects.public()
        .filter(Q(implementer=participant) | Q(pk__in=received_by(participant)) | Q(pk__in=partnered_by(participant)))
        .select_related("kind")
        .order_by("-start_date", "title"),
        partners=True,
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
    if participant.pk in activity.beneficiary_ids:
        return _("received")
    return _("partner")

"""Public pages. Every queryset starts from a public door (`published()` / `public()`), so a draft
operation, and whatever only belongs to it, is a 404 and never a row, count or export line."""

from itertools import groupby

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from operations.citation.citations import operation_citation, register_citation
from operations.citation.releases import current_release
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
from operations.quality import check_results
from operations.spreadsheets.comparison import response as comparison_export
from operations.spreadsheets.exports import FORMATS, ActivityExport, OperationExport, ResultExport, SourceExport
from operations.spreadsheets.workbook import workbook_response
from participants.footnotes import footnotes_for
from participants.models import Participant

from .cache import CachedPageMixin, kept, public_changed_at, register_revision
from .charts import breakdown_charts, comparison_charts
from .citing import cite_this, citing, file_facts, link_figures, table_facts
from .comparison import MAX_OPERATIONS, CompareForm, compare
from .figures import figure_tree, flatten, headline
from .filters import ActivityFilter, OperationFilter, ResultFilter, SourceFilter
from .groups import headline_results, metric_figures, page_figures
from .listing import EXPORT_PARAMETER, PublicTableView
from .maps.participation import participation_map
from .metadata import operation_json_ld, register_json_ld
from .search import MAX_QUERY, search
from .tables import ActivityTable, OperationTable, ResultTable, SourceTable


class HomeView(CachedPageMixin, TemplateView):
    template_name = "operations/home.html"
    page_varies_by_day = True  # the citation's access date

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        latest = (
            Operation.objects.published()
            .select_related("series")
            .prefetch_related(Prefetch("coordination_centres", queryset=coordination_centres()))
            .order_by("-start_date", "name")
            .first()
        )
        headlines = []
        if latest is not None:
            headlines = headline(figure_tree(headline_results(latest), Metric.objects.all()))
        hosts = [centre.host_country for centre in latest.coordination_centres.all()] if latest else []
        context.update(
            latest=latest,
            headlines=headlines,
            counts={
                "operations": Operation.objects.published().count(),
                "results": public_result_total(self.request),
                "participants": Participant.objects.public().count(),
                "activities": Activity.objects.public().count(),
                "sources": Source.objects.public().count(),
            },
            footnotes=footnotes_for(hosts),
            cite=cite_this(citing(self.request, register_citation), self.request.path),
            json_ld=register_json_ld(self.request),
        )
        return context


class AboutView(TemplateView):
    """How the register works: method, sources, qualifiers, the headline rule, corrections, licence."""

    template_name = "operations/about.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            qualifiers=Qualifier.objects.order_by("bound", "name"),
            licence_name=settings.DATA_LICENCE_NAME,
            licence_url=settings.DATA_LICENCE_URL,
            **kwargs,
        )


def public_result_total(request):
    """How many public results there are, counted once per revision of the register: counting a
    million rows took 6 ms of each unfiltered results page (docs/performance.md)."""
    return kept(register_revision(request), "public-result-total", Result.objects.public_total)


def coordination_centres():
    return CoordinationCentre.objects.select_related("host_country")


class OperationListView(PublicTableView):
    page_title = _("Operations")
    intro = _("Joint Action Days and similar operations, with their coordination centres, leads and figures.")
    filterset_class = OperationFilter
    table_class = OperationTable
    export_class = OperationExport

    def get_queryset(self):
        return Operation.objects.published().with_listing()


class ResultListView(PublicTableView):
    page_title = _("Results")
    intro = _(
        "Every published figure as a statement by one source. Several sources may report the same "
        "figure with different precision; each statement is a row."
    )
    filterset_class = ResultFilter
    table_class = ResultTable
    export_class = ResultExport

    def get_queryset(self):
        return Result.objects.public().in_table_order()

    def get_table_data(self):
        # The page reads its rows with their names (for_table); an export reads them on its own.
        return super().get_table_data().for_table()

    def count_rows(self, queryset):
        """Unfiltered, the table is the whole public register, counted once per revision."""
        return None if self.filterset.chosen() else public_result_total(self.request)


class ActivityListView(PublicTableView):
    template_name = "operations/activity_list.html"
    page_title = _("Capacity building")
    intro = _("Trainings, workshops, equipment deliveries and knowledge products that prepare and follow operations.")
    filterset_class = ActivityFilter
    table_class = ActivityTable
    export_class = ActivityExport

    def get_queryset(self):
        return Activity.objects.public().with_listing()


class SourceListView(PublicTableView):
    page_title = _("Sources")
    intro = _("The public documents every figure, participation and activity comes from.")
    filterset_class = SourceFilter
    table_class = SourceTable
    export_class = SourceExport

    def get_queryset(self):
        return Source.objects.public().with_listing()


class OperationDetailView(CachedPageMixin, DetailView):
    """An operation's page: its figures as a tree, each with its sources, and who took part."""

    template_name = "operations/operation_detail.html"
    context_object_name = "operation"
    page_varies_by_day = True  # the citation's access date

    def get_queryset(self):
        participations = Participation.objects.select_related("participant").prefetch_related(
            "roles", "participant__kind_periods"
        )
        return (
            Operation.objects.published()
            .select_related("series", "part_of")
            .prefetch_related(
                "crime_areas",
                Prefetch("parts", queryset=Operation.objects.published().order_by("start_date", "name")),
                Prefetch("coordination_centres", queryset=coordination_centres()),
                Prefetch("participations", queryset=participations),
                Prefetch(
                    "activities",
                    queryset=Activity.objects.public()
                    .select_related("kind", "implementer")
                    .order_by("start_date", "title"),
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        operation = self.object
        participations = operation.participations.all()
        kinds = dict(Participant.Kind.choices)
        kind_order = list(kinds)
        # The kind each had in the operation's year: the United Kingdom was an EU Member State until 2020.
        kind_then = {p.pk: p.participant.kind_in(operation.year) for p in participations}
        grouped = sorted(participations, key=lambda p: (kind_order.index(kind_then[p.pk]), p.participant.name))
        centres = list(operation.coordination_centres.all())
        activities = list(operation.activities.all())
        figures = page_figures(operation)
        shown, report = figures["shown"], figures["report"]
        if figures["groups"] is not None:
            context.update(metric_groups=figures["groups"])
        else:
            context.update(figure_rows=list(flatten(figures["roots"])))
        nodes = list(flatten(figures["roots"]))
        link_figures(operation, [figure for node in nodes for figure in node.figures])
        metrics = [node.metric for node in nodes]
        country_map = participation_map(operation, participations)
        named = (
            [participation.participant for participation in participations]
            + [centre.host_country for centre in centres]
            + [statement.country for statement in shown]
            + [activity.implementer for activity in activities]
            + (country_map.named if country_map else [])
        )
        context.update(
            participant_groups=[
                (kinds[kind], list(group)) for kind, group in groupby(grouped, key=lambda p: kind_then[p.pk])
            ],
            leads=[p for p in participations if any(role.is_leading for role in p.roles.all())],
            centres=centres,
            activities=activities,
            statement_count=figures["statement_count"],
            has_country_figures=figures["has_country_figures"],
            sources=figures["sources"],
            footnotes=footnotes_for(named),
            inconsistencies=report.inconsistencies,
            precision_notes=[finding for finding in report.findings if not finding.is_inconsistency],
            breakdown_charts=breakdown_charts(operation, figures["roots"]),
            participation_map=country_map,
            cite=cite_this(citing(self.request, operation_citation, operation), self.request.path),
            json_ld=operation_json_ld(
                self.request, operation, metrics, [p.participant for p in participations if p.participant.country]
            ),
        )
        return context


class MetricStatementsView(CachedPageMixin, TemplateView):
    """All the statements of one metric in a published operation, by country, each with its
    source's number on the operation's page. A page of its own, linked from the operation's grouped
    page (operations.public.groups); with `?fragment`, only its table, which that page's script
    fetches into the metric's fold. A draft operation, an unknown metric or one the operation has
    no public statement of is a 404."""

    def get_template_names(self):
        if "fragment" in self.request.GET:
            return ["operations/metric_statements_fragment.html"]
        return ["operations/metric_statements.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        operation = get_object_or_404(Operation.objects.published(), slug=self.kwargs["slug"])
        metric = get_object_or_404(Metric.objects.select_related("parent", "unit"), code=self.kwargs["code"])
        figures = metric_figures(operation, metric)
        if figures is None:
            raise Http404
        link_figures(operation, figures["figures"])
        context.update(
            operation=operation,
            metric=metric,
            figures=figures["figures"],
            findings=figures["findings"],
            cited_sources=figures["sources"],
            footnotes=footnotes_for([statement.country for statement in figures["shown"]]),
        )
        return context


def activity_participants(activity):
    return [activity.implementer, *activity.partners.all(), *activity.beneficiary_countries.all()]


class SourceDetailView(CachedPageMixin, DetailView):
    template_name = "operations/source_detail.html"
    context_object_name = "source"

    def get_queryset(self):
        return Source.objects.public().select_related("publisher")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source = self.object
        results = list(
            Result.objects.public()
            .filter(source=source)
            .select_related("operation", "activity", "metric__parent", "unit", "qualifier", "country")
        )
        participations = list(
            Participation.objects.public()
            .filter(sources=source)
            .select_related("operation", "participant")
            .order_by("operation__start_date", "participant__name")
        )
        activities = list(Activity.objects.public().filter(source=source).order_by("-start_date", "title"))
        named = (
            [source.publisher]
            + [result.country for result in results]
            + [participation.participant for participation in participations]
        )
        context.update(
            results=results,
            participations=participations,
            activities=activities,
            footnotes=footnotes_for(named),
        )
        return context


class ActivityDetailView(CachedPageMixin, DetailView):
    """A capacity-building activity: who, when, where, and its figures as a tree with their sources."""

    template_name = "operations/activity_detail.html"
    context_object_name = "activity"

    def get_queryset(self):
        return Activity.objects.public().with_listing().prefetch_related("beneficiary_institutions__participant")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        activity = self.object
        institutions = list(activity.beneficiary_institutions.all())
        results = list(Result.objects.public().for_activity(activity).for_checks().with_corrections())
        report = check_results(results)
        roots = figure_tree(results, Metric.objects.all(), report.by_figure())
        named = (
            activity_participants(activity)
            + [institution.participant for institution in institutions]
            + [result.country for result in results]
        )
        context.update(
            institutions=institutions,
            figure_rows=list(flatten(roots)),
            inconsistencies=report.inconsistencies,
            footnotes=footnotes_for(named),
        )
        return context


class CompareView(TemplateView):
    """Two or more published operations side by side, shareable by its URL
    (/compare/?operations=jad-see-2023&operations=jad-see-2024) and exportable (?_export=csv|xlsx).

    Bad input (an unknown or draft slug, a single operation, garbage) shows the page with the
    form's error, never a server error; an export of bad input shows the same page."""

    template_name = "operations/compare.html"

    def get(self, request, *args, **kwargs):
        # Unbound until something is chosen, so a first visit shows the form without errors.
        form = CompareForm(request.GET if "operations" in request.GET else None)
        comparison = compare(form.cleaned_data["operations"]) if form.is_valid() else None
        export_format = request.GET.get(EXPORT_PARAMETER)
        if comparison is not None and export_format in FORMATS:
            names = [operation.short_name for operation in comparison.operations]
            facts = table_facts(request, _("Comparison"), names, without=[EXPORT_PARAMETER])
            return comparison_export(comparison, export_format, facts)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                comparison=comparison,
                charts=comparison_charts(comparison) if comparison is not None else [],
                export_formats=FORMATS,
                max_operations=MAX_OPERATIONS,
                footnotes=footnotes_for(comparison.countries) if comparison is not None else [],
            )
        )


class SearchView(CachedPageMixin, TemplateView):
    """The search page (/search/?q=...): what the register's public records and quotes hold of
    the words asked for (operations.public.search). Any text is a question: too long, empty or
    punctuation alone is answered with a message, never an error."""

    template_name = "operations/search.html"

    def get_context_data(self, **kwargs):
        answer = search(self.request.GET.get("q", ""), register_revision(self.request))
        return super().get_context_data(answer=answer, max_query=MAX_QUERY, **kwargs)


def operation_workbook(request, slug):
    """The operation workbook as a public download: published operations only (a draft is a 404)."""
    operation = get_object_or_404(
        Operation.objects.published().select_related("series").prefetch_related("crime_areas"), slug=slug
    )
    address = request.build_absolute_uri(operation.get_absolute_url())
    citation = operation_citation(
        operation, address, timezone.localdate(), public_changed_at(request), current_release(request)
    )
    return workbook_response(operation, address, facts=file_facts(request, citation))

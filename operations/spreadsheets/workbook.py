"""An operation's workbook: everything the register holds about one operation, in one XLSX.

Sheets: Summary (the operation and its headline figures), Results (every statement with its
qualifier, source and quote), Participants (by kind, with roles), Activities (the capacity
building that supported it), Sources, and Data quality (what the figure checks found). Headers
are bold and frozen, numbers and dates native with number formats, columns sized, text made
inert (`spreadsheets.neutralise`), and every sheet naming Kosovo* carries its footnote.

The builder takes any operation; the doors are the callers': the public view starts from
`Operation.objects.published()`, the admin lets staff who may view an operation download it.
"""

import io
import tempfile
from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import FileResponse
from django.utils.translation import gettext as _
from xlsxwriter import Workbook

from operations.models import Activity, CoordinationCentre, Correction, Participation, Result, Source
from operations.quality import check_results, choose_headlines
from participants.models import Participant

from .provenance import add_http_headers, describe_xlsxwriter
from .sheets import (
    ACTIVITY_COLUMNS,
    PARTICIPANT_COLUMNS,
    QUALITY_COLUMNS,
    RESULT_COLUMNS,
    SOURCE_COLUMNS,
    activity_rows,
    participant_rows,
    quality_rows,
    result_rows,
    source_rows,
    write_summary,
    write_table,
)
from .writing import XLSX_CONTENT_TYPE, export_filename


def workbook_filename(operation, today=None):
    """'jad-see-2024-workbook-2026-11-24.xlsx'."""
    return export_filename(operation.slug, ["workbook"], "xlsx", today)


def workbook_response(operation, address="", activities=None, facts=None):
    """The workbook as a download, streamed from a temporary file (deleted when closed) rather than
    held in memory as bytes. `activities` are those it may name (the public ones by default; the
    admin's workbook names them all); `facts` (provenance.FileFacts): its licence, page and moment,
    for a public download."""
    stream = tempfile.TemporaryFile()  # noqa: SIM115 -- FileResponse closes it once sent
    write_workbook(stream, operation, address, activities, facts)
    stream.seek(0)
    response = FileResponse(
        stream, as_attachment=True, filename=workbook_filename(operation), content_type=XLSX_CONTENT_TYPE
    )
    return add_http_headers(response, facts) if facts is not None else response


def operation_workbook(operation, address="", activities=None):
    """The workbook of `operation` as bytes; `address` is its public page, written on the summary."""
    stream = io.BytesIO()
    write_workbook(stream, operation, address, activities)
    return stream.getvalue()


def write_workbook(stream, operation, address="", activities=None, facts=None):
    """Write the workbook of `operation` to the binary file `stream`; with `facts`, its licence,
    moment and citation in its properties and on a last sheet, "About this file"."""
    data = WorkbookData.load(operation, Activity.objects.public() if activities is None else activities)
    # Text is written as text: never read as a formula, a link or a number.
    workbook = Workbook(
        stream,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "remove_timezone": True},
    )
    workbook.set_properties({"title": f"{operation.short_name}: {operation.name}", "author": "JAD Register"})
    write_summary(workbook, data, address)
    write_table(workbook, _("Results"), RESULT_COLUMNS, result_rows(data), data.results_named())
    write_table(workbook, _("Participants"), PARTICIPANT_COLUMNS, participant_rows(data), data.participants_named())
    write_table(workbook, _("Activities"), ACTIVITY_COLUMNS, activity_rows(data), data.activities_named())
    write_table(workbook, _("Sources"), SOURCE_COLUMNS, source_rows(data), data.sources_named())
    write_table(workbook, _("Data quality"), QUALITY_COLUMNS, quality_rows(data), data.quality_named())
    if facts is not None:
        describe_xlsxwriter(workbook, facts)
    workbook.close()


@dataclass
class WorkbookData:
    """What the sheets show, fetched in a fixed number of queries."""

    operation: object
    centres: list
    results: list
    corrections: dict
    headlines: dict
    participations: list
    activities: list
    sources: list
    report: object

    @classmethod
    def load(cls, operation, activities):
        centres = list(CoordinationCentre.objects.filter(operation=operation).select_related("host_country"))
        results = operation.results.in_catalogue_order().list_for_checks()
        # In one query rather than prefetched: a prefetch gives each of 4,000 statements a queryset of
        # its own, which took three quarters of this query's 0.3 s (bench/big_operation.py).
        corrections = {}
        for correction in Correction.objects.filter(result__operation=operation):
            corrections.setdefault(correction.result_id, []).append(correction)
        participations = sorted(
            Participation.objects.filter(operation=operation)
            .select_related("participant")
            .prefetch_related(
                "roles",
                "participant__kind_periods",
                Prefetch("sources", queryset=Source.objects.select_related("publisher")),
            ),
            key=lambda p: (KIND_ORDER.index(p.participant.kind_in(operation.year)), p.participant.name),
        )
        activities = list(
            activities.filter(operation=operation)
            .select_related("kind", "implementer", "source__publisher")
            .prefetch_related(
                Prefetch("partners", queryset=Participant.objects.order_by("name")),
                Prefetch("beneficiary_countries", queryset=Participant.objects.order_by("name")),
                Prefetch("results", queryset=Result.objects.select_related("metric__parent", "unit", "qualifier")),
            )
            .order_by("start_date", "title")
        )
        sources = {result.source.pk: result.source for result in results}
        for participation in participations:
            for source in participation.sources.all():
                sources.setdefault(source.pk, source)
        for activity in activities:
            sources.setdefault(activity.source.pk, activity.source)
        ordered_sources = sorted(sources.values(), key=lambda source: (source.published_on is None, source.title))
        return cls(
            operation=operation,
            centres=centres,
            results=results,
            corrections=corrections,
            headlines=choose_headlines(results),
            participations=participations,
            activities=activities,
            sources=ordered_sources,
            report=check_results(results),
        )

    def results_named(self):
        return [result.country for result in self.results]

    def participants_named(self):
        return [participation.participant for participation in self.participations]

    def activities_named(self):
        named = []
        for activity in self.activities:
            named += [activity.implementer, *activity.partners.all(), *activity.beneficiary_countries.all()]
        return named

    def sources_named(self):
        return [source.publisher for source in self.sources]

    def quality_named(self):
        return [finding.country for finding in self.report.findings]

    def summary_named(self):
        headlines = [headline.statement.country for headline in self.headlines.values()]
        return [centre.host_country for centre in self.centres] + headlines


KIND_ORDER = list(Participant.Kind.values)

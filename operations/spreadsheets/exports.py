"""CSV and XLSX exports of the public tables: every row matching the filters, in the table's order.

Rows come straight from `values_list(...)` where the table has no to-many columns (results, read by
`streaming.streamed` with the names they point to in one view of the register; sources), and from
prefetched objects otherwise (operations, activities: a few hundred
rows at most). CSV is written by `csv.writer`, a chunk of rows at a time, and streamed; XLSX by
openpyxl's write-only mode. Every text cell goes through `writing.neutralise`; numbers and dates
stay native. Rows naming a participant with a designation footnote (Kosovo*) carry it in "Note".
"""

import decimal
import io
import itertools
from dataclasses import dataclass

from django.db.models import CharField
from django.db.models.functions import Cast
from django.http import HttpResponse, StreamingHttpResponse

from operations.models import Activity, Metric, Operation, Qualifier, Source, Unit
from operations.models.languages import columns, in_language
from participants.models import Participant

from .names import CellsById, CsvText, NameTables, WrittenById, quoted
from .provenance import add_http_headers, describe_openpyxl
from .streaming import CHUNK_SIZE, streamed
from .writing import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, csv_chunks, export_filename, neutralise, write_workbook

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 16
    is_date: bool = False


def plain_number(value):
    """A decimal as plain text for CSV: 22488, 1.5 (no exponent, no trailing zeros)."""
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def plain_text_number(text):
    """A decimal the database wrote as text, as plain text for CSV: '784.000' -> '784', '1.500' ->
    '1.5'; SQLite's exponent form for very large fractional values ('1.2e+16') is written out."""
    if "e" in text:
        return plain_number(decimal.Decimal(text))
    return text.rstrip("0").rstrip(".") if "." in text else text


def native_number(value):
    """A decimal as an XLSX number: an int when whole, else a float."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def display_name(name, footnote):
    if name is None:
        return None
    return f"{name}*" if footnote else name


def note_for(participants):
    """The 'Note' cell: the footnote of each footnoted participant a row names."""
    notes = [f"*{participant.name}: {participant.footnote}" for participant in participants if participant.footnote]
    return " ".join(dict.fromkeys(notes)) or None


class TableExport:
    """How one public table is written out. Subclasses give the columns and a row generator that
    yields tuples whose numbers pass through `number` (plain text for CSV, native for XLSX)."""

    name = ""
    title = ""
    columns: list[Column] = []

    def rows(self, queryset, number):
        raise NotImplementedError

    def header(self):
        return [column.header for column in self.columns]

    def csv_stream(self, queryset):
        return csv_chunks(self.header(), self.rows(queryset, plain_number), CHUNK_SIZE)

    def response(self, queryset, export_format, summary_parts, facts=None):
        """The file as a download; `facts` (provenance.FileFacts): its licence, page and moment."""
        filename = export_filename(self.name, summary_parts, export_format)
        if export_format == "csv":
            response = StreamingHttpResponse(
                self.csv_stream(queryset),
                content_type=CSV_CONTENT_TYPE,
            )
        else:
            stream = io.BytesIO()
            # Date columns hold `date`s, which openpyxl writes with DATE_FORMAT itself: wrapping each
            # in a cell of that format (number_formats) cost a tenth of a large workbook's time.
            write_workbook(
                stream,
                self.title or self.name,
                self.header(),
                self.rows(queryset, native_number),
                widths=[column.width for column in self.columns],
                describe=(lambda workbook: describe_openpyxl(workbook, facts)) if facts else None,
            )
            response = HttpResponse(stream.getvalue(), content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        if facts is not None:
            add_http_headers(response, facts)
        return response


class ResultExport(TableExport):
    """One query for the rows, the result's own columns, as values."""

    name = "results"
    title = "Results"
    columns = [
        Column("Operation", 18),
        Column("Activity", 30),
        Column("Metric", 36),
        Column("Country", 20),
        Column("Country code", 8),
        Column("Value", 14),
        Column("Unit", 10),
        Column("Qualifier", 14),
        Column("Source", 48),
        Column("Source date", 12, is_date=True),
        Column("Source address", 40),
        Column("As published", 60),
        Column("Note", 40),
        Column("Id", 8),
    ]
    # The result's own columns: its operation, metric, country and source are named from tables
    # read whole before the rows (CellsById). Joining them into the rows' query made SQLite carry
    # every name through its sort, and cost more than the rest of the export (docs/performance.md).
    fields = (
        "operation_id",
        "activity_id",
        "metric_id",
        "country_id",
        "value",
        "unit_id",
        "qualifier_id",
        "source_id",
        "quote",
        "pk",
    )

    def name_tables(self):
        """The cells the rows take from other tables, by id: an operation's or activity's name; a
        metric's name; a country's name, code and note; a unit's symbol; a qualifier's words; a
        source's title, date and address."""
        text = neutralise
        names = len(columns("name"))  # each name is read in every stored language, then the page's picked

        def country_cells(*cells):
            footnote, code = cells[names:]
            country = in_language(cells[:names], code)
            return (
                text(f"{country}*" if footnote else country),
                code or None,
                text(f"*{country}: {footnote}") if footnote else None,
            )

        def metric_cells(*cells):
            parent, metric = in_language(cells[:names]) if cells[0] else None, in_language(cells[names:])
            return (text(f"{parent} – {metric}" if parent else metric),)

        countries = CellsById(Participant.objects.public(), (*columns("name"), "footnote", "country"), country_cells)
        countries[None] = (None, None, None)
        operations = CellsById(Operation.objects.published(), ("short_name",), lambda name: (text(name),))
        operations[None] = (None,)
        activities = CellsById(Activity.objects.published(), ("title",), lambda title: (text(title),))
        activities[None] = (None,)
        return NameTables(
            operations=operations,
            activities=activities,
            metrics=CellsById(Metric.objects.all(), (*columns("parent__name"), *columns("name")), metric_cells),
            countries=countries,
            units=CellsById(
                Unit.objects.all(),
                ("symbol", *columns("name")),
                lambda symbol, *names: (text(symbol or in_language(names)),),
            ),
            qualifiers=CellsById(Qualifier.objects.all(), columns("name"), lambda *names: (text(in_language(names)),)),
            sources=CellsById(
                Source.objects.public(),
                ("title", "url", "published_on"),
                lambda source, url, published_on: (text(source), published_on, text(url)),
            ),
        )

    def rows(self, queryset, number):
        with streamed(queryset, *self.fields) as rows:
            operations, activities, metrics, countries, units, qualifiers, sources = self.name_tables()
            for operation, activity, metric, country, value, unit, qualifier, source, quote, pk in rows:
                country_name, country_code, note = countries[country]
                source_title, source_date, source_url = sources[source]
                yield (
                    operations[operation][0],
                    activities[activity][0],
                    metrics[metric][0],
                    country_name,
                    country_code,
                    number(value),
                    units[unit][0],
                    qualifiers[qualifier][0],
                    source_title,
                    source_date,
                    source_url,
                    neutralise(quote),
                    note,
                    pk,
                )

    def csv_stream(self, queryset):
        """The rows `rows` gives, as csv.writer writes them, with each cell taken from another table
        (an operation's, metric's, country's or source's) written by csv.writer once per id rather
        than once per row, the one free-text cell of each row (the quote) quoted here by csv's rule,
        and the value as the database writes it in text. Through csv.writer cell by cell, 100,000
        rows took 0.87 s (115,000 rows/s, the floor of csv.writer over a plain sqlite3 cursor being
        117,000); this way, 240,782 rows/s (docs/performance.md, fifth round)."""
        write = CsvText()
        # The value as the database writes it in text ("784", "1.5"; "784.000" from PostgreSQL): a
        # Decimal made of every value and written out again took a fifth of the export's time.
        fields = [Cast("value", CharField()) if field == "value" else field for field in self.fields]

        def lines():
            with streamed(queryset, *fields) as rows:
                operations, activities, metrics, countries, units, qualifiers, sources = (
                    WrittenById(table, write) for table in self.name_tables()
                )
                countries = WrittenById(countries.cells_by_id, write, split=2)  # name, code | note
                for operation, activity, metric, country, value, unit, qualifier, source, quote, pk in rows:
                    country_cells, note = countries[country]
                    value = "" if value is None else plain_text_number(value)
                    yield (
                        f"{operations[operation][0]},{activities[activity][0]},{metrics[metric][0]},{country_cells},"
                        f"{value},{units[unit][0]},{qualifiers[qualifier][0]},{sources[source][0]},"
                        f"{quoted(neutralise(quote))},{note},{pk}\r\n"
                    )

        yield write(self.header()) + "\r\n"
        rows = lines()
        while chunk := "".join(itertools.islice(rows, CHUNK_SIZE)):
            yield chunk


class SourceExport(TableExport):
    name = "sources"
    title = "Sources"
    columns = [
        Column("Title", 60),
        Column("Kind", 14),
        Column("Publisher", 24),
        Column("Published", 12, is_date=True),
        Column("Year", 8),
        Column("Public figures", 10),
        Column("Address", 50),
        Column("Note", 40),
        Column("Id", 8),
    ]
    fields = (
        "title",
        "kind",
        "publisher__name",
        "publisher__footnote",
        "publisher_name",
        "published_on",
        "year",
        "results_count",
        "url",
        "pk",
    )

    def rows(self, queryset, number):
        kinds = dict(Source.Kind.choices)
        text = neutralise
        for (
            title,
            kind,
            publisher,
            footnote,
            publisher_name,
            published_on,
            year,
            count,
            url,
            pk,
        ) in queryset.values_list(*self.fields).iterator(chunk_size=CHUNK_SIZE):
            yield (
                text(title),
                str(kinds.get(kind, kind)),
                text(display_name(publisher, footnote) or publisher_name),
                published_on,
                year,
                count,
                text(url),
                text(f"*{publisher}: {footnote}") if footnote else None,
                pk,
            )


class OperationExport(TableExport):
    name = "operations"
    title = "Operations"
    columns = [
        Column("Operation", 40),
        Column("Short name", 18),
        Column("Series", 16),
        Column("Edition", 8),
        Column("Part of", 18),
        Column("Aggregate", 8),
        Column("Start", 12, is_date=True),
        Column("Start precision", 8),
        Column("End", 12, is_date=True),
        Column("End precision", 8),
        Column("Duration (days)", 8),
        Column("Dates", 22),
        Column("Coordination centre", 30),
        Column("Lead", 30),
        Column("Crime areas", 40),
        Column("Motto", 30),
        Column("Participants", 10),
        Column("Figures", 10),
        Column("Note", 40),
    ]

    def rows(self, queryset, number):
        text = neutralise
        for operation in queryset.iterator(chunk_size=500):
            centres = list(operation.coordination_centres.all())
            leads = [participation.participant for participation in operation.leading_participations]
            part_of = operation.part_of if operation.part_of_id and operation.part_of.is_published else None
            yield (
                text(operation.name),
                text(operation.short_name),
                text(operation.series.short_name) if operation.series_id else None,
                text(operation.edition),
                text(part_of.short_name) if part_of else None,
                "yes" if operation.is_aggregate else "no",
                operation.start_date,
                operation.start_precision,
                operation.end_date,
                operation.end_precision if operation.end_date else None,
                operation.duration_days,
                operation.period_display,
                text("; ".join(str(centre) for centre in centres)),
                text(", ".join(participant.display_name for participant in leads)),
                text(", ".join(area.name for area in operation.crime_areas.all())),
                text(operation.motto),
                operation.participants_count,
                operation.results_count,
                text(note_for([centre.host_country for centre in centres] + leads)),
            )


class ActivityExport(TableExport):
    name = "activities"
    title = "Activities"
    columns = [
        Column("Activity", 50),
        Column("Kind", 20),
        Column("Implementer", 20),
        Column("Partners", 24),
        Column("Beneficiary countries", 30),
        Column("Place", 16),
        Column("Start", 12, is_date=True),
        Column("Start precision", 8),
        Column("End", 12, is_date=True),
        Column("End precision", 8),
        Column("Duration (days)", 8),
        Column("Supported operation", 18),
        Column("Source", 40),
        Column("Note", 40),
    ]

    def rows(self, queryset, number):
        text = neutralise
        for activity in queryset.iterator(chunk_size=500):
            partners = list(activity.partners.all())
            beneficiaries = list(activity.beneficiary_countries.all())
            operation = activity.operation if activity.operation_id and activity.operation.is_published else None
            yield (
                text(activity.title),
                str(activity.kind),
                text(activity.implementer.display_name),
                text(", ".join(participant.display_name for participant in partners)),
                text(", ".join(participant.display_name for participant in beneficiaries)),
                text(activity.place),
                activity.start_date,
                activity.start_precision,
                activity.end_date,
                activity.end_precision if activity.end_date else None,
                activity.duration_days,
                text(operation.short_name) if operation else None,
                text(activity.source.title),
                text(note_for([activity.implementer, *partners, *beneficiaries])),
            )

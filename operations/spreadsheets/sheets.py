"""The sheets of an operation's workbook (operations.spreadsheets.workbook): the summary with its
headline figures, then results, participants, activities, sources and data quality, each a table
under a bold frozen header with the footnotes of whoever it names below it.

Written with XlsxWriter in its constant-memory mode, a whole row at a time (worksheets): the
workbook of an operation of 4,000 statements has some 84,000 cells, which openpyxl's write-only
mode wrote in about twice the time of XlsxWriter's own cell by cell, itself more than a second
(docs/performance.md, issue 18). The table exports keep openpyxl (writing.write_sheet)."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from operations.quality import labels_kept
from participants.models import Participant

from .worksheets import DATE_FORMAT, Sheet
from .writing import Formatted, neutralise, xlsx_value

WHOLE = "#,##0"
DECIMAL = "#,##0.0##"


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 16
    number_format: str | None = None


# --- Helpers --------------------------------------------------------------------------------


def name_of(participant):
    """A participant as it must be shown: Kosovo* with its asterisk."""
    return participant.display_name if participant is not None else None


def number(value):
    """A decimal as an XLSX number and its format: 22488 with "#,##0", 1.5 with decimals."""
    if value is None:
        return None, None
    native = xlsx_value(value)
    return native, (WHOLE if isinstance(native, int) else DECIMAL)


def formatted(value, number_format):
    return None if value is None else Formatted(value, number_format)


def footnote_lines(participants):
    """'*Kosovo: This designation is without prejudice...', once per footnoted participant."""
    lines = {}
    for participant in participants:
        if participant is not None and participant.footnote:
            lines.setdefault(participant.pk, f"*{participant.name}: {participant.footnote}")
    return list(lines.values())


def write_table(workbook, title, columns, rows, named):
    """A sheet of `rows` (neutralised) under a bold frozen header, the footnotes of those `named`
    below them."""
    formats = {index: column.number_format for index, column in enumerate(columns) if column.number_format}
    sheet = Sheet(workbook, title or "Export", [column.width for column in columns], frozen_rows=1)
    sheet.append([neutralise(str(column.header)) for column in columns], bold=range(len(columns)))
    for row in rows:
        sheet.append(row, number_formats=formats)
    notes = footnote_lines(named)
    if notes:
        sheet.row += 1
        for line in notes:
            sheet.append([neutralise(line)])


def text(value):
    """Text for a cell appended directly: inert, and without characters XLSX cannot carry."""
    return xlsx_value(neutralise(value))


def yes(flag):
    return _("yes") if flag else _("no")


# --- Summary --------------------------------------------------------------------------------

SUMMARY_HEADER = [
    gettext_lazy("Figure"),
    gettext_lazy("Country"),
    gettext_lazy("Value"),
    gettext_lazy("Unit"),
    gettext_lazy("Qualifier"),
    gettext_lazy("As published"),
    gettext_lazy("Source"),
    gettext_lazy("Statements"),
]


def write_summary(workbook, data, address):
    """The operation in a few lines, then its headline figures, one per figure."""
    operation = data.operation
    facts = [
        (_("Operation"), operation.name),
        (_("Series"), operation.series.name if operation.series_id else _("None: an operation on its own")),
        (_("Part of"), operation.part_of.name if operation.part_of_id and operation.part_of.is_published else None),
        (_("Aggregate"), _("Yes: results reported over many operations") if operation.is_aggregate else None),
        (_("Dates"), operation.period_display),
        (_("Coordination centre"), "; ".join(f"{c.city}, {name_of(c.host_country)}" for c in data.centres)),
        (_("Crime areas"), ", ".join(area.name for area in operation.crime_areas.all())),
        (_("Motto"), operation.motto),
        (_("Status"), str(operation.get_status_display())),
        (_("Published on"), timezone.localdate(operation.published_at) if operation.published_at else None),
        (_("Address"), address),
        (_("Workbook made on"), timezone.localdate()),
        (
            _("How to read it"),
            _(
                "One headline statement per figure, by the register's rule (an editor's choice, else a figure "
                "beats none, exact beats qualified, then the most recent source). Every statement is on the "
                "Results sheet; what the figure checks found is on Data quality. Figures are as published."
            ),
        ),
    ]
    header_row = len(facts) + 2
    sheet = Sheet(workbook, _("Summary"), [34, 18, 14, 10, 14, 50, 48, 11], frozen_rows=header_row)
    for label, value in facts:
        sheet.append([str(label), value if hasattr(value, "isoformat") else text(value or None)], bold=(0,))
    sheet.row += 1
    sheet.append([neutralise(str(header)) for header in SUMMARY_HEADER], bold=range(len(SUMMARY_HEADER)))
    metric_name = once_each(lambda metric: text(str(metric)))
    country_name = once_each(lambda country: text(name_of(country)))
    unit_name = once_each(lambda unit: text(unit.symbol or unit.name))
    qualifier_name = once_each(lambda qualifier: str(qualifier.label))
    source_title = once_each(lambda source: text(source.title))
    everywhere, not_reported = _("all"), _("not reported")
    for headline in data.headlines.values():
        statement = headline.statement
        value, number_format = number(statement.value)
        sheet.append(
            [
                metric_name(statement.metric),
                country_name(statement.country) or everywhere,
                formatted(value, number_format),
                unit_name(statement.unit),
                qualifier_name(statement.qualifier) if statement.value is not None else not_reported,
                text(statement.quote),
                source_title(statement.source),
                len(headline.statements),
            ]
        )
    if not data.headlines:
        sheet.append([_("No figures have been recorded for this operation yet.")])
    notes = footnote_lines(data.summary_named())
    if notes:
        sheet.row += 1
        for line in notes:
            sheet.append([text(line)])


# --- The tables -----------------------------------------------------------------------------

RESULT_COLUMNS = [
    Column(gettext_lazy("Metric"), 32),
    Column(gettext_lazy("Part of"), 24),
    Column(gettext_lazy("Metric code"), 22),
    Column(gettext_lazy("Country"), 18),
    Column(gettext_lazy("Country code"), 8),
    Column(gettext_lazy("Value"), 14),
    Column(gettext_lazy("Unit"), 10),
    Column(gettext_lazy("Qualifier"), 14),
    Column(gettext_lazy("Headline"), 9),
    Column(gettext_lazy("Why shown first"), 30),
    Column(gettext_lazy("Source"), 48),
    Column(gettext_lazy("Source date"), 12, DATE_FORMAT),
    Column(gettext_lazy("As published"), 60),
    Column(gettext_lazy("Corrections"), 40),
]


def once_each(label):
    """`label(record)` worked out once per record in one sheet: a workbook's thousands of rows name
    the same few metrics, units, qualifiers and sources, and each word is a translation lookup
    (a third of the Results sheet of 4,000 statements, bench/big_operation.py). Records are known
    by identity (the workbook's data holds them while its sheets are written, and shares one
    instance of each row): reading their keys took a third of what the Results sheet's rows cost."""
    known = {}

    def label_of(record):
        if record is None:
            return None
        key = id(record)
        if key not in known:
            known[key] = label(record)
        return known[key]

    return label_of


def result_rows(data):
    with labels_kept():  # each reason's words looked up once, not once per figure
        reasons = {headline.statement.pk: str(headline.reason) for headline in data.headlines.values()}
    words = {True: yes(True), False: yes(False)}
    metric_name = once_each(lambda metric: neutralise(metric.name))
    country_name = once_each(lambda country: neutralise(name_of(country)))
    country_code = once_each(lambda country: country.country.code or None)
    unit_name = once_each(lambda unit: text(unit.symbol or unit.name))
    qualifier_name = once_each(lambda qualifier: str(qualifier.label))
    source_title = once_each(lambda source: neutralise(source.title))
    not_reported = _("not reported")
    for result in data.results:
        pk, metric, country = result.pk, result.metric, result.country
        value, number_format = number(result.value)
        corrections = "; ".join(
            _("%(date)s: was %(old)s (%(reason)s)")
            % {
                "date": timezone.localdate(correction.corrected_at).isoformat(),
                "old": correction.old_value if correction.old_value is not None else _("not reported"),
                "reason": correction.reason,
            }
            for correction in data.corrections.get(pk, ())
        )
        yield [
            metric_name(metric),
            metric_name(metric.parent) if metric.parent_id else None,
            metric.code,
            country_name(country),
            country_code(country),
            formatted(value, number_format),
            unit_name(result.unit),
            qualifier_name(result.qualifier) if value is not None else not_reported,
            words[pk in reasons],
            reasons.get(pk),
            source_title(result.source),
            result.source.published_on,
            neutralise(result.quote),
            neutralise(corrections) or None,
        ]


PARTICIPANT_COLUMNS = [
    Column(gettext_lazy("Kind"), 30),
    Column(gettext_lazy("Participant"), 34),
    Column(gettext_lazy("Country code"), 8),
    Column(gettext_lazy("Roles"), 40),
    Column(gettext_lazy("Listed in"), 60),
]


def participant_rows(data):
    kinds = dict(Participant.Kind.choices)
    for participation in data.participations:
        participant = participation.participant
        yield [
            str(kinds[participant.kind_in(data.operation.year)]),
            neutralise(name_of(participant)),
            participant.country.code or None,
            neutralise(", ".join(role.name for role in participation.roles.all())) or None,
            neutralise("; ".join(source.title for source in participation.sources.all())) or None,
        ]


ACTIVITY_COLUMNS = [
    Column(gettext_lazy("Activity"), 44),
    Column(gettext_lazy("Kind"), 20),
    Column(gettext_lazy("Implementer"), 20),
    Column(gettext_lazy("Partners"), 24),
    Column(gettext_lazy("Beneficiary countries"), 30),
    Column(gettext_lazy("Place"), 16),
    Column(gettext_lazy("Dates"), 22),
    Column(gettext_lazy("Start"), 12, DATE_FORMAT),
    Column(gettext_lazy("End"), 12, DATE_FORMAT),
    Column(gettext_lazy("Figures"), 50),
    Column(gettext_lazy("Source"), 40),
    Column(gettext_lazy("As published"), 50),
]


def activity_rows(data):
    for activity in data.activities:
        figures = "; ".join(f"{result.metric}: {result.value_display}" for result in activity.results.all())
        yield [
            neutralise(activity.title),
            str(activity.kind),
            neutralise(name_of(activity.implementer)),
            neutralise(", ".join(name_of(p) for p in activity.partners.all())) or None,
            neutralise(", ".join(name_of(p) for p in activity.beneficiary_countries.all())) or None,
            neutralise(activity.place) or None,
            neutralise(activity.period_display) or None,
            activity.start_date,
            activity.end_date,
            neutralise(figures) or None,
            neutralise(activity.source.title),
            neutralise(activity.quote) or None,
        ]


SOURCE_COLUMNS = [
    Column(gettext_lazy("Title"), 60),
    Column(gettext_lazy("Kind"), 16),
    Column(gettext_lazy("Publisher"), 24),
    Column(gettext_lazy("Published"), 12, DATE_FORMAT),
    Column(gettext_lazy("Year"), 8),
    Column(gettext_lazy("Statements"), 11),
    Column(gettext_lazy("Address"), 50),
]


def source_rows(data):
    counts = {}
    for result in data.results:
        counts[result.source_id] = counts.get(result.source_id, 0) + 1
    for source in data.sources:
        yield [
            neutralise(source.title),
            str(source.get_kind_display()),
            neutralise(source.publisher_display) or None,
            source.published_on,
            source.year,
            counts.get(source.pk, 0),
            neutralise(source.url) or None,
        ]


QUALITY_COLUMNS = [
    Column(gettext_lazy("Finding"), 30),
    Column(gettext_lazy("Figure"), 34),
    Column(gettext_lazy("Country"), 18),
    Column(gettext_lazy("Cannot all be true"), 12),
    Column(gettext_lazy("What was found"), 100),
]


def quality_rows(data):
    findings = data.report.findings
    if not findings:
        yield [
            _("No findings"),
            None,
            None,
            None,
            _("Every breakdown adds up to its total, no part exceeds its total, and the sources agree."),
        ]
    kinds = {}
    words = {True: yes(True), False: yes(False)}
    metric_name = once_each(lambda metric: neutralise(str(metric)))
    country_name = once_each(lambda country: neutralise(name_of(country)))
    everywhere = _("all")
    for finding, message in zip(findings, data.report.messages(), strict=True):
        if finding.kind not in kinds:
            kinds[finding.kind] = str(finding.kind_display)
        yield [
            kinds[finding.kind],
            metric_name(finding.metric),
            country_name(finding.country) or everywhere,
            words[finding.is_inconsistency],
            neutralise(message),
        ]

"""The public tables (django-tables2). Each column that crosses a relation relies on the view's
queryset (`with_listing()` / `for_table()`), so no column runs a query per row."""

import django_tables2 as tables
from django.db.models import F
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from operations.models import Activity, Operation, Result, Source
from operations.models.languages import columns
from operations.models.numbers import written_number
from participants.models import Participant


def names(participants):
    """'Austria, Kosovo*, Spain' from participants already in memory, each linked to its page."""
    return format_html_join(
        ", ",
        '<a href="{}">{}</a>',
        ((participant.get_absolute_url(), participant.display_name) for participant in participants),
    )


def value_cell(value, symbol):
    """'1.5 kg', '22 488', or 'not reported' for a figure named without a value."""
    if value is None:
        return format_html('<span class="text-body-secondary">{}</span>', _("not reported"))
    return f"{written_number(value)} {symbol}".strip()


class PublicTable(tables.Table):
    """A table with a caption, header scopes and sort state (includes/table.html) and the
    footnotes of whoever its rows name."""

    caption = ""

    class Meta:
        template_name = "includes/table.html"
        attrs = {"class": "table table-sm table-striped align-middle"}
        empty_text = _("Nothing matches these filters.")

    def participants_named(self, record):
        """The participants a row names; their footnotes are shown under the table."""
        return []

    def footnoted_participants(self):
        named = {}
        if hasattr(self, "page"):
            for row in self.page.object_list:
                for participant in self.participants_named(row.record):
                    if participant is not None and participant.footnote:
                        named[participant.pk] = participant
        return list(named.values())


class OperationTable(PublicTable):
    caption = _("Operations")

    name = tables.Column(verbose_name=_("Operation"), linkify=True, order_by=("name",))
    series = tables.Column(verbose_name=_("Series"), accessor="series__short_name", order_by=("series__short_name",))
    period = tables.Column(
        verbose_name=_("Dates"), accessor="start_date", order_by=("start_date", "end_date"), empty_values=()
    )
    centres = tables.Column(verbose_name=_("Coordination centre"), accessor="pk", orderable=False)
    leads = tables.Column(verbose_name=_("Lead"), accessor="pk", orderable=False)
    crime_areas = tables.Column(verbose_name=_("Crime areas"), accessor="pk", orderable=False)
    participants_count = tables.Column(
        verbose_name=_("Participants"), attrs={"td": {"class": "text-end"}, "th": {"class": "text-end"}}
    )
    results_count = tables.Column(
        verbose_name=_("Figures"), attrs={"td": {"class": "text-end"}, "th": {"class": "text-end"}}
    )

    class Meta(PublicTable.Meta):
        model = Operation
        fields = ()
        sequence = (
            "name",
            "series",
            "period",
            "centres",
            "leads",
            "crime_areas",
            "participants_count",
            "results_count",
        )

    def render_period(self, record):
        return record.period_display

    def render_centres(self, record):
        return format_html_join(
            ", ",
            '{}, <a href="{}">{}</a>',
            (
                (centre.city, centre.host_country.get_absolute_url(), centre.host_country.display_name)
                for centre in record.coordination_centres.all()
            ),
        )

    def render_leads(self, record):
        return names(participation.participant for participation in record.leading_participations)

    def render_crime_areas(self, record):
        return ", ".join(area.name for area in record.crime_areas.all())

    def participants_named(self, record):
        hosts = [centre.host_country for centre in record.coordination_centres.all()]
        return hosts + [participation.participant for participation in record.leading_participations]


class ResultTable(PublicTable):
    """The columns give the headers, the sorting and the caption; the rows are written by the
    table's template from the values the page reads (operations/result_table.html says why)."""

    caption = _("Results: each figure as one source published it")

    operation = tables.Column(verbose_name=_("Operation"), order_by=("operation__start_date", "operation__name"))
    metric = tables.Column(verbose_name=_("Metric"), order_by=("metric__position", "metric__name"))
    country = tables.Column(verbose_name=_("Country"), order_by=("country__name",))
    value = tables.Column(
        verbose_name=_("Value"), order_by=("value",), attrs={"th": {"class": "text-end figure-column"}}
    )
    qualifier = tables.Column(verbose_name=_("Qualifier"))
    source = tables.Column(verbose_name=_("Source"), order_by=("source__title",))
    quote = tables.Column(verbose_name=_("As published"), orderable=False)

    class Meta(PublicTable.Meta):
        model = Result
        fields = ()
        sequence = ("operation", "metric", "country", "value", "qualifier", "source", "quote")
        template_name = "operations/result_table.html"

    def order_value(self, queryset, is_descending):
        """Figures named without a value count as the smallest, on both databases: PostgreSQL would
        put them first in descending order, and with 20,000 of them in a million results it sorted
        them all to show 25 (118 ms; the index of migration 0019 is walked backwards instead)."""
        value = F("value").desc(nulls_last=True) if is_descending else F("value").asc(nulls_first=True)
        return queryset.order_by(value), True

    def footnoted_participants(self):
        """The countries of the rows shown that carry a designation footnote (rows are values)."""
        named = {}
        for row in self.page.object_list if hasattr(self, "page") else ():
            row = row.record
            if row["country__footnote"]:
                names = {column: row[f"country__{column}"] for column in columns("name")}
                named[row["country_id"]] = Participant(
                    pk=row["country_id"], footnote=row["country__footnote"], country=row["country__country"], **names
                )
        return list(named.values())


class ActivityTable(PublicTable):
    caption = _("Capacity-building activities")

    title = tables.Column(verbose_name=_("Activity"), linkify=True)
    kind = tables.Column(verbose_name=_("Kind"), order_by=("kind__position", "kind__name"))
    implementer = tables.Column(verbose_name=_("Implementer"), order_by=("implementer__name",))
    beneficiaries = tables.Column(verbose_name=_("Beneficiaries"), accessor="pk", orderable=False)
    period = tables.Column(
        verbose_name=_("Date"), accessor="start_date", order_by=("start_date", "end_date"), empty_values=()
    )
    place = tables.Column(verbose_name=_("Place"))
    operation = tables.Column(
        verbose_name=_("Supported operation"),
        accessor="operation__short_name",
        order_by=("operation__start_date",),
        linkify=lambda record: record.operation.get_absolute_url() if record.operation_id else None,
    )

    class Meta(PublicTable.Meta):
        model = Activity
        fields = ()
        sequence = ("title", "kind", "implementer", "beneficiaries", "period", "place", "operation")

    def render_beneficiaries(self, record):
        return names(record.beneficiary_countries.all())

    def render_period(self, record):
        return record.period_display

    def render_operation(self, record, value):
        # A supported operation that is not public is not named.
        return value if record.operation.is_published else "—"

    def participants_named(self, record):
        return [record.implementer, *record.beneficiary_countries.all()]


class SourceTable(PublicTable):
    """The columns give the headers, the sorting and the caption; the rows are written by the
    table's template (operations/source_table.html says why)."""

    caption = _("Sources: the public documents every figure comes from")

    title = tables.Column(verbose_name=_("Title"))
    kind = tables.Column(verbose_name=_("Kind"))
    publisher = tables.Column(
        verbose_name=_("Publisher"), accessor="publisher_name", order_by=("publisher__name", "publisher_name")
    )
    published_on = tables.Column(verbose_name=_("Published"), order_by=("year", "published_on"))
    results_count = tables.Column(verbose_name=_("Figures"), attrs={"th": {"class": "text-end"}})
    url = tables.Column(verbose_name=_("Original"), orderable=False)

    class Meta(PublicTable.Meta):
        model = Source
        fields = ()
        sequence = ("title", "kind", "publisher", "published_on", "results_count", "url")
        template_name = "operations/source_table.html"

    def participants_named(self, record):
        return [record.publisher]

"""The public tables. Each column that crosses a relation relies on the view's queryset
(`with_related()` / `with_listing()`), so no column runs a query per row."""

import copy
from urllib.parse import quote_plus

import django_tables2 as tables
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_tables2.templatetags.django_tables2 import table_page_range

from operations.models import Activity, Operation, Qualifier, Result, Source
from operations.models.numbers import written_number

from .catalogue import NamedParticipant
from .catalogue import current as current_catalogue
from .choices import escape_text


def names(participants):
    """'Austria, Kosovo*, Spain' from participants already in memory."""
    return ", ".join(participant.display_name for participant in participants)


def number(value):
    """'22 488', '1.5' ('1,5' in Serbian): a decimal as the sources write it (operations.models.numbers)."""
    return written_number(value)


def url_maker(view_name, argument):
    """A function of one argument giving `reverse(view_name, kwargs={argument: value})`, with the
    URL resolved once: reversing it for every link cost a millisecond a page. For slugs and ids,
    which reverse() leaves as they are."""
    marker = "987654321"
    prefix, suffix = reverse(view_name, kwargs={argument: marker}).split(marker)
    return lambda value: f"{prefix}{value}{suffix}"


class QueryLinks:
    """Links from a page to itself: its query string with some parameters set or removed, as
    `escape("?" + urlencode(parameters, doseq=True))` writes it, with each parameter encoded once
    per page rather than once per link (a results page writes about fifteen of them)."""

    def __init__(self, query):
        self.encoded = {name: self.encode(name, values) for name, values in query.lists()}

    @staticmethod
    def encode(name, values):
        # quote_plus leaves only letters, digits, "_.-~%+" and "=": "&" is the one character to escape.
        name = quote_plus(str(name))
        return "&amp;".join(f"{name}={quote_plus(str(value))}" for value in values)

    def link(self, updates, removals=()):
        encoded = dict(self.encoded)
        for name, value in updates.items():
            encoded[name] = self.encode(name, [value])
        for name in removals:
            encoded.pop(name, None)
        return mark_safe("?" + "&amp;".join(part for part in encoded.values() if part))


def value_cell(value, symbol):
    """'1.5 kg', '22 488', or 'not reported' for a figure named without a value."""
    if value is None:
        return format_html('<span class="text-body-secondary">{}</span>', _("not reported"))
    return f"{number(value)} {symbol}".strip()


class ColumnsCopiedShallowly(dict):
    """A table's declared columns, copied column by column for each table instead of deeply:
    django-tables2 deep-copies them for every table, which took about 0.15 ms of a results page
    (docs/performance.md). A table sets attributes on its own copies (the row being written, the
    accessor, visibility); nothing a column holds is changed in place."""

    def __deepcopy__(self, memo):
        return ColumnsCopiedShallowly((name, copy.copy(column)) for name, column in self.items())


class PublicTable(tables.Table):
    """A table with a caption, header scopes (in the template) and the footnotes of whoever it names."""

    caption = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.base_columns = ColumnsCopiedShallowly(cls.base_columns)

    class Meta:
        template_name = "includes/table.html"
        attrs = {"class": "table table-sm table-striped align-middle"}
        empty_text = _("Nothing matches these filters.")

    def participants_named(self, record):
        """The participants a row names; their footnotes are shown under the table."""
        return []

    # The header row and the page links, written here in one pass: through the template, with
    # django-tables2's querystring_replace for each link, they took about half the template time of a
    # results page under an instrumented template timer. The markup is the template's (includes/table.html).

    @cached_property
    def query_links(self):
        """Links to this page sorted or paged otherwise (what `{% querystring_replace %}` writes)."""
        return QueryLinks(self.request.GET)

    def header_cells(self):
        cells = []
        for column in self.columns:
            header = conditional_escape(column.header)
            aria_sort = ""
            if column.is_ordered:
                aria_sort = ' aria-sort="{}"'.format(
                    "descending" if column.order_by_alias.is_descending else "ascending"
                )
            content = header
            if column.orderable:
                link = self.query_links.link(
                    {self.prefixed_order_by_field: column.order_by_alias.next}, [self.prefixed_page_field]
                )
                title = gettext("Sort by %(column)s") % {"column": header}
                content = f'<a href="{link}" title="{title}">{header}</a>'
            cells.append(f'<th {column.attrs["th"].as_html()} scope="col"{aria_sort}>{content}</th>')
        return mark_safe("\n".join(cells))

    def page_items(self):
        page, page_field = self.page, self.prefixed_page_field
        items = []
        if page.has_previous():
            link = self.query_links.link({page_field: page.previous_page_number()})
            items.append(
                f'<li class="previous page-item"><a href="{link}" class="page-link">'
                f'<span aria-hidden="true">&laquo;</span> {escape(gettext("Previous"))}</a></li>'
            )
        for number in table_page_range(page, self.paginator):
            if number == "...":
                items.append('<li class="page-item disabled"><span class="page-link">…</span></li>')
                continue
            current = page.number == number
            active, aria_current = (" active", ' aria-current="page"') if current else ("", "")
            link = self.query_links.link({page_field: number})
            items.append(
                f'<li class="page-item{active}"><a class="page-link" href="{link}"{aria_current}>{number}</a></li>'
            )
        if page.has_next():
            link = self.query_links.link({page_field: page.next_page_number()})
            items.append(
                f'<li class="next page-item"><a href="{link}" class="page-link">{escape(gettext("Next"))} '
                '<span aria-hidden="true">&raquo;</span></a></li>'
            )
        return mark_safe("\n".join(items))

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
        return ", ".join(str(centre) for centre in record.coordination_centres.all())

    def render_leads(self, record):
        return names(participation.participant for participation in record.leading_participations)

    def render_crime_areas(self, record):
        return ", ".join(area.name for area in record.crime_areas.all())

    def participants_named(self, record):
        hosts = [centre.host_country for centre in record.coordination_centres.all()]
        return hosts + [participation.participant for participation in record.leading_participations]


class ResultTable(PublicTable):
    caption = _("Results: each figure as one source published it")

    operation = tables.Column(
        verbose_name=_("Operation"),
        accessor="operation__short_name",
        order_by=("operation__start_date", "operation__name"),
        linkify=lambda record: record.operation.get_absolute_url(),
    )
    metric = tables.Column(verbose_name=_("Metric"), order_by=("metric__position", "metric__name"))
    country = tables.Column(verbose_name=_("Country"), order_by=("country__name",), default="—")
    value = tables.Column(
        verbose_name=_("Value"),
        order_by=("value",),
        empty_values=(),
        attrs={"td": {"class": "text-end text-nowrap"}, "th": {"class": "text-end"}},
    )
    qualifier = tables.Column(verbose_name=_("Qualifier"))
    source = tables.Column(
        verbose_name=_("Source"),
        accessor="source__title",
        order_by=("source__title",),
        linkify=lambda record: record.source.get_absolute_url(),
    )
    quote = tables.Column(verbose_name=_("As published"), orderable=False)

    class Meta(PublicTable.Meta):
        model = Result
        fields = ()
        sequence = ("operation", "metric", "country", "value", "qualifier", "source", "quote")
        template_name = "operations/result_table.html"

    def render_value(self, record):
        return value_cell(record.value, record.metric.unit.symbol)

    def render_quote(self, value):
        return value if len(value) <= 160 else value[:157] + "…"

    # The view reads rows without their relations (Result.objects.for_table); the table names them
    # from the catalogue of the register (operations.public.catalogue), read once per revision.

    def __init__(self, *args, catalogue=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.catalogue = catalogue or current_catalogue()

    def footnoted_participants(self):
        participants = self.catalogue.choices("participants")
        named = {}
        for row in self.page.object_list if hasattr(self, "page") else ():
            country = row.record.country_id
            if country is not None and country not in named:
                named[country] = NamedParticipant(*participants.named(country)[2])
        return [participant for participant in named.values() if participant.footnote]

    def body_rows(self):
        """The page's rows as markup, the cells the columns above define, written here in one pass:
        django-tables2 resolves, renders and inspects the signature of every cell, which took
        12 ms of a page of 25 results (docs/performance.md)."""
        escape = escape_text
        register = self.catalogue
        operations, metrics = register.choices("operations"), register.choices("metrics")
        participants, sources = register.choices("participants"), register.choices("sources")
        symbols = register.unit_symbols()
        operation_url = url_maker("operations:detail", "slug")
        source_url = url_maker("operations:source_detail", "pk")
        qualifiers = {value: str(label) for value, label in Qualifier.choices}
        rows = []
        for index, row in enumerate(self.paginated_rows):
            record = row.record
            operation_slug, operation_name, _values = operations.named(record.operation_id)
            country = participants.named(record.country_id)[1] if record.country_id else "—"
            source = sources.named(record.source_id)[1]
            rows.append(
                f'<tr class="{"odd" if index % 2 else "even"}">'
                f'<td><a href="{escape(operation_url(operation_slug))}">{escape(operation_name)}</a></td>'
                f"<td>{escape(metrics.named(record.metric_id)[1])}</td>"
                f"<td>{escape(country)}</td>"
                f'<td class="text-end text-nowrap">{escape(value_cell(record.value, symbols[record.metric_id]))}</td>'
                f"<td>{escape(qualifiers.get(record.qualifier, record.qualifier))}</td>"
                f'<td><a href="{escape(source_url(record.source_id))}">{escape(source)}</a></td>'
                f"<td>{escape(self.render_quote(record.quote))}</td>"
                "</tr>"
            )
        if not rows:
            rows.append(f'<tr><td colspan="{len(self.columns)}">{escape(self.empty_text)}</td></tr>')
        return mark_safe("\n".join(rows))


class ActivityTable(PublicTable):
    caption = _("Capacity-building activities")

    title = tables.Column(verbose_name=_("Activity"), linkify=True)
    kind = tables.Column(verbose_name=_("Kind"))
    implementer = tables.Column(verbose_name=_("Implementer"), order_by=("implementer__name",))
    beneficiaries = tables.Column(verbose_name=_("Beneficiaries"), accessor="pk", orderable=False)
    period = tables.Column(
        verbose_name=_("Date"), accessor="start_date", order_by=("start_date", "end_date"), empty_values=()
    )
    place = tables.Column(verbose_name=_("Place"))
    value = tables.Column(
        verbose_name=_("Value"),
        order_by=("value",),
        attrs={"td": {"class": "text-end text-nowrap"}, "th": {"class": "text-end"}},
    )
    operation = tables.Column(
        verbose_name=_("Supported operation"),
        accessor="operation__short_name",
        order_by=("operation__start_date",),
        linkify=lambda record: record.operation.get_absolute_url() if record.operation_id else None,
    )

    class Meta(PublicTable.Meta):
        model = Activity
        fields = ()
        sequence = ("title", "kind", "implementer", "beneficiaries", "period", "place", "value", "operation")

    def render_beneficiaries(self, record):
        return names(record.beneficiary_countries.all())

    def render_period(self, record):
        return record.period_display

    def render_value(self, record):
        qualifier = "" if record.value_qualifier == "exact" else f"{record.get_value_qualifier_display()} "
        return f"{qualifier}{number(record.value)} {record.currency}".strip()

    def participants_named(self, record):
        return [record.implementer, *record.beneficiary_countries.all()]


class SourceTable(PublicTable):
    caption = _("Sources: the public documents every figure comes from")

    title = tables.Column(verbose_name=_("Title"), linkify=True)
    kind = tables.Column(verbose_name=_("Kind"))
    publisher = tables.Column(
        verbose_name=_("Publisher"), accessor="publisher_name", order_by=("publisher__name", "publisher_name")
    )
    published_on = tables.Column(verbose_name=_("Published"), order_by=("year", "published_on"), empty_values=())
    results_count = tables.Column(
        verbose_name=_("Figures"), attrs={"td": {"class": "text-end"}, "th": {"class": "text-end"}}
    )
    url = tables.Column(verbose_name=_("Original"), orderable=False)

    class Meta(PublicTable.Meta):
        model = Source
        fields = ()
        sequence = ("title", "kind", "publisher", "published_on", "results_count", "url")

    def render_publisher(self, record):
        return record.publisher_display or "—"

    def render_published_on(self, record):
        if record.published_on:
            return record.published_on.isoformat()
        return record.year or "—"

    def render_url(self, value):
        if not value.startswith(("https://", "http://")):
            return "—"
        return format_html('<a href="{}" rel="noopener">{}</a>', value, _("link"))

    def participants_named(self, record):
        return [record.publisher]

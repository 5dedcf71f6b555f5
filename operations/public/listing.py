"""The one way a public table page works: filter form, sortable paginated table, exports, footnotes."""

import hashlib
import re

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.http import quote_etag
from django.utils.translation import get_language
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin

from operations.spreadsheets.exports import FORMATS
from participants.footnotes import footnotes_for

from .cache import CachedPageMixin, register_revision
from .citing import table_facts
from .metadata import table_json_ld

EXPORT_PARAMETER = "_export"
SORT_ALIAS = re.compile(r"-?[a-z_]{1,40}\Z")
PER_PAGE_CHOICES = (10, 25, 50, 100)


def positive_int(text, default):
    try:
        value = int(text)
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


class CountedPaginator(Paginator):
    """A paginator that can be told how many rows there are, when the view knows a cheaper way to
    count them than the table's queryset."""

    def __init__(self, object_list, per_page, count=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        if count is not None:
            self.count = count


class PublicTableView(CachedPageMixin, SingleTableMixin, FilterView):
    """A django-tables2 table behind a django-filter form, with CSV and XLSX of all matching rows.

    Bad input never errors: an invalid filter is shown on the form and ignored (strict = False),
    an unknown sort column is ignored, a page out of range shows the last page, and a page size
    outside PER_PAGE_CHOICES falls back to the default.

    A page rendered for an anonymous visitor is kept in the shared cache until the register
    changes (operations.public.cache); exports never are.
    """

    strict = False
    table_pagination = {"per_page": 25}
    export_class = None
    template_name = "includes/table_page.html"
    page_title = ""
    intro = ""

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get(EXPORT_PARAMETER)
        if export_format in FORMATS:
            return self.export(export_format)
        return super().get(request, *args, **kwargs)

    def page_key(self, request):
        return None if request.GET.get(EXPORT_PARAMETER) in FORMATS else super().page_key(request)

    def get_filterset_kwargs(self, filterset_class):
        return {**super().get_filterset_kwargs(filterset_class), "revision": register_revision(self.request)}

    def export(self, export_format):
        filterset = self.get_filterset(self.get_filterset_class())
        table = self.get_table_class()(data=filterset.qs, **self.get_table_kwargs())
        self.order_table(table)
        summary = filterset.summary()
        facts = table_facts(self.request, self.page_title, summary, without=[EXPORT_PARAMETER])
        response = self.export_class().response(table.data.data, export_format, summary, facts)
        revision = register_revision(self.request)
        if revision is not None:
            # The file is the register's data at this revision, for this address and language; an XLSX
            # carries the time it was written, so hashing its bytes would change every second.
            version = f"{revision}:{get_language()}:{self.request.get_full_path()}"
            response["ETag"] = quote_etag(hashlib.sha256(version.encode()).hexdigest()[:32])
        return response

    def get_per_page(self):
        default = self.table_pagination["per_page"]
        per_page = positive_int(self.request.GET.get("per_page"), default)
        return per_page if per_page in PER_PAGE_CHOICES else default

    def order_table(self, table):
        """Apply ?sort= (unknown columns are dropped by django-tables2), then the primary key, so
        that pages and exports come in a stable order."""
        sort = [alias for alias in self.request.GET.getlist(table.prefixed_order_by_field) if SORT_ALIAS.match(alias)]
        if sort:
            table.order_by = sort
        queryset = table.data.data
        ordering = list(queryset.query.order_by or queryset.model._meta.ordering)
        if ordering[-1:] != ["pk"]:
            ordering.append("pk")
        table.data.data = queryset.order_by(*ordering)

    def get_table(self, **kwargs):
        table = self.get_table_class()(data=self.get_table_data(), **kwargs)
        table.request = self.request
        self.order_table(table)
        page = positive_int(self.request.GET.get(table.prefixed_page_field), 1)
        count = self.count_rows(table.data.data)
        try:
            table.paginate(paginator_class=CountedPaginator, per_page=self.get_per_page(), page=page, count=count)
        except (EmptyPage, PageNotAnInteger):
            table.page = table.paginator.page(table.paginator.num_pages)
        return table

    def count_rows(self, queryset):
        """How many rows match, where the view can count them more cheaply than `queryset.count()`;
        None lets the paginator count the queryset."""
        return None

    def export_link(self, table, export_format):
        """This page's address as a download: the same filters and sort, without the page."""
        query = self.request.GET.copy()
        query.pop(table.prefixed_page_field, None)
        query[EXPORT_PARAMETER] = export_format
        return f"?{query.urlencode()}"

    def get_footnotes(self, table):
        """Footnotes of every participant the page names: in the rows shown, and in the form's
        drop-downs."""
        return footnotes_for(table.footnoted_participants() + list(self.filterset.participants_in_choices()))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        table = context["table"]
        context.update(
            page_title=self.page_title,
            intro=self.intro,
            per_page=self.get_per_page(),
            per_page_choices=PER_PAGE_CHOICES,
            sort=self.request.GET.get(table.prefixed_order_by_field, ""),
            export_links=[(export_format, self.export_link(table, export_format)) for export_format in FORMATS],
            footnotes=self.get_footnotes(table),
            revision=register_revision(self.request),
            filter_field_seconds=settings.PUBLIC_DATA_CACHE_SECONDS,
            json_ld=table_json_ld(self.request, self.page_title, self.intro or self.page_title),
        )
        return context

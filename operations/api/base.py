"""What every endpoint of the API shares: read-only views over the register (`register`), the site's
FilterSets as the filter backend, cursor pagination, and JSON answers to bad input (throttling is
in `throttling`, which DRF's settings name)."""

from base64 import b64decode
from urllib.parse import parse_qs

from django.conf import settings
from django.core.exceptions import ValidationError as ModelValidationError
from django.http import HttpResponse
from django.utils.cache import set_response_etag
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.views import APIView

from operations.public.cache import cache_get, cache_set, page_key, register_revision

from .links import Links
from .register import register_for

CURSOR_TOKENS = {"o", "r", "p"}  # offset, reverse, position: what DRF's cursors carry
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100


class PublicFilterBackend(DjangoFilterBackend):
    """django-filter's backend with the site's FilterSets, bound to the register's revision as on
    the pages (their drop-down lists are read once per revision: operations.public.choices). An
    invalid value answers 400 with each field's error, where the page shows it on the form."""

    def get_filterset_kwargs(self, request, queryset, view):
        return {**super().get_filterset_kwargs(request, queryset, view), "revision": register_revision(request)}


class StableCursorPagination(CursorPagination):
    """Pages of `page_size` rows (25; at most 100) in the view's `cursor_ordering`, a unique key
    (an id or a slug), so that a cursor points between two rows and no row is seen twice or
    skipped while the register changes. A cursor that was not made here is a 404; a page size that
    is not a whole number from 1 is a 400 (one above the maximum gets the maximum)."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    cursor_query_description = "Carried by a page's `next` and `previous` addresses; never made by hand."
    page_size_query_description = (
        f"Rows per page, 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}; more gets {MAX_PAGE_SIZE})."
    )

    def paginate_queryset(self, queryset, request, view=None):
        self.model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    def get_ordering(self, request, queryset, view):
        return (view.cursor_ordering,)

    def get_page_size(self, request):
        text = request.query_params.get(self.page_size_query_param)
        if text is None:
            return self.page_size
        try:
            size = int(text)
        except ValueError:
            size = 0
        if size < 1:
            raise ValidationError(
                {self.page_size_query_param: [_("A whole number from 1 to %(max)d.") % {"max": self.max_page_size}]}
            )
        return min(size, self.max_page_size)

    def decode_cursor(self, request):
        """DRF's decoding, and the position checked against the ordering's field: a tampered
        position ("p=abc" for an id) would otherwise reach the database."""
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is not None:
            # Strictly: DRF's decoding skips what is not base64 and reads "%%%" as the first page.
            try:
                tokens = parse_qs(b64decode(encoded.encode("ascii"), validate=True).decode("ascii"))
            except ValueError:  # binascii.Error and UnicodeError are ValueErrors
                raise NotFound(self.invalid_cursor_message) from None
            if not tokens or set(tokens) - CURSOR_TOKENS:
                raise NotFound(self.invalid_cursor_message)
        cursor = super().decode_cursor(request)
        if cursor is None or cursor.position is None:
            return cursor
        name = self.ordering[0].lstrip("-")
        field = self.model._meta.pk if name == "pk" else self.model._meta.get_field(name)
        position = cursor.position
        if "\x00" in position or (field.max_length is not None and len(position) > field.max_length):
            raise NotFound(self.invalid_cursor_message)
        try:
            field.run_validators(field.to_python(position))  # an id's validators include its range
        except ModelValidationError:
            raise NotFound(self.invalid_cursor_message) from None
        return cursor


def filter_parameters(**filters):
    """The OpenAPI description of a FilterSet's parameters, {name: (type, description)}: the
    drop-downs' keys are slugs and codes, which the FilterSets alone do not say."""
    return [
        OpenApiParameter(name, kind, OpenApiParameter.QUERY, description=description)
        for name, (kind, description) in filters.items()
    ]


TEXT = OpenApiTypes.STR
WORDS = (TEXT, "Words found in any of the record's texts, case-insensitive (at most 200 characters).")
YEAR = (OpenApiTypes.INT, "A year (1900–2200): the records whose period reaches into it.")


class RegisterViewSet(viewsets.ReadOnlyModelViewSet):
    """A list and a detail endpoint over one of the register's querysets (`register_for`).

    An answer is kept in the shared cache under the register's revision, the address and the
    language, like the site's pages (operations.public.cache): asked for again before the register
    changes, it is not read or rendered again. Throttling still counts every request. A subclass
    with more to say in its detail overrides `read_detail`."""

    filter_backends = [PublicFilterBackend]
    pagination_class = StableCursorPagination
    cursor_ordering = "pk"

    @property
    def register(self):
        return register_for(self.request)

    def list(self, request, *args, **kwargs):
        return self.kept(super().list, request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        return self.kept(self.read_detail, request, *args, **kwargs)

    def read_detail(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    def kept(self, read, request, *args, **kwargs):
        key = page_key(request)
        page = cache_get(key) if key else None
        if page is not None:
            content, content_type, etag = page
            response = HttpResponse(content, content_type=content_type)
            response["ETag"] = etag
            return response
        response = read(request, *args, **kwargs)
        if key and response.status_code == 200:
            response = self.finalize_response(request, response, *args, **kwargs).render()
            set_response_etag(response)
            page = (response.content, response["Content-Type"], response["ETag"])
            cache_set(key, page, settings.PUBLIC_PAGE_CACHE_SECONDS)
        return response

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["links"] = Links(self.request)
        return context


class NotFoundView(APIView):
    """Any other address under /api/ ending in a slash: a JSON 404, not the site's page."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        raise NotFound()

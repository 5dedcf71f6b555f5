"""The small representations the API nests wherever a record names another: a participant (with
its Kosovo* designation and footnote), an operation, an activity or a source as a reference with
its links, and the catalogue's metric, unit and qualifier. Names follow the request's language
(Accept-Language), as on the site; codes and slugs do not.

Their fields are declared for the schema (drf-spectacular) and written directly by
`to_representation`: a page of 25 statements nests about 200 of them, and DRF's field-by-field
path was half the time of the page rendered (docs/performance.md).
`tests/operations/api/test_representations.py` checks that both give the same."""

from decimal import Decimal

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


def plain_number(value):
    """A stored decimal as exact text without padding: '566', '1.5', '0.25'; None stays None."""
    if value is None:
        return None
    return format(Decimal(value).normalize(), "f")


@extend_schema_field(OpenApiTypes.URI)
class ApiField(serializers.Field):
    """The record's API detail address: `links.api(kind, key)` from the serializer's context."""

    def __init__(self, kind, key="slug", **kwargs):
        self.kind, self.key = kind, key
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, record):
        return self.context["links"].api(self.kind, getattr(record, self.key))


@extend_schema_field(OpenApiTypes.URI)
class PageField(ApiField):
    """The record's page on the site."""

    def to_representation(self, record):
        return self.context["links"].page(self.kind, getattr(record, self.key))


# Another record where one names it: its key, its name, what else its kind says of it, and its
# addresses in the API and on the site. Parameters: the links' `link_kind`, the `name_field` (read
# from the record's `name_attribute`, by default the same) and the `key_field` (read from
# `key_attribute`). `reference()` makes one for each kind that shows nothing else. (A comment, not a
# docstring: drf-spectacular would give a docstring as every reference's description in the schema.)
class Reference(serializers.Serializer):
    link_kind = name_field = name_attribute = None
    key_field = key_attribute = "slug"

    def details(self, record):
        """What this kind shows between the name and the links."""
        return {}

    def to_representation(self, record):
        links, key = self.context["links"], getattr(record, self.key_attribute)
        return {
            self.key_field: key,
            self.name_field: getattr(record, self.name_attribute or self.name_field),
            **self.details(record),
            "url": links.api(self.link_kind, key),
            "html_url": links.page(self.link_kind, key),
        }


def reference(class_name, link_kind, name_field, *, key_field="slug"):
    """The Reference to records of `link_kind` by their `name_field` and their `key_field`: "slug",
    or "id" (the primary key). `class_name` names it in the schema."""
    by_slug = key_field == "slug"
    key_attribute = "slug" if by_slug else "pk"
    namespace = {
        "__module__": __name__,
        key_field: serializers.SlugField() if by_slug else serializers.IntegerField(),
        name_field: serializers.CharField(),
        "url": ApiField(link_kind, key=key_attribute),
        "html_url": PageField(link_kind, key=key_attribute),
        "link_kind": link_kind,
        "name_field": name_field,
        "key_field": key_field,
        "key_attribute": key_attribute,
    }
    return serializers.SerializerMetaclass(class_name, (Reference,), namespace)


OperationReference = reference("OperationReference", "operation", "short_name")
ActivityReference = reference("ActivityReference", "activity", "title")
SourceReference = reference("SourceReference", "source", "title", key_field="id")


class ParticipantSummary(Reference):
    """A participant where another record names it. `display_name` is the name as it must be shown:
    with an asterisk where a designation footnote applies (Kosovo*), and `footnote` is that text."""

    link_kind, name_field, name_attribute = "participant", "name", "local_name"

    slug = serializers.CharField()
    name = serializers.CharField(source="local_name", help_text="In the request's language.")
    display_name = serializers.CharField(help_text="With an asterisk where `footnote` applies (Kosovo*).")
    kind = serializers.CharField()
    country_code = serializers.SerializerMethodField(help_text="ISO 3166-1 alpha-2; XK for Kosovo.")
    footnote = serializers.SerializerMethodField(help_text="The designation footnote shown with the name, if any.")
    url = ApiField("participant")
    html_url = PageField("participant")

    def get_country_code(self, participant) -> str | None:
        return participant.country.code or None

    def get_footnote(self, participant) -> str | None:
        return participant.footnote or None

    def details(self, participant):
        return {
            "display_name": participant.display_name,
            "kind": participant.kind,
            "country_code": participant.country.code or None,
            "footnote": participant.footnote or None,
        }


class MetricParent(serializers.Serializer):
    code = serializers.SlugField()
    name = serializers.CharField()


class MetricSummary(serializers.Serializer):
    """What was counted or measured; `parent` is the total this metric is a part of, in one of the
    total's breakdowns (arrests → arrests for firearms trafficking)."""

    code = serializers.SlugField()
    name = serializers.CharField()
    dimension = serializers.CharField()
    parent = MetricParent(allow_null=True)

    def to_representation(self, metric):
        parent = metric.parent
        return {
            "code": metric.code,
            "name": metric.name,
            "dimension": metric.dimension,
            "parent": None if parent is None else {"code": parent.code, "name": parent.name},
        }


class UnitSummary(serializers.Serializer):
    """The statement's own unit, as the source gave it (t or kg; EUR or USD, never converted)."""

    code = serializers.SlugField()
    name = serializers.CharField()
    symbol = serializers.CharField()
    dimension = serializers.CharField()
    currency = serializers.SerializerMethodField()

    def get_currency(self, unit) -> str | None:
        return unit.currency or None

    def to_representation(self, unit):
        return {
            "code": unit.code,
            "name": unit.name,
            "symbol": unit.symbol,
            "dimension": unit.dimension,
            "currency": unit.currency or None,
        }


class QualifierSummary(serializers.Serializer):
    """The source's word before the figure ("more than", "almost") and what it says of the true
    value: `exact`, `lower` (at or above), `upper` (at or below) or `approximate`."""

    code = serializers.SlugField()
    name = serializers.CharField()
    bound = serializers.CharField()

    def to_representation(self, qualifier):
        return {"code": qualifier.code, "name": qualifier.name, "bound": qualifier.bound}


class PeriodSerializer(serializers.Serializer):
    """When, as precisely as the sources say: each end with its precision (day, month, year; a month
    is given as its first day, a year as 1 January), or only a duration in days."""

    start = serializers.DateField(source="start_date", allow_null=True)
    start_precision = serializers.CharField()
    end = serializers.DateField(source="end_date", allow_null=True)
    end_precision = serializers.CharField()
    duration_days = serializers.IntegerField(allow_null=True)
    display = serializers.CharField(source="period_display", help_text="In the request's language.")

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

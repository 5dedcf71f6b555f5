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


class ParticipantSummary(serializers.Serializer):
    """A participant where another record names it. `display_name` is the name as it must be shown:
    with an asterisk where a designation footnote applies (Kosovo*), and `footnote` is that text."""

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

    def to_representation(self, participant):
        links = self.context["links"]
        return {
            "slug": participant.slug,
            "name": participant.local_name,
            "display_name": participant.display_name,
            "kind": participant.kind,
            "country_code": participant.country.code or None,
            "footnote": participant.footnote or None,
            "url": links.api("participant", participant.slug),
            "html_url": links.page("participant", participant.slug),
        }


class OperationReference(serializers.Serializer):
    slug = serializers.SlugField()
    short_name = serializers.CharField()
    url = ApiField("operation")
    html_url = PageField("operation")

    def to_representation(self, operation):
        links = self.context["links"]
        return {
            "slug": operation.slug,
            "short_name": operation.short_name,
            "url": links.api("operation", operation.slug),
            "html_url": links.page("operation", operation.slug),
        }


class ActivityReference(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    url = ApiField("activity")
    html_url = PageField("activity")

    def to_representation(self, activity):
        links = self.context["links"]
        return {
            "slug": activity.slug,
            "title": activity.title,
            "url": links.api("activity", activity.slug),
            "html_url": links.page("activity", activity.slug),
        }


class SourceReference(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = ApiField("source", key="pk")
    html_url = PageField("source", key="pk")

    def to_representation(self, source):
        links = self.context["links"]
        return {
            "id": source.pk,
            "title": source.title,
            "url": links.api("source", source.pk),
            "html_url": links.page("source", source.pk),
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

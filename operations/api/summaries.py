"""The small representations the API nests wherever a record names another: a participant (with
its Kosovo* designation and footnote), an operation, an activity or a source as a reference with
its links, and the catalogue's metric, unit and qualifier. Names follow the request's language
(Accept-Language), as on the site; codes and slugs do not."""

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


class OperationReference(serializers.Serializer):
    slug = serializers.SlugField()
    short_name = serializers.CharField()
    url = ApiField("operation")
    html_url = PageField("operation")


class ActivityReference(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    url = ApiField("activity")
    html_url = PageField("activity")


class SourceReference(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = ApiField("source", key="pk")
    html_url = PageField("source", key="pk")


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


class UnitSummary(serializers.Serializer):
    """The statement's own unit, as the source gave it (t or kg; EUR or USD, never converted)."""

    code = serializers.SlugField()
    name = serializers.CharField()
    symbol = serializers.CharField()
    dimension = serializers.CharField()
    currency = serializers.SerializerMethodField()

    def get_currency(self, unit) -> str | None:
        return unit.currency or None


class QualifierSummary(serializers.Serializer):
    """The source's word before the figure ("more than", "almost") and what it says of the true
    value: `exact`, `lower` (at or above), `upper` (at or below) or `approximate`."""

    code = serializers.SlugField()
    name = serializers.CharField()
    bound = serializers.CharField()


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

"""The register in and out of spreadsheets, with natural keys (slugs, codes, names, titles).

An export re-imports onto itself: unchanged rows are skipped, a corrected value updates its row
in place (with a history record), and nothing is duplicated. The publication status is never
imported; it moves only through the review workflow.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from operations.models import (
    Activity,
    CrimeArea,
    DatePrecision,
    Metric,
    Operation,
    Participation,
    Qualifier,
    Result,
    Role,
    Series,
    Source,
    Unit,
)
from participants.models import Institution
from participants.spreadsheets import participant_widget, participants_widget

from .lookups import ChoiceWidget, NaturalKeyManyWidget, NaturalKeyWidget
from .natural_keys import NaturalKeyResource


def operation_widget():
    return NaturalKeyWidget(
        Operation,
        keys=("short_name", "slug", "name"),
        noun=_("operation"),
        hint=_("give its short name (JAD SEE 2023) or slug"),
    )


def metric_widget():
    return NaturalKeyWidget(
        Metric, keys=("code",), noun=_("metric"), hint=_("give its code, as listed in the metrics catalogue")
    )


def source_widget():
    return NaturalKeyWidget(
        Source, keys=("title", "seed_file"), noun=_("source"), hint=_("give its title, or add the source first")
    )


def crime_area_keys():
    return ("name", "slug")


class ResultResource(NaturalKeyResource):
    """One row per statement. The key is operation, metric, country (blank for operation-wide),
    source and qualifier; value, quote and note are what a re-import corrects. Unit and the
    country's footnote are written on export for the reader and ignored on import."""

    operation = Field(attribute="operation", column_name="operation", widget=operation_widget())
    metric = Field(attribute="metric", column_name="metric", widget=metric_widget())
    country = Field(attribute="country", column_name="country", widget=participant_widget(_("country")))
    qualifier = Field(
        attribute="qualifier",
        column_name="qualifier",
        widget=ChoiceWidget(Qualifier, noun=_("qualifier"), default=Qualifier.EXACT),
    )
    source = Field(attribute="source", column_name="source", widget=source_widget())
    unit = Field(attribute="metric__unit__symbol", column_name="unit", readonly=True)
    country_footnote = Field(attribute="country__footnote", column_name="country_footnote", readonly=True)

    required_columns = ("value", "quote")
    example = {
        "operation": "JAD SEE 2024",
        "metric": "arrests",
        "country": "Serbia",
        "value": "1 204",
        "qualifier": "more than",
        "source": "Europol press release on JAD SEE 2024",
        "quote": "more than 1 204 arrests in Serbia",
    }
    column_notes = {
        "country": _("blank for a figure about the whole operation"),
        "value": _("blank when the source names the item without a figure, which is not zero"),
        "qualifier": _("the word the source puts before the figure"),
        "quote": _("the source's words, as published"),
    }

    class Meta:
        model = Result
        fields = (
            "operation",
            "metric",
            "country",
            "value",
            "unit",
            "qualifier",
            "source",
            "quote",
            "note",
            "country_footnote",
        )
        import_id_fields = ("operation", "metric", "country", "source", "qualifier")
        name = "Results (natural keys)"

    def with_related(self, queryset):
        return queryset.select_related("operation", "metric__unit", "country", "source")

    def import_instance(self, instance, row, **kwargs):
        stored_value = instance.value
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.pk and "value" not in errors and instance.value != stored_value and instance.operation.is_published:
            # Readers may have quoted a published figure: a correction needs its reason, in the admin.
            errors["value"] = ValidationError(
                _("This figure is published (%(stored)s); correct it on its page in the admin, with a reason.")
                % {"stored": stored_value}
            )
        if errors:
            raise ValidationError(errors)


class ParticipantListResource(NaturalKeyResource):
    """Who took part in which operation: one row per participant and operation, with roles and the
    sources that list it (both separated by semicolons)."""

    operation = Field(attribute="operation", column_name="operation", widget=operation_widget())
    participant = Field(attribute="participant", column_name="participant", widget=participant_widget())
    roles = Field(
        attribute="roles",
        column_name="roles",
        widget=NaturalKeyManyWidget(Role, keys=("name", "slug"), noun=_("role")),
    )
    sources = Field(
        attribute="sources",
        column_name="sources",
        widget=NaturalKeyManyWidget(Source, keys=("title", "seed_file"), noun=_("source")),
    )

    example = {
        "operation": "JAD SEE 2024",
        "participant": "Spain",
        "roles": "Coordinator of operational activities",
        "sources": "Europol press release on JAD SEE 2024",
    }

    class Meta:
        model = Participation
        fields = ("operation", "participant", "roles", "sources", "note")
        import_id_fields = ("operation", "participant")
        name = "Participations (natural keys)"

    def with_related(self, queryset):
        return queryset.select_related("operation", "participant").prefetch_related("roles", "sources")


class OperationResource(NaturalKeyResource):
    """Columns: slug (the key), short_name, name, series, edition, dates (2023-11-13) and their
    precision, crime areas (separated by semicolons), motto, description; status on export only."""

    series = Field(
        attribute="series",
        column_name="series",
        widget=NaturalKeyWidget(Series, keys=("short_name", "slug", "name"), noun=_("series")),
    )
    date_precision = Field(
        attribute="date_precision",
        column_name="date_precision",
        widget=ChoiceWidget(DatePrecision, noun=_("date precision"), default=DatePrecision.DAY),
    )
    crime_areas = Field(
        attribute="crime_areas",
        column_name="crime_areas",
        widget=NaturalKeyManyWidget(CrimeArea, keys=crime_area_keys(), noun=_("crime area")),
    )
    status = Field(attribute="status", column_name="status", readonly=True)

    required_columns = ("short_name", "name", "series", "edition")
    partial_dates = ("date_precision", ("start_date", "end_date"))
    example = {
        "slug": "jad-see-2024",
        "short_name": "JAD SEE 2024",
        "name": "EMPACT Joint Action Days South East Europe 2024",
        "series": "JAD SEE",
        "edition": "2024",
        "start_date": "December 2024",
        "end_date": "",
        "date_precision": "",
        "crime_areas": "Firearms trafficking; Migrant smuggling",
        "motto": "Uniting Forces Against Organised Crime",
    }

    class Meta:
        model = Operation
        fields = (
            "slug",
            "short_name",
            "name",
            "series",
            "edition",
            "start_date",
            "end_date",
            "date_precision",
            "crime_areas",
            "motto",
            "description",
            "status",
        )
        import_id_fields = ("slug",)
        widgets = {"start_date": {"partial": True}, "end_date": {"partial": True}}
        name = "Operations (by slug)"

    def with_related(self, queryset):
        return queryset.select_related("series").prefetch_related("crime_areas")


class SourceResource(NaturalKeyResource):
    """Columns: title (the key), kind, publisher (a participant) or publisher_name (anyone else),
    published_on, year, url, seed_file, note."""

    kind = Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Source.Kind, noun=_("kind of source")))
    publisher = Field(attribute="publisher", column_name="publisher", widget=participant_widget(_("publisher")))

    required_columns = ("kind",)
    example = {
        "title": "Europol press release on JAD SEE 2024",
        "kind": "press release",
        "publisher": "Europol",
        "published_on": "2024-12-16",
        "url": "https://www.europol.europa.eu/media-press/newsroom",
    }

    class Meta:
        model = Source
        fields = ("title", "kind", "publisher", "publisher_name", "published_on", "year", "url", "seed_file", "note")
        import_id_fields = ("title",)
        name = "Sources (by title)"

    def with_related(self, queryset):
        return queryset.select_related("publisher")


class MetricResource(NaturalKeyResource):
    """The catalogue. Columns: code (the key), name, parent (its code; parents before children in
    the file), unit (its code), crime_area, position, description."""

    parent = Field(attribute="parent", column_name="parent", widget=metric_widget())
    unit = Field(
        attribute="unit",
        column_name="unit",
        widget=NaturalKeyWidget(Unit, keys=("code", "name", "symbol"), noun=_("unit")),
    )
    crime_area = Field(
        attribute="crime_area",
        column_name="crime_area",
        widget=NaturalKeyWidget(CrimeArea, keys=crime_area_keys(), noun=_("crime area")),
    )

    required_columns = ("name", "unit")
    example = {
        "code": "arrests-migrant-smuggling",
        "name": "Migrant smuggling",
        "parent": "arrests",
        "unit": "arrests",
        "crime_area": "Migrant smuggling",
        "position": "3",
    }

    class Meta:
        model = Metric
        fields = ("code", "name", "parent", "unit", "crime_area", "position", "description")
        import_id_fields = ("code",)
        name = "Metrics (by code)"

    def with_related(self, queryset):
        return queryset.select_related("parent", "unit", "crime_area")


class ActivityResource(NaturalKeyResource):
    """Capacity building. Columns: slug (the key), title, kind, implementer, partners and
    beneficiaries (separated by semicolons), place, dates, value with its qualifier and currency,
    the supported operation, the source and its words."""

    kind = Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Activity.Kind, noun=_("kind of activity")))
    implementer = Field(attribute="implementer", column_name="implementer", widget=participant_widget(_("implementer")))
    partners = Field(
        attribute="partners",
        column_name="partners",
        widget=participants_widget(_("partner")),
    )
    beneficiary_countries = Field(
        attribute="beneficiary_countries",
        column_name="beneficiary_countries",
        widget=participants_widget(_("beneficiary country")),
    )
    beneficiary_institutions = Field(
        attribute="beneficiary_institutions",
        column_name="beneficiary_institutions",
        widget=NaturalKeyManyWidget(Institution, keys=("slug", "name"), noun=_("institution")),
    )
    date_precision = Field(
        attribute="date_precision",
        column_name="date_precision",
        widget=ChoiceWidget(DatePrecision, noun=_("date precision"), default=DatePrecision.DAY),
    )
    value_qualifier = Field(
        attribute="value_qualifier",
        column_name="value_qualifier",
        widget=ChoiceWidget(Qualifier, noun=_("qualifier"), default=Qualifier.EXACT),
    )
    operation = Field(attribute="operation", column_name="operation", widget=operation_widget())
    source = Field(attribute="source", column_name="source", widget=source_widget())

    required_columns = ("title", "kind", "implementer", "source")
    country_columns = ("beneficiary_countries",)
    partial_dates = ("date_precision", ("start_date", "end_date"))
    example = {
        "slug": "firearms-detection-training-skopje-2024",
        "title": "Firearms detection training",
        "kind": "training",
        "implementer": "SEESAC",
        "beneficiary_countries": "North Macedonia; Serbia",
        "place": "Skopje",
        "start_date": "2024-03-12",
        "end_date": "2024-03-14",
        "value": "15 000",
        "value_qualifier": "approximately",
        "currency": "EUR",
        "operation": "JAD SEE 2024",
        "source": "SEESAC annual report 2024",
        "quote": "a three-day firearms detection training in Skopje",
    }

    class Meta:
        model = Activity
        fields = (
            "slug",
            "title",
            "kind",
            "description",
            "implementer",
            "partners",
            "beneficiary_countries",
            "beneficiary_institutions",
            "place",
            "start_date",
            "end_date",
            "date_precision",
            "value",
            "value_qualifier",
            "currency",
            "operation",
            "source",
            "quote",
        )
        import_id_fields = ("slug",)
        widgets = {"start_date": {"partial": True}, "end_date": {"partial": True}}
        name = "Capacity-building activities (by slug)"

    def with_related(self, queryset):
        return queryset.select_related("implementer", "operation", "source").prefetch_related(
            "partners", "beneficiary_countries", "beneficiary_institutions"
        )

"""The register in and out of spreadsheets, with natural keys (slugs, codes, names, titles).

An export re-imports onto itself: unchanged rows are skipped, a corrected value updates its row
in place (with a history record), and nothing is duplicated. Each row carries its record's version
(`versions.py`): a file exported before someone else's save cannot undo it. The publication status
is never imported; it moves only through the review workflow.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from operations.models import Activity, CrimeArea, NameMapping, Operation, Participation, Result, Role, Series, Source
from operations.review.proposals import propose
from participants.models import Institution
from participants.spreadsheets import participant_widget, participants_widget

from .lookups import ChoiceWidget, NaturalKeyManyWidget, NaturalKeyWidget
from .natural_keys import STAGED_PROPOSED, STAGED_WAITING
from .references import (
    activity_kind_widget,
    activity_widget,
    crime_area_keys,
    metric_widget,
    operation_widget,
    precision_field,
    qualifier_widget,
    source_keys,
    source_widget,
    unit_widget,
)
from .versions import VersionedResource
from .widgets import WholeNumberWidget, YesNoWidget


class ResultResource(VersionedResource):
    """One row per statement. The key is the operation (or, for capacity building, the activity),
    metric, country (blank for operation-wide), source and qualifier; value, unit, quote, note and
    the editor's headline choice are what a re-import corrects. A blank unit is the metric's default
    unit. The country's footnote is written on export for the reader and ignored on import."""

    operation = Field(attribute="operation", column_name="operation", widget=operation_widget())
    activity = Field(attribute="activity", column_name="activity", widget=activity_widget())
    metric = Field(attribute="metric", column_name="metric", widget=metric_widget())
    country = Field(attribute="country", column_name="country", widget=participant_widget(_("country")))
    unit = Field(attribute="unit", column_name="unit", widget=unit_widget())
    qualifier = Field(attribute="qualifier", column_name="qualifier", widget=qualifier_widget())
    source = Field(attribute="source", column_name="source", widget=source_widget())
    is_headline = Field(attribute="is_headline", column_name="is_headline", widget=YesNoWidget())
    country_footnote = Field(attribute="country__footnote", column_name="country_footnote", readonly=True)

    required_columns = ("value", "quote")
    either_columns = (("operation", "activity"),)
    narrowing_keys = ("operation", "activity")
    example = {
        "operation": "JAD SEE 2024",
        "metric": "arrests",
        "country": "Serbia",
        "value": "1 204",
        "unit": "",
        "qualifier": "more than",
        "source": "Europol press release on JAD SEE 2024",
        "quote": "more than 1 204 arrests in Serbia",
        "is_headline": "no",
    }
    column_notes = {
        "operation": _("blank for a figure about a capacity-building activity (then give the activity)"),
        "activity": _("blank for a figure about an operation"),
        "country": _("blank for a figure about the whole operation; a country, jurisdiction or group otherwise"),
        "value": _("blank when the source names the item without a figure, which is not zero"),
        "unit": _("as the source states it, of the metric's dimension (t or kg; EUR or USD); blank: the metric's"),
        "qualifier": _("the word the source puts before the figure"),
        "quote": _("the source's words, as published"),
        "is_headline": _("yes to show this statement first for its figure, whatever the rule says"),
    }

    class Meta:
        model = Result
        fields = (
            "operation",
            "activity",
            "metric",
            "country",
            "value",
            "unit",
            "qualifier",
            "source",
            "quote",
            "note",
            "is_headline",
            "country_footnote",
            "version",
        )
        import_id_fields = ("operation", "activity", "metric", "country", "source", "qualifier")
        name = "Results (natural keys)"

    def with_related(self, queryset):
        return queryset.select_related("operation", "activity", "metric", "unit", "qualifier", "country", "source")

    def follows_from(self, errors):
        return {"unit"} if "metric" in errors else set()

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.unit_id is None and instance.metric_id is not None and "unit" not in errors:
            instance.unit = instance.metric.unit
        about_one = (instance.operation_id is None) != (instance.activity_id is None)
        if not errors.keys() & {"operation", "activity"} and not about_one:
            errors["operation"] = ValidationError(
                _("Give the operation or the activity the figure is about (one of the two).")
            )
        if errors:
            raise ValidationError(errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        """A statement of a published operation or activity is not saved: it waits for review as a
        proposal of the import (`operations.review.proposals`), the same one only once."""
        subject = instance.operation if instance.operation_id else instance.activity
        if not subject.is_published:
            super().save_instance(instance, is_create, row, **kwargs)
            return
        self._staged = STAGED_PROPOSED
        record = kwargs.get("import_record")
        if record is not None and not kwargs.get("dry_run"):
            stored = None if is_create else Result.objects.get(pk=instance.pk)
            if propose(record, self.sheet_row(kwargs.get("row_number")), instance, stored) is None:
                self._staged = STAGED_WAITING

    def before_import_row(self, row, **kwargs):
        super().before_import_row(row, **kwargs)
        self._staged = ""

    def after_import_row(self, row, row_result, **kwargs):
        super().after_import_row(row, row_result, **kwargs)
        # The preview and the import's counts tell proposals from what was saved.
        row_result.staged = self._staged


class ParticipantListResource(VersionedResource):
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
        widget=NaturalKeyManyWidget(Source, keys=source_keys(), noun=_("source"), mapping_kind=NameMapping.Kind.SOURCE),
    )

    example = {
        "operation": "JAD SEE 2024",
        "participant": "Spain",
        "roles": "Coordinator of operational activities",
        "sources": "Europol press release on JAD SEE 2024",
    }

    class Meta:
        model = Participation
        fields = ("operation", "participant", "roles", "sources", "note", "version")
        import_id_fields = ("operation", "participant")
        name = "Participations (natural keys)"

    def with_related(self, queryset):
        return queryset.select_related("operation", "participant").prefetch_related("roles", "sources")


class OperationResource(VersionedResource):
    """Columns: slug (the key), short_name, name, series (blank for one that stands alone), edition,
    the operation it is part of, whether it is an aggregate, dates (2023-11-13, "November 2023",
    "2023") each with its precision, a duration in days, crime areas (separated by semicolons),
    motto, description; status on export only."""

    series = Field(
        attribute="series",
        column_name="series",
        widget=NaturalKeyWidget(
            Series, keys=("short_name", "slug", "name"), noun=_("series"), mapping_kind=NameMapping.Kind.SERIES
        ),
    )
    part_of = Field(attribute="part_of", column_name="part_of", widget=operation_widget())
    is_aggregate = Field(attribute="is_aggregate", column_name="is_aggregate", widget=YesNoWidget())
    start_precision = precision_field("start_precision")
    end_precision = precision_field("end_precision")
    duration_days = Field(attribute="duration_days", column_name="duration_days", widget=WholeNumberWidget(minimum=1))
    crime_areas = Field(
        attribute="crime_areas",
        column_name="crime_areas",
        widget=NaturalKeyManyWidget(CrimeArea, keys=crime_area_keys(), noun=_("crime area")),
    )
    status = Field(attribute="status", column_name="status", readonly=True)

    required_columns = ("short_name", "name")
    partial_dates = (("start_precision", "start_date"), ("end_precision", "end_date"))
    example = {
        "slug": "jad-see-2024",
        "short_name": "JAD SEE 2024",
        "name": "EMPACT Joint Action Days South East Europe 2024",
        "series": "JAD SEE",
        "edition": "2024",
        "start_date": "December 2024",
        "end_date": "",
        "start_precision": "",
        "end_precision": "",
        "crime_areas": "Firearms trafficking; Migrant smuggling",
        "motto": "Uniting Forces Against Organised Crime",
    }
    column_notes = {
        "series": _("blank for an operation that is not an edition of a series"),
        "part_of": _("the larger operation it belongs to, if any"),
        "is_aggregate": _("yes when it reports over many operations; its figures are not added to its parts'"),
        "duration_days": _('when the sources give a length rather than dates ("a three-day action")'),
    }

    class Meta:
        model = Operation
        fields = (
            "slug",
            "short_name",
            "name",
            "series",
            "edition",
            "part_of",
            "is_aggregate",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "duration_days",
            "crime_areas",
            "motto",
            "description",
            "status",
            "version",
        )
        import_id_fields = ("slug",)
        widgets = {"start_date": {"partial": True}, "end_date": {"partial": True}}
        name = "Operations (by slug)"

    def with_related(self, queryset):
        return queryset.select_related("series", "part_of").prefetch_related("crime_areas")


class SourceResource(VersionedResource):
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
        fields = (
            "title",
            "kind",
            "publisher",
            "publisher_name",
            "published_on",
            "year",
            "url",
            "seed_file",
            "note",
            "version",
        )
        import_id_fields = ("title",)
        name = "Sources (by title)"

    def with_related(self, queryset):
        return queryset.select_related("publisher")


class ActivityResource(VersionedResource):
    """Capacity building. Columns: slug (the key), title, kind, implementer, partners and
    beneficiaries (separated by semicolons), place, dates each with its precision, a duration in
    days, the supported operation, the source and its words; status on export only. Its figures
    (people trained, money in its own currency) are imported as results with an activity."""

    kind = Field(attribute="kind", column_name="kind", widget=activity_kind_widget())
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
    start_precision = precision_field("start_precision")
    end_precision = precision_field("end_precision")
    duration_days = Field(attribute="duration_days", column_name="duration_days", widget=WholeNumberWidget(minimum=1))
    operation = Field(attribute="operation", column_name="operation", widget=operation_widget())
    source = Field(attribute="source", column_name="source", widget=source_widget())
    status = Field(attribute="status", column_name="status", readonly=True)

    required_columns = ("title", "kind", "implementer", "source")
    country_columns = ("beneficiary_countries",)
    partial_dates = (("start_precision", "start_date"), ("end_precision", "end_date"))
    example = {
        "slug": "firearms-detection-training-skopje-2024",
        "title": "Firearms detection training",
        "kind": "training",
        "implementer": "SEESAC",
        "beneficiary_countries": "North Macedonia; Serbia",
        "place": "Skopje",
        "start_date": "2024-03-12",
        "end_date": "2024-03-14",
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
            "start_precision",
            "end_date",
            "end_precision",
            "duration_days",
            "operation",
            "source",
            "quote",
            "status",
            "version",
        )
        import_id_fields = ("slug",)
        widgets = {"start_date": {"partial": True}, "end_date": {"partial": True}}
        name = "Capacity-building activities (by slug)"

    def with_related(self, queryset):
        return queryset.select_related("kind", "implementer", "operation", "source").prefetch_related(
            "partners", "beneficiary_countries", "beneficiary_institutions"
        )

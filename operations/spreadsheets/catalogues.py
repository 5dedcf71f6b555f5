"""The catalogues and coordination centres in and out of spreadsheets, keyed as people name them:
a series by its short name, a crime area or role by its name, a unit, qualifier, kind of activity
or metric by its code, a coordination centre by its operation and city. A blank slug keeps the
stored one, or is made from the name."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export.fields import Field
from import_export.widgets import CharWidget

from operations.models import (
    ActivityKind,
    Breakdown,
    CoordinationCentre,
    CrimeArea,
    Dimension,
    Metric,
    Qualifier,
    Role,
    Series,
    Unit,
)
from participants.spreadsheets import participant_widget

from .lookups import ChoiceWidget, NaturalKeyWidget
from .natural_keys import NaturalKeyResource
from .references import crime_area_keys, metric_widget, operation_widget, unit_widget
from .versions import VersionedResource


def english_name():
    """The `name` column: the English name (the other languages have columns of their own)."""
    return Field(attribute="name_en", column_name="name")


def regional_name(column):
    """A regional name's column (`name_mk`); a blank cell is "none given" (NULL), so that blank
    names never clash with each other under the catalogue's unique names."""
    return Field(attribute=column, column_name=column, widget=CharWidget(allow_blank=False))


class SeriesResource(NaturalKeyResource):
    """Columns: short_name (the key), name, slug, description."""

    name = english_name()

    required_columns = ("name",)
    slug_from = "short_name"
    example = {"short_name": "JAD Danube", "name": "EMPACT Joint Action Days Danube"}

    class Meta:
        model = Series
        fields = ("short_name", "name", "slug", "description")
        import_id_fields = ("short_name",)
        name = "Series (by short name)"


class CrimeAreaResource(NaturalKeyResource):
    """Columns: name (the key), slug."""

    slug_from = "name"
    example = {"name": "Document fraud"}

    class Meta:
        model = CrimeArea
        fields = ("name", "slug")
        import_id_fields = ("name",)
        name = "Crime areas (by name)"


class RoleResource(NaturalKeyResource):
    """Columns: name (the key), slug, is_leading (yes or no)."""

    slug_from = "name"
    example = {"name": "Deployer of experts", "is_leading": "no"}
    column_notes = {"is_leading": _("yes for a role that makes the participant a lead of the operation")}

    class Meta:
        model = Role
        fields = ("name", "slug", "is_leading")
        import_id_fields = ("name",)
        name = "Roles (by name)"


class UnitResource(NaturalKeyResource):
    """Columns: code (the key), name, symbol, dimension, factor (how many of the dimension's base
    unit one is: 1000 for tonnes of kg; blank for money), currency (only for money)."""

    name = english_name()

    dimension = Field(
        attribute="dimension", column_name="dimension", widget=ChoiceWidget(Dimension, noun=_("dimension"))
    )

    required_columns = ("name", "dimension")
    example = {"code": "t", "name": "tonnes", "symbol": "t", "dimension": "mass", "factor": "1000"}
    column_notes = {
        "factor": _("how many base units (kg, litres, days, 1 for counts) one of it is; blank for money"),
        "currency": _("the ISO 4217 code (EUR, USD) for money, blank otherwise"),
    }

    class Meta:
        model = Unit
        fields = ("code", "name", "symbol", "dimension", "factor", "currency")
        import_id_fields = ("code",)
        name = "Units (by code)"


class QualifierResource(NaturalKeyResource):
    """Columns: code (the key), name (English), name_sr_latn, name_mk, name_sq (regional), bound,
    inclusive, reach (in percent), aliases (separated by semicolons), position."""

    name = english_name()
    name_sr_latn = regional_name("name_sr_latn")
    name_mk = regional_name("name_mk")
    name_sq = regional_name("name_sq")

    bound = Field(attribute="bound", column_name="bound", widget=ChoiceWidget(Qualifier.Bound, noun=_("bound")))

    required_columns = ("name", "bound")
    example = {"code": "roughly", "name": "roughly", "name_sr_latn": "otprilike", "bound": "approximate", "reach": "10"}

    class Meta:
        model = Qualifier
        fields = (
            "code",
            "name",
            "name_sr_latn",
            "name_mk",
            "name_sq",
            "bound",
            "inclusive",
            "reach",
            "aliases",
            "position",
        )
        import_id_fields = ("code",)
        name = "Qualifiers (by code)"


class ActivityKindResource(NaturalKeyResource):
    """Columns: code (the key), name (English), name_sr_latn, name_mk, name_sq (regional), position."""

    name = english_name()
    name_sr_latn = regional_name("name_sr_latn")
    name_mk = regional_name("name_mk")
    name_sq = regional_name("name_sq")

    required_columns = ("name",)
    example = {"code": "study-visit", "name": "Study visit", "name_sr_latn": "Studijska poseta"}

    class Meta:
        model = ActivityKind
        fields = ("code", "name", "name_sr_latn", "name_mk", "name_sq", "position")
        import_id_fields = ("code",)
        name = "Kinds of activity (by code)"


class MetricResource(NaturalKeyResource):
    """The catalogue. Columns: code (the key), name, dimension, parent (its code; parents before
    children in the file) and the breakdown of the parent it belongs to (along which dimension, and
    whether exhaustive or partial), default unit (its code), crime_area, position, description."""

    dimension = Field(
        attribute="dimension", column_name="dimension", widget=ChoiceWidget(Dimension, noun=_("dimension"))
    )
    parent = Field(attribute="parent", column_name="parent", widget=metric_widget())
    breakdown_along = Field(
        attribute="breakdown__along",
        column_name="breakdown_along",
        widget=ChoiceWidget(Breakdown.Along, noun=_("breakdown dimension"), default=Breakdown.Along.TYPE),
    )
    breakdown_kind = Field(
        attribute="breakdown__kind",
        column_name="breakdown_kind",
        widget=ChoiceWidget(Breakdown.Kind, noun=_("kind of breakdown"), default=Breakdown.Kind.EXHAUSTIVE),
    )
    unit = Field(attribute="unit", column_name="unit", widget=unit_widget())
    name = english_name()
    crime_area = Field(
        attribute="crime_area",
        column_name="crime_area",
        widget=NaturalKeyWidget(CrimeArea, keys=crime_area_keys(), noun=_("crime area")),
    )

    required_columns = ("name", "dimension", "unit")
    example = {
        "code": "arrests-migrant-smuggling",
        "name": "Migrant smuggling",
        "dimension": "count",
        "parent": "arrests",
        "breakdown_along": "by crime area",
        "breakdown_kind": "exhaustive",
        "unit": "arrests",
        "crime_area": "Migrant smuggling",
        "position": "3",
    }
    column_notes = {
        "breakdown_along": _("for a part: the dimension its total is broken down along"),
        "breakdown_kind": _('for a part: exhaustive (the parts should add up) or partial ("including")'),
    }

    class Meta:
        model = Metric
        fields = (
            "code",
            "name",
            "dimension",
            "parent",
            "breakdown_along",
            "breakdown_kind",
            "unit",
            "crime_area",
            "position",
            "description",
        )
        import_id_fields = ("code",)
        name = "Metrics (by code)"

    def with_related(self, queryset):
        return queryset.select_related("parent", "breakdown", "unit", "crime_area")

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        # The breakdown is found (or made) from the parent and the two breakdown columns, below.
        if field.column_name not in ("breakdown_along", "breakdown_kind"):
            super().import_field(field, instance, row, is_m2m, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        instance.breakdown = None
        if instance.parent_id is not None and not errors.keys() & {"parent", "breakdown_along", "breakdown_kind"}:
            try:
                along = self.fields["breakdown_along"].clean(row)
                kind = self.fields["breakdown_kind"].clean(row)
            except ValueError as error:
                errors["breakdown_along"] = ValidationError(str(error))
            else:
                breakdown, _created = Breakdown.objects.get_or_create(
                    total=instance.parent, along=along, defaults={"kind": kind}
                )
                if breakdown.kind != kind:
                    breakdown.kind = kind
                    breakdown.save()
                instance.breakdown = breakdown
        if errors:
            raise ValidationError(errors)


class CoordinationCentreResource(VersionedResource):
    """Columns: operation and city (the key), host_country, note; the host's footnote on export."""

    operation = Field(attribute="operation", column_name="operation", widget=operation_widget())
    host_country = Field(
        attribute="host_country", column_name="host_country", widget=participant_widget(_("host country"))
    )
    host_footnote = Field(attribute="host_country__footnote", column_name="host_footnote", readonly=True)

    required_columns = ("host_country",)
    country_columns = ("host_country",)
    example = {"operation": "JAD SEE 2024", "city": "Sarajevo", "host_country": "Bosnia and Herzegovina"}

    class Meta:
        model = CoordinationCentre
        fields = ("operation", "city", "host_country", "note", "host_footnote", "version")
        import_id_fields = ("operation", "city")
        name = "Coordination centres (by operation and city)"

    def with_related(self, queryset):
        return queryset.select_related("operation", "host_country")

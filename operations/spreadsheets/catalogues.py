"""The catalogues and coordination centres in and out of spreadsheets, keyed as people name them:
a series by its short name, a crime area or role by its name, a unit by its code, a coordination
centre by its operation and city. A blank slug keeps the stored one, or is made from the name."""

from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from operations.models import CoordinationCentre, CrimeArea, Role, Series, Unit
from participants.spreadsheets import participant_widget

from .lookups import ChoiceWidget
from .natural_keys import NaturalKeyResource
from .resources import operation_widget


class SeriesResource(NaturalKeyResource):
    """Columns: short_name (the key), name, slug, description."""

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
    """Columns: code (the key), name, symbol, kind, currency (only for money)."""

    kind = Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Unit.Kind, noun=_("kind of unit")))

    required_columns = ("name", "kind")
    example = {"code": "doses", "name": "doses", "kind": "count"}
    column_notes = {"currency": _("the ISO 4217 code (EUR, USD) for money, blank otherwise")}

    class Meta:
        model = Unit
        fields = ("code", "name", "symbol", "kind", "currency")
        import_id_fields = ("code",)
        name = "Units (by code)"


class CoordinationCentreResource(NaturalKeyResource):
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
        fields = ("operation", "city", "host_country", "note", "host_footnote")
        import_id_fields = ("operation", "city")
        name = "Coordination centres (by operation and city)"

    def with_related(self, queryset):
        return queryset.select_related("operation", "host_country")

"""The cells that name a record of the register or of its catalogues, as every resource reads them:
an operation by its short name or slug, a metric by its code, a unit by its code or symbol, a
qualifier by its code or any of its words (blank is exact), a source by its title, a date's
precision by its code or label."""

from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from operations.models import (
    Activity,
    ActivityKind,
    DatePrecision,
    Metric,
    NameMapping,
    Operation,
    Qualifier,
    Source,
    Unit,
)
from operations.models.languages import columns

from .lookups import ChoiceWidget, NaturalKeyWidget


def operation_widget():
    return NaturalKeyWidget(
        Operation,
        keys=("short_name", "slug", "name"),
        noun=_("operation"),
        hint=_("give its short name (JAD SEE 2023) or slug"),
    )


def metric_widget():
    return NaturalKeyWidget(
        Metric,
        keys=("code",),
        noun=_("metric"),
        hint=_("give its code, as listed in the metrics catalogue"),
        mapping_kind=NameMapping.Kind.METRIC,
    )


def activity_widget():
    return NaturalKeyWidget(
        Activity, keys=("slug", "title"), noun=_("activity"), hint=_("give its slug or title, or add it first")
    )


def activity_kind_widget():
    return NaturalKeyWidget(
        ActivityKind,
        keys=("code", *columns("name")),
        noun=_("kind of activity"),
        hint=_("add it to the kinds of activity first"),
        describe=lambda kind: [getattr(kind, column) for column in columns("name")],
        mapping_kind=NameMapping.Kind.ACTIVITY_KIND,
    )


def unit_widget():
    return NaturalKeyWidget(
        Unit,
        keys=("code", "symbol", *columns("name")),
        noun=_("unit"),
        hint=_("give its code, such as kg, or add it to the units first"),
        describe=lambda unit: [unit.name_en, unit.symbol],
        mapping_kind=NameMapping.Kind.UNIT,
    )


def qualifier_widget():
    """A qualifier by its code, its English or regional word, or another spelling; blank is exact."""
    return NaturalKeyWidget(
        Qualifier,
        keys=("code", Qualifier.spellings),
        noun=_("qualifier"),
        hint=_("add it to the qualifiers first, saying what it means"),
        default=Qualifier.EXACT,
        describe=Qualifier.spellings,
        mapping_kind=NameMapping.Kind.QUALIFIER,
    )


def precision_field(name):
    return Field(
        attribute=name,
        column_name=name,
        widget=ChoiceWidget(DatePrecision, noun=_("date precision"), default=DatePrecision.DAY),
    )


def source_keys():
    return ("title", "seed_file")


def source_widget():
    return NaturalKeyWidget(
        Source,
        keys=source_keys(),
        noun=_("source"),
        hint=_("give its title, or add the source first"),
        mapping_kind=NameMapping.Kind.SOURCE,
    )


def crime_area_keys():
    return ("name", "slug")

"""The catalogue figures are written against: units in dimensions, metrics, and the breakdowns that
divide a total into its parts."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .languages import EnglishColumnMixin


class Dimension(models.TextChoices):
    """What a figure is a quantity of. Units of one dimension convert into each other (tonnes into
    kilograms), except money: a currency is never converted into another."""

    COUNT = "count", _("Count")
    MASS = "mass", _("Mass")
    VOLUME = "volume", _("Volume")
    MONEY = "money", _("Money")
    DURATION = "duration", _("Duration")
    PERCENT = "percent", _("Percent")


class Unit(EnglishColumnMixin, models.Model):
    """What a statement counts or measures, in one dimension: persons, vehicles (counts), t, kg, g
    (mass), days (duration), percent, or money in one currency.

    `factor` says how many of its dimension's base unit one of it is (kg for mass, litres for
    volume, days for duration, one for counts and percent): t is 1000, g is 0.001. Money has no
    factor: EUR and USD are kept as stated and never converted."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=80, unique=True)
    symbol = models.CharField(_("symbol"), max_length=20, blank=True, help_text=_("Shown after values: kg, %, EUR."))
    dimension = models.CharField(_("dimension"), max_length=10, choices=Dimension.choices)
    factor = models.DecimalField(
        _("in base units"),
        max_digits=24,
        decimal_places=12,
        null=True,
        blank=True,
        help_text=_(
            "How many of the dimension's base unit one of this is (kg, litres, days; 1 for counts and "
            "percent): 1000 for tonnes, 0.001 for grams. Empty for money, which is never converted."
        ),
    )
    currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO 4217 code, only for money (EUR, USD).")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.CheckConstraint(
                condition=(Q(dimension="money") & ~Q(currency="")) | (~Q(dimension="money") & Q(currency="")),
                name="unit_currency_iff_money",
                violation_error_message=_("Money needs a currency; other units have none."),
            ),
            models.CheckConstraint(
                # factor__isnull=False spelled out: a CHECK whose condition is NULL passes.
                condition=(Q(dimension="money") & Q(factor__isnull=True))
                | (~Q(dimension="money") & Q(factor__isnull=False, factor__gt=0)),
                name="unit_factor_unless_money",
                violation_error_message=_(
                    "Give how many base units one of this is (above 0); money has none, it is never converted."
                ),
            ),
        ]

    def __str__(self):
        return self.name

    def converts_to(self, other):
        """Whether a figure in this unit can be compared with one in `other`: the same unit, or
        the same dimension other than money."""
        if self.pk == other.pk:
            return True
        return self.dimension == other.dimension and self.dimension != Dimension.MONEY

    def in_base(self, value):
        """`value` of this unit in its dimension's base unit (2 t → 2000 kg)."""
        return value if self.factor is None else value * self.factor


class MetricQuerySet(models.QuerySet):
    def roots(self):
        return self.filter(parent__isnull=True)

    def ids_with_breakdown(self, metric):
        """The metric's id and those of its whole breakdown, in one query whatever the depth
        (the same ids as `metric.descendant_ids()`, which asks once per level)."""
        return breakdown_ids(metric.pk, self.children_by_parent())

    def in_tree_order(self):
        """The metrics depth first, as the catalogue reads: each metric followed by its breakdown,
        siblings by position and name (Arrests, then Arrests – Drug trafficking, ...)."""
        metrics = list(self.order_by("position", "name"))
        children = {}
        for metric in metrics:
            children.setdefault(metric.parent_id, []).append(metric)
        ordered, stack = [], list(reversed(children.get(None, [])))
        while stack:
            metric = stack.pop()
            ordered.append(metric)
            stack.extend(reversed(children.get(metric.pk, [])))
        return ordered

    def children_by_parent(self):
        """{parent id: [child ids]}, in catalogue order."""
        children = {}
        for pk, parent_id in self.filter(parent__isnull=False).values_list("pk", "parent_id"):
            children.setdefault(parent_id, []).append(pk)
        return children


def breakdown_ids(metric_id, children):
    """The metric's id, then its breakdown's level by level, from {parent id: [child ids]}."""
    ids, frontier = [metric_id], [metric_id]
    while frontier:
        frontier = [child for parent in frontier for child in children.get(parent, ())]
        ids.extend(frontier)
    return ids


class Breakdown(models.Model):
    """One way a total divides into parts: along one dimension (arrests by crime area, drugs by
    substance, operations by phase), either all of it, so that the parts should add up to the total
    (exhaustive), or some of it, "including" (partial), where they need not. A total may have
    several breakdowns; each is checked on its own."""

    class Kind(models.TextChoices):
        EXHAUSTIVE = "exhaustive", _("Exhaustive: the parts should add up to the total")
        PARTIAL = "partial", _('Partial ("including"): the parts need not add up')

    class Along(models.TextChoices):
        TYPE = "type", _("by type")
        CRIME_AREA = "crime_area", _("by crime area")
        SUBSTANCE = "substance", _("by substance")
        PLATFORM = "platform", _("by platform")
        PHASE = "phase", _("by phase")
        COUNTRY = "country", _("by country")
        NATIONALITY = "nationality", _("by nationality")
        FUNDING = "funding", _("by donor or funding")
        OTHER = "other", _("other")

    total = models.ForeignKey(
        "operations.Metric", verbose_name=_("total"), on_delete=models.CASCADE, related_name="breakdowns"
    )
    along = models.CharField(_("along"), max_length=20, choices=Along.choices, default=Along.TYPE)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.EXHAUSTIVE)

    class Meta:
        ordering = ["total", "along"]
        verbose_name = _("breakdown")
        verbose_name_plural = _("breakdowns")
        constraints = [
            models.UniqueConstraint(
                fields=["total", "along"],
                name="breakdown_one_per_total_and_dimension",
                violation_error_message=_("This total already has a breakdown along this dimension."),
            ),
        ]

    def __str__(self):
        return f"{self.total.name} {self.get_along_display()} ({self.get_kind_display().split(':')[0].lower()})"

    @property
    def is_exhaustive(self):
        return self.kind == self.Kind.EXHAUSTIVE


class Metric(EnglishColumnMixin, models.Model):
    """A kind of figure in the catalogue, a quantity of one dimension. A metric may be a part of a
    total (`parent`), in one of the total's breakdowns (`breakdown`: entities checked → persons,
    vehicles, postal packages, premises, by type, exhaustive)."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    dimension = models.CharField(_("dimension"), max_length=10, choices=Dimension.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        related_name="children",
        null=True,
        blank=True,
    )
    breakdown = models.ForeignKey(
        Breakdown,
        verbose_name=_("in the breakdown"),
        on_delete=models.PROTECT,
        related_name="parts",
        null=True,
        blank=True,
        help_text=_("Which breakdown of its total it is a part of: it says whether the parts should add up."),
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("default unit"),
        on_delete=models.PROTECT,
        related_name="metrics",
        help_text=_("The unit of a statement that gives none; every statement may give its own, of this dimension."),
    )
    crime_area = models.ForeignKey(
        "operations.CrimeArea",
        verbose_name=_("crime area"),
        on_delete=models.PROTECT,
        related_name="metrics",
        null=True,
        blank=True,
        help_text=_("For a breakdown by crime area, such as arrests for migrant smuggling."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Order among its siblings."))
    description = models.TextField(_("description"), blank=True)

    objects = MetricQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("metric")
        verbose_name_plural = _("metrics")
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="metric_unique_name_per_parent"),
            models.UniqueConstraint(fields=["name"], condition=Q(parent__isnull=True), name="metric_unique_root_name"),
            models.CheckConstraint(condition=~Q(parent=models.F("pk")), name="metric_not_its_own_parent"),
            models.CheckConstraint(
                condition=Q(parent__isnull=True, breakdown__isnull=True)
                | Q(parent__isnull=False, breakdown__isnull=False),
                name="metric_part_has_breakdown",
                violation_error_message=_(
                    "A part names the breakdown of its total it belongs to, and only a part does."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.parent.name} – {self.name}" if self.parent_id else self.name

    def save(self, *args, **kwargs):
        # A metric whose dimension is not said is a quantity of its default unit's.
        if not self.dimension and self.unit_id is not None:
            self.dimension = self.unit.dimension
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if not self.dimension and self.unit_id is not None:
            self.dimension = self.unit.dimension
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                errors["parent"] = _("A metric cannot be part of itself or of its own breakdown.")
                break
            ancestor = ancestor.parent
        if self.breakdown_id and self.breakdown.total_id != self.parent_id:
            errors["breakdown"] = _("This breakdown divides %(total)s, not the total this metric is part of.") % {
                "total": self.breakdown.total.name
            }
        if self.parent_id and self.dimension and self.parent.dimension != self.dimension:
            errors["parent"] = _(
                "A part is a quantity of the same kind as its total: %(name)s is a %(dimension)s figure, "
                "%(total)s a %(total_dimension)s figure. Make it a metric of its own."
            ) % {
                "name": self.name or _("this metric"),
                "dimension": self.get_dimension_display().lower(),
                "total": self.parent.name,
                "total_dimension": self.parent.get_dimension_display().lower(),
            }
        if self.unit_id and self.dimension and self.unit.dimension != self.dimension:
            errors["unit"] = _("%(unit)s is a unit of %(unit_dimension)s, not of %(dimension)s.") % {
                "unit": self.unit,
                "unit_dimension": self.unit.get_dimension_display().lower(),
                "dimension": self.get_dimension_display().lower(),
            }
        if errors:
            raise ValidationError(errors)

    def descendant_ids(self):
        """This metric's id and those of its whole breakdown, for 'choosing a metric finds its breakdown'."""
        ids, frontier = [self.pk], [self.pk]
        while frontier:
            frontier = list(Metric.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
            ids.extend(frontier)
        return ids

"""Results: each published figure as a statement by one source, against a catalogue of metrics."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .numbers import written_number
from .operations import Operation
from .qualifiers import Qualifier


class Unit(models.Model):
    """What a figure counts or measures: persons, vehicles, kg, doses, percent, or money in a currency."""

    class Kind(models.TextChoices):
        COUNT = "count", _("Count")
        MASS = "mass", _("Mass")
        VOLUME = "volume", _("Volume")
        PERCENT = "percent", _("Percent")
        MONEY = "money", _("Money")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=80, unique=True)
    symbol = models.CharField(_("symbol"), max_length=20, blank=True, help_text=_("Shown after values: kg, %, EUR."))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO 4217 code, only for money (EUR, USD).")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="money") & ~Q(currency="")) | (~Q(kind="money") & Q(currency="")),
                name="unit_currency_iff_money",
                violation_error_message=_("Money needs a currency; other units have none."),
            ),
        ]

    def __str__(self):
        return self.name


class MetricQuerySet(models.QuerySet):
    def roots(self):
        return self.filter(parent__isnull=True)

    def ids_with_breakdown(self, metric):
        """The metric's id and those of its whole breakdown, in one query whatever the depth
        (the same ids as `metric.descendant_ids()`, which asks once per level)."""
        return breakdown_ids(metric.pk, self.children_by_parent())

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


class Metric(models.Model):
    """A kind of figure in the catalogue. Children break their parent down
    (entities checked → persons, vehicles, postal packages, premises)."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        related_name="children",
        null=True,
        blank=True,
    )
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="metrics")
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
        ]

    def __str__(self):
        return f"{self.parent.name} – {self.name}" if self.parent_id else self.name

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("A metric cannot be part of itself or of its own breakdown.")})
            ancestor = ancestor.parent

    def descendant_ids(self):
        """This metric's id and those of its whole breakdown, for 'choosing a metric finds its breakdown'."""
        ids, frontier = [self.pk], [self.pk]
        while frontier:
            frontier = list(Metric.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
            ids.extend(frontier)
        return ids


class ResultQuerySet(models.QuerySet):
    def public(self):
        """The only door through which public code reaches results: those of published operations.

        Written as EXISTS rather than as a join on the operation's status: SQLite keeps no statistics,
        takes the status index for selective and would start from the operations and sort every row
        of the register before returning one page; with EXISTS it walks the index of the order asked
        for (`in_table_order()`, `value`) and stops after the page (docs/performance.md)."""
        return self.filter(Exists(Operation.objects.published().filter(pk=OuterRef("operation_id"))))

    def public_total(self):
        """How many public results there are, as `public().count()` says, but cheaper on a large
        table: SQLite counts a whole table without a look-up per row, and the results of unpublished
        operations, which are subtracted, are few. Only for the whole table (`Result.objects`)."""
        if self.query.has_filters():
            raise ValueError("public_total() counts the whole table; use public().count() on a filtered one.")
        unpublished = Operation.objects.exclude(pk__in=Operation.objects.published())
        return self.count() - self.filter(operation__in=unpublished).count()

    def for_operation(self, operation):
        return self.filter(operation=operation)

    def for_checks(self):
        """What the figure checks, the headline rule and an operation's page read of each statement:
        its operation, metric (unit, parent), country and source with its publisher."""
        return self.select_related("operation", "metric__unit", "metric__parent", "country", "source__publisher")

    def with_related(self):
        return self.select_related("operation", "metric__unit", "metric__parent", "country", "source")

    def for_table(self):
        """What the public results table shows of each row, as values (operations/result_table.html):
        the result's own columns and the names of its operation, metric, country and source, joined
        in the page's one query."""
        return self.values(
            "pk",
            "value",
            "qualifier",
            "quote",
            "source_id",
            "operation__slug",
            "operation__short_name",
            "metric__name",
            "metric__parent__name",
            "metric__unit__symbol",
            "country_id",
            "country__name",
            "country__footnote",
            "source__title",
        )

    def in_catalogue_order(self):
        """Latest operation first, then each total followed by its breakdown, as the operation page
        shows them, then operation-wide figures before those by country."""
        return self.order_by(
            F("operation__start_date").desc(nulls_last=True),
            "operation__name",
            Coalesce("metric__parent__position", "metric__position"),
            Coalesce("metric__parent__name", "metric__name"),
            F("metric__parent").asc(nulls_first=True),
            "metric__position",
            "metric__name",
            F("country__name").asc(nulls_first=True),
            "pk",
        )

    def in_table_order(self):
        """The results table's default order: the operations entered last first, then each
        operation's figures by metric and in the order they were entered. It follows the index
        `result_operation_desc_metric`, so the first page of a million rows costs no sort (the
        catalogue order above sorts every row through four joins: about 0.4 s at a million)."""
        return self.order_by("-operation_id", "metric_id", "pk")


class Result(models.Model):
    """A statement of one figure by one source: 'Europol: 566 arrests in JAD SEE 2023'.

    Two sources reporting the same figure make two statements. An empty value means the source
    named the item without a figure, which is not zero.
    """

    operation = models.ForeignKey(
        Operation, verbose_name=_("operation"), on_delete=models.CASCADE, related_name="results"
    )
    metric = models.ForeignKey(Metric, verbose_name=_("metric"), on_delete=models.PROTECT, related_name="results")
    country = models.ForeignKey(
        "participants.Participant",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="results",
        null=True,
        blank=True,
        help_text=_("Leave empty for a figure about the whole operation."),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=20,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("Leave empty when the source names the item without a figure (not the same as zero)."),
    )
    qualifier = models.CharField(_("qualifier"), max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT)
    source = models.ForeignKey(
        "operations.Source", verbose_name=_("source"), on_delete=models.PROTECT, related_name="results"
    )
    quote = models.TextField(_("quote"), help_text=_("The words of the source, as published."))
    note = models.TextField(_("editor's note"), blank=True)
    is_headline = models.BooleanField(
        _("headline (editor's choice)"),
        default=False,
        help_text=_(
            "Overrides the headline rule (exact beats qualified, then the most recent source) for this "
            "operation, metric and country."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ResultQuerySet.as_manager()

    class Meta:
        ordering = ["operation", "metric__position", "metric__name", "country__name"]
        verbose_name = _("result")
        verbose_name_plural = _("results")
        indexes = [
            # The results table's default order (in_table_order) and its filters by operation and metric.
            models.Index(fields=["-operation", "metric"], name="result_operation_desc_metric"),
            models.Index(fields=["metric", "value"], name="result_metric_value"),
            # The results table sorted by value, unfiltered.
            models.Index(fields=["value"], name="result_value"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=0),
                name="result_value_not_negative",
                violation_error_message=_("A result cannot be negative."),
            ),
            # One source states one figure per metric, country and qualifier: the Europol release
            # gives both 'almost 290 000 entities' and '288 774 entities', two statements.
            models.UniqueConstraint(
                fields=["operation", "metric", "country", "source", "qualifier"],
                name="result_unique_statement_per_country",
                condition=Q(country__isnull=False),
                violation_error_message=_(
                    "This source already has a figure with this qualifier for this metric and country."
                ),
            ),
            models.UniqueConstraint(
                fields=["operation", "metric", "country"],
                condition=Q(is_headline=True, country__isnull=False),
                name="result_one_headline_override_per_country",
                violation_error_message=_("Another statement is already the chosen headline for this figure."),
            ),
            models.UniqueConstraint(
                fields=["operation", "metric"],
                condition=Q(is_headline=True, country__isnull=True),
                name="result_one_headline_override_operation_wide",
                violation_error_message=_("Another statement is already the chosen headline for this figure."),
            ),
            models.UniqueConstraint(
                fields=["operation", "metric", "source", "qualifier"],
                name="result_unique_statement_operation_wide",
                condition=Q(country__isnull=True),
                violation_error_message=_(
                    "This source already has an operation-wide figure with this qualifier for this metric."
                ),
            ),
        ]

    def __str__(self):
        where = f" ({self.country.display_name})" if self.country_id else ""
        return f"{self.operation.short_name}: {self.metric}{where} = {self.value_display}"

    def clean(self):
        if self.country_id and not self.country.is_country:
            raise ValidationError({"country": _("Only a country or jurisdiction can be the country of a figure.")})

    @property
    def value_display(self):
        if self.value is None:
            return _("not reported")
        number = written_number(self.value)
        qualifier = "" if self.qualifier == Qualifier.EXACT else f"{self.get_qualifier_display()} "
        symbol = self.metric.unit.symbol
        return f"{qualifier}{number}{f' {symbol}' if symbol else ''}"


class Correction(models.Model):
    """A change to a figure after its operation was published, shown publicly with its date and reason,
    because readers may already have quoted the old value."""

    result = models.ForeignKey(Result, verbose_name=_("result"), on_delete=models.CASCADE, related_name="corrections")
    old_value = models.DecimalField(_("old value"), max_digits=20, decimal_places=3, null=True, blank=True)
    old_qualifier = models.CharField(_("old qualifier"), max_length=20, choices=Qualifier.choices)
    new_value = models.DecimalField(_("new value"), max_digits=20, decimal_places=3, null=True, blank=True)
    new_qualifier = models.CharField(_("new qualifier"), max_length=20, choices=Qualifier.choices)
    reason = models.TextField(_("reason"))
    corrected_at = models.DateTimeField(_("corrected at"), auto_now_add=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("corrected by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-corrected_at"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="correction_has_reason"),
        ]

    def __str__(self):
        return f"{self.result}: {self.old_value} → {self.new_value}"

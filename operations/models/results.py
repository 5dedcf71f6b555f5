"""Results: each published figure as a statement by one source, about an operation or a
capacity-building activity, against the catalogue of metrics (operations.models.metrics)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .activities import Activity
from .imports import ImportedHistory
from .languages import columns
from .metrics import Metric, Unit
from .numbers import written_number
from .operations import Operation
from .qualifiers import Qualifier
from .quote_search import QuoteSearchQuerySet
from .sharing import share_related
from .versions import Versioned


class ResultQuerySet(QuoteSearchQuerySet):
    def public(self):
        """The only door through which public code reaches results: those of published operations
        and published activities.

        Written as EXISTS rather than as a join on the operation's status: SQLite keeps no statistics,
        takes the status index for selective and would start from the operations and sort every row
        of the register before returning one page; with EXISTS it walks the index of the order asked
        for (`in_table_order()`, `value`) and stops after the page (docs/performance.md)."""
        return self.filter(
            Exists(Operation.objects.published().filter(pk=OuterRef("operation_id")))
            | Exists(Activity.objects.published().filter(pk=OuterRef("activity_id")))
        )

    def public_total(self):
        """How many public results there are, as `public().count()` says, but cheaper on a large
        table: SQLite counts a whole table without a look-up per row, and the results of unpublished
        operations, which are subtracted, are few. Only for the whole table (`Result.objects`)."""
        if self.query.has_filters():
            raise ValueError("public_total() counts the whole table; use public().count() on a filtered one.")
        unpublished = Operation.objects.exclude(pk__in=Operation.objects.published())
        unpublished_activities = Activity.objects.exclude(pk__in=Activity.objects.published())
        return (
            self.count()
            - self.filter(operation__in=unpublished).count()
            - self.filter(activity__in=unpublished_activities).count()
        )

    def for_operation(self, operation):
        return self.filter(operation=operation)

    def operation_wide(self):
        """Statements about the whole operation or activity, not about one country in it."""
        return self.filter(country__isnull=True)

    def metric_counts(self):
        """{metric id: (statements, of which by country)}, in one query."""
        rows = (
            self.order_by()
            .values("metric_id")
            .annotate(statements=Count("pk"), by_country=Count("country_id"))
            .values_list("metric_id", "statements", "by_country")
        )
        return {metric_id: (statements, by_country) for metric_id, statements, by_country in rows}

    def newest_about(self, country, limit):
        """The newest `limit` public statements about `country` (a participant): those of its newest
        published operations first, then of activities, newest first; each subject's in catalogue
        order. Read in steps bounded by `limit` through the index on (country, operation): a country
        of a million-result register is named by some 20,000 statements, and sorting them all to
        keep fifty cost 200 ms (docs/performance.md)."""
        named = Result.objects.filter(country=country)
        # Counted for the operations kept only (an annotation, not a filter), from the index alone.
        stated = (
            named.filter(operation_id=OuterRef("pk"))
            .order_by()
            .values("operation_id")
            .annotate(statements=Count("*"))
            .values("statements")
        )
        newest = (
            Operation.objects.published()
            .filter(pk__in=named.values("operation_id"))
            .order_by("-start_date", "name")
            .annotate(statements=Subquery(stated))
            .values_list("pk", "statements")[:limit]
        )
        # The fewest newest operations that hold `limit` statements about it.
        chosen, held = [], 0
        for operation_id, statements in newest:
            if held >= limit:
                break
            chosen.append(operation_id)
            held += statements
        # Those operations' statements and the activities' in one query (the public door's
        # subqueries cost more to build than to run at this size).
        about = self.public().filter(Q(operation_id__in=chosen) | Q(operation__isnull=True), country=country)
        return list(
            about.order_by(
                F("operation__start_date").desc(nulls_last=True),
                "operation__name",
                F("activity__start_date").desc(nulls_last=True),
                "activity__title",
                "metric__position",
                "metric__name",
                "pk",
            )[:limit]
        )

    def for_activity(self, activity):
        return self.filter(activity=activity)

    def for_checks(self):
        """What the figure checks, the headline rule and an operation's page read of each statement:
        its operation or activity, metric (its parent and breakdown), unit, qualifier, country and
        source with its publisher."""
        return self.select_related(
            "operation",
            "activity",
            "metric__breakdown",
            "metric__parent",
            "unit",
            "qualifier",
            "country",
            "source__publisher",
        )

    def for_checks_sharing_catalogue(self):
        """What `for_checks()` reads, for many statements of few metrics, countries and sources (an
        operation's workbook): those rows (metric with its parent and breakdown, unit, qualifier,
        country, source with its publisher, activity) read once each and shared by the statements
        instead of joined to every one: a few more queries for a third of the time at 4,000
        statements. From `operation.results`, the operation itself is not read again either
        (Django gives each statement the manager's instance)."""
        return self.prefetch_related(
            "metric__breakdown", "metric__parent", "unit", "qualifier", "country", "source__publisher", "activity"
        )

    def list_for_checks(self):
        """What `for_checks_sharing_catalogue()` gives, as a list, in the same queries, the shared
        rows set on each statement directly (`sharing.share_related`: 4,000 statements read in 93-102
        ms of CPU against 128-152, ad hoc), without the times of entry, which the checks never read."""
        return share_related(
            list(self.defer("created_at", "updated_at")),
            {
                "metric": {"breakdown": {}, "parent": {}},
                "unit": {},
                "qualifier": {},
                "country": {},
                "source": {"publisher": {}},
                "activity": {},
            },
        )

    def with_corrections(self):
        """Each statement's corrections, newest first, as the list `listed_corrections`: read
        in one query like a prefetch into `corrections`, which gave each statement a queryset of its
        own (20 of the 48 ms reading a big operation's 160 statements on its page, ad hoc)."""
        return self.prefetch_related(Prefetch("corrections", to_attr="listed_corrections"))

    def with_related(self):
        return self.select_related("operation", "activity", "metric__parent", "unit", "qualifier", "country", "source")

    def with_related_sharing_catalogue(self):
        """What `with_related()` reads, with the catalogue's rows (metric and its total, unit,
        qualifier) read once each and shared by the statements rather than joined to every one:
        PostgreSQL planned the eight-table join of a page of 25 statements in about 28 ms and ran it
        in 0.5 ms; with four joins it plans in about 1 ms (docs/performance.md, issue 20)."""
        return self.select_related("operation", "activity", "country", "source").prefetch_related(
            "metric__parent", "unit", "qualifier"
        )

    def for_table(self):
        """What the public results table shows of each row, as values (operations/result_table.html):
        the result's own columns and the names of its operation, metric, country and source, joined
        in the page's one query."""
        return self.values(
            "pk",
            "value",
            *columns("qualifier__name"),
            "quote",
            "source_id",
            "operation__slug",
            "operation__short_name",
            "activity__slug",
            "activity__title",
            *columns("metric__name"),
            *columns("metric__parent__name"),
            "unit__symbol",
            "country_id",
            *columns("country__name"),
            "country__country",
            "country__slug",
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


class Result(Versioned):
    """A statement of one figure by one source, about an operation or a capacity-building activity:
    'Europol: 566 arrests in JAD SEE 2023', 'SEESAC: over USD 650 000 of equipment to North
    Macedonia'.

    Two sources reporting the same figure make two statements. An empty value means the source
    named the item without a figure, which is not zero. The unit is the statement's own, of its
    metric's dimension (t or kg; EUR or USD, never converted), and the qualifier the source's word.
    """

    operation = models.ForeignKey(
        Operation, verbose_name=_("operation"), on_delete=models.CASCADE, related_name="results", null=True, blank=True
    )
    activity = models.ForeignKey(
        Activity,
        verbose_name=_("capacity-building activity"),
        on_delete=models.CASCADE,
        related_name="results",
        null=True,
        blank=True,
        help_text=_("For a figure about capacity building rather than an operation."),
    )
    metric = models.ForeignKey(Metric, verbose_name=_("metric"), on_delete=models.PROTECT, related_name="results")
    country = models.ForeignKey(
        "participants.Participant",
        verbose_name=_("country or group"),
        on_delete=models.PROTECT,
        related_name="results",
        null=True,
        blank=True,
        help_text=_(
            "Leave empty for a figure about the whole operation; a country, jurisdiction or group of them "
            '("six Western Balkan jurisdictions") otherwise.'
        ),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=20,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("Leave empty when the source names the item without a figure (not the same as zero)."),
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="results",
        help_text=_("As the source states it, of the metric's dimension: t or kg; EUR or USD."),
    )
    qualifier = models.ForeignKey(
        Qualifier,
        verbose_name=_("qualifier"),
        on_delete=models.PROTECT,
        related_name="results",
        db_column="qualifier",
        default=Qualifier.EXACT,
    )
    source = models.ForeignKey(
        "operations.Source",
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        related_name="results",
        db_index=False,  # result_source_subject starts with it
    )
    quote = models.TextField(_("quote"), help_text=_("The words of the source, as published."))
    note = models.TextField(_("editor's note"), blank=True)
    is_headline = models.BooleanField(
        _("headline (editor's choice)"),
        default=False,
        help_text=_(
            "Overrides the headline rule (a figure beats none, exact beats qualified, then the most recent "
            "source) for this figure: where sources carry no date, the editor says which to show first."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(bases=[ImportedHistory])
    objects = ResultQuerySet.as_manager()

    class Meta:
        ordering = ["operation", "activity", "metric__position", "metric__name", "country__name"]
        verbose_name = _("result")
        verbose_name_plural = _("results")
        indexes = [
            # The results table's default order (in_table_order) and its filters by operation and metric.
            models.Index(fields=["-operation", "metric"], name="result_operation_desc_metric"),
            # The results table sorted by value, by metric and unfiltered. On PostgreSQL both are
            # built with NULLS FIRST by migration 0019 (ResultTable.order_value says why).
            models.Index(fields=["metric", "value"], name="result_metric_value"),
            models.Index(fields=["value"], name="result_value"),
            # A country's newest statements (newest_about), and whether an operation states any.
            models.Index(fields=["country", "operation"], name="result_country_operation"),
            # A source's public figures counted from the index alone (SourceQuerySet.with_listing, the
            # public door reads the operation and activity): /sources/ on PostgreSQL, 45-73 ms of
            # execution against 13-24 ms with the source's index alone (docs/performance.md).
            models.Index(fields=["source", "operation", "activity"], name="result_source_subject"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=0),
                name="result_value_not_negative",
                violation_error_message=_("A result cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(operation__isnull=False, activity__isnull=True)
                | Q(operation__isnull=True, activity__isnull=False),
                name="result_about_an_operation_or_an_activity",
                violation_error_message=_("A figure is about an operation or an activity: give one, not both."),
            ),
            # One source states one figure per metric, country and qualifier: the Europol release
            # gives both 'almost 290 000 entities' and '288 774 entities', two statements. Empty
            # operation, activity and country are compared as 0, so that they count as the same.
            models.UniqueConstraint(
                Coalesce("operation", 0),
                Coalesce("activity", 0),
                "metric",
                Coalesce("country", 0),
                "source",
                "qualifier",
                name="result_unique_statement",
                violation_error_message=_(
                    "This source already has a figure with this qualifier for this metric and country."
                ),
            ),
            models.UniqueConstraint(
                Coalesce("operation", 0),
                Coalesce("activity", 0),
                "metric",
                Coalesce("country", 0),
                condition=Q(is_headline=True),
                name="result_one_headline_override",
                violation_error_message=_("Another statement is already the chosen headline for this figure."),
            ),
        ]

    def __str__(self):
        # Also said of a statement being entered, whose subject or metric may not be known yet.
        subject = self.subject.short_name if self.operation_id or self.activity_id else "?"
        metric = self.metric if self.metric_id else "?"
        where = f" ({self.country.display_name})" if self.country_id else ""
        return f"{subject}: {metric}{where} = {self.value_display}"

    def save(self, *args, **kwargs):
        # A statement that names no unit is in its metric's default unit.
        if self.unit_id is None and self.metric_id is not None:
            self.unit_id = self.metric.unit_id
        super().save(*args, **kwargs)

    @property
    def subject(self):
        """What the figure is about: its operation or its activity."""
        return self.operation if self.operation_id else self.activity

    def clean(self):
        errors = {}
        if self.country_id and not self.country.can_be_stated_for:
            errors["country"] = _(
                "A figure is stated for a country, a jurisdiction or a group of them, not for %(name)s."
            ) % {"name": self.country}
        if self.unit_id and self.metric_id and self.unit.dimension != self.metric.dimension:
            errors["unit"] = _(
                "%(metric)s is a quantity of %(dimension)s; %(unit)s is a unit of %(unit_dimension)s."
            ) % {
                "metric": self.metric,
                "dimension": self.metric.get_dimension_display().lower(),
                "unit": self.unit,
                "unit_dimension": self.unit.get_dimension_display().lower(),
            }
        if errors:
            raise ValidationError(errors)

    @property
    def value_display(self):
        if self.value is None:
            return _("not reported")
        number = written_number(self.value)
        qualifier = "" if self.qualifier_id == Qualifier.EXACT else f"{self.qualifier.label} "
        symbol = self.unit.symbol if self.unit_id else ""
        return f"{qualifier}{number}{f' {symbol}' if symbol else ''}"

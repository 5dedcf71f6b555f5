"""Operations (Joint Action Days and the like), their series, coordination centres and participations."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Func, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .dates import Period, overlapping
from .imports import ImportedHistory
from .languages import EnglishColumnMixin
from .versions import Versioned


class CrimeArea(models.Model):
    """A crime threat an operation targets or an arrest relates to (firearms trafficking, ...)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("crime area")
        verbose_name_plural = _("crime areas")

    def __str__(self):
        return self.name


class Series(EnglishColumnMixin, models.Model):
    """A recurring kind of operation, such as EMPACT JAD South East Europe; each year is an edition."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(_("short name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self):
        return self.short_name


class Role(models.Model):
    """A role a participant can play in an operation beyond taking part."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    is_leading = models.BooleanField(
        _("leading role"),
        default=False,
        help_text=_("Participants with a leading role are listed as the operation's lead."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return self.name


def _count(queryset):
    """A correlated subquery counting the rows of `queryset` (0 when there are none)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted), 0)


class OperationQuerySet(models.QuerySet):
    def published(self):
        """The only door through which public code reaches operations."""
        return self.filter(status=Operation.Status.PUBLISHED)

    def unpublished(self):
        """Every operation `published()` leaves out: for counts made as all less these (few)."""
        return self.exclude(status=Operation.Status.PUBLISHED)

    def in_year(self, year):
        """Operations whose period reaches into the year (a December-to-January one is in both)."""
        return self.filter(overlapping(year))

    def with_listing(self):
        """What a table of operations shows: series, coordination centres, leads, crime areas,
        and how many participants and figures each has (counting subqueries, which cannot multiply).
        Results are reached through the relation: their module imports this one."""
        Result = self.model._meta.get_field("results").related_model

        leading = (
            Participation.objects.filter(pk__in=Participation.objects.filter(roles__is_leading=True).values("pk"))
            .select_related("participant")
            .order_by("participant__name")
        )
        return (
            self.select_related("series", "part_of")
            .prefetch_related(
                "crime_areas",
                Prefetch("coordination_centres", queryset=CoordinationCentre.objects.select_related("host_country")),
                Prefetch("participations", queryset=leading, to_attr="leading_participations"),
            )
            .annotate(
                participants_count=_count(Participation.objects.filter(operation=OuterRef("pk"))),
                results_count=_count(Result.objects.filter(operation=OuterRef("pk"))),
            )
        )


class Operation(Versioned, EnglishColumnMixin, Period):
    """One multinational operation: a Joint Action Day, action week or similar, with its results.

    Most are an edition of a series (JAD SEE 2024); some stand alone; some are part of a larger one
    (Calibre and Aeolos within Operation Dragon); an aggregate (EMPACT's yearly results) reports
    over many operations, and its figures are never added to those of its parts."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    series = models.ForeignKey(
        Series,
        verbose_name=_("series"),
        on_delete=models.PROTECT,
        related_name="operations",
        null=True,
        blank=True,
        help_text=_("Leave empty for an operation that is not an edition of a series."),
    )
    edition = models.CharField(
        _("edition"), max_length=40, blank=True, help_text=_("Usually the year, such as 2024; only in a series.")
    )
    name = models.CharField(_("name"), max_length=250, unique=True)
    short_name = models.CharField(_("short name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        related_name="parts",
        null=True,
        blank=True,
        help_text=_("The larger operation this one belongs to (Calibre within Operation Dragon)."),
    )
    is_aggregate = models.BooleanField(
        _("aggregate"),
        default=False,
        help_text=_(
            "It reports over many operations (EMPACT's yearly results); its figures are never added to its parts'."
        ),
    )
    crime_areas = models.ManyToManyField(
        CrimeArea, verbose_name=_("crime areas targeted"), related_name="operations", blank=True
    )
    motto = models.CharField(_("motto"), max_length=250, blank=True)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("publication status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    review_comment = models.TextField(
        _("review comment"), blank=True, help_text=_("What the reviewer asks to be fixed, or why it was withdrawn.")
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(bases=[ImportedHistory])
    objects = OperationQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "name"]
        verbose_name = _("operation")
        verbose_name_plural = _("operations")
        permissions = [("publish_operation", _("Can review, publish and withdraw operations"))]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "edition"],
                condition=Q(series__isnull=False),
                name="operation_unique_edition_per_series",
                violation_error_message=_("This series already has an operation with this edition."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=False),
                name="operation_end_needs_start",
                violation_error_message=_("Give the start when you give the end."),
            ),
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(review_comment=""),
                name="operation_returned_has_comment",
                violation_error_message=_("Say what to fix when returning an operation."),
            ),
            models.CheckConstraint(
                condition=~Q(part_of=F("pk")),
                name="operation_not_part_of_itself",
                violation_error_message=_("An operation cannot be part of itself."),
            ),
        ]

    def __str__(self):
        return self.short_name

    def get_absolute_url(self):
        return reverse("operations:detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = self.clean_period()
        if self.series_id and not self.edition:
            errors["edition"] = _("Give the edition of the series (usually the year).")
        ancestor, seen = self.part_of, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk and ancestor.pk == self.pk:
                errors["part_of"] = _(
                    "%(operation)s is already part of %(name)s: one cannot be part of the other both ways."
                ) % {"operation": self.part_of, "name": self.short_name}
                break
            seen.add(ancestor.pk)
            ancestor = ancestor.part_of
        if errors:
            raise ValidationError(errors)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED


class CoordinationCentreQuerySet(models.QuerySet):
    def public(self):
        return self.filter(operation__in=Operation.objects.published())


class CoordinationCentre(Versioned):
    """The international coordination centre from which an operation was run."""

    operation = models.ForeignKey(
        Operation, verbose_name=_("operation"), on_delete=models.CASCADE, related_name="coordination_centres"
    )
    city = models.CharField(_("city"), max_length=120)
    host_country = models.ForeignKey(
        "participants.Participant",
        verbose_name=_("host country"),
        on_delete=models.PROTECT,
        related_name="hosted_coordination_centres",
    )
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords(bases=[ImportedHistory])
    objects = CoordinationCentreQuerySet.as_manager()

    class Meta:
        ordering = ["operation", "city"]
        verbose_name = _("coordination centre")
        verbose_name_plural = _("coordination centres")
        constraints = [
            models.UniqueConstraint(fields=["operation", "city"], name="coordination_centre_unique_city_per_operation"),
        ]

    def __str__(self):
        return f"{self.city}, {self.host_country.display_name}"


class ParticipationQuerySet(models.QuerySet):
    def public(self):
        return self.filter(operation__in=Operation.objects.published())


class Participation(Versioned):
    """A participant's part in one operation, with the roles it played."""

    operation = models.ForeignKey(
        Operation, verbose_name=_("operation"), on_delete=models.CASCADE, related_name="participations"
    )
    participant = models.ForeignKey(
        "participants.Participant",
        verbose_name=_("participant"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    roles = models.ManyToManyField(Role, verbose_name=_("roles"), related_name="participations", blank=True)
    note = models.TextField(_("note"), blank=True)
    sources = models.ManyToManyField(
        "operations.Source",
        verbose_name=_("listed in"),
        related_name="participations",
        blank=True,
        help_text=_("The documents that name this participant among the operation's participants."),
    )

    history = HistoricalRecords(bases=[ImportedHistory])
    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["operation", "participant__kind", "participant__name"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["operation", "participant"],
                name="participation_unique_participant_per_operation",
                violation_error_message=_("This participant is already listed for this operation."),
            ),
        ]

    def __str__(self):
        return f"{self.participant.display_name} in {self.operation.short_name}"

"""Capacity building: the trainings, deliveries and products that prepare and follow operations."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .dates import DatePrecision, format_partial_period, is_normalised
from .operations import Operation
from .qualifiers import Qualifier


class ActivityQuerySet(models.QuerySet):
    def public(self):
        """Activities that support no operation, or a published one."""
        return self.filter(Q(operation__isnull=True) | Q(operation__in=Operation.objects.published()))

    def with_listing(self):
        """What a table of activities shows: implementer, beneficiaries, supported operation, source."""
        return self.select_related("implementer", "operation", "source").prefetch_related(
            "beneficiary_countries", "partners"
        )


class Activity(models.Model):
    """A capacity-building activity: a training, workshop, equipment delivery, SOP, audit..."""

    class Kind(models.TextChoices):
        TRAINING = "training", _("Training")
        WORKSHOP = "workshop", _("Workshop")
        MEETING = "meeting", _("Meeting")
        EQUIPMENT_DELIVERY = "equipment_delivery", _("Equipment delivery")
        SOP = "sop", _("Standard operating procedure")
        MANUAL = "manual", _("Manual or guidelines")
        FEASIBILITY_STUDY = "feasibility_study", _("Feasibility study")
        ASSESSMENT = "assessment", _("Assessment or audit")
        KNOWLEDGE_PRODUCT = "knowledge_product", _("Knowledge product")
        SOFTWARE_UPGRADE = "software_upgrade", _("Software upgrade")
        OPERATIONAL_SUPPORT = "operational_support", _("Operational support")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    implementer = models.ForeignKey(
        "participants.Participant",
        verbose_name=_("implementer"),
        on_delete=models.PROTECT,
        related_name="implemented_activities",
    )
    partners = models.ManyToManyField(
        "participants.Participant",
        verbose_name=_("in collaboration with"),
        related_name="partnered_activities",
        blank=True,
    )
    beneficiary_countries = models.ManyToManyField(
        "participants.Participant",
        verbose_name=_("beneficiary countries and jurisdictions"),
        related_name="received_activities",
        blank=True,
    )
    beneficiary_institutions = models.ManyToManyField(
        "participants.Institution",
        verbose_name=_("beneficiary institutions"),
        related_name="received_activities",
        blank=True,
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    start_date = models.DateField(_("date or start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2, null=True, blank=True)
    value_qualifier = models.CharField(
        _("value qualifier"), max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT
    )
    currency = models.CharField(_("currency"), max_length=3, blank=True, help_text=_("ISO 4217 code: EUR, USD."))
    operation = models.ForeignKey(
        Operation,
        verbose_name=_("supported operation"),
        on_delete=models.SET_NULL,
        related_name="activities",
        null=True,
        blank=True,
    )
    source = models.ForeignKey(
        "operations.Source", verbose_name=_("source"), on_delete=models.PROTECT, related_name="activities"
    )
    quote = models.TextField(_("quote"), blank=True)

    history = HistoricalRecords()
    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("capacity-building activity")
        verbose_name_plural = _("capacity-building activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=0),
                name="activity_value_not_negative",
                violation_error_message=_("A value cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | ~Q(currency=""),
                name="activity_value_has_currency",
                violation_error_message=_("A value needs its currency."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=False, end_date__gte=F("start_date")),
                name="activity_end_not_before_start",
                violation_error_message=_("The end cannot be before the start, and needs a start."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("operations:activity_detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.value is not None and not self.currency:
            errors["currency"] = _("Give the currency of the value (EUR, USD).")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end is before the start.")
        for field in ("start_date", "end_date"):
            if not is_normalised(getattr(self, field), self.date_precision):
                errors.setdefault(field, _("With this precision, give the first day of the month or year."))
        if errors:
            raise ValidationError(errors)

    @property
    def period_display(self):
        return format_partial_period(self.start_date, self.end_date, self.date_precision)

"""Capacity building: the trainings, deliveries and products that prepare and follow operations."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .dates import Period, overlapping
from .imports import ImportedHistory
from .languages import EnglishColumnMixin
from .operations import Operation
from .versions import Versioned

#: Slugs that name other pages under /activities/ (operations/urls.py): an activity with one of them
#: would never be reached at its address. tests/operations/models/test_reserved_slugs.py checks the
#: list against the URLs.
RESERVED_ACTIVITY_SLUGS = frozenset({"map"})


def validate_activity_slug(slug):
    """Refuse a slug that is the address of another page of the site (/activities/map/)."""
    if slug.lower() in RESERVED_ACTIVITY_SLUGS:
        raise ValidationError(
            _(
                "“%(slug)s” cannot be an activity's slug: /activities/%(slug)s/ is the address of another page "
                "of the site. Choose another, for example one that names the activity and its year."
            ),
            code="reserved",
            params={"slug": slug},
        )


class ActivityKind(EnglishColumnMixin, models.Model):
    """A kind of capacity building: training, workshop, equipment delivery, needs assessment, SOP,
    network meeting, stockpile upgrade, destruction, knowledge product, project... An open
    catalogue: editors add the kinds new material needs."""

    code = models.SlugField(_("code"), max_length=40, primary_key=True)
    name = models.CharField(_("name"), max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("kind of activity")
        verbose_name_plural = _("kinds of activity")

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        """The name in the active language, English where no regional name is given."""
        return self.name


class ActivityQuerySet(models.QuerySet):
    def published(self):
        """The only door through which public code reaches activities: the published ones."""
        return self.filter(status=Activity.Status.PUBLISHED)

    def unpublished(self):
        """Every activity `published()` leaves out: for counts made as all less these (few)."""
        return self.exclude(status=Activity.Status.PUBLISHED)

    def public(self):
        return self.published()

    def in_year(self, year):
        return self.filter(overlapping(year))

    def with_listing(self):
        """What a table of activities shows: kind, implementer, beneficiaries, supported operation, source."""
        return self.select_related("kind", "implementer", "operation", "source").prefetch_related(
            "beneficiary_countries", "partners"
        )


class Activity(Versioned, Period):
    """A capacity-building activity: a training, workshop, equipment delivery, SOP, audit... Its
    figures (people trained, days, items delivered, money per donor in its own currency) are
    statements, like an operation's results; it is reviewed and published like an operation."""

    Status = Operation.Status

    kind = models.ForeignKey(ActivityKind, verbose_name=_("kind"), on_delete=models.PROTECT, related_name="activities")
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, validators=[validate_activity_slug])
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
    operation = models.ForeignKey(
        Operation,
        verbose_name=_("supported operation"),
        on_delete=models.SET_NULL,
        related_name="activities",
        null=True,
        blank=True,
    )
    source = models.ForeignKey(
        "operations.Source",
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        related_name="activities",
        help_text=_("The document its description and words come from; each figure cites its own."),
    )
    quote = models.TextField(_("quote"), blank=True)
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

    history = HistoricalRecords(bases=[ImportedHistory])
    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("capacity-building activity")
        verbose_name_plural = _("capacity-building activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=False),
                name="activity_end_needs_start",
                violation_error_message=_("Give the start when you give the end."),
            ),
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(review_comment=""),
                name="activity_returned_has_comment",
                violation_error_message=_("Say what to fix when returning an activity."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def short_name(self):
        """How figures and findings name what they are about (an operation's short name)."""
        return self.title

    def get_absolute_url(self):
        return reverse("operations:activity_detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = self.clean_period()
        if errors:
            raise ValidationError(errors)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

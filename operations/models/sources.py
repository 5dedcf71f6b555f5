"""The public documents every figure, participation and activity comes from."""

from django.db import models
from django.db.models import Exists, F, Func, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .activities import Activity
from .imports import ImportedHistory
from .operations import Participation
from .results import Result
from .versions import Versioned


class SourceQuerySet(models.QuerySet):
    def public(self):
        """Sources cited by at least one public result, participation or activity.

        A source cited only for a draft operation stays private until the operation is published.
        """
        return self.filter(
            Exists(Result.objects.public().filter(source=OuterRef("pk")))
            | Exists(Participation.objects.public().filter(sources=OuterRef("pk")))
            | Exists(Activity.objects.public().filter(source=OuterRef("pk")))
        )

    def cited_by(self, results):
        """The sources `results` (a queryset of results) cite, by title: the order of their numbers
        where a page cites each source once by number."""
        return self.filter(pk__in=results.values("source_id")).order_by("title", "pk")

    def with_listing(self):
        """What a table of sources shows: the publisher and how many public figures each gives."""
        counted = (
            Result.objects.public()
            .filter(source=OuterRef("pk"))
            .order_by()
            # COUNT of a column in the index result_source_subject: counting ids read every row.
            .annotate(n=Func(F("source"), function="COUNT"))
            .values("n")
        )
        return self.select_related("publisher").annotate(results_count=Coalesce(Subquery(counted), 0))


class Source(Versioned):
    """A public document: a press release, news report or annual report."""

    class Kind(models.TextChoices):
        PRESS_RELEASE = "press_release", _("Press release")
        NEWS_ITEM = "news_item", _("News item")
        NEWS_REPORT = "news_report", _("News report")
        ANNUAL_REPORT = "annual_report", _("Annual report")
        OTHER = "other", _("Other")

    title = models.CharField(_("title"), max_length=300, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    publisher = models.ForeignKey(
        "participants.Participant",
        verbose_name=_("publisher"),
        on_delete=models.PROTECT,
        related_name="published_sources",
        null=True,
        blank=True,
        help_text=_("When the publisher is a participant, such as Europol or SEESAC."),
    )
    publisher_name = models.CharField(
        _("publisher name"),
        max_length=200,
        blank=True,
        help_text=_("When the publisher is not a participant, such as a news agency."),
    )
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    url = models.URLField(_("address"), max_length=500, blank=True)
    seed_file = models.CharField(
        _("seed file"), max_length=120, blank=True, help_text=_("File name of the copy in shared/seeds.")
    )
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords(bases=[ImportedHistory])
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        # The list's default order, walked by the database so that each source's count of figures is
        # made for the 25 shown only: /sources/ took 280-313 ms at a million results on SQLite (every
        # count made, then sorted), 50 ms with it (bench/results_page.py --url /sources/).
        indexes = [models.Index(fields=["-year", "title"], name="source_year_title")]
        constraints = [
            models.UniqueConstraint(fields=["seed_file"], condition=~Q(seed_file=""), name="source_unique_seed_file"),
            models.CheckConstraint(
                condition=Q(year__isnull=True) | Q(year__gte=1900, year__lte=2200),
                name="source_year_plausible",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The year is derivable from a full date; keep both filterable by year.
        if self.published_on and not self.year:
            self.year = self.published_on.year
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("operations:source_detail", kwargs={"pk": self.pk})

    @property
    def publisher_display(self):
        return self.publisher.display_name if self.publisher_id else self.publisher_name

"""The public documents every figure, participation and activity comes from."""

from django.db import models
from django.db.models import Exists, F, Func, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .activities import Activity
from .imports import ImportedHistory
from .operations import Operation, Participation
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
        """What a table of sources shows: the publisher and how many public figures each gives.

        Counted as all the source's figures less those of unpublished operations and of unpublished
        activities (a figure is about one or the other), each count read from the index
        result_source_subject on (source, operation, activity) alone. Counting through the public
        door looked up each figure's operation: 25 sources of 2,000 figures, 20-28 ms of CPU on
        SQLite and 25-30 ms of execution on PostgreSQL at a million results, against about 10 and
        15 ms (ad hoc, load 4-5; bench/results_page.py --url /sources/)."""
        return self.select_related("publisher").annotate(
            results_count=_figures_of_each(Result.objects.all())
            - _figures_of_each(Result.objects.filter(operation__in=Operation.objects.unpublished()))
            - _figures_of_each(Result.objects.filter(activity__in=Activity.objects.unpublished()))
        )


def _figures_of_each(results):
    """How many of `results` each source of the outer query gives (0 for none)."""
    counted = (
        results.filter(source=OuterRef("pk"))
        .order_by()
        # COUNT of a column of the index result_source_subject: counting ids read every row.
        .annotate(n=Func(F("source"), function="COUNT"))
        .values("n")
    )
    return Coalesce(Subquery(counted), 0)


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

    @property
    def kind_label(self):
        """The kind in words, as `get_kind_display()` says it: that rebuilds the choices' dict, and
        hashes each lazy label in the language of the moment, on every call (a third of the time
        of the rows of /sources/, ad hoc)."""
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def web_url(self):
        """The original's address when a browser can open it (http or https), else empty."""
        return self.url if self.url.startswith(("https://", "http://")) else ""


#: Each kind's label (lazy: read in the language of the moment), for `Source.kind_label`.
KIND_LABELS = {kind.value: kind.label for kind in Source.Kind}

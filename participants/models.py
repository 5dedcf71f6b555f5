"""Who takes part in operations and who benefits from capacity building.

The records of who; which participants are public is decided by the operations they are named in
(`ParticipantQuerySet.public()`), so this module reads the operations' records.

May import: operations.models.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, Func, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from operations.models import Activity, CoordinationCentre, Participation, Result, Source
from operations.models.languages import EnglishColumnMixin, columns, in_language


class ParticipantQuerySet(models.QuerySet):
    def countries(self):
        """Participants that are countries or jurisdictions (they carry a country code)."""
        return self.exclude(country="")

    def statable(self):
        """Participants a figure may be stated for: countries, jurisdictions and groups of them."""
        return self.filter(~models.Q(country="") | models.Q(kind=Participant.Kind.GROUP))

    def with_footnotes(self):
        return self.exclude(footnote="")

    def public(self):
        """The only door through which public code reaches participants: those named by something
        public (a participation in, or coordination centre of, a published operation, a public
        figure, a public activity or a public source). Nobody is public only through a draft.
        """
        public_activities = Activity.objects.public()
        return self.filter(
            Exists(Participation.objects.public().filter(participant=OuterRef("pk")))
            | Exists(CoordinationCentre.objects.public().filter(host_country=OuterRef("pk")))
            | Exists(Result.objects.public().filter(country=OuterRef("pk")))
            | Exists(public_activities.filter(implementer=OuterRef("pk")))
            | Exists(public_activities.filter(beneficiary_countries=OuterRef("pk")))
            | Exists(public_activities.filter(partners=OuterRef("pk")))
            | Exists(Source.objects.public().filter(publisher=OuterRef("pk")))
        )

    def with_public_counts(self):
        """Annotate how many published operations each took part in (operations_count) and how
        many public activities it implemented or received (activities_count).

        Counting subqueries rather than joins, so that neither count multiplies the other.
        """

        def count(queryset):
            counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
            return Coalesce(Subquery(counted), 0)

        received = Activity.beneficiary_countries.through.objects.filter(participant=OuterRef(OuterRef("pk")))
        activities = Activity.objects.public().filter(
            Q(implementer=OuterRef("pk")) | Q(pk__in=received.values("activity"))
        )
        return self.annotate(
            operations_count=count(Participation.objects.public().filter(participant=OuterRef("pk"))),
            activities_count=count(activities),
        )


class Participant(EnglishColumnMixin, models.Model):
    """A country, jurisdiction, EU agency or body, or international partner or project
    that takes part in operations, publishes sources or implements capacity building."""

    class Kind(models.TextChoices):
        EU_MEMBER_STATE = "eu_member_state", _("EU Member State")
        NON_EU = "non_eu", _("Non-EU country or jurisdiction")
        EU_AGENCY = "eu_agency", _("EU agency or body")
        PARTNER = "partner", _("International partner or project")
        NATIONAL_BODY = "national_body", _("National body")
        COMPANY = "company", _("Company")
        NETWORK = "network", _("Network")
        GROUP = "group", _("Group of countries or jurisdictions")

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("Acronym used in the sources, such as SEESAC.")
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = CountryField(
        _("country code"),
        blank=True,
        help_text=_("Only for countries and jurisdictions; XK for Kosovo."),
    )
    footnote = models.TextField(
        _("designation footnote"),
        blank=True,
        help_text=_("Shown wherever the name appears, which then carries an asterisk (Kosovo*)."),
    )
    aliases = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_("Other spellings used in sources, separated by semicolons (Turkey; Türkiye)."),
    )
    members = models.ManyToManyField(
        "self",
        verbose_name=_("members"),
        symmetrical=False,
        related_name="groups",
        blank=True,
        help_text=_('For a group ("six Western Balkan jurisdictions"): the countries and jurisdictions in it.'),
    )

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["country"],
                condition=~models.Q(country=""),
                name="participant_unique_country",
                violation_error_message=_("Another participant already has this country code."),
            ),
            models.CheckConstraint(
                condition=models.Q(country="") | models.Q(kind__in=["eu_member_state", "non_eu"]),
                name="participant_country_code_only_for_countries",
                violation_error_message=_("Only countries and jurisdictions have a country code."),
            ),
        ]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("participants:detail", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        """The name as it must be shown, in the active language: with an asterisk when a designation
        footnote applies."""
        return f"{self.local_name}*" if self.footnote else self.local_name

    @property
    def local_name(self):
        """The name in the active language: the one entered for it, else a country's ISO name in
        the language, else the English one."""
        return in_language([getattr(self, column) for column in columns("name")], self.country.code or "")

    @property
    def is_country(self):
        return self.kind in {self.Kind.EU_MEMBER_STATE, self.Kind.NON_EU}

    @property
    def can_be_stated_for(self):
        """Whether a figure may be stated for it: a country, a jurisdiction, or a group of them."""
        return self.is_country or self.kind == self.Kind.GROUP

    def kind_in(self, year):
        """Its kind in `year`: the United Kingdom was an EU Member State until 2020. Periods are read
        from `kind_periods` (prefetch them for many participants); outside every period, its kind."""
        if year is not None:
            for period in self.kind_periods.all():
                if (period.since is None or period.since <= year) and (period.until is None or year <= period.until):
                    return period.kind
        return self.kind

    def clean(self):
        if self.pk and self.kind != self.Kind.GROUP and self.members.exists():
            raise ValidationError({"kind": _("Only a group has members.")})

    def natural_key(self):
        return (self.name,)


class KindPeriod(models.Model):
    """A participant's kind for some years, where it differs from its kind today: the United Kingdom
    was an EU Member State from 1973 until 2020."""

    participant = models.ForeignKey(
        Participant, verbose_name=_("participant"), on_delete=models.CASCADE, related_name="kind_periods"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Participant.Kind.choices)
    since = models.PositiveSmallIntegerField(_("since (year)"), null=True, blank=True)
    until = models.PositiveSmallIntegerField(_("until (year, included)"), null=True, blank=True)

    class Meta:
        ordering = ["participant", "since"]
        verbose_name = _("kind for some years")
        verbose_name_plural = _("kinds for some years")
        constraints = [
            models.CheckConstraint(
                condition=Q(since__isnull=True) | Q(until__isnull=True) | Q(until__gte=F("since")),
                name="kind_period_until_not_before_since",
                violation_error_message=_("The last year cannot be before the first."),
            ),
            models.CheckConstraint(
                condition=Q(since__isnull=False) | Q(until__isnull=False),
                name="kind_period_has_a_year",
                violation_error_message=_("Give the first year, the last, or both."),
            ),
        ]

    def __str__(self):
        years = f"{self.since or '…'}–{self.until or '…'}"
        return f"{self.participant}: {self.get_kind_display()} ({years})"


class Institution(models.Model):
    """A national institution (border police, CSI unit, ministry...) that benefits from
    capacity building."""

    class Kind(models.TextChoices):
        BORDER_POLICE = "border_police", _("Border police")
        CRIMINAL_POLICE = "criminal_police", _("Criminal police")
        CUSTOMS = "customs", _("Customs")
        FIREARMS_FOCAL_POINT = "firearms_focal_point", _("Firearms Focal Point")
        CSI_UNIT = "csi_unit", _("Crime scene investigation unit")
        MINISTRY = "ministry", _("Ministry")
        FORENSIC_LABORATORY = "forensic_laboratory", _("Forensic laboratory")
        PROSECUTION = "prosecution", _("Prosecution office")
        OTHER = "other", _("Other")

    participant = models.ForeignKey(
        Participant,
        verbose_name=_("country or jurisdiction"),
        on_delete=models.PROTECT,
        related_name="institutions",
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)

    class Meta:
        ordering = ["participant__name", "name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        constraints = [
            models.UniqueConstraint(fields=["participant", "name"], name="institution_unique_name_per_participant"),
        ]

    def __str__(self):
        return f"{self.name} ({self.participant.display_name})"

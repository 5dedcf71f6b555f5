"""Names the register knows under another name, as editors mapped them: "Sjeverna Makedonija" in
one ministry's files is North Macedonia, "uhapšeni" in a template is the metric `arrests`. A
mapping belongs to the organisation or template whose files write the name so (its scope), or
to every upload; imports read it where the name is not one the register knows by itself."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .activities import ActivityKind
from .metrics import Metric, Unit
from .operations import Series
from .qualifiers import Qualifier
from .sources import Source
from .spelling import fold


class NameMappingQuerySet(models.QuerySet):
    def for_scope(self, scope):
        """The mappings an upload for `scope` reads: its own and those for every upload."""
        return self.filter(scope__in={"", tidy_scope(scope)})

    def scopes(self):
        """The organisations and templates that have mappings, in order."""
        return self.exclude(scope="").order_by("scope").values_list("scope", flat=True).distinct()


def tidy_scope(scope):
    """A scope as stored: without spaces around it or doubled inside it."""
    return " ".join((scope or "").split())


class MappedKind(models.TextChoices):
    """What a mapped name names. Each value is also the name of the mapping's foreign key that holds
    the target."""

    METRIC = "metric", _("metric")
    UNIT = "unit", _("unit")
    QUALIFIER = "qualifier", _("qualifier")
    PARTICIPANT = "participant", _("participant")
    SOURCE = "source", _("source")
    SERIES = "series", _("series")
    ACTIVITY_KIND = "activity_kind", _("kind of activity")


def one_target_of_its_kind():
    """The target's foreign key of the mapping's kind is set, and no other."""
    return Q(
        *(Q(kind=kind, **{f"{other}__isnull": other != kind for other in MappedKind.values}) for kind in MappedKind),
        _connector=Q.OR,
    )


class NameMapping(models.Model):
    """A name as some files write it, and the catalogue entry or participant the register reads it
    as. Its target is a foreign key of its kind (so that renaming the target keeps the mapping
    and deleting it removes the mapping); the name is kept as written, for people, and folded
    (`spelling.fold`), for lookups."""

    Kind = MappedKind

    scope = models.CharField(
        _("organisation or template"),
        max_length=100,
        blank=True,
        help_text=_("Whose files write the name so, as given on upload; empty: every upload."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    written = models.CharField(_("name as written"), max_length=300, help_text=_("As the files write it."))
    folded = models.CharField(_("name as compared"), max_length=600, editable=False)
    metric = models.ForeignKey(Metric, verbose_name=_("metric"), on_delete=models.CASCADE, null=True, blank=True)
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.CASCADE, null=True, blank=True)
    qualifier = models.ForeignKey(
        Qualifier, verbose_name=_("qualifier"), on_delete=models.CASCADE, null=True, blank=True
    )
    participant = models.ForeignKey(
        "participants.Participant", verbose_name=_("participant"), on_delete=models.CASCADE, null=True, blank=True
    )
    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.CASCADE, null=True, blank=True)
    series = models.ForeignKey(Series, verbose_name=_("series"), on_delete=models.CASCADE, null=True, blank=True)
    activity_kind = models.ForeignKey(
        ActivityKind, verbose_name=_("kind of activity"), on_delete=models.CASCADE, null=True, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    history = HistoricalRecords()
    objects = NameMappingQuerySet.as_manager()

    class Meta:
        ordering = ["scope", "kind", "folded"]
        verbose_name = _("name mapping")
        verbose_name_plural = _("name mappings")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "kind", "folded"],
                name="namemapping_one_per_scope_kind_and_name",
                violation_error_message=_("This name already has a mapping of this kind for this scope."),
            ),
            models.CheckConstraint(
                condition=one_target_of_its_kind(),
                name="namemapping_target_of_its_kind",
                violation_error_message=_("A mapping reads the name as one entry, of its own kind."),
            ),
        ]

    def __str__(self):
        scope = self.scope or _("every upload")
        return f"“{self.written}” → {self.target} ({scope})"

    def save(self, *args, **kwargs):
        # The lookup key follows the name as written, however the mapping was made.
        self.scope = tidy_scope(self.scope)
        self.folded = fold(self.written)
        super().save(*args, **kwargs)

    @property
    def target(self):
        """What the name is read as: the participant or catalogue entry of the mapping's kind."""
        return getattr(self, self.kind) if self.kind in self.Kind.values else None

    def clean(self):
        self.scope = tidy_scope(self.scope)
        self.folded = fold(self.written)
        errors = {}
        if self.written and not self.folded:
            errors["written"] = _("Give a name with letters or digits.")
        if self.kind in self.Kind.values:
            if getattr(self, f"{self.kind}_id") is None:
                errors[self.kind] = _("Choose the %(kind)s the name is read as.") % {"kind": self.get_kind_display()}
            for other in self.Kind.values:
                if other != self.kind and getattr(self, f"{other}_id") is not None:
                    errors[other] = _("Leave this empty: the mapping is of a %(kind)s.") % {
                        "kind": self.get_kind_display()
                    }
        if errors:
            raise ValidationError(errors)

    def validate_constraints(self, exclude=None):
        # Forms leave out `folded`, which follows `written`: the one-per-name rule is checked with it.
        if exclude and "written" not in exclude:
            exclude = set(exclude) - {"folded"}
        super().validate_constraints(exclude=exclude)

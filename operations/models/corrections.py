"""Corrections: a figure changed after its operation was published, shown with its date and reason."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from .qualifiers import Qualifier
from .results import Result


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        """Corrections of public figures: a withdrawn operation's are withdrawn with it. An EXISTS per
        correction (there are few) rather than `result__in`, which listed every public result of the
        register first: 1.3 s at a million results (bench/public_pages.py)."""
        return self.filter(Exists(Result.objects.public().filter(pk=OuterRef("result_id"))))


class Correction(models.Model):
    """A change to a figure after its operation was published, shown publicly with its date and reason,
    because readers may already have quoted the old value."""

    result = models.ForeignKey(Result, verbose_name=_("result"), on_delete=models.CASCADE, related_name="corrections")
    old_value = models.DecimalField(_("old value"), max_digits=20, decimal_places=3, null=True, blank=True)
    old_qualifier = models.ForeignKey(
        Qualifier,
        verbose_name=_("old qualifier"),
        on_delete=models.PROTECT,
        related_name="+",
        db_column="old_qualifier",
    )
    new_value = models.DecimalField(_("new value"), max_digits=20, decimal_places=3, null=True, blank=True)
    new_qualifier = models.ForeignKey(
        Qualifier,
        verbose_name=_("new qualifier"),
        on_delete=models.PROTECT,
        related_name="+",
        db_column="new_qualifier",
    )
    reason = models.TextField(_("reason"))
    corrected_at = models.DateTimeField(_("corrected at"), auto_now_add=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("corrected by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-corrected_at"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="correction_has_reason"),
        ]

    def __str__(self):
        return f"{self.result}: {self.old_value} → {self.new_value}"

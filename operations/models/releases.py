"""Releases: numbered, frozen copies of the public register's data package, which people can cite
and download unchanged for good (operations.opendata.releases publishes them)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .files import FilePart


class ReleaseQuerySet(models.QuerySet):
    def latest_first(self):
        return self.order_by("-number")


class Release(models.Model):
    """Release N of the register: the data package as it stood when an editor published it, with
    notes and a summary of what changed since release N-1.

    The package file is kept in the database (`ReleasePart`, a megabyte a row), so that backups of
    the database keep it, every server reads the same bytes, and no memory holds it whole. It is
    written once, in the transaction that publishes the release, and never changed: `package_sha256`
    is its SHA-256, which the releases page shows."""

    number = models.PositiveIntegerField(_("number"), unique=True)
    published_at = models.DateTimeField(_("published at"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    notes = models.TextField(_("notes"), help_text=_("What this release is: shown on the releases page."))
    revision = models.UUIDField(
        _("register revision"), editable=False, help_text=_("The register's revision the package was built at.")
    )
    package_sha256 = models.CharField(_("SHA-256 of the package"), max_length=64, editable=False)
    package_size = models.PositiveBigIntegerField(_("size of the package in bytes"), editable=False)
    changes = models.JSONField(
        _("changes since the previous release"),
        default=dict,
        editable=False,
        help_text=_("Operations added and withdrawn, figures corrected: the two packages compared."),
    )

    history = HistoricalRecords()
    objects = ReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        constraints = [
            models.CheckConstraint(condition=Q(number__gte=1), name="release_number_from_one"),
            models.CheckConstraint(condition=~Q(notes=""), name="release_has_notes"),
            models.CheckConstraint(condition=Q(package_size__gt=0), name="release_package_not_empty"),
        ]

    def __str__(self):
        return _("Release %(number)s") % {"number": self.number}

    def get_absolute_url(self):
        return reverse("operations:release_detail", kwargs={"number": self.number})

    def get_download_url(self):
        return reverse("operations:release_download", kwargs={"number": self.number})

    @property
    def file_name(self):
        return f"jad-register-release-{self.number}.zip"


class ReleasePart(FilePart):
    """A megabyte of a release's package file."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="parts")

    class Meta:
        ordering = ["release", "position"]
        constraints = [
            models.UniqueConstraint(fields=["release", "position"], name="release_part_unique_position"),
        ]

    def __str__(self):
        return f"{self.release} part {self.position}"

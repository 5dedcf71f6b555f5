"""The data package of the register as it is now (/data/jad-register.zip), kept in the database once
built: by the background worker after each change (operations.opendata.current), so that no
download waits for a build and every application server serves the same bytes.

Not part of the register: a package is made from it, and keeping one changes no revision
(operations.review.signals leaves these models out)."""

from django.db import models
from django.utils import timezone

from .files import FilePart


class DataPackageQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-created", "-pk")  # `created` is to the second: two builds may share it

    def older_than(self, package):
        return self.filter(models.Q(created__lt=package.created) | models.Q(created=package.created, pk__lt=package.pk))

    def newest(self):
        """The package of the latest view of the register that was kept, or None."""
        return self.newest_first().first()


class DataPackage(models.Model):
    """The data package of the public register at one of its revisions, its file in
    `DataPackagePart`s of a megabyte."""

    revision = models.UUIDField(
        unique=True, null=True, help_text="The register's revision the package shows (None: never changed)."
    )
    created = models.DateTimeField(
        help_text='When the view of the register it was built from was taken (datapackage.json\'s "created").'
    )
    updated = models.DateTimeField(
        null=True, help_text='The register\'s "last updated" moment at that revision (None: unknown).'
    )
    stored_at = models.DateTimeField(default=timezone.now, help_text="When the finished file was kept.")
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()

    objects = DataPackageQuerySet.as_manager()

    class Meta:
        verbose_name = "kept data package"
        constraints = [models.CheckConstraint(condition=models.Q(size__gt=0), name="data_package_not_empty")]

    def __str__(self):
        return f"data package of revision {self.revision}"


class DataPackagePart(FilePart):
    """A megabyte of a kept data package's file."""

    package = models.ForeignKey(DataPackage, on_delete=models.CASCADE, related_name="parts")

    class Meta:
        ordering = ["package", "position"]
        constraints = [
            models.UniqueConstraint(fields=["package", "position"], name="data_package_part_unique_position"),
        ]

    def __str__(self):
        return f"{self.package} part {self.position}"

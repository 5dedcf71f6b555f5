"""Files kept in the database a megabyte a row, so that backups keep them and every server reads
the same bytes: the releases' packages (`ReleasePart`) and the current data package
(`DataPackagePart`)."""

from django.db import models


class FilePartQuerySet(models.QuerySet):
    def blocks(self):
        """The bytes of the file these are the parts of, in order, one part in memory at a time."""
        data = self.values_list("data", flat=True)
        for position in self.order_by("position").values_list("position", flat=True):
            yield bytes(data.get(position=position))


class FilePart(models.Model):
    """A megabyte of a file, in order (`position` from 0); a subclass names the file it belongs to."""

    SIZE = 1 << 20

    position = models.PositiveIntegerField()
    data = models.BinaryField()

    objects = FilePartQuerySet.as_manager()

    class Meta:
        abstract = True

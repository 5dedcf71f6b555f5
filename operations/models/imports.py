"""Every import, recorded: who, when, which file (name and SHA-256), what it did, and what it
proposes where the public would otherwise see it at once.

`ImportRecord` is the import as one unit: its progress when it runs in the background, its counts
when done, and whether it was rolled back; `ImportUpload` keeps the file a background import reads
until it has run. The history rows it wrote carry its id
(`ImportedHistory.import_id`), so that it can be undone as one unit. `ProposedChange` is a row of
an import onto a published operation or activity: it waits for review instead of being public.
"""

import io

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedHistory(models.Model):
    """The base of every history row: which import wrote it, if an import did."""

    import_id = models.PositiveBigIntegerField(_("import"), null=True, blank=True, db_index=True, editable=False)

    class Meta:
        abstract = True


class ImportRecordQuerySet(models.QuerySet):
    def of_file(self, sha256, what):
        """Earlier imports of the same file into the same table that changed the register."""
        return self.filter(sha256=sha256, what=what, status__in=ImportRecord.Status.landed())


class ImportRecord(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        IMPORTED = "imported", _("imported")
        FAILED = "failed", _("failed: nothing saved")
        ROLLED_BACK = "rolled_back", _("rolled back")

        @classmethod
        def landed(cls):
            return [cls.IMPORTED]

        @classmethod
        def finished(cls):
            return [cls.IMPORTED, cls.FAILED, cls.ROLLED_BACK]

    what = models.CharField(_("table"), max_length=100, help_text=_("What the file was imported as."))
    file_name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    scope = models.CharField(
        _("organisation or template"),
        max_length=100,
        blank=True,
        help_text=_("Whose file it is: the name mappings of this organisation or template apply."),
    )
    erase_blank_cells = models.BooleanField(
        _("blank cells erase stored values"),
        default=False,
        help_text=_("Off unless the editor asked for it: a blank cell then keeps what is stored."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("imported by"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    done = models.PositiveIntegerField(_("rows done"), default=0, help_text=_("Progress while it runs."))
    created = models.PositiveIntegerField(_("created"), default=0)
    changed = models.PositiveIntegerField(_("changed"), default=0)
    skipped = models.PositiveIntegerField(_("unchanged"), default=0)
    proposed = models.PositiveIntegerField(_("proposed for review"), default=0)
    message = models.TextField(_("message"), blank=True, help_text=_("Why it failed, or what an editor should know."))
    rolled_back_at = models.DateTimeField(_("rolled back at"), null=True, blank=True)
    rolled_back_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rolled back by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ImportRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(done__lte=models.F("rows")),
                name="import_done_within_rows",
                violation_error_message=_("An import cannot have done more rows than it has."),
            ),
        ]

    def __str__(self):
        return _("Import #%(number)s of %(file)s") % {"number": self.pk, "file": self.file_name}

    @property
    def percent_done(self):
        return round(100 * self.done / self.rows) if self.rows else (100 if self.is_finished else 0)

    @property
    def is_finished(self):
        return self.status in self.Status.finished()

    def keep_upload(self, stream):
        """Keep the uploaded file (a binary file object) for the worker that will import it."""
        parts, number = [], 0
        stream.seek(0)
        while data := stream.read(ImportUpload.PART_SIZE):
            parts.append(ImportUpload(record=self, number=number, data=data))
            number += 1
            if len(parts) == 8:  # a few megabytes in memory at a time
                ImportUpload.objects.bulk_create(parts)
                parts = []
        ImportUpload.objects.bulk_create(parts)
        stream.seek(0)

    def open_upload(self):
        """The kept file, as a binary file that reads one part at a time from the database."""
        return io.BufferedReader(UploadReader(self), buffer_size=64 * 1024)

    def forget_upload(self):
        ImportUpload.objects.filter(record=self).delete()


class ImportUpload(models.Model):
    """A part of a file uploaded for a background import, kept until the import has run.

    The file is kept in the database, like everything else the register holds: any app server can
    take the upload and any worker read it, no server's disk holds what another needs, and a
    backup holds what waits in the queue. In parts of a megabyte, so that neither the upload nor
    the worker ever holds the whole file.
    """

    PART_SIZE = 1024 * 1024

    record = models.ForeignKey(ImportRecord, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField()
    data = models.BinaryField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["record", "number"], name="import_upload_part_once")]

    def __str__(self):
        return f"{self.record_id}/{self.number}"


class UploadReader(io.RawIOBase):
    """The parts of a kept upload read as one seekable file (zip archives need to seek)."""

    def __init__(self, record):
        self.record_id = record.pk
        self.size = record.size
        self.position = 0
        self.part_number, self.part = None, b""

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self.position

    def seek(self, offset, whence=io.SEEK_SET):
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.size}[whence]
        self.position = max(0, base + offset)
        return self.position

    def readinto(self, buffer):
        if self.position >= self.size:
            return 0
        number, start = divmod(self.position, ImportUpload.PART_SIZE)
        if number != self.part_number:
            data = ImportUpload.objects.filter(record_id=self.record_id, number=number).values_list("data", flat=True)
            self.part_number, self.part = number, bytes(data.get())
        chunk = self.part[start : start + len(buffer)]
        buffer[: len(chunk)] = chunk
        self.position += len(chunk)
        return len(chunk)


class ProposedChangeQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(decision=ProposedChange.Decision.PENDING)


class ProposedChange(models.Model):
    """A statement an import would add to, or change on, a published operation or activity: kept
    here, unseen by the public, until an editor accepts or rejects it (four eyes where that is on)."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        ACCEPTED = "accepted", _("accepted")
        REJECTED = "rejected", _("rejected")

    import_record = models.ForeignKey(
        ImportRecord, verbose_name=_("import"), on_delete=models.CASCADE, related_name="proposals"
    )
    row = models.PositiveIntegerField(_("spreadsheet row"))
    operation = models.ForeignKey(
        "operations.Operation", on_delete=models.CASCADE, null=True, blank=True, related_name="proposals"
    )
    activity = models.ForeignKey(
        "operations.Activity", on_delete=models.CASCADE, null=True, blank=True, related_name="proposals"
    )
    result = models.ForeignKey(
        "operations.Result",
        verbose_name=_("statement changed"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="proposals",
        help_text=_("Empty for a new statement."),
    )
    values = models.JSONField(_("proposed values"), help_text=_("Field name: value, as the statement would store it."))
    old_values = models.JSONField(_("stored values"), default=dict, blank=True)
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True, help_text=_("Why a published figure changes, for readers."))

    objects = ProposedChangeQuerySet.as_manager()

    class Meta:
        ordering = ["import_record", "row"]
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(operation__isnull=False) ^ models.Q(activity__isnull=False),
                name="proposal_about_operation_or_activity",
                violation_error_message=_("A proposed statement is about an operation or an activity."),
            ),
        ]

    def __str__(self):
        what = _("change to %(result)s") % {"result": self.result} if self.result_id else _("new statement")
        return _("Row %(row)s of import #%(import)s: %(what)s") % {
            "row": self.row,
            "import": self.import_record_id,
            "what": what,
        }

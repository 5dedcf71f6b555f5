"""manage.py stuck_imports: background imports still queued or running, and what to do with one
whose worker stopped mid-way (nothing of it was saved: its rows are written in one transaction)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.models import ImportRecord
from operations.spreadsheets.background import abandon, requeue


class Command(BaseCommand):
    help = (
        "List the imports still queued or running. An import whose worker was stopped (a restart, a crash) "
        "stays 'running' with nothing saved: queue it again with --requeue ID, or end it with --fail ID. "
        "Do so only when no worker is running it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--requeue", type=int, nargs="+", default=[], metavar="ID", help="Queue these again.")
        parser.add_argument("--fail", type=int, nargs="+", default=[], metavar="ID", help="Mark these failed.")

    def handle(self, *args, **options):
        waiting = ImportRecord.objects.filter(status__in=[ImportRecord.Status.QUEUED, ImportRecord.Status.RUNNING])
        for number in options["requeue"] + options["fail"]:
            if not waiting.filter(pk=number).exists():
                raise CommandError(f"Import #{number} is neither queued nor running.")
        for record in waiting.filter(pk__in=options["requeue"]):
            requeue(record)
            self.stdout.write(f"Import #{record.pk} ({record.file_name}) is queued again.")
        for record in waiting.filter(pk__in=options["fail"]):
            abandon(record)
            self.stdout.write(f"Import #{record.pk} ({record.file_name}) is marked failed; nothing of it was saved.")
        if options["requeue"] or options["fail"]:
            return
        now = timezone.now()
        for record in waiting.select_related("user").order_by("created_at"):
            minutes = (now - record.created_at).total_seconds() / 60
            self.stdout.write(
                f"#{record.pk} {record.status:8} {record.file_name} by {record.user}, {record.rows:,} rows, "
                f"uploaded {minutes:,.0f} min ago"
            )
        if not waiting.exists():
            self.stdout.write("No import is queued or running.")

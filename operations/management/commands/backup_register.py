"""manage.py backup_register: a backup of the whole register into BACKUP_DIR (jadsite/backups.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from jadsite.backups import BackupError, back_up, prune


class Command(BaseCommand):
    help = (
        "Back up the database DATABASE_URL names (SQLite while the site runs; PostgreSQL with pg_dump) into a "
        "timestamped file under BACKUP_DIR, with its SHA-256 beside it. Prints the file's path and checksum."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=None, help="Where to write it (default: the BACKUP_DIR setting).")
        parser.add_argument(
            "--keep", type=int, default=None, metavar="N", help="Then delete all but the N newest backups there."
        )

    def handle(self, *args, **options):
        directory = options["dir"] or settings.BACKUP_DIR
        if options["keep"] is not None and options["keep"] < 1:
            raise CommandError("--keep needs at least 1: the backup just made.")
        try:
            backup = back_up(directory)
            deleted = prune(directory, options["keep"]) if options["keep"] else []
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{backup.path}\nSHA-256 {backup.sha256}")
        for path in deleted:
            self.stdout.write(f"Deleted the older backup {path}")

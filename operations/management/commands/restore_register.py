"""manage.py restore_register FILE: replace the whole register with a backup (jadsite/backups.py)."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from jadsite.backups import BackupError, restore, verify


class Command(BaseCommand):
    help = (
        "Replace the database DATABASE_URL names with a backup made by backup_register, after checking the file "
        "(its SHA-256 file, then its contents). Everything written since the backup is lost. Stop the background "
        "workers first. Asks for confirmation, or needs --yes when not run from a terminal."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The backup: a .sqlite3 or .dump file written by backup_register.")
        parser.add_argument("--yes", action="store_true", help="Restore without asking.")
        parser.add_argument("--dry-run", action="store_true", help="Only check the file; change nothing.")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            sha256 = verify(path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{path} is a whole backup (SHA-256 {sha256}).")
        if options["dry_run"]:
            return
        target = connection.settings_dict["NAME"]
        if not options["yes"]:
            if not sys.stdin.isatty():
                raise CommandError("Not restored: pass --yes to replace the database without being asked.")
            answer = input(f"Replace the database {target} with {path}? Everything since is lost. Type 'restore': ")
            if answer.strip() != "restore":
                raise CommandError("Not restored.")
        try:
            restore(path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {target} from {path}.")

import getpass
import secrets
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from operations.review.access import STAFF_GROUPS


class Command(BaseCommand):
    help = (
        "Create a staff account in one group (editor or coordinator). Without --password-stdin a random "
        "password is generated and printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("group", choices=sorted(STAFF_GROUPS))
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-stdin", action="store_true", help="Read the password from standard input (not echoed)."
        )

    @transaction.atomic
    def handle(self, *args, username, group, email, password_stdin, **options):
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            raise CommandError(f"An account named '{username}' already exists.")
        if password_stdin:
            password = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
            if not password:
                raise CommandError("An empty password is not accepted.")
        else:
            password = secrets.token_urlsafe(12)
        user = users.objects.create_user(username=username, email=email, password=password, is_staff=True)
        user.groups.add(Group.objects.get(name=STAFF_GROUPS[group]))
        message = f"Created {username} in '{STAFF_GROUPS[group]}'."
        if not password_stdin:
            message += f" Password (shown only this once): {password}"
        self.stdout.write(self.style.SUCCESS(message))

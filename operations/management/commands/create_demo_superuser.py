import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create a demo superuser with a random password, printed once. "
        "Refuses to run unless DEBUG is on, so no production database gets a demo account."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("The demo superuser is only created in debug mode (DEBUG=True).")
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            self.stdout.write(
                f"Demo superuser '{username}' already exists; its password was printed when it was created. "
                f"Set a new one with: python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo superuser created. Sign in at http://127.0.0.1:8000/admin/ as '{username}' "
                f"with password: {password}  (shown only this once)"
            )
        )

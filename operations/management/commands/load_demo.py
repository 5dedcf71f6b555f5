from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from operations.demo.loader import DemoDataError, DemoLoader
from operations.review.changes import register_change


class Command(BaseCommand):
    help = (
        "Load the hand-checked demo data: the five seed documents (the JAD SEE series, its 2023 and 2024 "
        "operations, SEESAC's 2024 work) and the 37 records of the research file, with their participants, "
        "sources, figures and capacity-building activities. Safe to run again: rows are matched on their "
        "natural keys and saved only when something differs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be created or updated, then roll everything back.",
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        log = self.stdout.write if verbosity >= 2 else None
        # All or nothing, as one change to the register: a half-loaded register would show
        # operations without their figures.
        with register_change(None, "load_demo"):
            try:
                tally = DemoLoader(log=log).load()
            except DemoDataError as error:
                raise CommandError(str(error)) from error
            if dry_run:
                transaction.set_rollback(True)

        for model, counts in tally.items():
            self.stdout.write(
                f"{model._meta.verbose_name_plural}: {counts['created']} created, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged"
            )
        totals = sum(tally.values(), start=Counter())
        summary = f"{totals['created']} created, {totals['updated']} updated, {totals['unchanged']} unchanged."
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run, rolled back: {summary}"))
        else:
            self.stdout.write(self.style.SUCCESS(f"Demo data loaded: {summary}"))

from django.core.management.base import BaseCommand, CommandError

from operations.models import Activity, Operation
from operations.quality import FindingKind, check_operations

#: The tag before each finding, and how the summary counts it (one, several).
KINDS = {
    FindingKind.BREAKDOWN_MISMATCH: ("breakdown", "breakdown that does not add up", "breakdowns that do not add up"),
    FindingKind.PART_EXCEEDS_TOTAL: ("part > total", "part larger than its total", "parts larger than their totals"),
    FindingKind.CONFLICT: ("conflict", "conflict between statements", "conflicts between statements"),
    FindingKind.DIFFERENT_PRECISION: ("precision", "difference in precision", "differences in precision"),
}


class Command(BaseCommand):
    help = (
        "Check the published figures: breakdowns that do not add up to their totals, parts larger than "
        "their totals, and statements of one figure that contradict each other or differ in precision. "
        "Prints every finding, grouped by operation and capacity-building activity (published or not), and "
        "a summary. Reads only: "
        "figures are kept as published and never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--operation",
            action="append",
            dest="slugs",
            metavar="SLUG",
            help="Check only this operation (repeat for several).",
        )
        parser.add_argument(
            "--activity",
            action="append",
            dest="activity_slugs",
            metavar="SLUG",
            help="Check only this capacity-building activity (repeat for several).",
        )
        parser.add_argument(
            "--published-only", action="store_true", help="Check only published operations and activities."
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help=(
                "Exit with an error when there is any inconsistency (a breakdown that does not add up, a part "
                "larger than its total, a conflict). Differences in precision are notes and never fail."
            ),
        )

    def handle(self, *args, slugs=None, activity_slugs=None, published_only=False, strict=False, **options):
        operations = self._chosen(Operation, slugs, activity_slugs, published_only, "operation")
        activities = self._chosen(Activity, activity_slugs, slugs, published_only, "activity")
        report = check_operations(operations, activities)

        for subject in [*operations, *activities]:
            self.stdout.write(self.style.MIGRATE_HEADING(f"{subject} ({subject.get_status_display()})"))
            findings = report.for_operation(subject).findings
            if not findings:
                self.stdout.write("  no findings")
            for finding in findings:
                tag = f"[{KINDS[finding.kind][0]}]"
                line = f"  {tag:<15}{finding.message}"
                self.stdout.write(self.style.WARNING(line) if finding.is_inconsistency else line)

        self.stdout.write("")
        self.stdout.write(self._summary(operations, activities, report))
        inconsistencies = len(report.inconsistencies)
        if strict and inconsistencies:
            raise CommandError(f"{inconsistencies} inconsistent figure{'s' if inconsistencies != 1 else ''} found.")

    @staticmethod
    def _chosen(model, slugs, other_slugs, published_only, what):
        """The rows to check: all of them, those named, or none when only the other kind is named."""
        rows = model.objects.filter(status=model.Status.PUBLISHED) if published_only else model.objects.all()
        if other_slugs and not slugs:
            return []
        if slugs:
            rows = rows.filter(slug__in=slugs)
            unknown = sorted(set(slugs) - {row.slug for row in rows})
            if unknown:
                raise CommandError(f"No {'published ' if published_only else ''}{what} {', '.join(unknown)}.")
        return list(rows)

    def _summary(self, operations, activities, report):
        counts = report.counts()
        parts = [
            f"{counts[kind]} {one if counts[kind] == 1 else several}"
            for kind, (_tag, one, several) in KINDS.items()
            if counts[kind]
        ]
        checked = f"{len(operations)} operation{'s' if len(operations) != 1 else ''}"
        if activities:
            checked += f" and {len(activities)} activit{'ies' if len(activities) != 1 else 'y'}"
        checked += " checked"
        if not parts:
            return f"{checked}: no findings."
        total = len(report)
        return f"{checked}: {total} finding{'s' if total != 1 else ''}: {', '.join(parts)}."

from django.core.management.base import BaseCommand, CommandError

from operations.models import Operation
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
        "Prints every finding, grouped by operation (published or not), and a summary. Reads only: "
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
        parser.add_argument("--published-only", action="store_true", help="Check only published operations.")
        parser.add_argument(
            "--strict",
            action="store_true",
            help=(
                "Exit with an error when there is any inconsistency (a breakdown that does not add up, a part "
                "larger than its total, a conflict). Differences in precision are notes and never fail."
            ),
        )

    def handle(self, *args, slugs=None, published_only=False, strict=False, **options):
        operations = Operation.objects.published() if published_only else Operation.objects.all()
        if slugs:
            operations = operations.filter(slug__in=slugs)
            unknown = sorted(set(slugs) - {operation.slug for operation in operations})
            if unknown:
                raise CommandError(f"No {'published ' if published_only else ''}operation {', '.join(unknown)}.")
        operations = list(operations)
        report = check_operations(operations)

        for operation in operations:
            self.stdout.write(self.style.MIGRATE_HEADING(f"{operation.name} ({operation.get_status_display()})"))
            findings = report.for_operation(operation).findings
            if not findings:
                self.stdout.write("  no findings")
            for finding in findings:
                tag = f"[{KINDS[finding.kind][0]}]"
                line = f"  {tag:<15}{finding.message}"
                self.stdout.write(self.style.WARNING(line) if finding.is_inconsistency else line)

        self.stdout.write("")
        self.stdout.write(self._summary(operations, report))
        inconsistencies = len(report.inconsistencies)
        if strict and inconsistencies:
            raise CommandError(f"{inconsistencies} inconsistent figure{'s' if inconsistencies != 1 else ''} found.")

    def _summary(self, operations, report):
        counts = report.counts()
        parts = [
            f"{counts[kind]} {one if counts[kind] == 1 else several}"
            for kind, (_tag, one, several) in KINDS.items()
            if counts[kind]
        ]
        checked = f"{len(operations)} operation{'s' if len(operations) != 1 else ''} checked"
        if not parts:
            return f"{checked}: no findings."
        total = len(report)
        return f"{checked}: {total} finding{'s' if total != 1 else ''}: {', '.join(parts)}."

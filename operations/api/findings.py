"""The figure checks' findings (operations.quality) as the API gives them: what does not add up or
disagree, in plain words, with the statements concerned. The checks only report; no figure changes."""

from rest_framework import serializers

from .summaries import ParticipantSummary


class FindingSerializer(serializers.Serializer):
    kind = serializers.CharField(
        help_text="breakdown_mismatch, part_exceeds_total, conflict (inconsistencies) or different_precision (a note)."
    )
    kind_display = serializers.CharField(help_text="In the request's language.")
    is_inconsistency = serializers.BooleanField(
        help_text="Whether the statements cannot all be true as published (false: they differ in precision only)."
    )
    message = serializers.CharField(help_text="In the request's language.")
    metric = serializers.SlugField(source="metric.code")
    country = ParticipantSummary(allow_null=True, help_text="Null for a figure about the whole operation.")
    statements = serializers.SerializerMethodField(help_text="The ids of the statements concerned.")

    def get_statements(self, finding) -> list[int]:
        return [statement.pk for statement in finding.statements]


def findings_about(statement, report):
    """The findings of `report` (a FigureReport) that concern `statement`."""
    return [finding for finding in report.findings if any(s.pk == statement.pk for s in finding.statements)]

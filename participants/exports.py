from operations.exports import Column, TableExport
from operations.spreadsheets import neutralise

from .models import Participant


class ParticipantExport(TableExport):
    name = "participants"
    title = "Participants"
    columns = [
        Column("Name", 36),
        Column("Short name", 14),
        Column("Kind", 28),
        Column("Country code", 8),
        Column("Operations", 10),
        Column("Activities", 10),
        Column("Other names", 30),
        Column("Note", 60),
    ]
    fields = ("name", "short_name", "kind", "country", "operations_count", "activities_count", "aliases", "footnote")

    def rows(self, queryset, number):
        kinds = dict(Participant.Kind.choices)
        text = neutralise
        for name, short_name, kind, code, operations, activities, aliases, footnote in queryset.values_list(
            *self.fields
        ).iterator(chunk_size=2000):
            yield (
                text(f"{name}*" if footnote else name),
                text(short_name),
                str(kinds.get(kind, kind)),
                code or None,
                operations,
                activities,
                text(aliases),
                text(f"*{name}: {footnote}") if footnote else None,
            )

"""A participant's years: the published operations it took part in or whose coordination centre
it hosted, and the capacity building it implemented, received or partnered in, year by year.

Built from what the participant's page already fetched through the public doors, so it costs
no query and cannot show a draft."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Entry:
    date: object
    """The first day known (for ordering within a year); None when undated."""
    title: str
    url: str
    kind: str
    """'Operation', or the activity's kind ('Training')."""
    detail: str
    """The participant's part: its roles, 'coordination centre hosted in Skopje', 'received'."""
    is_operation: bool


@dataclass
class Year:
    year: int | None
    """None: the sources give no date."""
    entries: list = field(default_factory=list)

    @property
    def operations(self):
        return [entry for entry in self.entries if entry.is_operation]

    @property
    def activities(self):
        return [entry for entry in self.entries if not entry.is_operation]


def timeline(participations, hosted, activities):
    """[Year], oldest first, undated last. `participations` come with their operation and roles,
    `hosted` are coordination centres with their operation, and each activity carries the
    participant's `relation` to it (as the participant's page sets it)."""
    operations = {}
    for participation in participations:
        roles = ", ".join(role.name for role in participation.roles.all())
        operations[participation.operation.pk] = (participation.operation, [roles] if roles else [])
    for centre in hosted:
        operation, details = operations.setdefault(centre.operation.pk, (centre.operation, []))
        details.append(_("coordination centre hosted in %(city)s") % {"city": centre.city})

    entries = [
        Entry(
            date=operation.start_date,
            title=operation.name,
            url=operation.get_absolute_url(),
            kind=_("Operation"),
            detail="; ".join(dict.fromkeys(details)),
            is_operation=True,
        )
        for operation, details in operations.values()
    ]
    entries += [
        Entry(
            date=activity.start_date,
            title=activity.title,
            url=activity.get_absolute_url(),
            kind=str(activity.kind),
            detail=str(getattr(activity, "relation", "")),
            is_operation=False,
        )
        for activity in activities
    ]

    def when(entry):
        return (entry.date is None, entry.date, not entry.is_operation, entry.title)

    years = {}
    for entry in sorted(entries, key=when):
        year = entry.date.year if entry.date else None
        years.setdefault(year, Year(year)).entries.append(entry)
    return list(years.values())

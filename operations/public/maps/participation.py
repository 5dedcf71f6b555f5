"""The map on an operation's page: the countries and jurisdictions that took part, those with a
leading role in a colour of their own, from the participations the page already read (published
operations only, so never a draft's), without another query."""

from django.utils.translation import gettext as _

from .countries import Category, country_map


def participation_map(operation, participations):
    """The map of `participations` (the operation's, with participant and roles prefetched), or
    None when no country or jurisdiction in its window took part (Pangea's were across the world)."""
    leading = Category("lead", _("Leading role"))
    took_part = Category("took-part", _("Took part"))
    marks = []
    for participation in participations:
        participant = participation.participant
        if not participant.country:
            continue  # an agency, a partner or a group: not a place on the map
        roles = [role.name for role in participation.roles.all()]
        category = leading if any(role.is_leading for role in participation.roles.all()) else took_part
        summary = ", ".join(roles) if roles else _("took part")
        marks.append((participant, category, summary, [summary]))
    drawn = country_map(
        f"map-{operation.slug}",
        _("Countries and jurisdictions that took part in %(operation)s") % {"operation": operation.short_name},
        marks,
        categories=[leading, took_part],
        columns=[_("Role")],
        others_label=_("Did not take part, or not recorded"),
    )
    return drawn if drawn.drawn else None

"""The capacity-building map: per country or jurisdiction, how many public activities it received
and the money stated for them per currency (never converted, never summed across currencies), drawn
on the map of Europe with the same figures in a table. The sums are the country pages' own
(`country.received`), from one read of every public activity and one of their money."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from operations.models import Activity
from operations.public.maps.countries import Category, country_map
from participants.models import Participant

from .country import money_of, received, with_countries


def bands():
    """The map's shades, lightest first: (fewest activities received, Category)."""
    return [
        (1, Category("received-few", _("1 to 4 activities"))),
        (5, Category("received-some", _("5 to 19 activities"))),
        (20, Category("received-many", _("20 activities or more"))),
    ]


def money_words(totals):
    """The money of a country's `Received.totals`, per currency: "650 000 USD; 20 000 EUR, and
    10 000 EUR shared with other countries (approximate)". Empty when no amount was stated."""
    said = []
    for total in totals:
        # An amount is not broken across lines: "1 163 600 USD" keeps its spaces unbreakable.
        parts = [total.alone_display.replace(" ", "\u00a0")] if total.alone else []
        if total.shared:
            amount = total.shared_display.replace(" ", "\u00a0")
            shared = _("%(amount)s shared with other countries") % {"amount": amount}
            parts.append(_("and %(shared)s") % {"shared": shared} if parts else shared)
        words = ", ".join(parts)
        said.append(_("%(amount)s (approximate)") % {"amount": words} if total.qualified else words)
    return "; ".join(said)


def capacity_map():
    """The map of the countries and jurisdictions that received public capacity building, or None
    when none did."""
    activities = with_countries(Activity.objects.public().select_related("kind"))
    # A group of countries is no place on the map: countries and jurisdictions only.
    received_by = Participant.objects.filter(
        pk__in={pk for activity in activities for pk in activity.beneficiary_ids}
    ).exclude(country="")
    countries = {participant.pk: participant for participant in received_by.order_by("name")}
    by_country = {}
    for activity in activities:
        for participant_id in activity.beneficiary_ids:
            if participant_id in countries:
                by_country.setdefault(countries[participant_id], []).append(activity)
    if not by_country:
        return None
    money = money_of(activities)
    shades = bands()
    marks = []
    for participant, mine in by_country.items():
        count = len(mine)
        band = [category for fewest, category in shades if count >= fewest][-1]
        activities_said = ngettext("%(count)d activity received", "%(count)d activities received", count) % {
            "count": count
        }
        amounts = money_words(received(mine, money).totals)
        summary = f"{activities_said}, {amounts}" if amounts else activities_said
        marks.append((participant, band, summary, [str(count), amounts or _("no amount stated")]))
    return country_map(
        "map-capacity-building",
        _("Capacity building received, per country or jurisdiction"),
        marks,
        categories=[category for _fewest, category in shades],
        columns=[_("Activities received"), _("Money stated")],
        others_label=_("None recorded"),
    )

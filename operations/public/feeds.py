"""Atom feeds (django.contrib.syndication): operations as they are published, public corrections
of figures, and releases of the register. Each reads through a public door, so a draft never
appears and a withdrawn operation leaves the feeds with its corrections; the releases come from
operations.citation.releases."""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from operations.citation.releases import published_releases
from operations.models import Correction, Operation
from operations.models.numbers import written_number

from .citing import figure_path

FEED_LENGTH = 50


class RegisterFeed(Feed):
    feed_type = Atom1Feed
    author_name = "JAD Register"


class PublishedOperationsFeed(RegisterFeed):
    title = gettext_lazy("JAD Register: newly published operations")
    subtitle = gettext_lazy("Operations as they are published in the register, the latest first.")
    link = reverse_lazy("operations:list")

    def items(self):
        # An operation published before the register kept the moment (or entered as published by
        # the demo) has none: it comes last, on every database (PostgreSQL puts NULL first).
        latest = F("published_at").desc(nulls_last=True)
        return Operation.objects.published().select_related("series").order_by(latest, "-pk")[:FEED_LENGTH]

    def item_title(self, operation):
        return operation.name

    def item_description(self, operation):
        parts = [operation.period_display or "", operation.description]
        return " · ".join(part for part in parts if part)

    def item_pubdate(self, operation):
        return operation.published_at or operation.updated_at

    def item_updateddate(self, operation):
        return self.item_pubdate(operation)


class CorrectionsFeed(RegisterFeed):
    title = gettext_lazy("JAD Register: corrections")
    subtitle = gettext_lazy("Figures corrected after they were published, with the old value and the reason.")
    link = reverse_lazy("operations:about")

    def items(self):
        return (
            Correction.objects.public()
            .select_related(
                "result__operation", "result__activity", "result__metric", "result__country", "result__unit"
            )
            .order_by("-corrected_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, correction):
        result = correction.result
        names = {"metric": result.metric.name, "subject": result.subject.short_name}
        if result.country_id:
            names["country"] = result.country.display_name
            return _("%(metric)s, %(country)s, in %(subject)s corrected") % names
        return _("%(metric)s in %(subject)s corrected") % names

    def item_description(self, correction):
        old = written_number(correction.old_value) if correction.old_value is not None else "—"
        new = written_number(correction.new_value) if correction.new_value is not None else "—"
        return _("Was %(old)s, now %(new)s. Reason: %(reason)s") % {"old": old, "new": new, "reason": correction.reason}

    def item_link(self, correction):
        result = correction.result
        if result.operation_id:
            return figure_path(result.operation, result.metric, result.country if result.country_id else None)
        return result.activity.get_absolute_url()

    def item_guid(self, correction):
        return f"{self.item_link(correction)}#correction-{correction.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, correction):
        return correction.corrected_at

    def item_updateddate(self, correction):
        return correction.corrected_at


class ReleasesFeed(RegisterFeed):
    title = gettext_lazy("JAD Register: releases")
    subtitle = gettext_lazy("Numbered releases of the register: frozen copies of its data, to cite and download.")
    link = reverse_lazy("operations:home")

    def items(self):
        return published_releases(limit=FEED_LENGTH)

    def item_title(self, release):
        return _("Release %(number)s") % {"number": release.number}

    def item_description(self, release):
        return release.notes

    def item_link(self, release):
        return release.path

    def item_pubdate(self, release):
        return timezone.make_aware(datetime.datetime.combine(release.published_on, datetime.time()))

    def item_updateddate(self, release):
        return self.item_pubdate(release)

"""sitemap.xml (django.contrib.sitemaps, an index of one sitemap per section) and robots.txt: the
public pages search engines may list, every one reached through a public door (a draft is never
listed), and the admin kept out."""

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse

from operations.models import Activity, Operation, Source
from participants.models import Participant


class PagesSitemap(Sitemap):
    """The home page, the tables and the About page."""

    def items(self):
        return [
            "operations:home",
            "operations:list",
            "operations:result_list",
            "participants:list",
            "operations:activity_list",
            "operations:source_list",
            "operations:about",
        ]

    def location(self, item):
        return reverse(item)


class OperationSitemap(Sitemap):
    def items(self):
        return Operation.objects.published().only("slug").order_by("pk")


class ActivitySitemap(Sitemap):
    def items(self):
        return Activity.objects.public().only("slug").order_by("pk")


class SourceSitemap(Sitemap):
    def items(self):
        return Source.objects.public().only("pk").order_by("pk")


class ParticipantSitemap(Sitemap):
    def items(self):
        return Participant.objects.public().only("slug").order_by("pk")


SITEMAPS = {
    "pages": PagesSitemap,
    "operations": OperationSitemap,
    "activities": ActivitySitemap,
    "sources": SourceSitemap,
    "participants": ParticipantSitemap,
}


def robots_txt(request):
    """Every crawler may read the public site but not the admin, nor the exports (a table's every
    row, which its pages already show); the sitemap says where the pages are."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*_export=",
        f"Sitemap: {request.build_absolute_uri(reverse('operations:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")

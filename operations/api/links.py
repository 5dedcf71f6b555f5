"""Absolute addresses in the API's answers: each record's API detail and its page on the site."""

from urllib.parse import urlencode

from django.urls import reverse

# The API's detail endpoints by the key the records are found by.
API_DETAIL = {
    "operation": "api:operation-detail",
    "statement": "api:statement-detail",
    "source": "api:source-detail",
    "activity": "api:activity-detail",
    "participant": "api:participant-detail",
    "country": "api:country-detail",
}
SITE_PAGE = {
    "operation": "operations:detail",
    "source": "operations:source_detail",
    "activity": "operations:activity_detail",
    "participant": "participants:detail",
}
PLACEHOLDER = "0"  # a key every converter of these addresses accepts (slug and int)


class Links:
    """The request's scheme and host before the paths of the API and the site.

    Each kind of address is reversed once per request and the keys put in its place: a page of 25
    statements names about 200 addresses, and a reverse() each took a sixth of the page's time
    (docs/performance.md). The keys are slugs and ids, which need no quoting."""

    def __init__(self, request):
        self.origin = request.build_absolute_uri("/")[:-1]
        self.prefixes = {}

    def prefix(self, name):
        """The absolute address of `name` up to its key: '.../api/operations/'."""
        prefix = self.prefixes.get(name)
        if prefix is None:
            path = reverse(name, args=[PLACEHOLDER])
            # Every detail address here ends with its key and a slash ("/api/operations/<slug>/").
            assert path.endswith(f"/{PLACEHOLDER}/"), path
            prefix = self.prefixes[name] = self.origin + path[: -len(PLACEHOLDER) - 1]
        return prefix

    def api(self, kind, key):
        return f"{self.prefix(API_DETAIL[kind])}{key}/"

    def page(self, kind, key):
        return f"{self.prefix(SITE_PAGE[kind])}{key}/"

    def workbook(self, slug):
        return self.origin + reverse("operations:workbook", args=[slug])

    def api_list(self, name, **filters):
        """A list endpoint, with filters: the statements of one operation."""
        path = reverse(f"api:{name}-list")
        return self.origin + path + (f"?{urlencode(filters)}" if filters else "")

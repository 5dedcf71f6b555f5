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
    "workbook": "operations:workbook",
}


class Links:
    """The request's scheme and host before the paths of the API and the site."""

    def __init__(self, request):
        self.origin = request.build_absolute_uri("/")[:-1]

    def api(self, kind, key):
        return self.origin + reverse(API_DETAIL[kind], args=[key])

    def page(self, kind, key):
        return self.origin + reverse(SITE_PAGE[kind], args=[key])

    def api_list(self, name, **filters):
        """A list endpoint, with filters: the statements of one operation."""
        path = reverse(f"api:{name}-list")
        return self.origin + path + (f"?{urlencode(filters)}" if filters else "")

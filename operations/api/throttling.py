"""The API's throttle, named by settings.REST_FRAMEWORK (so it imports nothing of DRF's views)."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    """Requests per client address, at the rate settings.API_ANON_RATE gives (read per request, so
    that a test or a deployment may change it). Counted in the shared cache, so every server
    counts together. Everyone is anonymous to the API: it has no sign-in and serves public data only."""

    def get_rate(self):
        return settings.API_ANON_RATE

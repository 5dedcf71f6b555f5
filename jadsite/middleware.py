from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers


class PublicCacheMiddleware:
    """Let a reverse proxy or CDN absorb a press-release spike: anonymous GETs of public pages and
    exports are cacheable for PUBLIC_CACHE_SECONDS; the admin and signed-in views never are.

    Placed above ConditionalGetMiddleware, which adds the ETag and answers 304.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.private_prefixes = tuple(settings.PRIVATE_PATH_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.private_prefixes) or request.user.is_authenticated:
            add_never_cache_headers(response)
        elif request.method in ("GET", "HEAD") and response.status_code == 200 and "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
            # The language comes from the browser's Accept-Language or from the switcher's cookie.
            patch_vary_headers(response, ["Accept-Language", "Cookie"])
        return response

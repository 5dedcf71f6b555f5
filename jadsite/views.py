"""Views of the site as a whole, outside both apps."""

from django.core.exceptions import PermissionDenied
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language


def is_cross_site(request):
    """Whether the browser says the request comes from another site: its fetch metadata
    (Sec-Fetch-Site) or, from browsers without it, its Origin. A request that carries neither
    (an old browser, a script) is not taken as cross-site."""
    fetched_from = request.headers.get("Sec-Fetch-Site")
    if fetched_from is not None:
        return fetched_from not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin != f"{request.scheme}://{request.get_host()}"
    return False


@csrf_exempt
@require_POST
def set_language(request):
    """Django's set_language, without its CSRF token. Public pages are cached by proxies and must
    be the same for every visitor, which a per-visitor token in the footer's form would prevent
    (and it would set a cookie on every page). A forged switch could only change someone's
    display language; it is refused anyway when the browser says it comes from another site.
    `next` is checked by Django's view: it only returns to this site."""
    if is_cross_site(request):
        raise PermissionDenied("The language can only be changed from this site.")
    return django_set_language(request)

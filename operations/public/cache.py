"""What the public site keeps: pages rendered for anonymous visitors in the shared cache
(settings.CACHES["default"], from CACHE_URL: Redis in production, so that every server answers
from it), and what several pages read from the whole register (choice lists, counts) in each
process's own memory (CACHES["local"]), where reading it costs less than a round trip to Redis.

Every key carries the register's revision, a tag in the database that every change replaces in
its own transaction (operations.review.signals). A request reads the tag once; after a change,
every key is new, so no server answers with what it rendered before, and nothing has to be
deleted: what is no longer asked for expires or is evicted by the cache itself.

The cache only ever saves work. When it fails (Redis stopped), pages are rendered from the
database as if nothing were kept, and a warning is logged.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import set_response_etag
from django.utils.translation import get_language

from operations.models import Revision

logger = logging.getLogger(__name__)
MAX_CACHED_PATH = 2000


def register_state(request):
    """The register's revision and "last updated" moment as this request sees them: read once per
    request, in one query."""
    if not hasattr(request, "register_state"):
        request.register_state = Revision.objects.state()
    return request.register_state


def register_revision(request):
    """The register's revision tag as this request sees it."""
    return register_state(request).tag


def public_changed_at(request):
    """When what visitors see last changed, as this request sees it (None: unknown)."""
    return register_state(request).public_changed_at


def cache_get(key):
    try:
        return cache.get(key)
    except Exception:  # a failing cache must not take the page down: it only saves work
        logger.warning("The cache could not be read (%s); answering from the database.", key, exc_info=True)
        return None


def cache_set(key, value, timeout):
    try:
        cache.set(key, value, timeout)
    except Exception:  # as in cache_get
        logger.warning("The cache could not be written (%s).", key, exc_info=True)


def kept(revision, name, read, timeout=None):
    """What `read()` returns, kept under the register's revision: the same for every request until
    the register changes. A register without a revision (never migrated) keeps nothing."""
    if revision is None:
        return read()
    key = f"register:{revision}:{name}"
    local = caches["local"]
    value = local.get(key)
    if value is None:
        value = read()
        local.set(key, value, settings.PUBLIC_DATA_CACHE_SECONDS if timeout is None else timeout)
    return value


class CachedPageMixin:
    """For a view whose GET page depends on the register, its address and the language alone:
    for anonymous visitors, a page already rendered for this revision is answered from the cache.
    The page of a signed-in user is always rendered (it may show what only staff see).

    A page that shows the day it is read (a citation's access date) sets `page_varies_by_day`, and
    is kept for that day only."""

    page_varies_by_day = False

    def get(self, request, *args, **kwargs):
        key = self.page_key(request)
        page = cache_get(key) if key else None
        if page is not None:
            content, content_type, etag = page
            response = HttpResponse(content, content_type=content_type)
            response["ETag"] = etag  # kept with the page: hashing 80 kB again cost a sixth of the answer
            return response
        response = super().get(request, *args, **kwargs)
        if key and response.status_code == 200 and not response.streaming:
            if hasattr(response, "render"):
                response = response.render()
            set_response_etag(response)
            page = (response.content, response["Content-Type"], response["ETag"])
            cache_set(key, page, settings.PUBLIC_PAGE_CACHE_SECONDS)
        return response

    def page_key(self, request):
        return page_key(request, varies_by_day=self.page_varies_by_day)


def page_key(request, varies_by_day=False):
    """The key of the page `request` asks for, in its language, at the register's revision (and on
    this day, `varies_by_day`); None when it must be rendered (a signed-in user, an address too
    long, a register never migrated)."""
    path = request.get_full_path()
    if (
        settings.PUBLIC_PAGE_CACHE_SECONDS <= 0
        or request.user.is_authenticated
        or len(path) > MAX_CACHED_PATH
        or register_revision(request) is None
    ):
        return None
    # The whole address, host included: pages write absolute addresses (citations, metadata).
    address = request.build_absolute_uri(path)
    if varies_by_day:
        address += f" {timezone.localdate().isoformat()}"
    address = hashlib.sha256(address.encode()).hexdigest()
    return f"register:{register_revision(request)}:page:{get_language()}:{address}"

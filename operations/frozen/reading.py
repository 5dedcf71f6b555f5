"""Reading a release's frozen register: `?release=N` on any public address.

`ReleaseMiddleware` finds the release a request asks for (a 404 when there is none, JSON under
/api/) and, for the whole request, including a streamed export's rows, sets the release being
read; `FrozenRegisterRouter` then sends every read of a frozen model to that release's copy
(`copies.alias`). Writes, and the admin and other private pages, always go to the live register.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _

from operations.models import Release

from . import copies

RELEASE_PARAMETER = "release"
_reading = ContextVar("frozen_release", default=None)


def release_read():
    """The number of the release being read, or None: the live register."""
    return _reading.get()


@contextmanager
def reading_release(number):
    """Within the block, frozen models are read from release `number`'s copy."""
    token = _reading.set(number)
    try:
        yield
    finally:
        _reading.reset(token)


class FrozenRegisterRouter:
    def db_for_read(self, model, **hints):
        number = _reading.get()
        if number is not None and copies.is_frozen(model):
            return copies.alias(number)
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return False if db.startswith(copies.ALIAS_PREFIX) else None


def requested_release(request):
    """The published release `?release=` names, with a frozen copy here, or Http404 saying why."""
    text = request.GET[RELEASE_PARAMETER]
    number = int(text) if text.isdigit() and len(text) < 10 else None
    release = Release.objects.filter(number=number).first() if number else None
    if release is None:
        raise Http404(_("There is no release %(release)s.") % {"release": text[:20]})
    if not copies.exists(release.number):
        raise Http404(
            _(
                "Release %(release)s was published before the register kept a copy of each release to "
                "read; its data package can still be downloaded from its page."
            )
            % {"release": release.number}
        )
    return release


class ReleaseMiddleware:
    """`?release=N` on a public GET: the request reads release N (`request.release`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if RELEASE_PARAMETER not in request.GET or request.method not in ("GET", "HEAD") or _is_private(request):
            request.release = None
            return self.get_response(request)
        try:
            request.release = requested_release(request)
        except Http404 as missing:
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": str(missing)}, status=404)
            request.release_problem = str(missing)  # the 404 page says it
            raise
        number = request.release.number
        try:
            with reading_release(number):
                response = self.get_response(request)
        except BaseException:
            copies.release_connection(number)
            raise
        if response.streaming:
            response.streaming_content = _read_in(number, response.streaming_content)
        else:
            copies.release_connection(number)
        return response


def _read_in(number, content):
    """A streamed answer's chunks, made while reading release `number` (after the view returned)."""
    try:
        with reading_release(number):
            yield from content
    finally:
        copies.release_connection(number)


def _is_private(request):
    return request.path.startswith(tuple(settings.PRIVATE_PATH_PREFIXES))

"""Public pages kept between requests. A register is read far more than it is written, and every
write replaces its revision (operations.review.signals); so a page rendered for an anonymous visitor is
kept with the catalogue of that revision (operations.public.catalogue.KeptPages) and answered as rendered
until the register changes. Nothing else may vary a kept page: only the address and the language."""

from dataclasses import dataclass

from django.http import HttpResponse
from django.utils.translation import get_language

from . import catalogue

MAX_KEPT_PATH = 2000


@dataclass(frozen=True)
class KeptPage:
    content: bytes
    content_type: str


class KeptPageMixin:
    """For a view whose GET page depends on the register, the address and the language alone."""

    def get(self, request, *args, **kwargs):
        self.register = catalogue.current()
        key = self.kept_page_key()
        page = self.register.pages.get(key) if key else None
        if page is not None:
            return HttpResponse(page.content, content_type=page.content_type)
        response = super().get(request, *args, **kwargs)
        if hasattr(response, "render"):
            response = response.render()
        if key and response.status_code == 200 and not response.streaming:
            self.register.pages.keep(key, KeptPage(response.content, response["Content-Type"]), len(response.content))
        return response

    def kept_page_key(self):
        """What a kept page is found by: the address and the language, for anonymous visitors (the
        page of a signed-in editor is rendered for them), and for addresses of a sensible length."""
        path = self.request.get_full_path()
        if self.request.user.is_authenticated or len(path) > MAX_KEPT_PATH:
            return None
        return (path, get_language())

"""How the API chooses its format, named by settings.REST_FRAMEWORK (so it imports nothing of DRF's
views): what the client's Accept header asks for when a renderer has it, else the first renderer
(JSON), so that a browser or script asking for text/html alone still gets the data rather than a
406. An unknown `?format=` is still a 404."""

from rest_framework.exceptions import NotAcceptable
from rest_framework.negotiation import DefaultContentNegotiation


class LenientContentNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except NotAcceptable:
            return renderers[0], renderers[0].media_type

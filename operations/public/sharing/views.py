"""The views of a chart's address: its page, its embed view and its files (see the package).

A subject's view (`OperationChartView`, `ComparisonChartView`, and participants.public's
`ParticipantChartView`) says which chart the address names in `get_chart()`; `SharedChartView`
answers in the output its URL gives. Pages are kept like the site's other pages
(`CachedPageMixin`), files under the same key. `?lang=` gives the language of an embedded chart,
whatever the reader's browser says: the snippet carries the language it was copied in.
"""

from contextlib import nullcontext
from dataclasses import dataclass
from urllib.parse import urlencode

from csp.decorators import csp_replace
from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.generic import TemplateView

from operations.models import Operation

from ..cache import CachedPageMixin, cache_get, cache_set
from ..charts import breakdown_charts, comparison_charts
from ..comparison import CompareForm, compare
from ..groups import page_figures
from .files import png_of, svg_document

FILE_TYPES = {"svg": "image/svg+xml", "png": "image/png"}
#: Every site may frame the embed view (and no other page).
FRAMED_BY_ANYONE = {"frame-ancestors": ["*"]}


def frameable(view):
    return xframe_options_exempt(csp_replace(FRAMED_BY_ANYONE)(view))


def chart_paths(route, view, name):
    """The URLs of the charts at `route` (ending in "/"): the page, the SVG and PNG files, and the
    embed view, named `name`, `name`_svg, `name`_png and `name`_embed."""
    return [
        path(route, view.as_view(output="page"), name=name),
        path(route + "chart.svg", view.as_view(output="svg"), name=f"{name}_svg"),
        path(route + "chart.png", view.as_view(output="png"), name=f"{name}_png"),
        path(route + "embed/", frameable(view.as_view(output="embed")), name=f"{name}_embed"),
    ]


@dataclass(frozen=True)
class SharedChart:
    """A chart with what its address shows around it: what it is about (`subject`, with the page
    it comes from) and the footnotes of the places it names."""

    chart: object
    subject: str
    subject_url: str
    footnotes: tuple = ()

    @classmethod
    def pick(cls, charts, key, **about):
        """The chart of `charts` whose key is `key`, or a 404."""
        for chart in charts:
            if chart.key == key:
                return cls(chart, **about)
        raise Http404

    @property
    def embed_height(self):
        """A height for the snippet's frame, in CSS pixels: the title, the chart at its drawn size
        at most (site.css), the table of numbers, the note, the source and licence lines."""
        return 220 + self.chart.height + 33 * (len(self.chart.bars) + 1)


class SharedChartView(CachedPageMixin, TemplateView):
    """A chart's address in one of its outputs: "page", "embed" (templates), "svg" or "png" (files)."""

    output = "page"

    def get_chart(self):
        """The `SharedChart` the address names; Http404 when there is none."""
        raise NotImplementedError

    def get_template_names(self):
        return ["operations/chart_embed.html" if self.output == "embed" else "operations/chart_page.html"]

    def get(self, request, *args, **kwargs):
        language = self.asked_language()
        with translation.override(language) if language else nullcontext():
            if self.output in FILE_TYPES:
                response = self.file_response(request)
            else:
                response = super().get(request, *args, **kwargs)
                if hasattr(response, "render"):
                    response.render()  # in the language asked for
        if language:
            response["Content-Language"] = language
        return response

    def asked_language(self):
        asked = self.request.GET.get("lang", "")
        return asked if asked in dict(settings.LANGUAGES) else None

    def file_response(self, request):
        key = self.page_key(request)
        content = cache_get(key) if key else None
        if content is None:
            shared = self.get_chart()
            svg = svg_document(shared, request.build_absolute_uri(shared.chart.address.page))
            content = svg.encode() if self.output == "svg" else png_of(svg)
            if key:
                cache_set(key, content, settings.PUBLIC_PAGE_CACHE_SECONDS)
        response = HttpResponse(content, content_type=FILE_TYPES[self.output])
        filename = f"{self.file_stem()}.{self.output}"
        response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
        return response

    def file_stem(self):
        """The name the file is saved under: the address's slugs and key ("jad-see-2023-arrests")."""
        return "-".join(str(value) for value in self.kwargs.values())

    def get_context_data(self, **kwargs):
        shared = self.get_chart()
        address = shared.chart.address
        embed_url = self.request.build_absolute_uri(address.embed)
        embed_url += ("&" if "?" in embed_url else "?") + f"lang={translation.get_language()}"
        snippet = format_html(
            '<iframe src="{}" title="{}" width="100%" height="{}" style="border:0" loading="lazy"></iframe>',
            embed_url,
            shared.chart.title,
            shared.embed_height,
        )
        return super().get_context_data(
            shared=shared,
            chart=shared.chart,
            page_url=self.request.build_absolute_uri(address.page),
            embed_snippet=str(snippet),
            licence_name=settings.DATA_LICENCE_NAME,
            licence_url=settings.DATA_LICENCE_URL,
            footnotes=shared.footnotes,
            **kwargs,
        )


class OperationChartView(SharedChartView):
    """A breakdown chart of a published operation: /operations/<slug>/charts/<metric code>/."""

    def get_chart(self):
        operation = get_object_or_404(Operation.objects.published(), slug=self.kwargs["slug"])
        figures = page_figures(operation)
        return SharedChart.pick(
            breakdown_charts(operation, figures["roots"]),
            self.kwargs["code"],
            subject=operation.short_name,
            subject_url=operation.get_absolute_url(),
        )


class ComparisonChartView(SharedChartView):
    """A main figure of a comparison: /compare/charts/<metric code>/?operations=<slug>&operations=<slug>.
    Operations that are not two or more published ones are a 404, as is a metric none of them gives."""

    def get_chart(self):
        form = CompareForm(self.request.GET)
        if not form.is_valid():
            raise Http404
        comparison = compare(form.cleaned_data["operations"])
        query = urlencode([("operations", operation.slug) for operation in comparison.operations])
        return SharedChart.pick(
            comparison_charts(comparison, numbered_notes=False),
            self.kwargs["code"],
            subject=" · ".join(operation.short_name for operation in comparison.operations),
            subject_url=f"{reverse('operations:compare')}?{query}",
        )

    def file_stem(self):
        return "-".join([*self.request.GET.getlist("operations"), self.kwargs["code"]])

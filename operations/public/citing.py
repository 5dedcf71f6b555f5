"""'Cite this' on the public pages: the register (home page), an operation and each of its figures,
each with its own address; the citation as plain text, BibTeX and CSL-JSON on the page (copied by
static/operations/cite_this.js, no inline script) and as downloads (`cite.txt`, `cite.bib`,
`cite.json`), written by operations.citation. Citations name the release the visitor sees
(operations.citation.releases), the day the register last changed and the day they were read; a
page showing one is kept in the cache for that day only (`CachedPageMixin.page_varies_by_day`).

A figure is one metric of a published operation, for the whole operation or for one country; its
page (`FigureView`) shows its statements and is its citable address.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from operations.citation.citations import figure_citation, operation_citation, register_citation, table_citation
from operations.citation.formats import (
    BIBTEX_CONTENT_TYPE,
    CSL_CONTENT_TYPE,
    TEXT_CONTENT_TYPE,
    as_bibtex,
    as_csl_json,
    as_text,
)
from operations.citation.releases import current_release, release_ref
from operations.models import Metric, Operation, Release
from operations.spreadsheets.provenance import FileFacts
from participants.footnotes import footnotes_for
from participants.models import Participant

from .cache import CachedPageMixin, public_changed_at
from .groups import metric_figures

# extension: (content type, writer)
FORMATS = {
    "txt": (TEXT_CONTENT_TYPE, lambda citation: as_text(citation) + "\n"),
    "bib": (BIBTEX_CONTENT_TYPE, as_bibtex),
    "json": (CSL_CONTENT_TYPE, as_csl_json),
}


def citing(request, build, *args, release=None):
    """The citation `build(*args, url, accessed, updated, release)` of the page `request` asks for
    (its address without the query string or the citation's file name, but with the `?release=N`
    the page is read in), naming `release` or the release the page shows."""
    path = request.path
    for extension in FORMATS:
        path = path.removesuffix(f"cite.{extension}")
    shown = current_release(request)
    if shown is not None:  # the page as that release froze it: its address says so
        path = f"{path}?release={shown.number}"
    return build(
        *args,
        request.build_absolute_uri(path),
        timezone.localdate(),
        public_changed_at(request),
        release or shown,
    )


def cite_this(citation, download_path):
    """What templates/includes/cite_this.html shows: the three forms and their downloads
    (`download_path`: the page's address, to which 'cite.bib' and the like are added)."""
    return {
        "text": as_text(citation),
        "bibtex": as_bibtex(citation),
        "csl_json": as_csl_json(citation),
        "citation": citation,
        "downloads": {extension: f"{download_path}cite.{extension}" for extension in FORMATS},
    }


def file_facts(request, citation):
    """What a downloaded file says of itself (operations.spreadsheets.provenance): `citation` names
    what it holds, the page it came from and how to cite it."""
    return FileFacts(
        title=citation.title,
        address=citation.url,
        licence=citation.licence,
        updated=public_changed_at(request),
        release=citation.release,
        citation=as_text(citation),
    )


def page_address(request, without=()):
    """The absolute address of the page `request` asks for, its query string without `without`."""
    query = request.GET.copy()
    for name in without:
        query.pop(name, None)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}" if query else request.path)


def table_facts(request, title, summary_parts, without):
    """A table's (or a comparison's) file: titled by what its filters chose."""
    parts = [str(part) for part in summary_parts if part not in (None, "")]
    title = f"{title}: {', '.join(parts)}" if parts else str(title)
    citation = table_citation(
        title,
        page_address(request, without),
        timezone.localdate(),
        public_changed_at(request),
        current_release(request),
    )
    return file_facts(request, citation)


def download(citation, extension, filename):
    if extension not in FORMATS:
        raise Http404
    content_type, write = FORMATS[extension]
    response = HttpResponse(write(citation), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


def published_operation(slug):
    return get_object_or_404(Operation.objects.published().select_related("series"), slug=slug)


def figure_of(operation, code, country_slug=None):
    """The figure of the metric `code` in `operation` (for `country_slug`, or for the whole
    operation), with what metric_figures found about it; 404 when it has no public statement."""
    metric = get_object_or_404(Metric.objects.select_related("parent", "unit"), code=code)
    country = get_object_or_404(Participant.objects.public(), slug=country_slug) if country_slug else None
    figures = metric_figures(operation, metric)
    wanted = country.pk if country else None
    for figure in figures["figures"] if figures else []:
        if (figure.country.pk if figure.country else None) == wanted:
            return metric, country, figure, figures
    raise Http404


def figure_path(operation, metric, country=None):
    if country is None:
        return reverse("operations:figure", args=[operation.slug, metric.code])
    return reverse("operations:country_figure", args=[operation.slug, metric.code, country.slug])


def link_figures(operation, figures):
    """Give each figure of `operation` the address of its page (`url`), where it is cited."""
    for figure in figures:
        figure.url = figure_path(operation, figure.metric, figure.country)


class FigureView(CachedPageMixin, TemplateView):
    """One figure: its statements (the headline first, by the headline rule), their sources and
    corrections, what the figure checks found, and how to cite it."""

    template_name = "operations/figure_detail.html"
    page_varies_by_day = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        operation = published_operation(self.kwargs["slug"])
        metric, country, figure, figures = figure_of(operation, self.kwargs["code"], self.kwargs.get("country"))
        citation = citing(self.request, figure_citation, operation, metric, country)
        context.update(
            operation=operation,
            metric=metric,
            country=country,
            figure=figure,
            cited_sources=figures["sources"],
            cite=cite_this(citation, self.request.path),
            footnotes=footnotes_for([statement.country for statement in figure.statements]),
        )
        return context


def release_cite(request, release):
    """'Cite this' for a release's page: the register as release `release` froze it, dated by it."""
    return cite_this(citing(request, register_citation, release=release_ref(release)), request.path)


def release_citation_download(request, number, extension):
    release = get_object_or_404(Release, number=number)
    citation = citing(request, register_citation, release=release_ref(release))
    return download(citation, extension, f"jad-register-release-{release.number}")


def register_download(request, extension):
    return download(citing(request, register_citation), extension, "jad-register")


def operation_download(request, slug, extension):
    operation = published_operation(slug)
    return download(citing(request, operation_citation, operation), extension, operation.slug)


def figure_download(request, slug, code, extension, country=None):
    operation = published_operation(slug)
    metric, country, _figure, _figures = figure_of(operation, code, country)
    citation = citing(request, figure_citation, operation, metric, country)
    return download(citation, extension, citation.key)

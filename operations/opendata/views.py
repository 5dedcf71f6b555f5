"""The open-data pages: /data/ (what the package holds), the package itself, the catalogue record,
and the releases with their frozen packages."""

from django.conf import settings
from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.http import http_date
from django.views.generic import DetailView, ListView, TemplateView

from operations.frozen import copies
from operations.models import DataPackage, Release
from operations.public.cache import CachedPageMixin, kept, register_revision
from operations.public.citing import release_cite

from .current import kept_blocks, package_to_serve
from .dcat import catalogue_record
from .releases import package_blocks
from .tables import TABLES

PACKAGE_FILE_NAME = "jad-register.zip"
ZIP_CONTENT_TYPE = "application/zip"
JSON_LD_CONTENT_TYPE = "application/ld+json"
#: A release's file never changes: caches may keep it for a year without asking again.
FROZEN_CACHE_CONTROL = "public, max-age=31536000, immutable"
#: When to ask again for a package that is being built: a million results take 10 to 15 s.
BUILDING_RETRY_AFTER_SECONDS = 30


class DataView(CachedPageMixin, TemplateView):
    """What the data package holds and how its files fit together."""

    template_name = "operations/data.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            tables=TABLES,
            latest_release=Release.objects.latest_first().first(),
            licence_name=settings.DATA_LICENCE_NAME,
            licence_url=settings.DATA_LICENCE_URL,
            **kwargs,
        )


def data_package(request):
    """The newest package the worker kept: of the register as it is now, or, while the worker builds
    that one, as it was at the last change it built. Its ETag is its SHA-256, its Last-Modified the
    register's "last updated" moment it shows, and its datapackage.json names the revision. Asked
    with `?release=N`: that release's own package, frozen when it was published."""
    release = getattr(request, "release", None)
    if release is not None:
        return redirect(release.get_download_url())
    package = package_to_serve(register_revision(request))
    if package is None:
        response = render(request, "operations/data_package_building.html", status=503)
        response["Retry-After"] = str(BUILDING_RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
    response = StreamingHttpResponse(kept_blocks(package), content_type=ZIP_CONTENT_TYPE)
    response["Content-Length"] = str(package.size)
    response["Content-Disposition"] = f'attachment; filename="{PACKAGE_FILE_NAME}"'
    response["ETag"] = f'"{package.sha256}"'
    if package.updated is not None:
        response["Last-Modified"] = http_date(package.updated.timestamp())
    return response


def catalogue(request):
    """The DCAT-AP catalogue record, made once per revision of the register and package served."""
    package = DataPackage.objects.newest()
    name = f"dcat-catalogue-record:{package.sha256 if package else 'no-package'}"
    record = kept(register_revision(request), name, lambda: catalogue_record(package))
    readable = {"ensure_ascii": False, "indent": 2}
    return JsonResponse(record, content_type=JSON_LD_CONTENT_TYPE, json_dumps_params=readable)


class ReleaseListView(CachedPageMixin, ListView):
    template_name = "operations/release_list.html"
    context_object_name = "releases"

    def get_queryset(self):
        return Release.objects.latest_first()


class ReleaseDetailView(CachedPageMixin, DetailView):
    template_name = "operations/release_detail.html"
    context_object_name = "release"
    slug_field = slug_url_kwarg = "number"
    page_varies_by_day = True  # the citation's access date

    def get_queryset(self):
        return Release.objects.all()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cite=release_cite(self.request, self.object), readable=copies.exists(self.object.number), **kwargs
        )


def release_download(request, number):
    """A release's package, byte for byte as it was published."""
    release = get_object_or_404(Release, number=number)
    response = StreamingHttpResponse(package_blocks(release), content_type=ZIP_CONTENT_TYPE)
    response["Content-Length"] = str(release.package_size)
    response["Content-Disposition"] = f'attachment; filename="{release.file_name}"'
    response["ETag"] = f'"{release.package_sha256}"'
    response["Cache-Control"] = FROZEN_CACHE_CONTROL
    return response

"""The open-data pages: /data/ (what the package holds), the package itself, the catalogue record,
and the releases with their frozen packages."""

from django.conf import settings
from django.http import FileResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from operations.models import Release
from operations.public.cache import CachedPageMixin, kept, register_revision
from operations.public.citing import release_cite

from .current import current_package
from .dcat import catalogue_record
from .releases import package_blocks
from .tables import TABLES

PACKAGE_FILE_NAME = "jad-register.zip"
ZIP_CONTENT_TYPE = "application/zip"
JSON_LD_CONTENT_TYPE = "application/ld+json"
#: A release's file never changes: caches may keep it for a year without asking again.
FROZEN_CACHE_CONTROL = "public, max-age=31536000, immutable"


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
    """The package of the register as it is now, built after each change when first asked for."""
    return FileResponse(
        open(current_package(), "rb"),  # noqa: SIM115  (FileResponse closes it)
        as_attachment=True,
        filename=PACKAGE_FILE_NAME,
        content_type=ZIP_CONTENT_TYPE,
    )


def catalogue(request):
    """The DCAT-AP catalogue record, made once per revision of the register."""
    record = kept(register_revision(request), "dcat-catalogue-record", catalogue_record)
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
        return super().get_context_data(cite=release_cite(self.request, self.object), **kwargs)


def release_download(request, number):
    """A release's package, byte for byte as it was published."""
    release = get_object_or_404(Release, number=number)
    response = StreamingHttpResponse(package_blocks(release), content_type=ZIP_CONTENT_TYPE)
    response["Content-Length"] = str(release.package_size)
    response["Content-Disposition"] = f'attachment; filename="{release.file_name}"'
    response["ETag"] = f'"{release.package_sha256}"'
    response["Cache-Control"] = FROZEN_CACHE_CONTROL
    return response

"""The OpenAPI 3 schema (/api/schema/, drf-spectacular) and the documentation page (/api/docs/,
Swagger UI from drf-spectacular-sidecar's static files: nothing from a CDN).

The site's CSP forbids inline scripts, and Swagger UI's usual page starts it with one: the split
view serves that start-up script from its own address (`?script`), so the page loads only
scripts of this site."""

from django.core.cache import caches
from django.utils.translation import get_language
from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiYamlRenderer
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.response import Response


class SchemaView(SpectacularAPIView):
    """The schema, as JSON unless YAML is asked for (`?format=yaml`).

    It says what the code says, not what the register holds: it is made once per process and
    language and kept in the process's own cache, as making it took about 190 ms (1.4 s the first
    time in a process)."""

    renderer_classes = [OpenApiJsonRenderer, OpenApiYamlRenderer]

    def _get_schema_response(self, request):
        key = f"api-schema:{get_language()}"
        schema = caches["local"].get(key)
        if schema is None:
            schema = super()._get_schema_response(request).data
            caches["local"].set(key, schema, timeout=None)
        filename = self._get_filename(request, None)  # .json or .yaml, as negotiated
        return Response(data=schema, headers={"Content-Disposition": f'inline; filename="{filename}"'})


class DocumentationView(SpectacularSwaggerSplitView):
    url_name = "api:schema"
    title = "JAD Register API"


def release_parameter(result, generator, request, public):
    """drf-spectacular's post-processing hook: every endpoint takes `?release=N` (the middleware of
    operations.frozen reads it before any view does, so no view declares it)."""
    parameter = {
        "name": "release",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": 1},
        "description": (
            "Read the register as it stood in this published release (see /releases/) rather than as it is "
            "now; a release that does not exist is a 404."
        ),
    }
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            operation.setdefault("parameters", []).append(parameter)
    return result

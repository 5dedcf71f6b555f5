"""The OpenAPI 3 schema (/api/schema/, drf-spectacular) and the documentation page (/api/docs/,
Swagger UI from drf-spectacular-sidecar's static files: nothing from a CDN).

The site's CSP forbids inline scripts, and Swagger UI's usual page starts it with one: the split
view serves that start-up script from its own address (`?script`), so the page loads only
scripts of this site."""

from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiYamlRenderer
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView


class SchemaView(SpectacularAPIView):
    """The schema, as JSON unless YAML is asked for (`?format=yaml`)."""

    renderer_classes = [OpenApiJsonRenderer, OpenApiYamlRenderer]


class DocumentationView(SpectacularSwaggerSplitView):
    url_name = "api:schema"
    title = "JAD Register API"

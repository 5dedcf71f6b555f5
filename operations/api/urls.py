"""The API's addresses under /api/ (namespace "api"): a router of the endpoints, the OpenAPI
schema and its documentation page, and a JSON 404 for any other address."""

from django.urls import path, re_path
from rest_framework.routers import DefaultRouter

from .activities import ActivityViewSet
from .base import NotFoundView
from .documentation import DocumentationView, SchemaView
from .operations import OperationViewSet
from .participants import CountryViewSet, ParticipantViewSet
from .sources import SourceViewSet
from .statements import StatementViewSet

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False
router.register("operations", OperationViewSet, basename="operation")
router.register("statements", StatementViewSet, basename="statement")
router.register("sources", SourceViewSet, basename="source")
router.register("activities", ActivityViewSet, basename="activity")
router.register("participants", ParticipantViewSet, basename="participant")
router.register("countries", CountryViewSet, basename="country")

urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", DocumentationView.as_view(), name="docs"),
    *router.urls,
    re_path(r"^.*/\Z", NotFoundView.as_view(), name="not-found"),
]

from django.urls import path

from participants.public.views import CapacityMapView

from .opendata import views as opendata
from .public import views
from .public.sharing.views import ComparisonChartView, OperationChartView, chart_paths

app_name = "operations"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("operations/", views.OperationListView.as_view(), name="list"),
    path("operations/<slug:slug>/", views.OperationDetailView.as_view(), name="detail"),
    path(
        "operations/<slug:slug>/metrics/<str:code>/statements/",
        views.MetricStatementsView.as_view(),
        name="metric_statements",
    ),
    path("operations/<slug:slug>/workbook.xlsx", views.operation_workbook, name="workbook"),
    *chart_paths("operations/<slug:slug>/charts/<slug:code>/", OperationChartView, "chart"),
    path("results/", views.ResultListView.as_view(), name="result_list"),
    path("activities/", views.ActivityListView.as_view(), name="activity_list"),
    # Before the activities' own pages, so that /activities/map/ is never read as an activity's slug.
    path("activities/map/", CapacityMapView.as_view(), name="activity_map"),
    path("activities/<slug:slug>/", views.ActivityDetailView.as_view(), name="activity_detail"),
    path("sources/", views.SourceListView.as_view(), name="source_list"),
    path("sources/<int:pk>/", views.SourceDetailView.as_view(), name="source_detail"),
    path("compare/", views.CompareView.as_view(), name="compare"),
    *chart_paths("compare/charts/<slug:code>/", ComparisonChartView, "comparison_chart"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("data/", opendata.DataView.as_view(), name="data"),
    path("data/jad-register.zip", opendata.data_package, name="data_package"),
    path("data/catalog.jsonld", opendata.catalogue, name="data_catalogue"),
    path("releases/", opendata.ReleaseListView.as_view(), name="release_list"),
    path("releases/<int:number>/", opendata.ReleaseDetailView.as_view(), name="release_detail"),
    path("releases/<int:number>/package.zip", opendata.release_download, name="release_download"),
]

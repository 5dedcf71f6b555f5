from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from participants.public.views import CapacityMapView

from .opendata import views as opendata
from .public import citing, feeds, sitemaps, views
from .public.sharing.views import ComparisonChartView, OperationChartView, chart_paths

app_name = "operations"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("cite.<str:extension>", citing.register_download, name="cite_register"),
    path("operations/", views.OperationListView.as_view(), name="list"),
    path("operations/<slug:slug>/", views.OperationDetailView.as_view(), name="detail"),
    path(
        "operations/<slug:slug>/metrics/<str:code>/statements/",
        views.MetricStatementsView.as_view(),
        name="metric_statements",
    ),
    path("operations/<slug:slug>/workbook.xlsx", views.operation_workbook, name="workbook"),
    *chart_paths("operations/<slug:slug>/charts/<slug:code>/", OperationChartView, "chart"),
    path("operations/<slug:slug>/cite.<str:extension>", citing.operation_download, name="cite_operation"),
    path("operations/<slug:slug>/figures/<slug:code>/", citing.FigureView.as_view(), name="figure"),
    path("operations/<slug:slug>/figures/<slug:code>/cite.<str:extension>", citing.figure_download, name="cite_figure"),
    path(
        "operations/<slug:slug>/figures/<slug:code>/<slug:country>/",
        citing.FigureView.as_view(),
        name="country_figure",
    ),
    path(
        "operations/<slug:slug>/figures/<slug:code>/<slug:country>/cite.<str:extension>",
        citing.figure_download,
        name="cite_country_figure",
    ),
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
    path("releases/<int:number>/cite.<str:extension>", citing.release_citation_download, name="cite_release"),
    path("feeds/operations/", feeds.PublishedOperationsFeed(), name="feed_operations"),
    path("feeds/corrections/", feeds.CorrectionsFeed(), name="feed_corrections"),
    path("feeds/releases/", feeds.ReleasesFeed(), name="feed_releases"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps.SITEMAPS, "sitemap_url_name": "operations:sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap_section"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
]

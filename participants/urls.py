from django.urls import path

from operations.public.sharing.views import chart_paths
from participants.public import views

app_name = "participants"

urlpatterns = [
    path("", views.ParticipantListView.as_view(), name="list"),
    path("<slug:slug>/", views.ParticipantDetailView.as_view(), name="detail"),
    *chart_paths("<slug:slug>/charts/<slug:key>/", views.ParticipantChartView, "chart"),
]

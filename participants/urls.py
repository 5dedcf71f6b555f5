from django.urls import path

from participants.public import views

app_name = "participants"

urlpatterns = [
    path("", views.ParticipantListView.as_view(), name="list"),
    path("<slug:slug>/", views.ParticipantDetailView.as_view(), name="detail"),
]

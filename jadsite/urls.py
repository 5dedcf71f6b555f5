from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "JAD Register administration"
admin.site.site_title = "JAD Register"
admin.site.index_title = "Register data"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("operations.urls")),
    path("participants/", include("participants.urls")),
]

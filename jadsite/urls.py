from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.site_header = _("JAD Register administration")
admin.site.site_title = "JAD Register"
admin.site.index_title = _("Register data")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", include("jadsite.health")),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("", include("operations.urls")),
    path("participants/", include("participants.urls")),
]

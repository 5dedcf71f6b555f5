from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.site_header = _("JAD Register administration")
admin.site.site_title = "JAD Register"
admin.site.index_title = _("Register data")
# The operation's page and its inlines need the width: at 1,280 px the navigation sidebar pushed
# them 280 px past the window (tests/browser/test_editor_screens.py). The home page lists the models.
admin.site.enable_nav_sidebar = False

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", include("jadsite.health")),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("api/", include("operations.api.urls")),
    path("", include("operations.urls")),
    path("participants/", include("participants.urls")),
]

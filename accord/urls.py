from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

from accord.core.views import history_restore_view

admin.site.site_header = "Accord"
admin.site.site_title = "Accord administration"
admin.site.index_title = "Registry back office"

urlpatterns: list[URLPattern | URLResolver] = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("agreements/", include("accord.agreements.urls")),
    path("alliances/", include("accord.alliances.urls")),
    path("events/", include("accord.activities.event_urls")),
    path("activities/", include("accord.activities.urls")),
    path("organisations/", include("accord.registry.urls")),
    path("intake/", include("accord.intake.urls")),
    path("users/", include("accord.core.user_urls")),
    path("history/restore/", history_restore_view, name="history-restore"),
    path("", include("accord.insights.urls")),
]
# Uploaded documents are never served from a media URL, not even in DEBUG: they can be
# confidential, so they go out only through agreements:document, which checks visibility.

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

admin.site.site_header = "Accord"
admin.site.site_title = "Accord administration"
admin.site.index_title = "Registry back office"

urlpatterns: list[URLPattern | URLResolver] = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("agreements/", include("accord.agreements.urls")),
    path("alliances/", include("accord.alliances.urls")),
    path("organisations/", include("accord.registry.urls")),
    path("", include("accord.insights.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

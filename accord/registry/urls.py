from django.urls import path

from accord.registry import views

app_name = "registry"
urlpatterns = [
    path("", views.organisation_list_view, name="list"),
    path("<int:pk>/", views.organisation_detail_view, name="detail"),
]

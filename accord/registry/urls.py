from django.urls import path

from accord.registry import merge_views, views

app_name = "registry"
urlpatterns = [
    path("", views.organisation_list_view, name="list"),
    path("new/", views.organisation_create_view, name="create"),
    path("suggest/", views.organisation_suggest_view, name="suggest"),
    path("duplicates/", merge_views.duplicates_view, name="duplicates"),
    path("<int:pk>/", views.organisation_detail_view, name="detail"),
    path("<int:pk>/edit/", views.organisation_edit_view, name="edit"),
    path("<int:pk>/merge/", merge_views.organisation_merge_view, name="merge"),
]

"""/activities/ (namespace `activities`); the events' pages are in event_urls.py."""

from django.urls import path

from accord.activities import views

app_name = "activities"
urlpatterns = [
    path("", views.activity_list_view, name="list"),
    path("new/", views.activity_create_view, name="create"),
    path("<int:pk>/", views.activity_detail_view, name="detail"),
    path("<int:pk>/edit/", views.activity_edit_view, name="edit"),
]

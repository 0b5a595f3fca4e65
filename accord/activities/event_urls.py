"""/events/ (namespace `events`); the activities' pages are in urls.py."""

from django.urls import path

from accord.activities import views

app_name = "events"
urlpatterns = [
    path("", views.event_list_view, name="list"),
    path("new/", views.event_create_view, name="create"),
    path("<int:pk>/", views.event_detail_view, name="detail"),
    path("<int:pk>/edit/", views.event_edit_view, name="edit"),
]

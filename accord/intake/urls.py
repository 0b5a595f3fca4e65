from django.urls import path

from accord.intake import views

app_name = "intake"
urlpatterns = [
    path("", views.source_list_view, name="list"),
    path("new/", views.source_create_view, name="create"),
    path("<int:pk>/", views.source_review_view, name="review"),
    path(
        "<int:pk>/proposals/<int:position>/accept/",
        views.proposal_accept_view,
        name="accept",
    ),
    path(
        "<int:pk>/proposals/<int:position>/reject/",
        views.proposal_reject_view,
        name="reject",
    ),
]

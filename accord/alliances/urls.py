from django.urls import path

from accord.alliances import views

app_name = "alliances"
urlpatterns = [
    path("", views.alliance_list_view, name="list"),
    path("new/", views.alliance_create_view, name="create"),
    path("<slug:slug>/", views.alliance_detail_view, name="detail"),
    path("<slug:slug>/members.csv", views.alliance_members_csv, name="members_csv"),
    path("<slug:slug>/edit/", views.alliance_edit_view, name="edit"),
    path("<slug:slug>/sub-alliances/new/", views.alliance_create_view, name="create_sub"),
    path("<slug:slug>/members/new/", views.membership_create_view, name="member_create"),
    path("<slug:slug>/members/<int:pk>/edit/", views.membership_edit_view, name="member_edit"),
    path("<slug:slug>/members/<int:pk>/end/", views.membership_end_view, name="member_end"),
    path("<slug:slug>/counterparts/new/", views.counterpart_create_view, name="counterpart_create"),
    path(
        "<slug:slug>/counterparts/<int:pk>/edit/",
        views.counterpart_edit_view,
        name="counterpart_edit",
    ),
    path(
        "<slug:slug>/counterparts/<int:pk>/end/",
        views.counterpart_end_view,
        name="counterpart_end",
    ),
]

from django.urls import path

from accord.alliances import views

app_name = "alliances"
urlpatterns = [
    path("", views.alliance_list_view, name="list"),
    path("<slug:slug>/", views.alliance_detail_view, name="detail"),
    path("<slug:slug>/members.csv", views.alliance_members_csv, name="members_csv"),
]

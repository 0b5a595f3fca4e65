from django.urls import path

from accord.agreements import views

app_name = "agreements"
urlpatterns = [
    path("", views.agreement_list_view, name="list"),
    path("export.csv", views.agreement_export_view, name="export"),
    path("new/", views.agreement_create_view, name="create"),
    path("<int:pk>/", views.agreement_detail_view, name="detail"),
    path("<int:pk>/edit/", views.agreement_edit_view, name="edit"),
    path("<int:pk>/terminate/", views.agreement_terminate_view, name="terminate"),
    path("<int:pk>/renew/", views.agreement_renew_view, name="renew"),
    path("<int:pk>/documents/<int:document_pk>/", views.document_download_view, name="document"),
]

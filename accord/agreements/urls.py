from django.urls import path

from accord.agreements import views

app_name = "agreements"
urlpatterns = [
    path("", views.agreement_list_view, name="list"),
    path("export.csv", views.agreement_export_view, name="export"),
    path("<int:pk>/", views.agreement_detail_view, name="detail"),
]

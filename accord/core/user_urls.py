from django.urls import path

from accord.core import user_views

app_name = "users"
urlpatterns = [
    path("", user_views.user_list_view, name="list"),
    path("new/", user_views.user_create_view, name="create"),
    path("me/", user_views.my_account_view, name="me"),
    path("me/password/", user_views.MyPasswordView.as_view(), name="my-password"),
    path("<int:pk>/", user_views.user_edit_view, name="edit"),
    path("<int:pk>/password/", user_views.user_password_view, name="password"),
]

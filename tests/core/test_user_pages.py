"""The secretariat's user pages (/users/), each user's account page, and the interface language
that follows a signed-in user."""

import logging
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import Client

from accord.agreements.forms import organisation_label
from accord.core.models import Profile
from accord.core.users import user_update
from tests.conftest import Personas, sign_in

pytestmark = pytest.mark.django_db

PASSWORD = "accord-test"  # the personas' password (UserFactory)
STRONG = "Quiet-Harbour-Lantern-42"
User = get_user_model()


def signed_in(username: str) -> Client:
    return sign_in(Client(), username, PASSWORD)


def new_user_post(**overrides: Any) -> dict[str, Any]:
    data = {
        "username": "newcomer",
        "first_name": "Wei",
        "last_name": "Zhang",
        "email": "wei.zhang@example.org",
        "role": "viewer",
        "organisation": "",
        "password1": STRONG,
        "password2": STRONG,
    }
    return {**data, **overrides}


def edit_post(client: Client, user: Any, **overrides: Any) -> Any:
    """Open the edit form, change what `overrides` says, and save it."""
    form = client.get(f"/users/{user.pk}/").context["form"]
    data = {**form.initial, "version": form.initial.get("version", "")}
    data.update(overrides)
    if not data.get("is_active"):
        data.pop("is_active", None)  # an unticked box is not sent
    return client.post(f"/users/{user.pk}/", data)


def counts() -> tuple[int, int, int]:
    return User.objects.count(), Profile.objects.count(), Profile.history.count()


@pytest.mark.parametrize(
    "path", ["/users/", "/users/new/", "/users/{pk}/", "/users/{pk}/password/"]
)
def test_only_the_secretariat_opens_the_user_pages(personas: Personas, path: str) -> None:
    url = path.format(pk=personas.viewer.pk)
    assert signed_in("sec").get(url).status_code == 200
    assert signed_in("officer").get(url).status_code == 403
    assert signed_in("viewer").get(url).status_code == 403
    anonymous = Client().get(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/accounts/login/?next=")


def test_only_admins_see_the_users_link(personas: Personas) -> None:
    assert 'href="/users/"' in signed_in("sec").get("/").content.decode()
    assert 'href="/users/"' not in signed_in("officer").get("/").content.decode()
    assert 'href="/users/"' not in Client().get("/").content.decode()


def test_the_list_shows_role_organisation_and_searches_and_filters(personas: Personas) -> None:
    client = signed_in("sec")
    page = client.get("/users/").content.decode()
    for text in ("officer", "outsider", "viewer", "Member University", "Secretariat admin"):
        assert text in page
    officers = client.get("/users/", {"role": "officer"}).context["rows"]
    assert sorted(r["user"].username for r in officers) == ["officer", "outsider"]
    found = client.get("/users/", {"q": "unrelated"}).context["rows"]
    assert [r["user"].username for r in found] == ["outsider"]
    admins = client.get("/users/", {"role": "admin"}).context["rows"]
    assert [r["user"].username for r in admins] == ["sec"]


def test_the_list_pages_through_many_users(personas: Personas) -> None:
    from accord.demo.factories import UserFactory

    for n in range(55):
        UserFactory.create(username=f"reader{n:02}")
    client = signed_in("sec")
    first = client.get("/users/", {"role": "viewer"})
    assert len(first.context["rows"]) == 50
    assert "Page 1 of 2" in first.content.decode()
    second = client.get("/users/", {"role": "viewer", "page": "2"})
    assert len(second.context["rows"]) == 6  # 55 readers and the persona viewer


def test_an_admin_creates_an_officer_who_acts_for_an_organisation(personas: Personas) -> None:
    client = signed_in("sec")
    response = client.post(
        "/users/new/",
        new_user_post(role="officer", organisation=organisation_label(personas.member)),
    )
    assert response.status_code == 302
    user = User.objects.get(username="newcomer")
    assert (user.accord_profile.role, user.accord_profile.organisation) == (
        "officer",
        personas.member,
    )
    assert not user.is_superuser
    assert user.accord_profile.history.get().history_user == personas.admin
    sign_in(Client(), "newcomer", STRONG)


def test_an_organisation_is_found_by_its_name_without_javascript(personas: Personas) -> None:
    client = signed_in("sec")
    response = client.post(
        "/users/new/", new_user_post(role="officer", organisation="member university")
    )
    assert response.status_code == 302
    assert User.objects.get(username="newcomer").accord_profile.organisation == personas.member


def test_an_officer_without_an_organisation_is_refused_beside_the_field(
    personas: Personas,
) -> None:
    client = signed_in("sec")
    before = counts()
    response = client.post("/users/new/", new_user_post(role="officer"))
    assert response.status_code == 400
    assert (
        "An officer must act for an organisation."
        in response.context["form"].errors["organisation"]
    )
    assert counts() == before
    page = response.content.decode()
    assert 'value="newcomer"' in page and 'value="wei.zhang@example.org"' in page
    assert STRONG not in page  # passwords are typed again


def test_an_unknown_organisation_is_refused_and_nothing_written(personas: Personas) -> None:
    client = signed_in("sec")
    before = counts()
    response = client.post(
        "/users/new/", new_user_post(role="officer", organisation="Nowhere Institute")
    )
    assert response.status_code == 400
    assert "organisation" in response.context["form"].errors
    assert counts() == before


@pytest.mark.parametrize(
    "password1, password2, message",
    [
        ("12345678", "12345678", "too common"),
        ("short", "short", "too short"),
        ("newcomer-zhang", "newcomer-zhang", "too similar"),
        (STRONG, STRONG + "x", "didn’t match"),
    ],
)
def test_a_weak_or_mistyped_password_is_refused(
    personas: Personas, password1: str, password2: str, message: str
) -> None:
    client = signed_in("sec")
    before = counts()
    response = client.post(
        "/users/new/", new_user_post(username="newcomer", password1=password1, password2=password2)
    )
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["password2"])
    assert counts() == before


def test_a_taken_user_name_is_refused_beside_the_field(personas: Personas) -> None:
    client = signed_in("sec")
    before = counts()
    response = client.post("/users/new/", new_user_post(username="officer"))
    assert response.status_code == 400
    assert "username" in response.context["form"].errors
    assert counts() == before


def test_an_admin_changes_a_role_and_the_history_says_who(personas: Personas) -> None:
    client = signed_in("sec")
    response = edit_post(client, personas.viewer, role="admin", email="v@example.org")
    assert response.status_code == 302
    viewer = User.objects.get(pk=personas.viewer.pk)
    assert viewer.accord_profile.role == "admin" and viewer.is_superuser and viewer.is_staff
    assert viewer.email == "v@example.org"
    latest = viewer.accord_profile.history.order_by("-history_id").first()
    assert latest.history_user == personas.admin
    assert latest.history_change_reason == "email changed"


def test_an_officer_becoming_a_viewer_no_longer_acts_for_the_organisation(
    personas: Personas,
) -> None:
    response = edit_post(signed_in("sec"), personas.officer, role="viewer")
    assert response.status_code == 302
    profile = Profile.objects.get(user=personas.officer)
    assert (profile.role, profile.organisation) == ("viewer", None)


def test_making_a_viewer_an_officer_needs_an_organisation(personas: Personas) -> None:
    client = signed_in("sec")
    before = counts()
    response = edit_post(client, personas.viewer, role="officer", organisation="")
    assert response.status_code == 400
    assert "organisation" in response.context["form"].errors
    assert counts() == before
    assert Profile.objects.get(user=personas.viewer).role == "viewer"


def test_an_admin_cannot_demote_themselves(personas: Personas) -> None:
    client = signed_in("sec")
    before = counts()
    response = edit_post(client, personas.admin, role="viewer")
    assert response.status_code == 400
    assert "role" in response.context["form"].errors
    admin = User.objects.get(pk=personas.admin.pk)
    assert admin.is_superuser and admin.accord_profile.role == "admin"
    assert counts() == before


def test_an_admin_cannot_deactivate_themselves(personas: Personas) -> None:
    client = signed_in("sec")
    response = edit_post(client, personas.admin, is_active=False)
    assert response.status_code == 400
    assert "is_active" in response.context["form"].errors
    assert User.objects.get(pk=personas.admin.pk).is_active


def test_the_last_active_admin_cannot_be_removed(personas: Personas) -> None:
    with pytest.raises(ValidationError, match="at least one active secretariat admin"):
        user_update(user=personas.admin, role="viewer")  # a system caller, not the admin
    with pytest.raises(ValidationError, match="at least one active secretariat admin"):
        user_update(user=personas.admin, is_active=False)
    assert User.objects.get(pk=personas.admin.pk).is_superuser


def test_another_admin_can_demote_an_admin(personas: Personas) -> None:
    client = signed_in("sec")
    edit_post(client, personas.viewer, role="admin")
    response = edit_post(signed_in("viewer"), personas.admin, role="viewer")
    assert response.status_code == 302
    assert not User.objects.get(pk=personas.admin.pk).is_superuser


def test_a_stale_edit_is_refused(personas: Personas) -> None:
    client = signed_in("sec")
    opened = client.get(f"/users/{personas.viewer.pk}/").context["form"].initial
    assert edit_post(client, personas.viewer, first_name="Ada").status_code == 302
    response = client.post(
        f"/users/{personas.viewer.pk}/",
        {**opened, "first_name": "Grace", "is_active": "on"},
    )
    assert response.status_code == 400
    assert "after you opened this form" in response.content.decode()
    assert User.objects.get(pk=personas.viewer.pk).first_name == "Ada"


def test_a_deactivated_user_cannot_sign_in_and_is_signed_out(personas: Personas) -> None:
    officer = signed_in("officer")
    assert edit_post(signed_in("sec"), personas.officer, is_active=False).status_code == 302
    refused = Client().post("/accounts/login/", {"username": "officer", "password": PASSWORD})
    assert refused.status_code == 200  # the form again, not a redirect
    assert officer.get("/users/me/").status_code == 302  # the open session ended too
    latest = Profile.objects.get(user=personas.officer).history.order_by("-history_id").first()
    assert latest.history_change_reason == "deactivated"


def test_an_admin_sets_a_new_password_and_it_is_kept_out_of_history_and_logs(
    personas: Personas, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = signed_in("sec")
    url = f"/users/{personas.viewer.pk}/password/"
    weak = client.post(url, {"new_password1": "password", "new_password2": "password"})
    assert weak.status_code == 400
    assert "new_password2" in weak.context["form"].errors
    done = client.post(url, {"new_password1": STRONG, "new_password2": STRONG})
    assert done.status_code == 302
    sign_in(Client(), "viewer", STRONG)
    assert (
        Client().post("/accounts/login/", {"username": "viewer", "password": PASSWORD}).status_code
        == 200
    )
    client.post("/users/new/", new_user_post(password1=STRONG + "!", password2=STRONG + "!"))
    latest = Profile.objects.get(user=personas.viewer).history.order_by("-history_id").first()
    assert (latest.history_change_reason, latest.history_user) == ("password set", personas.admin)
    for record in Profile.history.all():
        assert STRONG not in str(record.__dict__)
    assert STRONG not in caplog.text  # nor the new user's, which starts with it


def test_a_user_changes_their_own_password_on_their_account_page(personas: Personas) -> None:
    client = signed_in("officer")
    assert client.get("/users/me/").status_code == 200
    wrong = client.post(
        "/users/me/password/",
        {"old_password": "nope", "new_password1": STRONG, "new_password2": STRONG},
    )
    assert wrong.status_code == 400
    response = client.post(
        "/users/me/password/",
        {"old_password": PASSWORD, "new_password1": STRONG, "new_password2": STRONG},
    )
    assert response.status_code == 302
    assert client.get("/users/me/").status_code == 200  # still signed in here
    sign_in(Client(), "officer", STRONG)
    latest = Profile.objects.get(user=personas.officer).history.order_by("-history_id").first()
    assert latest.history_change_reason == "password set"


def test_the_chosen_language_is_saved_and_applied_at_the_next_sign_in(
    personas: Personas,
) -> None:
    already = signed_in("officer")  # signed in on another computer before the switch
    already.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert already.get("/")["Content-Language"] == "en"
    client = signed_in("officer")
    switched = client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert switched.status_code == 302
    assert Profile.objects.get(user=personas.officer).language == "zh-hans"
    # Another computer: no language cookie, a browser asking for English.
    elsewhere = signed_in("officer")
    page = elsewhere.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert page["Content-Language"] == "zh-hans"
    assert "仪表板" in page.content.decode()  # "Dashboard"
    # The other computer's cookie still says English: the profile wins on its next page.
    assert already.cookies["django_language"].value == "en"
    assert already.get("/")["Content-Language"] == "zh-hans"
    # Someone else signing in on the same browser afterwards keeps their own language.
    assert signed_in("viewer").get("/", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "en"


def test_the_language_stays_after_signing_out(personas: Personas) -> None:
    Profile.objects.filter(user=personas.officer).update(language="zh-hans")
    client = signed_in("officer")
    client.get("/")
    client.post("/accounts/logout/")
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "zh-hans"


def test_the_account_page_sets_and_forgets_the_language(personas: Personas) -> None:
    client = signed_in("viewer")
    assert client.post("/users/me/", {"language": "zh-hans"}).status_code == 302
    assert Profile.objects.get(user=personas.viewer).language == "zh-hans"
    assert client.get("/users/me/")["Content-Language"] == "zh-hans"
    assert client.post("/users/me/", {"language": ""}).status_code == 302
    assert Profile.objects.get(user=personas.viewer).language == ""
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "en"
    assert client.post("/users/me/", {"language": "klingon"}).status_code == 400

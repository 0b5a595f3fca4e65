"""Every detail page says who changed what and when, with the previous values; the
secretariat can put an earlier version back."""

import html

import pytest
from django.test import Client
from django.utils.html import strip_tags

from accord.agreements.models import Agreement
from accord.agreements.services import agreement_update
from accord.demo.loader import Demo, demo_load
from accord.registry.services import organisation_update
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo() -> Demo:
    return demo_load()


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(strip_tags(response.content.decode()))


def restore(client: Client, **fields: object) -> object:
    return client.post("/history/restore/", {"next": "/agreements/", **fields})


def test_the_agreement_page_shows_what_changed_and_the_admin_restores_it(
    client: Client, demo: Demo
) -> None:
    from django.contrib.auth import get_user_model

    agreement = demo.agreements["expired"]
    old_title = agreement.title
    secretariat = get_user_model().objects.get(username="admin")
    agreement_update(agreement=agreement, title="A retitled agreement", actor=secretariat)
    sign_in(client, "admin")
    shown = page(client, f"/agreements/{agreement.pk}/")
    assert f"Title: {old_title} → A retitled agreement" in shown
    before = agreement.history.order_by("history_id")[1]  # the version before the retitle
    response = restore(
        client,
        model="agreements.Agreement",
        pk=agreement.pk,
        version=before.history_id,
        next=f"/agreements/{agreement.pk}/",
    )
    assert response["Location"] == f"/agreements/{agreement.pk}/"  # type: ignore[index]
    agreement.refresh_from_db()
    assert agreement.title == old_title
    after = page(client, f"/agreements/{agreement.pk}/")
    assert "The earlier version is restored." in after
    assert f"restored version {before.history_id}" in after
    assert agreement.history.first().history_user == secretariat


def test_the_organisation_page_shows_its_history(client: Client, demo: Demo) -> None:
    polimi = demo.orgs["polimi"]
    organisation_update(organisation=polimi, city="Milano")
    shown = page(client, f"/organisations/{polimi.pk}/")
    assert "→ Milano" in shown
    assert "Restore this version" not in shown  # only the secretariat restores


def test_only_the_secretariat_restores(client: Client, demo: Demo) -> None:
    agreement = demo.agreements["polimi"]
    version = agreement.history.order_by("history_id").first()
    assert version is not None
    title = agreement.title
    agreement_update(agreement=agreement, title="Changed")
    sign_in(client, "xjtu")  # a party's officer, but not the secretariat
    assert "Restore this version" not in page(client, f"/agreements/{agreement.pk}/")
    refused = restore(
        client, model="agreements.Agreement", pk=agreement.pk, version=version.history_id
    )
    assert refused.status_code == 403  # type: ignore[attr-defined]
    assert Agreement.objects.get(pk=agreement.pk).title == "Changed"
    assert title != "Changed"


def test_a_bad_restore_request_says_why_and_changes_nothing(client: Client, demo: Demo) -> None:
    sign_in(client, "admin")
    agreement = demo.agreements["polimi"]
    for fields in (
        {"model": "nothing.Here", "pk": agreement.pk, "version": 1},
        {"model": "agreements.Agreement", "pk": agreement.pk, "version": 999999},
        {"model": "agreements.Agreement", "pk": "x", "version": "y"},
    ):
        response = restore(client, **fields)
        assert response.status_code == 302  # type: ignore[attr-defined]
        assert "Could not restore that version" in page(client, "/agreements/")
    outside = restore(client, model="x.Y", pk=1, version=1, next="https://elsewhere.example/")
    assert outside["Location"] == "/"  # type: ignore[index]


def test_event_and_activity_pages_show_their_history(client: Client, demo: Demo) -> None:
    from accord.activities.models import Activity, Event

    event = Event.objects.order_by("id").first()
    activity = Activity.objects.filter(agreement__confidentiality="public").first()
    assert event is not None and activity is not None
    sign_in(client, "admin")
    for url in (f"/events/{event.pk}/", f"/activities/{activity.pk}/"):
        shown = page(client, url)
        assert "History" in shown and "Created" in shown


@pytest.mark.parametrize("model", ["core.Profile", "alliances.Membership"])
def test_records_kept_right_by_their_own_rules_are_not_restored_around_them(
    client: Client, demo: Demo, model: str
) -> None:
    """A role (and the superuser flag that goes with it) or a membership's dates are changed
    only through their forms, which apply their rules; an old version is not put back."""
    from django.apps import apps

    sign_in(client, "admin")
    record = apps.get_model(model).objects.order_by("pk").first()
    assert record is not None
    first = record.history.earliest()
    before = record.history.count()
    restore(client, model=model, pk=record.pk, version=first.history_id)
    assert "Could not restore that version" in page(client, "/agreements/")
    assert record.history.count() == before

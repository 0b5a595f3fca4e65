"""The back office: every model has an admin whose list, search and add pages work."""

from typing import Any

import pytest
from django.contrib import admin
from django.db.models import Model
from django.test import Client
from django.urls import reverse

from accord.agreements.models import Agreement
from accord.demo.loader import demo_load
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db

OUR_APPS = {"core", "registry", "alliances", "agreements", "activities"}


def our_models() -> list[type[Model]]:
    return [m for m in admin.site._registry if m._meta.app_label in OUR_APPS]


def test_every_domain_model_has_an_admin() -> None:
    from tests.test_history import domain_models

    assert set(domain_models()) <= set(our_models())


@pytest.fixture
def secretariat(client: Client) -> Client:
    demo_load()
    sign_in(client, "admin")
    return client


def _url(model: type[Model], view: str, *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_list_search_and_add_pages_load_for_every_model(secretariat: Client) -> None:
    for model in our_models():
        for url in (
            _url(model, "changelist"),
            _url(model, "changelist") + "?q=xjtu",
            _url(model, "add"),
        ):
            response = secretariat.get(url)
            assert response.status_code == 200, url


def test_each_demo_record_opens_with_its_history(secretariat: Client) -> None:
    for model in our_models():
        obj = model._default_manager.first()
        if obj is None:
            continue
        assert secretariat.get(_url(model, "change", obj.pk)).status_code == 200
        assert secretariat.get(_url(model, "history", obj.pk)).status_code == 200


def test_agreements_filter_by_derived_status(secretariat: Client) -> None:
    response = secretariat.get(_url(Agreement, "changelist") + "?status=superseded")
    assert response.status_code == 200
    assert "University of Turin (illustrative)" in response.content.decode()
    assert "renewed (illustrative)" not in response.content.decode()

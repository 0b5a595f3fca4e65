"""Shared fixtures: the personas every role test uses, built once per test from factories."""

from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings

from accord.core.models import Profile
from accord.demo.factories import (
    AllianceFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)
from accord.registry.models import Organisation
from accord.resolver.service import resolver_reset


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings: Any, tmp_path: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    # Each test builds its own registry: no resolver index is carried over from another test.
    resolver_reset()


def sign_in(client: Any, username: str, password: str = "accord-demo") -> Any:
    """Sign in through the sign-in page, as a person does (and as the throttle sees it)."""
    response = client.post("/accounts/login/", {"username": username, "password": password})
    assert response.status_code == 302, f"{username} could not sign in"
    return client


@dataclass
class Personas:
    member: Organisation
    other: Organisation
    admin: Any
    officer: Any
    outsider: Any
    viewer: Any


@pytest.fixture
def personas(db: None) -> Personas:
    """A secretariat admin, an officer of a member university, an officer of an unrelated
    university and a viewer."""
    alliance = AllianceFactory.create(name="Test Alliance", slug="test")
    member = OrganisationFactory.create(name="Member University", country="IT")
    other = OrganisationFactory.create(name="Unrelated University", country="FR")
    MembershipFactory.create(alliance=alliance, organisation=member)
    return Personas(
        member=member,
        other=other,
        admin=UserFactory.create(username="sec", role=Profile.Role.ADMIN),
        officer=UserFactory.create(
            username="officer", role=Profile.Role.OFFICER, organisation=member
        ),
        outsider=UserFactory.create(
            username="outsider", role=Profile.Role.OFFICER, organisation=other
        ),
        viewer=UserFactory.create(username="viewer", role=Profile.Role.VIEWER),
    )


def pytest_report_header(config: Any) -> str:
    return f"database: {settings.DATABASES['default']['ENGINE']}"

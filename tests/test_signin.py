"""Signing in: the demo users get in, wrong passwords are throttled, passwords never logged."""

import logging

import pytest
from django.test import Client

from accord.demo.loader import demo_load
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db


def attempt(client: Client, username: str, password: str) -> int:
    response = client.post("/accounts/login/", {"username": username, "password": password})
    return response.status_code


def test_a_user_signs_in_and_out(client: Client) -> None:
    demo_load()
    sign_in(client, "xjtu")
    assert "xjtu" in client.get("/").content.decode()
    client.post("/accounts/logout/")
    assert "Sign in" in client.get("/").content.decode()


def test_repeated_failures_lock_the_user_name_out_even_with_the_right_password(
    client: Client, settings: object, caplog: pytest.LogCaptureFixture
) -> None:
    demo_load()
    caplog.set_level(logging.DEBUG)
    for _ in range(4):
        assert attempt(client, "polimi", "guess-again") == 200  # the form again, with an error
    locked = client.post("/accounts/login/", {"username": "polimi", "password": "guess-again"})
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    assert attempt(client, "polimi", "accord-demo") == 429  # the right password waits too
    sign_in(client, "xjtu")  # another user name is not affected
    assert "guess-again" not in caplog.text


def test_a_wrong_password_says_so_without_saying_which_part_was_wrong(client: Client) -> None:
    demo_load()
    page = client.post("/accounts/login/", {"username": "viewer", "password": "nope"})
    assert page.status_code == 200
    assert "correct username and password" in page.content.decode()

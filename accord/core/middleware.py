"""A signed-in user's interface language follows them from computer to computer.

Django's `LocaleMiddleware` picks the language from the cookie `set_language` leaves, else the
browser. This middleware, placed after `AuthenticationMiddleware`, then applies the language
saved in a signed-in user's profile, and remembers it whenever a response sets the cookie
(the language selector in the header, the account page). Doing it on each request rather than
at sign-in keeps one rule for every page, at no extra query: the page's header reads the
profile anyway."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from accord.core.users import user_language_set


class UserLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        saved = saved_language(request.user)
        if saved:
            translation.activate(saved)
            request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        user: Any = request.user  # the view may have signed someone in or out
        if not user.is_authenticated:
            return response
        chosen = response.cookies.get(settings.LANGUAGE_COOKIE_NAME)
        if chosen is not None:
            if chosen.value in dict(settings.LANGUAGES):
                user_language_set(user=user, language=chosen.value, actor=user)
            return response
        saved = saved_language(user)
        if saved and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != saved:
            # Just signed in, or chosen on another computer: the cookie follows the profile,
            # so the pages after signing out stay in the same language.
            remember_language(response, saved)
        return response


def saved_language(user: Any) -> str:
    """The language a signed-in user chose, if Accord still offers it; else ""."""
    if not user.is_authenticated:
        return ""
    profile = getattr(user, "accord_profile", None)
    language = profile.language if profile is not None else ""
    return language if language in dict(settings.LANGUAGES) else ""


def remember_language(response: HttpResponse, language: str) -> None:
    """The language cookie, set as Django's `set_language` sets it ("" forgets it: the
    browser's language then applies)."""
    if not language:
        response.delete_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )

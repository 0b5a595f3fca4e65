from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_vary_headers

# Larger than any page number, id or year a link carries; databases refuse bigger LIMITs.
INT_PARAM_MAX = 10**9


def int_param(params: QueryDict, name: str, default: int) -> int:
    """A positive whole number from the query string; anything else (text, zero, negative,
    absurdly large) falls back to the default."""
    try:
        value = int(params.get(name, default))
    except (TypeError, ValueError):
        return default
    return value if 0 < value <= INT_PARAM_MAX else default


def wants_partial(request: HttpRequest, target: str) -> bool:
    """An htmx request that will swap only the element `target` (a filter change, a pager
    link inside it) — not a history restore, which needs the whole page."""
    htmx: Any = getattr(request, "htmx", None)
    return bool(htmx) and htmx.target == target and not htmx.history_restore_request


def vary_on_htmx(response: HttpResponse) -> HttpResponse:
    """The same URL answers with a page or a fragment: caches must tell them apart."""
    patch_vary_headers(response, ("HX-Request",))
    return response

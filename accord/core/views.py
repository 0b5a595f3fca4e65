from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accord.core.history import history_restore
from accord.core.permissions import is_admin, require

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


@require_POST
@login_required
def history_restore_view(request: HttpRequest) -> HttpResponse:
    """The secretariat puts a record back as it was in an earlier version."""
    require(is_admin(request.user))
    params = request.POST
    back = params.get("next", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "/"
    try:
        history_restore(
            model_label=params.get("model", ""),
            pk=int_param(params, "pk", 0),
            history_id=int_param(params, "version", 0),
            actor=request.user,
        )
    except (ValidationError, LookupError, ValueError) as error:
        text = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        messages.error(request, _("Could not restore that version: %s") % text)
    else:
        messages.success(request, _("The earlier version is restored."))
    return redirect(back)

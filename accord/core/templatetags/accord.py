from datetime import date

from django import template

from accord.agreements.status import STATUS_LABELS
from accord.core.countries import country_name

register = template.Library()


@register.filter
def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, status))


@register.filter
def country(code: str) -> str:
    return country_name(code) if code else ""


@register.simple_tag(takes_context=True)
def query_with(context: template.Context, **changes: object) -> str:
    """The current query string with some parameters changed (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return "?" + params.urlencode()


@register.filter
def days_after(later: date | None, earlier: date) -> int | str:
    """Whole days from `earlier` to `later` (e.g. days left until an agreement ends)."""
    return (later - earlier).days if later else ""

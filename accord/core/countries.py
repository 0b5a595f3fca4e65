"""ISO 3166-1 alpha-2 country codes, validated against pycountry (no network)."""

from functools import cache

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@cache
def country_names() -> dict[str, str]:
    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names["XK"] = "Kosovo"  # user-assigned code in wide use (Erasmus, ROR)
    return names


def country_name(code: str) -> str:
    return country_names().get(code, code)


def validate_country(value: str) -> None:
    if value and value not in country_names():
        raise ValidationError(
            _("%(value)s is not an ISO 3166-1 alpha-2 country code (e.g. CN, IT, PK)."),
            code="unknown_country",
            params={"value": value},
        )

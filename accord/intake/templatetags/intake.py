from typing import Any

from django import template

from accord.core.permissions import can_create

register = template.Library()


@register.filter
def may_review(user: Any) -> bool:
    """Whether `user` may review news items: whoever may create records (officers and the
    secretariat)."""
    return bool(getattr(user, "is_authenticated", False)) and can_create(user)

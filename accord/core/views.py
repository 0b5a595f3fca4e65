from django.http import QueryDict


def int_param(params: QueryDict, name: str, default: int) -> int:
    """A positive whole number from the query string; anything else falls back to the default."""
    try:
        value = int(params.get(name, default))
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default

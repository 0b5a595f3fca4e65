"""Cooperation areas as the news puts them ("talent education", "joint school of industrial
design") mapped to the area taxonomy's codes. No Django here."""

from collections.abc import Iterable

from accord.agreements.taxonomy import AREAS
from accord.resolver.core import name_key

# Words every area name may share: they do not tell areas apart
_COMMON = frozenset("and education joint sharing".split())


def area_code(phrase: str) -> str | None:
    """The taxonomy area a phrase names: the one sharing the most words with it, when it holds
    at least half of the area name's telling words ("talent education" → talent-education,
    "medical policy reform" → health-policy, "joint school of industrial design" →
    joint-school); None when no area does."""
    words = set(name_key(phrase).split())
    best: tuple[int, float, str] | None = None
    for area in AREAS:
        name = set(name_key(area.name).split())
        telling = name - _COMMON or name
        share = len(telling & words) / len(telling)
        if not telling & words or share < 0.5:
            continue
        candidate = (len(name & words), share, area.code)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None


def area_codes(phrases: Iterable[str]) -> list[str]:
    codes: list[str] = []
    for phrase in phrases:
        code = area_code(phrase)
        if code is not None and code not in codes:
            codes.append(code)
    return codes

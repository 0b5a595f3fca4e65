"""Cooperation areas as the news puts them ("talent education", "joint school of industrial
design") mapped to the area taxonomy's codes. No Django here."""

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from accord.agreements.taxonomy import AREAS
from accord.extraction.tagger import Tagger
from accord.resolver.core import name_key

if TYPE_CHECKING:
    from accord.extraction.agreements import Agreement

# The most words an area the tagger reads may have: a longer run is a sentence's
_LONGEST_AREA = 10
# "and" or "or" that joins the last item of a list to it
_LIST_JOIN = re.compile(r"^(?:and|y|or|o|e)\s+", re.IGNORECASE)
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


def with_tagged_areas(
    text: str, agreements: "list[Agreement]", tagger: Tagger, taken: list[tuple[int, int]]
) -> "list[Agreement]":
    """The agreements, those the rules read no areas of with the areas the tagger reads (the
    rules' list after a cue, "on joint research, lab building and student exchange", is
    kept as read: the tagger's spans are less sure of where a list's items end). An area
    belongs to the agreement told last before it: in the sentence that reports it or after
    ("The MoU covers …"), or to the first one when it comes before any (in the headline);
    agreements one sentence reports together take none (what follows is said of them all,
    not of each). A span across a list's commas is its items. `taken` are spans the text
    names organisations with: no area is one."""
    if all(a.areas for a in agreements):
        return agreements
    starts = sorted({a.start for a in agreements})
    after: dict[int, list[str]] = {}
    for start, end in tagger.phrases(text):
        if any(start < b and a < end for a, b in taken):
            continue
        # ("staff mobility, joint doctoral supervision": a span across a list's comma is
        # the list's items, each an area)
        told = starts[max(bisect_right(starts, start) - 1, 0)]
        for part in text[start:end].split(","):
            phrase = _LIST_JOIN.sub("", part.strip(" ;:"))
            if phrase and len(phrase.split()) <= _LONGEST_AREA:
                after.setdefault(told, []).append(phrase)
    told_in = Counter(a.start for a in agreements)  # agreements a sentence reports
    added = []
    for agreement in agreements:
        phrases: list[str] = []
        keys = set()
        shared = told_in[agreement.start] > 1
        for phrase in [] if agreement.areas or shared else after.get(agreement.start, []):
            if name_key(phrase) not in keys:
                phrases.append(phrase)
                keys.add(name_key(phrase))
        added.append(replace(agreement, areas=phrases) if phrases else agreement)
    return added

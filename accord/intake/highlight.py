"""A source's text as HTML with the spans of its proposals marked, for the review page.

Spans overlap: an agreement's sentence holds the mentions of its parties, a unit's mention is
also its organisation's. Marks that nest are written nested (the wider one outside, so a
mark's own text is exactly its span); a mark that crosses the end of an open one is cut
there and goes on after it, and only its first piece carries its id (the anchor the page
links to). Every piece of text is escaped; nothing from the source reaches the page raw."""

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    anchor: str  # the id of its first piece, e.g. "p3-0"
    classes: str
    title: str
    depth: int = 0  # of two marks over the same text, the lower goes outside


def highlighted(text: str, marks: Iterable[Mark]) -> SafeString:
    """`text` escaped, with a `<mark>` for each of `marks` (spans out of the text, or empty,
    are left out)."""
    # (start, -end, depth, order, end, mark, first piece): wider first at one start
    pending: list[tuple[int, int, int, int, int, Mark, bool]] = []
    for order, mark in enumerate(marks):
        start, end = max(0, mark.start), min(len(text), mark.end)
        if start < end:
            pending.append((start, -end, mark.depth, order, end, mark, True))
    heapq.heapify(pending)
    out: list[str] = []
    position = 0
    open_ends: list[int] = []  # the ends of the open marks, innermost last

    def close_one() -> None:
        nonlocal position
        end = open_ends.pop()
        out.append(escape(text[position:end]))
        out.append("</mark>")
        position = end

    while pending:
        start, _, depth, order, end, mark, first = heapq.heappop(pending)
        while open_ends and open_ends[-1] <= start:
            close_one()
        out.append(escape(text[position:start]))
        position = start
        if open_ends and end > open_ends[-1]:
            rest = open_ends[-1]
            heapq.heappush(pending, (rest, -end, depth, order, end, mark, False))
            end = rest
        anchor = format_html(' id="{}"', mark.anchor) if first else ""
        out.append(format_html('<mark{} class="{}" title="{}">', anchor, mark.classes, mark.title))
        open_ends.append(end)
    while open_ends:
        close_one()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # every piece above is escaped

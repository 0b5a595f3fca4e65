"""Reads of the intake: the sources with how much of each is left to review, and one source
laid out for review (its text with the proposals marked, the proposals by kind)."""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from accord.core.selectors import Page, paginate
from accord.intake.highlight import Mark, highlighted
from accord.intake.models import Proposal, Source
from accord.registry.models import Organisation
from accord.resolver.registry import organisations_by_key

# The order of the groups on the review page, and of marks over the same text (outer first)
KIND_ORDER = (
    Proposal.Kind.INSTITUTION,
    Proposal.Kind.UNIT,
    Proposal.Kind.AGREEMENT,
    Proposal.Kind.EVENT,
)
_DEPTH: dict[str, int] = {
    Proposal.Kind.EVENT: 0,
    Proposal.Kind.AGREEMENT: 1,
    Proposal.Kind.INSTITUTION: 2,
    Proposal.Kind.UNIT: 3,
}
# the group of the organisations a text names that the extractor set aside, after the others
ASIDE = "aside"
NAMES_IN_LABEL = 3  # an agreement's label names this many parties, then "and N more"


def _counted(queryset: "QuerySet[Source]") -> "QuerySet[Source]":
    def of(status: str) -> Count:
        return Count("proposals", filter=Q(proposals__status=status))

    return queryset.annotate(
        to_review=of(Proposal.Status.PENDING),
        accepted=of(Proposal.Status.ACCEPTED),
        rejected=of(Proposal.Status.REJECTED),
    )


def sources_list(*, q: str = "", page: int = 1, size: int = 50) -> Page[Source]:
    """A page of sources, the most recently read first, each with `to_review`, `accepted`
    and `rejected` counts of its proposals; `q` searches their titles. Two queries."""
    queryset = Source.objects.only("id", "title", "published", "created_at", "kind")
    if q:
        queryset = queryset.filter(title__icontains=q)
    return paginate(_counted(queryset).order_by("-created_at", "-id"), page=page, size=size)


@dataclass(frozen=True)
class Named:
    """An organisation as a proposal names it (a party, a participant, a unit's organisation),
    with the institution proposal of the same source that has that name, if any."""

    name: str
    proposal: Proposal | None
    organisation: Organisation | None  # what it was accepted as, or else resolved to

    @property
    def accepted(self) -> bool:
        return self.proposal is not None and self.proposal.status == Proposal.Status.ACCEPTED


@dataclass(frozen=True)
class Item:
    """One proposal as the review page shows it."""

    proposal: Proposal
    label: str
    anchor: str | None  # the id of its first mark in the text, if it has one
    organisation: Organisation | None = None  # an institution's: accepted as, or resolved to
    named: list[Named] = field(default_factory=list)  # parties, participants, a unit's owner

    @property
    def waiting_for(self) -> list[Named]:
        """The organisations to accept before this agreement can be."""
        return [n for n in self.named if not n.accepted]


@dataclass(frozen=True)
class Group:
    kind: str
    heading: str
    items: list[Item]


@dataclass(frozen=True)
class Review:
    source: Source
    text: SafeString
    groups: list[Group]
    counts: dict[str, int]  # proposals by status


def source_review(*, pk: int) -> Review:
    """A source with its text marked and its proposals by kind, in three queries whatever
    their number (the source and who read it, its proposals with the records they became,
    the organisations the extractor resolved them to). Raises Source.DoesNotExist."""
    source = Source.objects.select_related("created_by").get(pk=pk)
    proposals = list(
        source.proposals.select_related("organisation", "agreement", "event", "unit", "decided_by")
    )
    resolved = organisations_by_key(
        p.data["id"]
        for p in proposals
        if p.kind == Proposal.Kind.INSTITUTION and isinstance(p.data.get("id"), str)
    )
    by_name: dict[str, Proposal] = {}
    for p in proposals:
        if p.kind == Proposal.Kind.INSTITUTION:
            by_name.setdefault(str(p.data.get("name", "")), p)

    def organisation_of(p: Proposal) -> Organisation | None:
        if p.organisation is not None:
            return p.organisation
        key = p.data.get("id")
        return resolved.get(key) if isinstance(key, str) else None

    def named(name: str) -> Named:
        p = by_name.get(name)
        return Named(name=name, proposal=p, organisation=organisation_of(p) if p else None)

    items: dict[str, list[Item]] = {kind: [] for kind in KIND_ORDER}
    marks: list[Mark] = []
    for p in proposals:
        label = proposal_label(p)
        spans = _valid_spans(p.spans, len(source.text))
        anchor = f"p{p.position}-0" if spans else None
        title = _("%(kind)s %(n)s: %(label)s") % {
            "kind": p.get_kind_display(),
            "n": p.position,
            "label": label,
        }
        for n, (start, end) in enumerate(spans):
            marks.append(
                Mark(
                    start=start,
                    end=end,
                    anchor=f"p{p.position}-{n}",
                    classes=f"hl hl-{p.kind} is-{p.status}",
                    title=title,
                    depth=_DEPTH.get(p.kind, 9),
                )
            )
        group = p.kind
        if p.kind == Proposal.Kind.INSTITUTION:
            # one named but not what the story is about: listed apart, accepted on purpose
            group = ASIDE if p.status == Proposal.Status.ASIDE else group
            item = Item(p, label, anchor, organisation=organisation_of(p))
        elif p.kind == Proposal.Kind.AGREEMENT:
            # (one read but set aside: listed apart too)
            group = ASIDE if p.status == Proposal.Status.ASIDE else group
            item = Item(p, label, anchor, named=[named(n) for n in _names(p.data, "parties")])
        elif p.kind == Proposal.Kind.EVENT:
            item = Item(p, label, anchor, named=[named(n) for n in _names(p.data, "participants")])
        else:
            owner = p.data.get("institution")
            item = Item(p, label, anchor, named=[named(owner)] if isinstance(owner, str) else [])
        items.setdefault(group, []).append(item)
    headings: dict[str, str] = {
        Proposal.Kind.INSTITUTION: _("Organisations"),
        Proposal.Kind.UNIT: _("Units"),
        Proposal.Kind.AGREEMENT: _("Agreements"),
        Proposal.Kind.EVENT: _("Events"),
        ASIDE: _("Also named or read, set aside"),
    }
    counts = dict.fromkeys(Proposal.Status.values, 0)
    counts.update(Counter(p.status for p in proposals))
    return Review(
        source=source,
        text=highlighted(source.text, marks),
        groups=[
            Group(kind=kind, heading=str(headings.get(kind, kind)), items=found)
            for kind, found in items.items()
            if found
        ],
        counts=counts,
    )


def proposal_label(proposal: Proposal) -> str:
    """A proposal in a few words: an organisation's name as written, a unit and its
    organisation, an agreement's kind and parties, an event's kind and day."""
    data: dict[str, Any] = proposal.data if isinstance(proposal.data, dict) else {}
    if proposal.kind == Proposal.Kind.INSTITUTION:
        return str(data.get("name") or "?")
    if proposal.kind == Proposal.Kind.UNIT:
        owner = data.get("institution")
        name = str(data.get("name") or "?")
        return f"{name} ({owner})" if owner else name
    if proposal.kind == Proposal.Kind.AGREEMENT:
        parties = _names(data, "parties")
        shown = ", ".join(parties[:NAMES_IN_LABEL])
        if len(parties) > NAMES_IN_LABEL:
            shown = _("%(names)s and %(n)d more") % {
                "names": shown,
                "n": len(parties) - NAMES_IN_LABEL,
            }
        return f"{data.get('type') or _('agreement')}: {shown or '?'}"
    return ", ".join(str(v) for v in (data.get("kind") or _("event"), data.get("date")) if v)


def _names(data: Any, key: str) -> list[str]:
    values = data.get(key) if isinstance(data, dict) else None
    return [str(v) for v in values] if isinstance(values, list) else []


def _valid_spans(spans: Any, length: int) -> list[tuple[int, int]]:
    """The spans that point into a text of `length` characters, as pairs of whole numbers."""
    found: list[tuple[int, int]] = []
    for span in spans if isinstance(spans, list) else []:
        if (
            isinstance(span, list | tuple)
            and len(span) == 2
            and all(isinstance(v, int) for v in span)
            and 0 <= span[0] < span[1] <= length
        ):
            found.append((span[0], span[1]))
    return found

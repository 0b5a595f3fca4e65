"""Writes of the intake: reading a source and storing what the extractor proposes from it;
accepting a proposal (through the registry's, agreements' and events' own services, so the
same validation and history apply, the record keeping where it came from) or rejecting it."""

import hashlib
from collections.abc import Sequence
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accord.activities.models import Event, EventParticipant
from accord.activities.services import event_create
from accord.agreements.models import Agreement, Area
from accord.agreements.services import PartySpec, agreement_create, signature_add
from accord.core.services import Actor, acting_user, validated_save
from accord.extraction.areas import area_codes
from accord.extraction.extract import as_json, extract
from accord.extraction.sources import SourceText
from accord.intake.models import Proposal, Source
from accord.registry.models import Organisation, Unit
from accord.registry.services import contact_create, organisation_create, unit_create
from accord.resolver.core import Resolver
from accord.resolver.registry import organisations_by_key, registry_resolver


def text_checksum(text: str) -> str:
    """What tells one source from another: its text, whitespace aside."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def source_ingest(
    *,
    read: SourceText,
    actor: Actor = None,
    resolver: Resolver | None = None,
    context: tuple[str, ...] = (),
) -> tuple[Source, bool]:
    """Store a source and the extractor's proposals from it, in one transaction; nothing is
    stored when anything fails. A text read before gives back its source (and its
    proposals, decided or not) and `False`: reading an item twice creates nothing twice."""
    checksum = text_checksum(read.text)
    existing = Source.objects.filter(checksum=checksum).first()
    if existing is not None:
        return existing, False
    found = extract(
        read.text,
        published=read.published,
        resolver=resolver if resolver is not None else registry_resolver(),
        context=context,
    )
    answer = as_json(found)
    with transaction.atomic():
        source = validated_save(
            Source(
                title=read.title[:500],
                text=read.text,
                published=found.published,
                origin=read.origin[:1000],
                kind=read.kind,
                checksum=checksum,
                created_by=acting_user(actor),
            ),
            actor=actor,
        )
        proposals: list[Proposal] = []
        pending, aside = Proposal.Status.PENDING, Proposal.Status.ASIDE
        for kind, items, spans_of, status in (
            (Proposal.Kind.INSTITUTION, answer["institutions"], lambda i: i["mentions"], pending),
            (Proposal.Kind.UNIT, answer["units"], lambda i: i["mentions"], pending),
            (Proposal.Kind.AGREEMENT, answer["agreements"], lambda i: [i["span"]], pending),
            (Proposal.Kind.EVENT, answer["events"], lambda i: [i["span"]], pending),
            # the organisations it names that the story is not about: set aside, for a
            # reviewer who sees otherwise
            (Proposal.Kind.INSTITUTION, answer["named"], lambda i: i["mentions"], aside),
            # and the agreements it read that the story does not seem to report
            (Proposal.Kind.AGREEMENT, answer["set_aside_agreements"], lambda i: [i["span"]],
             aside),
        ):  # fmt: skip
            for item in items:
                proposals.append(
                    Proposal(
                        source=source,
                        kind=kind,
                        position=len(proposals),
                        data=item,
                        spans=spans_of(item),
                        confidence=float(item.get("confidence", 0.5)),
                        status=status,
                    )
                )
        for proposal in proposals:
            validated_save(proposal, actor=actor)
    return source, True


# The extractor's words for kinds, as the registry and the agreements name them
ORGANISATION_KINDS = {
    "university": Organisation.Kind.UNIVERSITY,
    "company": Organisation.Kind.COMPANY,
    "government": Organisation.Kind.GOVERNMENT,
    "other": Organisation.Kind.OTHER,
}
AGREEMENT_KINDS = {
    "MOU": Agreement.Kind.MOU,
    "cooperation agreement": Agreement.Kind.COOPERATION,
    "framework agreement": Agreement.Kind.FRAMEWORK,
    "joint programme": Agreement.Kind.JOINT_PROGRAMME,
    "membership": Agreement.Kind.MEMBERSHIP,
    "other": Agreement.Kind.OTHER,
}
EVENT_KINDS = {
    "signing ceremony": Event.Kind.SIGNING_CEREMONY,
    "visit": Event.Kind.VISIT,
    "launch": Event.Kind.LAUNCH,
    "other": Event.Kind.OTHER,
}


def provenance(proposal: Proposal) -> str:
    """Where a record came from, as its `source` field keeps it: the news item, and the
    characters of its text the proposal comes from."""
    source = proposal.source
    spans = ", ".join(f"{a}–{b}" for a, b in proposal.spans[:5])
    title = source.title or _("untitled")
    return _("News item #%(id)s “%(title)s”, characters %(spans)s") % {
        "id": source.pk, "title": title, "spans": spans,
    }  # fmt: skip


def _undecided(proposal: Proposal, kind: str) -> None:
    """Raise unless the proposal is of `kind` and still to be decided (to review, or an
    organisation set aside, which a reviewer may accept)."""
    if proposal.kind != kind:
        raise ValidationError(_("This proposal is not of that kind."))
    if proposal.status not in Proposal.UNDECIDED:
        raise ValidationError(
            _("This proposal was already %(status)s.")
            % {"status": proposal.get_status_display().lower()}
        )


def _decide(proposal: Proposal, status: str, actor: Actor, **record: Any) -> Proposal:
    proposal.status = status
    proposal.decided_at = timezone.now()
    proposal.decided_by = acting_user(actor)
    for field_name, value in record.items():
        setattr(proposal, field_name, value)
    return validated_save(proposal, actor=actor)


@transaction.atomic
def proposal_reject(*, proposal: Proposal, actor: Actor) -> Proposal:
    """Mark a proposal as not what the news says (or not worth keeping)."""
    if proposal.status != Proposal.Status.PENDING:
        raise ValidationError(_("This proposal was already decided."))
    return _decide(proposal, Proposal.Status.REJECTED, actor)


@transaction.atomic
def proposal_accept_institution(
    *,
    proposal: Proposal,
    actor: Actor,
    organisation: Organisation | None = None,
    name: str | None = None,
    country: str | None = None,
    kind: str | None = None,
) -> Organisation:
    """Accept an organisation proposal: matched to `organisation` when given, else to the
    registry's organisation the extractor resolved, else created from the proposal (with the
    edited name, country and kind)."""
    _undecided(proposal, Proposal.Kind.INSTITUTION)
    data = proposal.data
    if organisation is None and data.get("id"):
        found = organisations_by_key([data["id"]]).get(data["id"])
        if found is None:
            raise ValidationError(
                _(
                    "The organisation it was matched to is no longer in the registry: match it"
                    " to another, or create it."
                )
            )
        organisation = found
    if organisation is None:
        organisation = organisation_create(
            name=(name or data.get("name") or "").strip(),
            kind=kind or ORGANISATION_KINDS.get(data.get("kind", ""), Organisation.Kind.OTHER),
            country=(country if country is not None else data.get("country") or ""),
            actor=actor,
        )
    _decide(proposal, Proposal.Status.ACCEPTED, actor, organisation=organisation)
    return organisation


def _institutions(proposal: Proposal) -> dict[str, Proposal]:
    """The organisation proposals of the same source, by the name they were proposed under
    (the first of a name), with what they were accepted as: one query."""
    found: dict[str, Proposal] = {}
    for other in proposal.source.proposals.filter(kind=Proposal.Kind.INSTITUTION).select_related(
        "organisation"
    ):
        found.setdefault(other.data.get("name") or "", other)
    return found


def _accepted_as(institutions: dict[str, Proposal], name: str) -> Organisation | None:
    """The organisation the proposal named `name` was accepted as (None while it is not)."""
    other = institutions.get(name)
    if other is not None and other.status == Proposal.Status.ACCEPTED:
        return other.organisation
    return None


@transaction.atomic
def proposal_accept_agreement(
    *,
    proposal: Proposal,
    actor: Actor,
    title: str | None = None,
    kind: str | None = None,
    signed_on: date | None = None,
    leave_out: Sequence[str] = (),
    added: Sequence[Organisation] = (),
) -> Agreement:
    """Accept an agreement proposal: an agreement between the organisations its parties were
    accepted as, signed (or planned as a draft), its areas mapped to the taxonomy, its source
    the news item. Every party must be accepted first; one rejected is left out.

    The reviewer may leave out parties the news reading put there wrongly (`leave_out`, their
    names as proposed) and add organisations of the registry it missed (`added`)."""
    _undecided(proposal, Proposal.Kind.AGREEMENT)
    data = proposal.data
    institutions = _institutions(proposal)
    # an organisation the reviewer rejected is no party (the news named it wrongly)
    names = [
        name
        for name in data.get("parties", [])
        if name not in leave_out
        and (name not in institutions or institutions[name].status != Proposal.Status.REJECTED)
    ]
    organisations = [_accepted_as(institutions, name) for name in names]
    missing = [name for name, found in zip(names, organisations, strict=True) if found is None]
    if missing:
        raise ValidationError(
            _("Accept or match these organisations first: %(names)s.")
            % {"names": "; ".join(missing)}
        )
    chosen = list(dict.fromkeys(o for o in [*organisations, *added] if o is not None))
    if len(chosen) < 2:
        raise ValidationError(_("An agreement needs at least two different parties."))
    day = signed_on or (date.fromisoformat(data["date"]) if data.get("date") else None)
    signed = data.get("status") in ("signed", "renewed", "historical")
    if signed and day is None:
        raise ValidationError(_("The news gives no signing date: enter the date it was signed."))
    phrases = list(data.get("areas", []))
    summary = (
        _("Areas as the news puts them: %(areas)s.") % {"areas": "; ".join(phrases)}
        if phrases
        else ""
    )
    agreement = agreement_create(
        title=(title or _agreement_title(data, chosen)).strip()[:300],
        kind=kind or AGREEMENT_KINDS.get(data.get("type", ""), Agreement.Kind.OTHER),
        state=Agreement.State.SIGNED if signed else Agreement.State.DRAFT,
        signed_on=day if signed else None,
        parties=[PartySpec(organisation=o) for o in chosen],
        is_aggregate=bool(data.get("aggregate")),
        areas=Area.objects.filter(code__in=area_codes(phrases)),
        summary=summary,
        source=provenance(proposal),
        actor=actor,
    )
    if signed:
        _signatures(proposal, agreement, institutions, actor)
    _decide(proposal, Proposal.Status.ACCEPTED, actor, agreement=agreement)
    return agreement


def _signatures(
    proposal: Proposal,
    agreement: Agreement,
    institutions: dict[str, Proposal],
    actor: Actor,
) -> None:
    """Who the news says signed, for parties accepted: each a contact of its organisation (the
    one of that name it has, else a new one) signing for its party."""
    parties = {party.organisation_id: party for party in agreement.parties.all()}
    for signatory in proposal.data.get("signatories", []):
        organisation = _accepted_as(institutions, signatory.get("institution") or "")
        party = parties.get(organisation.pk) if organisation is not None else None
        name = (signatory.get("name") or "").strip()
        if party is None or organisation is None or not name:
            continue
        contact = organisation.contacts.filter(name__iexact=name).first() or contact_create(
            organisation=organisation, name=name, title=signatory.get("title") or "", actor=actor
        )
        signature_add(
            agreement=agreement,
            party=party,
            contact=contact,
            capacity=(signatory.get("title") or "")[:200],
            actor=actor,
        )


def _agreement_title(data: dict[str, Any], parties: list[Organisation]) -> str:
    kind = data.get("type") or "agreement"
    names = " – ".join(p.name for p in parties[:3]) + (" …" if len(parties) > 3 else "")
    return f"{kind[:1].upper()}{kind[1:]}: {names}"


@transaction.atomic
def proposal_accept_event(
    *,
    proposal: Proposal,
    actor: Actor,
    title: str | None = None,
    kind: str | None = None,
    starts_on: date | None = None,
    place: str | None = None,
) -> Event:
    """Accept an event proposal: an event on its day (the news's, or the one entered), with
    the organisations accepted from its participants, its source the news item."""
    _undecided(proposal, Proposal.Kind.EVENT)
    data = proposal.data
    day = starts_on or (date.fromisoformat(data["date"]) if data.get("date") else None)
    if day is None:
        raise ValidationError(
            _("The news gives no date for this event: enter the day it took place.")
        )
    institutions = _institutions(proposal)
    accepted = (_accepted_as(institutions, name) for name in data.get("participants", []))
    participants = [
        (organisation, EventParticipant.Role.PARTICIPANT)
        for organisation in dict.fromkeys(o for o in accepted if o is not None)
    ]
    event_kind = kind or EVENT_KINDS.get(data.get("kind", ""), Event.Kind.OTHER)
    label = dict(Event.Kind.choices).get(event_kind, event_kind)
    event = event_create(
        kind=event_kind,
        title=(title or f"{label}: {proposal.source.title or _('news item')}").strip()[:300],
        starts_on=day,
        place=(place if place is not None else data.get("place") or "")[:200],
        participants=participants,
        source=provenance(proposal),
        actor=actor,
    )
    _decide(proposal, Proposal.Status.ACCEPTED, actor, event=event)
    return event


# A unit's kind from the first word of its name that says it ("School of Management")
UNIT_KINDS = {
    "school": Unit.Kind.SCHOOL,
    "college": Unit.Kind.SCHOOL,
    "faculty": Unit.Kind.FACULTY,
    "department": Unit.Kind.DEPARTMENT,
    "centre": Unit.Kind.CENTRE,
    "center": Unit.Kind.CENTRE,
    "institute": Unit.Kind.INSTITUTE,
    "office": Unit.Kind.OFFICE,
}


def _unit_kind(name: str) -> str:
    for word in name.lower().replace(",", " ").split():
        if word in UNIT_KINDS:
            return UNIT_KINDS[word]
    return Unit.Kind.OTHER


@transaction.atomic
def proposal_accept_unit(
    *, proposal: Proposal, actor: Actor, name: str | None = None, kind: str | None = None
) -> Unit:
    """Accept a unit proposal ("Health Science Center" of XJTU): the unit of that name the
    organisation already has, else a new one. Its organisation must be accepted first."""
    _undecided(proposal, Proposal.Kind.UNIT)
    data = proposal.data
    organisation = _accepted_as(_institutions(proposal), data.get("institution") or "")
    if organisation is None:
        raise ValidationError(
            _("Accept or match its organisation first: %(name)s.")
            % {"name": data.get("institution") or "?"}
        )
    unit_name = (name or data.get("name") or "").strip()
    unit = organisation.units.filter(name__iexact=unit_name).first()
    if unit is None:
        unit = unit_create(
            organisation=organisation,
            name=unit_name,
            kind=kind or _unit_kind(unit_name),
            actor=actor,
        )
    _decide(proposal, Proposal.Status.ACCEPTED, actor, unit=unit, organisation=organisation)
    return unit

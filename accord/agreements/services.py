"""Writes for agreements: create, edit, review, sign, renew, terminate; parties, signatures,
areas and documents. Every rule that spans rows (a signed agreement has two parties or more)
is checked here, inside the transaction that would break it."""

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from accord.agreements import taxonomy
from accord.agreements.models import Agreement, Area, Document, Party, Signature
from accord.core.services import Actor, apply_changes, validated_delete, validated_save
from accord.registry.models import Contact, Organisation, Unit

MIN_SIGNED_PARTIES = 2


@dataclass(frozen=True)
class PartySpec:
    organisation: Organisation
    unit: Unit | None = None
    role: str = Party.Role.PARTY


def _require_parties(agreement: Agreement) -> None:
    if agreement.state in (Agreement.State.SIGNED, Agreement.State.TERMINATED):
        count = agreement.parties.count()
        if count < MIN_SIGNED_PARTIES:
            raise ValidationError(
                {
                    "parties": _(
                        "A signed agreement needs at least %(min)d parties; this one has %(n)d."
                    )
                    % {"min": MIN_SIGNED_PARTIES, "n": count}
                }
            )


@transaction.atomic
def agreement_create(
    *,
    title: str,
    parties: Iterable[PartySpec],
    kind: str = Agreement.Kind.MOU,
    state: str = Agreement.State.DRAFT,
    reference: str = "",
    summary: str = "",
    signed_on: date | None = None,
    in_force_from: date | None = None,
    in_force_until: date | None = None,
    auto_renewal: bool = False,
    confidentiality: str = Agreement.Confidentiality.PUBLIC,
    alliance: Any = None,
    signing_event: Any = None,
    supersedes: Agreement | None = None,
    instrument_count: int = 1,
    is_aggregate: bool = False,
    areas: Iterable[Area] = (),
    source: str = "",
    actor: Actor = None,
) -> Agreement:
    """Create an agreement with all its parties at once (any number, companies included)."""
    if state == Agreement.State.SIGNED and in_force_from is None:
        in_force_from = signed_on
    agreement = validated_save(
        Agreement(
            title=title.strip(),
            kind=kind,
            state=state,
            reference=reference.strip(),
            summary=summary,
            signed_on=signed_on,
            in_force_from=in_force_from,
            in_force_until=in_force_until,
            auto_renewal=auto_renewal,
            confidentiality=confidentiality,
            alliance=alliance,
            signing_event=signing_event,
            supersedes=supersedes,
            instrument_count=instrument_count,
            is_aggregate=is_aggregate,
            source=source,
        ),
        actor=actor,
    )
    for spec in parties:
        party_add(
            agreement=agreement,
            organisation=spec.organisation,
            unit=spec.unit,
            role=spec.role,
            actor=actor,
            check=False,
        )
    _require_parties(agreement)
    areas = list(areas)
    if areas:
        agreement.areas.set(areas)
    return agreement


@transaction.atomic
def agreement_update(*, agreement: Agreement, actor: Actor = None, **changes: Any) -> Agreement:
    areas = changes.pop("areas", None)
    apply_changes(agreement, changes)
    validated_save(agreement, actor=actor)
    _require_parties(agreement)
    if areas is not None:
        agreement.areas.set(areas)
    return agreement


def party_add(
    *,
    agreement: Agreement,
    organisation: Organisation,
    unit: Unit | None = None,
    role: str = Party.Role.PARTY,
    actor: Actor = None,
    check: bool = True,
) -> Party:
    party = validated_save(
        Party(agreement=agreement, organisation=organisation, unit=unit, role=role), actor=actor
    )
    if check:
        _require_parties(agreement)
    return party


def party_update(*, party: Party, role: str, actor: Actor = None) -> Party:
    party.role = role
    return validated_save(party, actor=actor)


@transaction.atomic
def party_remove(*, party: Party, actor: Actor = None) -> None:
    agreement = party.agreement
    if party.signatures.exists():
        raise ValidationError(
            {"parties": _("%s has signatures on this agreement; remove those first.") % party}
        )
    validated_delete(party, actor=actor)
    _require_parties(agreement)


@transaction.atomic
def agreement_submit_for_review(*, agreement: Agreement, actor: Actor = None) -> Agreement:
    if agreement.state != Agreement.State.DRAFT:
        raise ValidationError({"state": _("Only a draft can be sent for review.")})
    agreement.state = Agreement.State.UNDER_REVIEW
    return validated_save(agreement, actor=actor, reason="sent for review")


@transaction.atomic
def agreement_sign(
    *,
    agreement: Agreement,
    signed_on: date,
    in_force_from: date | None = None,
    in_force_until: date | None = None,
    actor: Actor = None,
) -> Agreement:
    """Record that the agreement was signed; it comes into force on the signing day unless
    another day is given."""
    if agreement.state not in (Agreement.State.DRAFT, Agreement.State.UNDER_REVIEW):
        raise ValidationError(
            {"state": _("Only a draft or an agreement under review can be signed.")}
        )
    agreement.state = Agreement.State.SIGNED
    agreement.signed_on = signed_on
    agreement.in_force_from = in_force_from or agreement.in_force_from or signed_on
    if in_force_until is not None:
        agreement.in_force_until = in_force_until
    validated_save(agreement, actor=actor, reason="signed")
    _require_parties(agreement)
    return agreement


@transaction.atomic
def agreement_terminate(
    *, agreement: Agreement, terminated_on: date, reason: str = "", actor: Actor = None
) -> Agreement:
    if agreement.state != Agreement.State.SIGNED:
        raise ValidationError({"state": _("Only a signed agreement can be terminated.")})
    if agreement.signed_on and terminated_on < agreement.signed_on:
        raise ValidationError(
            {"terminated_on": _("An agreement cannot be terminated before it was signed.")}
        )
    agreement.state = Agreement.State.TERMINATED
    agreement.terminated_on = terminated_on
    return validated_save(agreement, actor=actor, reason=reason or "terminated")


@transaction.atomic
def agreement_renew(
    *,
    agreement: Agreement,
    in_force_until: date | None,
    signed_on: date | None = None,
    in_force_from: date | None = None,
    title: str = "",
    source: str = "",
    actor: Actor = None,
) -> Agreement:
    """Create the successor: same parties, kind, areas, confidentiality and alliance; it
    supersedes the old one as soon as it is signed (with `signed_on`, at once)."""
    if agreement.state != Agreement.State.SIGNED:
        raise ValidationError({"state": _("Only a signed agreement can be renewed.")})
    if Agreement.objects.filter(supersedes=agreement).exists():
        raise ValidationError({"supersedes": _("This agreement has already been renewed.")})
    start = in_force_from or signed_on
    if start is None and agreement.in_force_until is not None:
        start = agreement.in_force_until
    successor = agreement_create(
        title=title or agreement.title,
        kind=agreement.kind,
        state=Agreement.State.SIGNED if signed_on else Agreement.State.DRAFT,
        summary=agreement.summary,
        signed_on=signed_on,
        in_force_from=start,
        in_force_until=in_force_until,
        auto_renewal=agreement.auto_renewal,
        confidentiality=agreement.confidentiality,
        alliance=agreement.alliance,
        supersedes=agreement,
        parties=[PartySpec(p.organisation, p.unit, p.role) for p in agreement.parties.all()],
        areas=agreement.areas.all(),
        source=source,
        actor=actor,
    )
    return successor


def signature_add(
    *,
    agreement: Agreement,
    party: Party,
    contact: Contact,
    signed_on: date | None = None,
    capacity: str = "",
    actor: Actor = None,
) -> Signature:
    return validated_save(
        Signature(
            agreement=agreement,
            party=party,
            contact=contact,
            signed_on=signed_on or agreement.signed_on,
            capacity=capacity or contact.title,
        ),
        actor=actor,
    )


def document_text(data: bytes, filename: str) -> str:
    """The searchable text of a document: a PDF's text layer, or a plain-text file."""
    if data[:5] == b"%PDF-":
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(io.BytesIO(data))
            return "\n".join((page.extract_text() or "") for page in reader.pages).strip()
        except (PdfReadError, ValueError, KeyError) as exc:
            raise ValidationError(
                {
                    "file": _("%(name)s is not a readable PDF: %(err)s")
                    % {"name": filename, "err": exc}
                }
            ) from exc
    if filename.lower().endswith(".txt"):
        try:
            return data.decode("utf-8").strip()
        except UnicodeDecodeError as exc:
            raise ValidationError({"file": _("%s is not UTF-8 text.") % filename}) from exc
    return ""


@transaction.atomic
def document_attach(
    *,
    agreement: Agreement,
    data: bytes,
    filename: str,
    content_type: str = "",
    actor: Actor = None,
) -> Document:
    """Store a file with its checksum and its text; the same file twice is refused."""
    digest = hashlib.sha256(data).hexdigest()
    if Document.objects.filter(agreement=agreement, sha256=digest).exists():
        raise ValidationError({"file": _("This file is already attached to the agreement.")})
    document = Document(
        agreement=agreement,
        filename=filename,
        content_type=content_type,
        size=len(data),
        sha256=digest,
        text=document_text(data, filename),
    )
    document.file.save(filename, ContentFile(data), save=False)
    try:
        return validated_save(document, actor=actor, exclude=["file"])
    except Exception:
        document.file.delete(save=False)  # no orphan file when the row is refused
        raise


@transaction.atomic
def areas_sync() -> int:
    """Bring the area taxonomy in the database up to date with `taxonomy.AREAS`."""
    return taxonomy.sync(Area)

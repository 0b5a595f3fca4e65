"""Writes of the intake: reading a source and storing what the extractor proposes from it."""

import hashlib
from datetime import date
from typing import Any

from django.db import transaction

from accord.core.services import Actor, validated_save
from accord.extraction.extract import as_json, extract
from accord.extraction.sources import SourceText
from accord.intake.models import Proposal, Source
from accord.resolver.core import Resolver
from accord.resolver.registry import registry_resolver


def _user(actor: Actor) -> Any:
    return actor if actor is not None and actor.is_authenticated else None


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
    answer = as_json(
        extract(
            read.text,
            published=read.published,
            resolver=resolver if resolver is not None else registry_resolver(),
            context=context,
        )
    )
    published = date.fromisoformat(answer["published"]) if answer["published"] else None
    with transaction.atomic():
        source = validated_save(
            Source(
                title=read.title[:500],
                text=read.text,
                published=published,
                origin=read.origin[:1000],
                kind=read.kind,
                checksum=checksum,
                created_by=_user(actor),
            ),
            actor=actor,
        )
        proposals: list[Proposal] = []
        for kind, items, spans_of in (
            (Proposal.Kind.INSTITUTION, answer["institutions"], lambda i: i["mentions"]),
            (Proposal.Kind.UNIT, answer["units"], lambda i: i["mentions"]),
            (Proposal.Kind.AGREEMENT, answer["agreements"], lambda i: [i["span"]]),
            (Proposal.Kind.EVENT, answer["events"], lambda i: [i["span"]]),
        ):
            for item in items:
                proposals.append(
                    Proposal(
                        source=source,
                        kind=kind,
                        position=len(proposals),
                        data=item,
                        spans=spans_of(item),
                        confidence=float(item.get("confidence", 0.5)),
                    )
                )
        for proposal in proposals:
            validated_save(proposal, actor=actor)
    return source, True

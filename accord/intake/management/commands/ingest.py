from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from accord.extraction.sources import SourceError, read_source
from accord.intake.management.commands.extract import published_date
from accord.intake.models import Proposal
from accord.intake.services import source_ingest


class Command(BaseCommand):
    help = (
        "Read a news item (text, HTML, PDF or DOCX) into Accord: store it as a source with what"
        " the extractor proposes from it, for a person to review. The same text again stores"
        " nothing new."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the news item: .txt, .html, .pdf or .docx")
        parser.add_argument(
            "--published", help="its publication date, YYYY-MM-DD (else found in the text)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        published = published_date(options["published"], "--published")
        try:
            read = read_source(options["file"], published=published)
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        source, created = source_ingest(read=read)
        statuses = list(source.proposals.values_list("kind", "status"))
        aside = Counter(kind for kind, status in statuses if status == Proposal.Status.ASIDE)
        counts = Counter(kind for kind, status in statuses if status != Proposal.Status.ASIDE)
        summary = ", ".join(_counted(kind, n) for kind, n in sorted(counts.items())) or "nothing"
        # named, or read, but not what the story is about: on the review page, to accept if
        # it is
        for kind, how in ((Proposal.Kind.INSTITUTION, "named"), (Proposal.Kind.AGREEMENT, "read")):
            if aside[kind]:
                summary += f"; set aside, {how} only: " + _counted(kind, aside[kind])
        if created:
            self.stdout.write(f"Source #{source.pk} stored: {source.title or '(no title)'}")
            self.stdout.write(f"Proposals to review: {summary}.")
        else:
            self.stdout.write(
                f"Already read as source #{source.pk} ({source.title or 'no title'}):"
                f" nothing stored again. Its proposals: {summary}."
            )


def _counted(kind: str, n: int) -> str:
    """ "1 agreement", "2 organisations": a count of proposals of one kind, in words (the
    command line speaks English)."""
    word = "organisation" if kind == Proposal.Kind.INSTITUTION else kind
    return f"{n} {word}" + ("" if n == 1 else "s")

from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from accord.extraction.sources import SourceError, read_source
from accord.intake.management.commands.extract import published_date
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
        counts = Counter(source.proposals.values_list("kind", flat=True))
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "nothing"
        if created:
            self.stdout.write(f"Source #{source.pk} stored: {source.title or '(no title)'}")
            self.stdout.write(f"Proposals to review: {summary}.")
        else:
            self.stdout.write(
                f"Already read as source #{source.pk} ({source.title or 'no title'}):"
                f" nothing stored again. Its proposals: {summary}."
            )

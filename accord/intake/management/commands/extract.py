import json
import sys
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from accord.extraction.extract import Extraction, as_json, extract
from accord.extraction.sources import SourceError, read_source
from accord.resolver.registry import alliance_member_keys, registry_resolver


class Command(BaseCommand):
    help = (
        "Read a news item (text, HTML, PDF or DOCX) and print what it reports — organisations,"
        " agreements, signatories, areas, dates, events — without writing anything. One FILE,"
        " or --batch IN.jsonl --output OUT.jsonl (see docs/cli.md)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", help="the news item: .txt, .html, .pdf or .docx")
        parser.add_argument(
            "--published", help="its publication date, YYYY-MM-DD (else found in the text)"
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--alliance", help="an alliance's slug: its members are context")
        parser.add_argument("--batch", help='JSONL input: one object with "text" per line')
        parser.add_argument("--output", help="JSONL output of --batch (default: stdout)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        if bool(options["file"]) == bool(options["batch"]):
            raise CommandError("Give either FILE or --batch IN.jsonl.")
        published = published_date(options["published"], "--published")
        context = self._context(options.get("alliance"))
        if options["batch"]:
            self._batch(options, context)
            return
        try:
            source = read_source(options["file"], published=published)
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        resolver = registry_resolver()
        found = extract(source.text, published=source.published, resolver=resolver, context=context)
        if options["json"]:
            self.stdout.write(json.dumps(as_json(found), ensure_ascii=False, indent=2))
            return
        self._summary(source.title, found)

    def _context(self, slug: str | None) -> tuple[str, ...]:
        if not slug:
            return ()
        keys = alliance_member_keys(slug)
        if keys is None:
            raise CommandError(f"No alliance has the slug {slug!r}.")
        return keys

    def _summary(self, title: str, found: Extraction) -> None:
        answer = as_json(found)
        write = self.stdout.write
        write(f"{title or '(no title)'} — published {answer['published'] or 'unknown'}")
        write(f"\nOrganisations ({len(answer['institutions'])}):")
        for inst in answer["institutions"]:
            where = inst["canonical"] or "not in the registry"
            write(f"  {inst['name']}  → {where}  [{inst['kind']}, {inst['country'] or '?'}]")
        write(f"\nAgreements ({len(answer['agreements'])}):")
        for agreement in answer["agreements"]:
            several = " (several, pairings not given)" if agreement["aggregate"] else ""
            write(f"  {agreement['type']}, {agreement['status']}, {agreement['date'] or 'no date'}"
                  f"{several}: {'; '.join(agreement['parties'])}")  # fmt: skip
            if agreement["areas"]:
                write(f"    areas: {', '.join(agreement['areas'])}")
            for person in agreement["signatories"]:
                of = f", {person['institution']}" if person["institution"] else ""
                write(f"    signed by {person['name']}, {person['title']}{of}")
        write(f"\nEvents ({len(answer['events'])}):")
        for event in answer["events"]:
            write(f"  {event['kind']}, {event['date'] or 'no date'}, {event['place'] or ''}")
        if answer["named"]:
            names = "; ".join(inst["name"] for inst in answer["named"])
            write(f"\nAlso named, not what the story is about ({len(answer['named'])}): {names}")
        aside = answer["set_aside_agreements"]
        if aside:
            write(f"\nAlso read, set aside as not what the story reports ({len(aside)}):")
            for agreement in aside:
                write(f"  {agreement['type']}: {'; '.join(agreement['parties'])}")

    def _batch(self, options: dict[str, Any], context: tuple[str, ...]) -> None:
        source = Path(options["batch"])
        if not source.is_file():
            raise CommandError(f"{source}: no such file.")
        resolver = registry_resolver()
        written = bad = 0
        with ExitStack() as stack:
            lines = stack.enter_context(source.open(encoding="utf-8", errors="replace"))
            out = (
                stack.enter_context(open(options["output"], "w", encoding="utf-8"))
                if options["output"]
                else sys.stdout
            )
            progress = tqdm(
                lines, desc="extracting", unit=" items", disable=options["no_progress"],
                file=sys.stderr,
            )  # fmt: skip
            for number, line in enumerate(progress, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                        raise ValueError('each line must be an object with a "text" string')
                    published = published_date(row.get("published"), "published")
                except (ValueError, CommandError) as exc:
                    self.stderr.write(f"{source}:{number}: skipped: {exc}")
                    bad += 1
                    continue
                found = extract(
                    row["text"], published=published, resolver=resolver, context=context
                )
                answer = as_json(found)
                if "id" in row:
                    answer["id"] = row["id"]
                out.write(json.dumps(answer, ensure_ascii=False) + "\n")
                written += 1
        self.stderr.write(
            f"{written:,} {'item' if written == 1 else 'items'} extracted, {bad:,} skipped."
        )


def published_date(value: object, where: str) -> date | None:
    """A publication date given on the command line or in a batch line (YYYY-MM-DD); an
    error that says where, for anything else."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise CommandError(f"{where}: {value!r} is not a date (YYYY-MM-DD).") from exc

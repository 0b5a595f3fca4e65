import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from accord.resolver.core import Resolution, Resolver
from accord.resolver.registry import alliance_member_keys, registry_resolver


class Command(BaseCommand):
    help = (
        "Which organisation of the registry a string names: the one chosen when the resolver"
        " is sure, otherwise ranked candidates with scores and reasons. One TEXT, or --batch"
        " IN.jsonl --output OUT.jsonl (see docs/cli.md)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text", nargs="?", help="the name or affiliation string")
        parser.add_argument("--country", help="ISO 3166-1 alpha-2 code the organisation is in")
        parser.add_argument("--alliance", help="an alliance's slug: its members are context")
        parser.add_argument("--top", type=int, default=5, help="candidates shown (default 5)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--batch", help='JSONL input: one object with "text" per line')
        parser.add_argument("--output", help="JSONL output of --batch (default: stdout)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        if bool(options["text"]) == bool(options["batch"]):
            raise CommandError("Give either TEXT or --batch IN.jsonl.")
        if options["top"] < 1:
            raise CommandError("--top must be at least 1.")
        context = self._context(options.get("alliance"))
        resolver = registry_resolver()
        if options["batch"]:
            self._batch(resolver, options, context)
            return
        result = resolver.resolve(
            options["text"], country=options["country"], context=context, top=options["top"]
        )
        if options["json"]:
            self.stdout.write(json.dumps(as_json(result), ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{result.chosen or 'nothing chosen'} — {result.reason}")
        if result.unit:
            self.stdout.write(f"  unit: {result.unit}")
        for c in result.candidates:
            self.stdout.write(f"  {c.score:.3f}  {c.key}  {c.name}  ({c.reason})")

    def _context(self, slug: str | None) -> list[str]:
        if not slug:
            return []
        keys = alliance_member_keys(slug)
        if keys is None:
            raise CommandError(f"No alliance has the slug {slug!r}.")
        return list(keys)

    def _batch(self, resolver: Resolver, options: dict[str, Any], context: list[str]) -> None:
        source = Path(options["batch"])
        if not source.is_file():
            raise CommandError(f"{source}: no such file")
        written = bad = 0
        with ExitStack() as stack:
            out = (
                stack.enter_context(Path(options["output"]).open("w", encoding="utf-8"))
                if options["output"]
                else None
            )
            lines = stack.enter_context(source.open(encoding="utf-8"))
            for number, line in enumerate(
                tqdm(lines, unit=" lines", disable=options["no_progress"], file=sys.stderr),
                start=1,
            ):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                        raise ValueError('not an object with a "text" string')
                except ValueError as error:
                    self.stderr.write(f"{source}:{number}: skipped: {error}")
                    bad += 1
                    continue
                result = resolver.resolve(
                    row["text"],
                    country=row.get("country") or options["country"],
                    context=context,
                    top=options["top"],
                )
                answer = as_json(result)
                row["chosen"], row["candidates"] = answer["chosen"], answer["candidates"]
                text = json.dumps(row, ensure_ascii=False)
                if out is not None:
                    out.write(text + "\n")
                else:
                    self.stdout.write(text)
                written += 1
        self.stderr.write(f"{written:,} lines resolved, {bad:,} skipped.")


def as_json(result: Resolution) -> dict[str, Any]:
    return {
        "text": result.text,
        "chosen": result.chosen,
        "unit": result.unit,
        "reason": result.reason,
        "candidates": [
            {"id": c.key, "name": c.name, "score": c.score, "reason": c.reason}
            for c in result.candidates
        ],
    }

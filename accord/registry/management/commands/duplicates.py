import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from accord.registry.models import Identifier, Organisation
from accord.resolver.duplicates import AT_LEAST, likely_duplicates
from accord.resolver.registry import organisation_key, registry_resolver


class Command(BaseCommand):
    help = (
        "List likely duplicate organisations: one whose name (in any language, with or without"
        ' "The", or its acronym) names another, with a score and the reason. By default the'
        " organisations in use are checked against the whole registry; --all checks every one."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="check every organisation")
        parser.add_argument(
            "--at-least", type=float, default=AT_LEAST, help=f"lowest score (default {AT_LEAST})"
        )
        parser.add_argument("--json", action="store_true", help="print a JSON list")

    def handle(self, *args: Any, **options: Any) -> None:
        resolver = registry_resolver()
        among = None
        if not options["all"]:
            in_use = list(
                Organisation.objects.filter(registry_only=False).values_list("pk", flat=True)
            )
            ror_ids = dict(
                Identifier.objects.filter(scheme="ror", organisation_id__in=in_use).values_list(
                    "organisation_id", "value"
                )
            )
            keys = {organisation_key(pk, ror_ids) for pk in in_use}
            among = [e for e in resolver.entries if e.key in keys]
        pairs = likely_duplicates(resolver, among=among, at_least=options["at_least"])
        if options["json"]:
            rows = [
                {"score": p.score, "first": {"id": p.first.key, "name": p.first.name},
                 "second": {"id": p.second.key, "name": p.second.name}, "reason": p.reason}
                for p in pairs
            ]  # fmt: skip
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for p in pairs:
            self.stdout.write(
                f"{p.score:.2f}  {p.first.name} ({p.first.key})  ~  {p.second.name}"
                f" ({p.second.key})\n      {p.reason}"
            )
        self.stdout.write(f"{len(pairs):,} likely duplicate pairs.")

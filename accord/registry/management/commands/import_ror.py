import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from accord.registry.ror import DumpError
from accord.registry.ror_import import SKIPPED_SHOWN, ror_import


class Command(BaseCommand):
    help = (
        "Load a ROR data dump (schema v2: the official .zip, or .json / .json.gz) into the"
        " registry. Run it again with a newer dump: it updates what changed in ROR and leaves"
        " what was changed in Accord alone (see docs/cli.md)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the dump: .zip, .json or .json.gz")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, path: str, no_progress: bool = False, **options: Any) -> None:
        started = time.perf_counter()
        with tqdm(
            unit=" records", disable=no_progress, file=self.stderr._out, desc="ROR records"
        ) as bar:
            try:
                summary = ror_import(path, progress=bar.update)
            except DumpError as error:
                raise CommandError(str(error)) from error
        seconds = time.perf_counter() - started
        s = summary
        lines = [
            f"Read {s.records:,} records in {seconds:.0f} s:",
            f"  created    {s.created:>8,}  organisations",
            f"  updated    {s.updated:>8,}  (changed in ROR)",
            f"  unchanged  {s.unchanged:>8,}",
            f"  linked     {s.linked:>8,}  (made in Accord, carrying the ROR id)",
            f"  kept       {s.kept_local:>8,}  (changed in ROR and in Accord: Accord's stay)",
            f"  skipped    {len(s.skipped):>8,}  (malformed or repeated records)",
            f"  names added {s.names_added:,}, identifiers added {s.identifiers_added:,}"
            f" ({s.identifiers_taken:,} already held by another organisation),"
            f" relations added {s.relations_added:,}"
            f" ({s.relation_targets_missing:,} to records not in the dump)",
        ]
        self.stdout.write(self.style.SUCCESS("\n".join(lines)))
        for position, reason in s.skipped[:SKIPPED_SHOWN]:
            self.stderr.write(f"  skipped record {position}: {reason}")
        if len(s.skipped) > SKIPPED_SHOWN:
            self.stderr.write(f"  … and {len(s.skipped) - SKIPPED_SHOWN:,} more skipped")

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from accord.demo.scale import scale_seed


class Command(BaseCommand):
    help = (
        "Fill the database with realistic synthetic organisations and agreements (with parties,"
        " areas, activities, alliances) for benchmarks. Bulk inserts: no change history."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--organisations", type=int, default=50_000, help="default 50,000")
        parser.add_argument("--agreements", type=int, default=500_000, help="default 500,000")
        parser.add_argument("--seed", type=int, default=2015, help="random seed (default 2015)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        organisations, agreements = options["organisations"], options["agreements"]
        if organisations < 2:
            raise CommandError("--organisations must be at least 2 (an agreement has two parties).")
        if agreements < 0:
            raise CommandError("--agreements cannot be negative.")
        started = time.perf_counter()
        with tqdm(
            total=agreements,
            unit=" agreements",
            disable=options["no_progress"],
            file=self.stderr._out,
            desc=f"{organisations:,} organisations, then agreements",
        ) as bar:
            result = scale_seed(
                organisations=organisations,
                agreements=agreements,
                seed=options["seed"],
                progress=bar.update,
            )
        seconds = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {result.organisations:,} organisations, {result.agreements:,} agreements,"
                f" {result.parties:,} parties, {result.areas:,} area links,"
                f" {result.activities:,} activities, {result.memberships:,} memberships"
                f" in {seconds:.0f} s."
            )
        )

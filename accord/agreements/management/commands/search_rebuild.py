import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from accord.agreements.models import Agreement
from accord.agreements.search import REFRESH_BATCH, search_refresh


class Command(BaseCommand):
    help = (
        "Rewrite the full-text search body of every agreement from its title, reference,"
        " summary, parties' names and documents (after data was written around the services)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args: Any, no_progress: bool = False, **options: Any) -> None:
        ids = list(Agreement.objects.order_by("pk").values_list("pk", flat=True))
        with tqdm(total=len(ids), unit=" agreements", disable=no_progress, file=sys.stderr) as bar:
            for start in range(0, len(ids), REFRESH_BATCH):
                batch = ids[start : start + REFRESH_BATCH]
                search_refresh(batch)
                bar.update(len(batch))
        self.stdout.write(f"Search bodies rewritten for {len(ids):,} agreements.")

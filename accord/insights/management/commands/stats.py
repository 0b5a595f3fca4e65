import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from accord.agreements.status import STATUS_LABELS
from accord.insights.selectors import registry_stats


class Command(BaseCommand):
    help = (
        "Counts of organisations, alliances, memberships, agreements by status and kind,"
        " parties, activities and events."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--json", action="store_true", help="Print one JSON object (see docs/cli.md)."
        )

    def handle(self, *args: Any, json: bool = False, **options: Any) -> None:
        stats = registry_stats()
        if json:
            self.stdout.write(_dumps(stats))
            return
        org = stats["organisations"]
        self.stdout.write(f"Organisations  {org['total']:>9,}  ({org['companies']:,} companies)")
        alliances, memberships = stats["alliances"], stats["memberships"]
        self.stdout.write(
            f"Alliances      {alliances['total']:>9,}"
            f"  ({alliances['sub_alliances']:,} sub-alliances)"
        )
        self.stdout.write(
            f"Memberships    {memberships['total']:>9,}  ({memberships['current']:,} current)"
        )
        self.stdout.write(f"Agreements     {stats['agreements']['total']:>9,}")
        for status, count in stats["agreements"]["by_status"].items():
            self.stdout.write(f"  {STATUS_LABELS[status]!s:<26}{count:>9,}")
        self.stdout.write(f"Parties        {stats['parties']:>9,}")
        self.stdout.write(f"Activities     {stats['activities']:>9,}")
        self.stdout.write(f"Events         {stats['events']:>9,}")


def _dumps(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)

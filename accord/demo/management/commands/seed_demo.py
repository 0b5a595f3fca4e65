from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from accord.demo.loader import DEMO_PASSWORD, DEMO_USERS, demo_load, demo_loaded
from accord.registry.models import Organisation


class Command(BaseCommand):
    help = (
        "Load the demo alliance (UANSR, founded 2015) with its agreements, events, illustrative"
        " records and demo users. Does nothing if the demo is already loaded."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Load only into a database with no organisations at all (what `make run` uses).",
        )

    def handle(self, *args: Any, if_empty: bool = False, **options: Any) -> None:
        if demo_loaded():
            self.stdout.write("The demo alliance is already loaded; nothing to do.")
            return
        if if_empty and Organisation.objects.exists():
            self.stdout.write("The database already holds organisations; the demo was not loaded.")
            return
        demo = demo_load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded the demo: {len(demo.orgs)} organisations, {len(demo.agreements)}"
                f" agreements, {len(demo.alliances)} alliances."
            )
        )
        self.stdout.write(f"Demo sign-ins (password {DEMO_PASSWORD}):")
        for username, _role, _org, label in DEMO_USERS:
            self.stdout.write(f"  {username:<8} {label}")

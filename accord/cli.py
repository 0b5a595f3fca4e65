"""The `accord` console script: Django's manage.py for this project."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    from django.core.management import execute_from_command_line
    from django.db import DatabaseError

    try:
        execute_from_command_line(sys.argv)
    except DatabaseError as exc:
        # A missing database or table is a setup problem, not a crash: say what to do.
        from django.db import connection

        where = connection.settings_dict.get("NAME")
        sys.stderr.write(
            f"accord: the database {where} cannot be used: {exc}\n"
            "Check DATABASE_URL, and run `accord migrate` to create or update the tables.\n"
        )
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()

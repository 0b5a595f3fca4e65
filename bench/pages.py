"""Time the main pages at scale on SQLite and PostgreSQL: server time through Django's full
stack (middleware, view, selectors, template), as a signed-in user sees them.

    .venv/bin/python bench/pages.py                 # both databases, 500k agreements
    .venv/bin/python bench/pages.py --engine sqlite --agreements 50000 --organisations 5000

Uses the same databases as bench/selectors.py (filled once by `seed_scale`). For each page
prints the median and p95 server time in ms and its number of queries, for the secretariat
admin and for an officer of the busiest organisation (whose confidentiality rules cost the
most), and the query count at two page sizes. The baseline row is a page that does no
database work (the sign-in form), so its time is what every page pays for the framework.
Goal: p95 <= 100 ms each, query counts independent of the page size.
"""

import os
import sys

# bench/selectors.py would shadow the standard library's `selectors` (which subprocess
# imports): take bench/ off the import path first, and put the project on it.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))

import argparse  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

from bench._common import engine_main, measure, scale_database  # noqa: E402


def main() -> None:
    engine_main(__file__, __doc__ or "", run)


def run(args: argparse.Namespace) -> None:
    scale_database(args)
    from accord.agreements.models import Agreement

    print(f"{Agreement.objects.count():,} agreements")
    clients, pages = build_pages()
    print(f"{'page':<44}{'who':<9}{'median ms':>10}{'p95 ms':>8}{'queries':>9}")
    for label, path in pages:
        for who, client in clients.items():
            fetch = _fetcher(client, path)
            fetch()  # fails loudly on anything but 200
            t = measure(fetch, repeat=args.repeat)
            print(f"{label:<44}{who:<9}{t.median_ms:>10.1f}{t.p95_ms:>8.1f}{t.queries:>9}")
    print("queries at page size 20 / 100 (admin):")
    for label, path in pages:
        if "size=" not in path and "/agreements/" in path:
            counts = []
            for size in (20, 100):
                sized = f"{path}{'&' if '?' in path else '?'}size={size}"
                t = measure(_fetcher(clients["admin"], sized), repeat=1, warmup=1)
                counts.append(t.queries)
            print(f"  {label:<42}{counts[0]:>4} / {counts[1]}")


def _fetcher(client: Any, path: str) -> Callable[[], Any]:
    def fetch() -> Any:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
        return response

    return fetch


def build_pages() -> tuple[dict[str, Any], list[tuple[str, str]]]:
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client

    from accord.agreements.models import Party
    from accord.core.models import Profile
    from accord.core.users import user_create
    from accord.registry.models import Organisation

    busiest = Party.objects.values("organisation_id").annotate(n=Count("id")).order_by("-n")[0]
    hub = Organisation.objects.get(pk=busiest["organisation_id"])
    # a word of the hub's name that other organisations' names share (a place, a kind)
    place = hub.city or hub.name.split()[0]
    users: dict[str, tuple[str, str, Organisation | None]] = {
        "admin": ("bench-admin", Profile.Role.ADMIN, None),
        "officer": ("bench-officer", Profile.Role.OFFICER, hub),
    }
    clients = {}
    User = get_user_model()
    for who, (username, role, organisation) in users.items():
        user: Any = User.objects.filter(username=username).first() or user_create(
            username=username, password="bench-only-not-a-secret", role=role,
            organisation=organisation,
        )  # fmt: skip
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        clients[who] = client
    pages = [
        ("baseline: sign-in form", "/accounts/login/"),
        ("dashboard", "/"),
        ("agreements: in force, CN, joint research", "/agreements/?status=in_force&country=CN"
         "&area=joint-research"),
        ("agreements: the same, page 2, by title", "/agreements/?status=in_force&country=CN"
         "&area=joint-research&sort=title&page=2"),
        (f"organisation detail ({hub.name[:20]})", f"/organisations/{hub.pk}/"),
        (f"search agreements: {place!r}", f"/agreements/?q={place}"),
        ("search agreements: 'exchange'", "/agreements/?q=exchange"),
        ("search agreements: 'joint lab' in force", "/agreements/?q=joint+lab&status=in_force"),
        (f"search organisations: {place!r}", f"/organisations/?q={place}"),
    ]  # fmt: skip
    return clients, pages


if __name__ == "__main__":
    main()

"""Measure the name resolver on the public gold sets: precision, recall, F1 and speed.

    .venv/bin/python bench/resolve.py
    .venv/bin/python bench/resolve.py --gold DIR --dump ROR-DUMP.json.gz

Imports the ROR development dump into `bench/out/ror.sqlite3` once (`import_ror`), builds the
resolver's index from it (timed), then resolves every row of every gold file on one core and
prints per file: precision, recall and F1 over the rows marked `in_registry` (and over all
rows), and names per second; then the index build time and the peak memory of the process.

Scoring (the issue's): a row whose `chosen` is in its `ror_ids` is a true positive; a `chosen`
not in `ror_ids` (every `chosen` on a row whose `ror_ids` is empty included) a false
positive; a row with `ror_ids` that is not a true positive a false negative. Gold labels are
taken as published: a gold id the registry marks inactive is not replaced by its successor,
so resolving to the successor (which the resolver does) counts against us on those rows.
The gold sets' README leaves that choice to the user; the last two columns ("succ") score
the `in_registry` rows again with every gold id followed to its successor first.
"""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from bench._common import ROOT, database_url, setup_django  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=SHARED / "gold")
    parser.add_argument("--dump", type=Path, default=SHARED / "ror" / "ror-partial-v2.json.gz")
    args = parser.parse_args()
    setup_django(database_url("sqlite", "ror"))
    from django.core.management import call_command

    from accord.registry.models import RorRecord
    from accord.resolver.registry import registry_resolver

    call_command("migrate", verbosity=0)
    if not RorRecord.objects.exists():
        started = time.perf_counter()
        call_command("import_ror", str(args.dump), "--no-progress")
        print(f"import_ror: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    resolver = registry_resolver()
    build = time.perf_counter() - started
    print(f"\nindex: {len(resolver):,} organisations in {build:.1f} s\n")
    header = (
        f"{'file':<36}{'rows':>6}{'P':>7}{'R':>7}{'F1':>7}{'all P':>7}{'all R':>7}{'names/s':>9}"
        f"{'succ P':>8}{'succ R':>8}"
    )
    print(header)
    for path in sorted(args.gold.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        started = time.perf_counter()
        chosen = [resolver.resolve(row["text"]).chosen for row in rows]
        rate = len(rows) / (time.perf_counter() - started)
        p, r, f = score(rows, chosen, only_in_registry=True)
        all_p, all_r, _ = score(rows, chosen, only_in_registry=False)
        followed = [
            {**row, "ror_ids": [resolver.current(key) for key in row["ror_ids"]]} for row in rows
        ]
        succ_p, succ_r, _ = score(followed, chosen, only_in_registry=True)
        print(f"{path.name:<36}{len(rows):>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}{all_p:>7.3f}{all_r:>7.3f}"
              f"{rate:>9,.0f}{succ_p:>8.3f}{succ_r:>8.3f}")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (whole process, RSS): {peak:,.0f} MB")


def score(
    rows: list[dict[str, object]], chosen: list[str | None], *, only_in_registry: bool
) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for row, answer in zip(rows, chosen, strict=True):
        if only_in_registry and not row.get("in_registry"):
            continue
        gold = set(row.get("ror_ids") or [])  # type: ignore[call-overload]
        hit = answer is not None and answer in gold
        tp += hit
        fp += answer is not None and not hit
        fn += bool(gold) and not hit
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


if __name__ == "__main__":
    main()

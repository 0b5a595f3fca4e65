"""Measure the press-release extractor on the labelled news items.

    .venv/bin/python bench/press.py
    .venv/bin/python bench/press.py --items DIR --dump ROR-DUMP.json.gz --show

Uses the registry `bench/resolve.py` imports (`bench/out/ror.sqlite3`, the ROR development
dump; imported here if missing), builds the resolver's index, then runs the extractor (what
`accord extract` runs) over every `NNN.json` of `../shared/samples/press-dev/` and prints:

- institutions: precision, recall and F1. An extracted institution matches a gold one when
  one of its forms (the name as written, the registry's name) is, normalised as the resolver
  normalises names, the gold name, canonical name or one of its aliases;
- agreements: F1; an extracted agreement matches a gold one when its parties, mapped to gold
  institutions as above, are the gold parties (each gold agreement matched once);
- signatories: F1 over (agreement, person) pairs of matched agreements, a person matching by
  name (normalised; honorifics never count);
- date accuracy over matched agreements and matched events (an event matches a gold event
  of the same kind, in order): the share whose date equals the gold date (both empty counts);
- areas: F1 over the area phrases of matched agreements, a phrase matching when it is,
  normalised, the gold phrase (the labels lift areas from the text as written; not a goal of
  the issue, a measure of what a reviewer is shown);
- places: accuracy over matched events, a place matching when one holds the other,
  normalised, or both are none (not a goal of the issue either);
- articles per second on one core, after start-up (the index is built, the taggers' weights
  read, and one short text read, before the clock);
- a baseline: the same items cut into sentences and words only (the extractor's first
  step), timed in the same process, and how many times as long the extractor takes: the
  speed as a figure that changes less with the machine than articles per second do (31x on
  a slow machine that read 21 articles a second, 45x on one that read 44: regular
  expressions and plain Python do not speed up alike).

With `--labeller DIR` it runs no extractor: it scores a second labeller's labels of the same
items (DIR/NNN.json holding "gold") against theirs, the same way, which tells how far two
careful people agree on what the items report.
"""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

from bench._common import ROOT, database_url, setup_django  # noqa: E402

if TYPE_CHECKING:
    from accord.resolver.core import Resolver

SHARED = ROOT.parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=Path, default=SHARED / "samples" / "press-dev")
    parser.add_argument(
        "--dump", type=Path, default=SHARED / "data" / "ror" / "ror-partial-v2.json.gz"
    )
    parser.add_argument("--show", action="store_true", help="print each item's differences")
    parser.add_argument(
        "--labeller",
        type=Path,
        help='score a second labeller\'s labels (DIR/NNN.json holding "gold") against the '
        "items' instead of the extractor: how far two people agree",
    )
    args = parser.parse_args()
    if args.labeller is not None:
        compare_labellers(args.items, args.labeller, show=args.show)
        return
    resolver = development_resolver(args.dump)
    from accord.extraction.extract import as_json, extract

    items = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.items.glob("*.json"))]
    outputs = []
    # start-up: the extractor's patterns are compiled on first use; one short text first
    extract(WARM_UP, published=date(2024, 1, 10), resolver=resolver)
    # (and the taggers' weights are read: start-up, as the index is)
    from accord.extraction.tagger import areas_tagger, places_tagger

    areas_tagger().phrases(WARM_UP)
    places_tagger().phrases(WARM_UP)
    started = time.perf_counter()
    for item in items:
        published = date.fromisoformat(item["published"]) if item.get("published") else None
        outputs.append(as_json(extract(item["text"], published=published, resolver=resolver)))
    rate = len(items) / (time.perf_counter() - started)
    baseline = _baseline_rate(items)
    totals = Score()
    for path, item, output in zip(sorted(args.items.glob("*.json")), items, outputs, strict=True):
        score = score_item(item["gold"], output)
        totals.add(score)
        if args.show:
            print(f"\n== {path.name}: {score.summary()}")
            for line in score.notes:
                print("   ", line)
    print(f"\n{len(items)} items")
    report(totals)
    print(f"speed         {rate:,.0f} articles/s (one core, after start-up)")
    print(f"baseline      {baseline:,.0f} articles/s cut into sentences and words only, the "
          f"extractor's first step: the extractor takes {baseline / rate:.0f}x as long "
          "(it changes less with the machine than the speed does)")  # fmt: skip


def _baseline_rate(items: list[dict[str, Any]]) -> float:
    """Articles per second cut into sentences and words (`text.sentences`, `orgs.words`, the
    taggers' tokens) and nothing more, timed in the same process as the extractor: what one
    core of this machine does in the time, so that the speed can be compared across
    machines. The best of three passes."""
    from accord.extraction.orgs import words
    from accord.extraction.tagger import tokens
    from accord.extraction.text import sentences

    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for item in items:
            sentences(item["text"])
            words(item["text"])
            tokens(item["text"])
        best = min(best, time.perf_counter() - started)
    return len(items) / best


def development_resolver(dump: Path) -> "Resolver":
    """The resolver over the registry `bench/resolve.py` imports (the ROR development dump,
    imported here if missing)."""
    setup_django(database_url("sqlite", "ror"))
    from django.core.management import call_command

    from accord.registry.models import RorRecord
    from accord.resolver.registry import registry_resolver

    call_command("migrate", verbosity=0)
    if not RorRecord.objects.exists():
        call_command("import_ror", str(dump), "--no-progress")
    return registry_resolver()


def compare_labellers(items: Path, other: Path, *, show: bool) -> None:
    """Score another labeller's gold as if it were the extractor's output, on the items both
    labelled."""
    totals = Score()
    count = 0
    for path in sorted(items.glob("*.json")):
        theirs = other / path.name
        if not theirs.exists():
            continue
        count += 1
        score = score_item(
            json.loads(path.read_text(encoding="utf-8"))["gold"],
            as_output(json.loads(theirs.read_text(encoding="utf-8"))["gold"]),
        )
        totals.add(score)
        if show:
            print(f"\n== {path.name}: {score.summary()}")
            for line in score.notes:
                print("   ", line)
    print(f"\n{count} items labelled twice")
    report(totals)


def report(totals: "Score") -> None:
    """The figures over all items: institutions, agreements, signatories, dates."""
    print(f"institutions  P {totals.p('inst'):.3f}  R {totals.r('inst'):.3f}  "
          f"F1 {totals.f('inst'):.3f}")  # fmt: skip
    print(f"agreements    F1 {totals.f('agr'):.3f}  (P {totals.p('agr'):.3f}, "
          f"R {totals.r('agr'):.3f})")  # fmt: skip
    print(f"signatories   F1 {totals.f('sig'):.3f}  (P {totals.p('sig'):.3f}, "
          f"R {totals.r('sig'):.3f})")  # fmt: skip
    print(f"dates         accuracy {totals.accuracy():.3f}  ({totals.dates_right}/"
          f"{totals.dates_seen} matched agreements and events)")  # fmt: skip
    print(f"areas         F1 {totals.f('area'):.3f}  (P {totals.p('area'):.3f}, "
          f"R {totals.r('area'):.3f}; phrases of matched agreements, as written)")  # fmt: skip
    places = totals.places_right / totals.places_seen if totals.places_seen else 1.0
    print(f"places        accuracy {places:.3f}  ({totals.places_right}/{totals.places_seen} "
          f"matched events; one holding the other, or both none)")  # fmt: skip


def as_output(gold: dict[str, Any]) -> dict[str, Any]:
    """Gold labels in the shape the extractor prints: parties by the name as written."""
    written = {
        i.get("canonical"): i.get("name") or i.get("canonical") for i in gold["institutions"]
    }
    return {
        "institutions": [
            {"name": i.get("name") or i.get("canonical"), "canonical": i.get("canonical")}
            for i in gold["institutions"]
        ],
        "agreements": [
            {
                "parties": [written.get(p, p) for p in a["parties"]],
                "date": a.get("date"),
                "signatories": a.get("signatories") or [],
            }
            for a in gold["agreements"]
        ],
        "events": [{"kind": e["kind"], "date": e.get("date")} for e in gold["events"]],
    }


WARM_UP = (
    "BEIJING, Jan 10 (Xinhua) -- Atlantis University and the Atlantis Institute of Technology "
    "(AIT) on Tuesday signed a memorandum of understanding on joint research. The MoU was "
    "signed by AIT President Prof. Dr. Jane Doe and Registrar John Smith."
)


class Score:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {k: [0, 0, 0] for k in ("inst", "agr", "sig", "area")}
        self.dates_right = 0
        self.dates_seen = 0
        self.places_right = 0
        self.places_seen = 0
        self.notes: list[str] = []

    def add(self, other: "Score") -> None:
        for key, (tp, fp, fn) in other.counts.items():
            self.counts[key][0] += tp
            self.counts[key][1] += fp
            self.counts[key][2] += fn
        self.dates_right += other.dates_right
        self.dates_seen += other.dates_seen
        self.places_right += other.places_right
        self.places_seen += other.places_seen

    def p(self, key: str) -> float:
        tp, fp, _ = self.counts[key]
        return tp / (tp + fp) if tp + fp else 1.0

    def r(self, key: str) -> float:
        tp, _, fn = self.counts[key]
        return tp / (tp + fn) if tp + fn else 1.0

    def f(self, key: str) -> float:
        p, r = self.p(key), self.r(key)
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self) -> float:
        return self.dates_right / self.dates_seen if self.dates_seen else 1.0

    def summary(self) -> str:
        return " · ".join(f"{k} tp/fp/fn {v[0]}/{v[1]}/{v[2]}" for k, v in self.counts.items())


def _key(text: str | None) -> str:
    from accord.resolver.core import name_key

    return name_key(text or "")


def gold_matches(gold: dict[str, Any], names: list[tuple[str, str | None]]) -> list[int | None]:
    """For each extracted institution (its name as written, its registry name), the gold
    institution it matches, if any: one of its forms is, normalised, the gold name,
    canonical name or an alias; each gold institution matched once, in order."""
    gold_forms = []
    for inst in gold["institutions"]:
        forms = {_key(inst.get("name")), _key(inst.get("canonical"))}
        forms |= {_key(a) for a in inst.get("aliases") or []}
        gold_forms.append(forms - {""})
    used: set[int] = set()
    hits: list[int | None] = []
    for name, canonical in names:
        forms = {_key(name), _key(canonical)} - {""}
        hit = next((g for g, f in enumerate(gold_forms) if g not in used and forms & f), None)
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def agreement_matches(
    gold: dict[str, Any], output: dict[str, Any], matched: dict[str, int] | None = None
) -> list[int | None]:
    """For each extracted agreement, the gold agreement it matches, if any: the same party
    set (parties matched as institutions are, `matched`: extracted name → gold index), each
    gold agreement matched once, in order."""
    if matched is None:
        hits = gold_matches(gold, [(i["name"], i.get("canonical")) for i in output["institutions"]])
        matched = {
            i["name"]: hit
            for i, hit in zip(output["institutions"], hits, strict=True)
            if hit is not None
        }
    canonical_index = {_key(i.get("canonical")): g for g, i in enumerate(gold["institutions"])}
    gold_sets = [
        frozenset(canonical_index.get(_key(p), -1 - n) for n, p in enumerate(a["parties"]))
        for a in gold["agreements"]
    ]
    taken: set[int] = set()
    found: list[int | None] = []
    for agreement in output["agreements"]:
        parties = frozenset(matched.get(p, -100 - n) for n, p in enumerate(agreement["parties"]))
        hit = next((n for n, ps in enumerate(gold_sets) if n not in taken and ps == parties), None)
        if hit is not None:
            taken.add(hit)
        found.append(hit)
    return found


def score_item(gold: dict[str, Any], output: dict[str, Any]) -> Score:
    score = Score()
    # institutions: each extracted one matches at most one gold one, and the other way round
    matched: dict[str, int] = {}  # extracted name → gold index
    used: set[int] = set()
    hits = gold_matches(gold, [(i["name"], i.get("canonical")) for i in output["institutions"]])
    for inst, hit in zip(output["institutions"], hits, strict=True):
        if hit is None:
            score.counts["inst"][1] += 1
            score.notes.append(f"institution not in gold: {inst['name']}")
            continue
        used.add(hit)
        matched[inst["name"]] = hit
        score.counts["inst"][0] += 1
    for g, inst in enumerate(gold["institutions"]):
        if g not in used:
            score.counts["inst"][2] += 1
            score.notes.append(f"institution missed: {inst.get('name') or inst.get('canonical')}")
    # agreements by party set
    gold_agreements = gold["agreements"]
    taken: set[int] = set()
    for agreement, hit in zip(
        output["agreements"], agreement_matches(gold, output, matched), strict=True
    ):
        if hit is None:
            score.counts["agr"][1] += 1
            score.counts["sig"][1] += len(agreement["signatories"])
            score.notes.append(f"agreement not in gold: {agreement['parties']}")
            continue
        taken.add(hit)
        score.counts["agr"][0] += 1
        expected = gold_agreements[hit]
        score.dates_seen += 1
        score.dates_right += agreement["date"] == expected.get("date")
        if agreement["date"] != expected.get("date"):
            score.notes.append(f"agreement date {agreement['date']} ≠ {expected.get('date')}")
        gold_people = {_key(s["name"]) for s in expected["signatories"]}
        ours = {_key(s["name"]) for s in agreement["signatories"]}
        score.counts["sig"][0] += len(gold_people & ours)
        score.counts["sig"][1] += len(ours - gold_people)
        score.counts["sig"][2] += len(gold_people - ours)
        if gold_people != ours:
            score.notes.append(f"signatories {sorted(ours)} ≠ {sorted(gold_people)}")
        gold_areas = {_key(a) for a in expected.get("areas", [])}
        our_areas = {_key(a) for a in agreement.get("areas", [])}
        score.counts["area"][0] += len(gold_areas & our_areas)
        score.counts["area"][1] += len(our_areas - gold_areas)
        score.counts["area"][2] += len(gold_areas - our_areas)
    for n, agreement in enumerate(gold_agreements):
        if n not in taken:
            score.counts["agr"][2] += 1
            score.counts["sig"][2] += len(agreement["signatories"])
            score.notes.append(f"agreement missed: {agreement['parties']} ({agreement['type']})")
    # events: matched by kind, in order
    remaining = list(gold["events"])
    for event in output["events"]:
        hit = next((e for e in remaining if e["kind"] == event["kind"]), None)
        if hit is None:
            continue
        remaining.remove(hit)
        score.dates_seen += 1
        score.dates_right += event["date"] == hit.get("date")
        # a place matches when one holds the other, normalised (labels normalise lightly)
        place, gold_place = _key(event.get("place")), _key(hit.get("place"))
        score.places_seen += 1
        score.places_right += place == gold_place or bool(
            place and gold_place and (place in gold_place or gold_place in place)
        )
        if event["date"] != hit.get("date"):
            score.notes.append(f"{event['kind']} date {event['date']} ≠ {hit.get('date')}")
    return score


if __name__ == "__main__":
    main()

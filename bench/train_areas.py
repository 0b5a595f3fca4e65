"""Train the extractor's taggers of cooperation areas and of event places, from labelled items.

    .venv/bin/python bench/train_areas.py                  # write accord/extraction/areas.crfsuite
    .venv/bin/python bench/train_areas.py --what places    # write accord/extraction/places.crfsuite
    .venv/bin/python bench/train_areas.py --what orgs      # write accord/extraction/orgs.crfsuite
    .venv/bin/python bench/train_areas.py --folds 5 --no-write
    .venv/bin/python bench/train_areas.py --exclude 2789-2872 --output /tmp/areas.crfsuite

Every labelled item of `--items` (by default `bench/press-own/` and
`../shared/samples/press-dev/`) is an example: its text, and as areas every place the text
writes one of the area phrases its gold agreements hold (the labels lift them as written;
case aside), the longest where they overlap; with `--what places`, every place it writes one
of its gold events' places; with `--what orgs`, every place it writes one of the forms its
gold institutions are given in (name, canonical name, aliases; case kept). A conditional
random field (python-crfsuite, `accord/extraction/tagger.py`) is trained on them and written
where the extractor reads it. The same items and settings give the same file.

With `--folds K` it first measures the tagger on items it was not trained on (folds by
batch, as `bench/train_press.py` makes them): precision and recall of the areas' spans,
exactly as written. `--exclude LO-HI` leaves the own items LO to HI out of the training, to
measure the extractor on them (`bench/press.py --items` on a folder of them, with the file
written copied over the shipped one, or `extract(..., areas_tagger=Tagger(path))`).
"""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))

import argparse  # noqa: E402
import re  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench.train_press import DEFAULT_ITEMS, _fold_of, read_items  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=Path, nargs="+", default=DEFAULT_ITEMS)
    parser.add_argument("--output", type=Path, default=None, help="default: the shipped file")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate in K folds first")
    parser.add_argument("--no-write", action="store_true", help="measure only")
    parser.add_argument("--exclude", default=None, help="own items LO-HI left out of training")
    parser.add_argument("--c1", type=float, default=1.0, help="L1 strength (fewer weights)")
    parser.add_argument("--what", choices=("areas", "places", "orgs"), default="areas")
    args = parser.parse_args()
    from accord.extraction import tagger

    items = read_items(args.items)
    if args.exclude:
        lo, hi = (int(n) for n in args.exclude.split("-"))
        items = [i for i in items if not (i["_own"] and lo <= i["_number"] <= hi)]
    print(f"{len(items)} labelled items")
    spans = {"areas": areas, "places": places, "orgs": organisations}[args.what]
    if args.folds:
        cross_validate(items, args.folds, args.c1, spans)
    if args.no_write:
        return
    shipped = {
        "areas": tagger.AREAS_MODEL,
        "places": tagger.PLACES_MODEL,
        "orgs": tagger.ORGS_MODEL,
    }
    output = args.output or shipped[args.what]
    started = time.perf_counter()
    tagger.train(((i["text"], spans(i)) for i in items), output, c1=args.c1)
    print(f"trained in {time.perf_counter() - started:.0f} s; wrote {output}")


def areas(item: dict[str, Any]) -> list[tuple[int, int]]:
    """Where the item's text writes the area phrases of its gold agreements: the longest of
    those that overlap, in text order."""
    return _written(
        item["text"], [p for a in item["gold"]["agreements"] for p in a.get("areas", [])]
    )


def places(item: dict[str, Any]) -> list[tuple[int, int]]:
    """Where the item's text writes its gold events' places."""
    return _written(item["text"], [e["place"] for e in item["gold"]["events"] if e.get("place")])


def organisations(item: dict[str, Any]) -> list[tuple[int, int]]:
    """Where the item's text writes a form of one of its gold institutions (its name as
    written, its canonical name, an alias), in that case."""
    forms = [
        form
        for inst in item["gold"]["institutions"]
        for form in [inst.get("name"), inst.get("canonical"), *(inst.get("aliases") or [])]
        if form and len(form) > 1
    ]
    return _written(item["text"], forms, flags=0)


def _written(text: str, phrases: list[str], flags: int = re.IGNORECASE) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]
    spans.sort(key=lambda s: (s[0], s[0] - s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def cross_validate(
    items: list[dict[str, Any]],
    folds: int,
    c1: float,
    spans: Callable[[dict[str, Any]], list[tuple[int, int]]],
) -> None:
    from accord.extraction import tagger

    fold_of = _fold_of({i["_group"] for i in items}, folds)
    if len(fold_of) < folds:
        raise SystemExit(f"{len(fold_of)} batches of items: too few for {folds} folds")
    right = told = gold = 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fold.crfsuite"
        for fold in range(folds):
            train = [i for i in items if fold_of[i["_group"]] != fold]
            test = [i for i in items if fold_of[i["_group"]] == fold]
            tagger.train(((i["text"], spans(i)) for i in train), path, c1=c1)
            reader = tagger.Tagger(path)
            for item in test:
                found = set(reader.phrases(item["text"]))
                expected = set(spans(item))
                right += len(found & expected)
                told += len(found)
                gold += len(expected)
            print(f"fold {fold + 1}/{folds}: {len(test)} items", flush=True)
    p = right / told if told else 1.0
    r = right / gold if gold else 1.0
    print(f"spans: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")


if __name__ == "__main__":
    main()

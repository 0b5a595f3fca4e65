"""Train the extractor's choice of the organisations a story is about, from labelled items.

    .venv/bin/python bench/train_press.py                 # write accord/extraction/involved.json
    .venv/bin/python bench/train_press.py --folds 10      # cross-validate first, then write
    .venv/bin/python bench/train_press.py --folds 10 --no-write

The rules (`accord extract` with the rules' own choice) read every labelled item of `--items`
(by default `bench/press-own/` and `../shared/samples/press-dev/`); each organisation they find
is an example, labelled by whether the item's gold labels hold it (matched as `bench/press.py`
matches). A logistic regression (scikit-learn, `pip install -e '.[train]'`) over the signs
`accord/extraction/choice.py` computes is fitted and written as plain weights, which the
extractor reads without scikit-learn. The same items and the same settings give the same
weights.

With `--folds K` it first measures what the learned choice does on items it was not trained
on: the items are split into K folds by batch (the fourteen items a helper wrote together
stay together), each fold is read with weights trained on the others, and the whole
extraction is scored as `bench/press.py` scores it, against the rules' own choice.
"""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench._common import ROOT  # noqa: E402
from bench.press import SHARED, Score, development_resolver, gold_matches, score_item  # noqa: E402

DEFAULT_ITEMS = [ROOT / "bench" / "press-own", SHARED / "samples" / "press-dev"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=Path, nargs="+", default=DEFAULT_ITEMS)
    parser.add_argument(
        "--dump", type=Path, default=SHARED / "data" / "ror" / "ror-partial-v2.json.gz"
    )
    parser.add_argument("--output", type=Path, default=None, help="default: the shipped file")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate in K folds first")
    parser.add_argument("--no-write", action="store_true", help="measure only")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--threshold", type=float, default=0.4)
    args = parser.parse_args()

    resolver = development_resolver(args.dump)
    from accord.extraction import choice

    items = read_items(args.items)
    print(f"{len(items)} labelled items from {', '.join(str(p) for p in args.items)}")
    examples = extract_all(items, resolver)
    if args.folds:
        cross_validate(examples, args.folds, args.c, args.threshold)
    if args.no_write:
        return
    model = fit(examples, args.c, args.threshold)
    output = args.output or choice.WEIGHTS
    data = {
        "about": "Weights of the extractor's choice of the organisations a story is about "
        "(accord/extraction/choice.py), written by bench/train_press.py.",
        **model.as_dict(),
        "trained_on": {
            "items": len(items),
            "examples": sum(len(e["rows"]) for e in examples),
            "folders": [os.path.relpath(p, ROOT) for p in args.items],
            "c": args.c,
        },
    }
    output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {output}")


def read_items(folders: list[Path]) -> list[dict[str, Any]]:
    items = []
    for folder in folders:
        paths = sorted(folder.glob("*.json"))
        if not paths:
            raise SystemExit(f"{folder}: no labelled items (NNN.json)")
        for path in paths:
            item = json.loads(path.read_text(encoding="utf-8"))
            # the fourteen items a helper wrote together (ids from 101 on) stay in one fold
            number = int(path.stem) if path.stem.isdigit() else 0
            item["_group"] = f"{folder.name}:{(number - 101) // 14 if number >= 101 else 0}"
            items.append(item)
    return items


def extract_all(items: list[dict[str, Any]], resolver: Any) -> list[dict[str, Any]]:
    """Each item read by the rules: the extraction, its found organisations' signs and
    whether the gold labels hold each."""
    from accord.extraction.choice import RULES
    from accord.extraction.extract import extract

    examples = []
    for item in items:
        published = date.fromisoformat(item["published"]) if item.get("published") else None
        extraction = extract(item["text"], published=published, resolver=resolver, model=RULES)
        found = [(i.name, i.canonical) for i in extraction.found]
        labels = [hit is not None for hit in gold_matches(item["gold"], found)]
        examples.append(
            {"item": item, "extraction": extraction, "rows": extraction.signs, "labels": labels}
        )
    return examples


def fit(examples: list[dict[str, Any]], c: float, threshold: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    from accord.extraction.choice import FEATURES, Model

    x = [[row.get(f, 0.0) for f in FEATURES] for e in examples for row in e["rows"]]
    y = [int(label) for e in examples for label in e["labels"]]
    regression = LogisticRegression(C=c, max_iter=5000)
    regression.fit(x, y)
    return Model(
        FEATURES,
        tuple(round(float(w), 6) for w in regression.coef_[0]),
        round(float(regression.intercept_[0]), 6),
        threshold,
    )


def cross_validate(examples: list[dict[str, Any]], folds: int, c: float, threshold: float) -> None:
    from accord.extraction.choice import choose

    groups = sorted({e["item"]["_group"] for e in examples})
    fold_of = {g: n % folds for n, g in enumerate(groups)}
    learned, rules = Score(), Score()
    found = {"learned": [0, 0, 0], "rules": [0, 0, 0]}
    real_learned, real_rules = Score(), Score()
    for fold in range(folds):
        train = [e for e in examples if fold_of[e["item"]["_group"]] != fold]
        test = [e for e in examples if fold_of[e["item"]["_group"]] == fold]
        model = fit(train, c, threshold)
        for e in test:
            extraction = e["extraction"]
            chances = [model.probability(row) for row in e["rows"]]
            chosen, agreements = choose(
                extraction.found, chances, extraction.agreements, model.threshold
            )
            for name, score, real, kept, proposed in (
                ("learned", learned, real_learned, chosen, agreements),
                ("rules", rules, real_rules, extraction.institutions, extraction.agreements),
            ):
                item_score = score_item(e["item"]["gold"], output_with(extraction, kept, proposed))
                score.add(item_score)
                if e["item"].get("text_paraphrased"):
                    real.add(item_score)
                for inst, label in zip(extraction.found, e["labels"], strict=True):
                    picked = any(k is inst for k in kept)
                    found[name][0] += picked and label
                    found[name][1] += picked and not label
                    found[name][2] += label and not picked
    print(f"\ncross-validated in {folds} folds by batch ({len(groups)} batches)")
    for name, score, real in (("rules", rules, real_rules), ("learned", learned, real_learned)):
        tp, fp, fn = found[name]
        p, r = tp / (tp + fp), tp / (tp + fn)
        print(f"{name:8} all items {figures(score)}   re-worded real items {figures(real)}   "
              f"found organisations P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")  # fmt: skip


def output_with(extraction: Any, kept: list[Any], agreements: list[Any]) -> dict[str, Any]:
    from accord.extraction.extract import as_json

    return as_json(dataclasses.replace(extraction, institutions=kept, agreements=agreements))


def figures(score: Score) -> str:
    return " / ".join(
        f"{v:.3f}" for v in (score.f("inst"), score.f("agr"), score.f("sig"), score.accuracy())
    )


if __name__ == "__main__":
    main()

"""Train the extractor's choice of the organisations a story is about, from labelled items.

    .venv/bin/python bench/train_press.py                 # write accord/extraction/involved.json
    .venv/bin/python bench/train_press.py --folds 10      # cross-validate first, then write
    .venv/bin/python bench/train_press.py --folds 10 --no-write
    .venv/bin/python bench/train_press.py --exclude 2957-3040 --output /tmp/involved.json

The rules (`accord extract` with the rules' own choice) read every labelled item of `--items`
(by default `bench/press-own/` and `../shared/samples/press-dev/`); each organisation they find
is an example, labelled by whether the item's gold labels hold it (matched as `bench/press.py`
matches). A logistic regression (scikit-learn, `pip install -e '.[train]'`) over the signs
`accord/extraction/choice.py` computes is fitted and written as plain weights, which the
extractor reads without scikit-learn. The same items and the same settings give the same
weights.

The tagger of organisations' names (`accord/extraction/orgs.crfsuite`) adds names to those
the rules find, and whether it read a name is one of the signs. It was trained on these same
items, so here each item is read with a tagger trained on the other items instead
(`--tagger-folds`, by batch), as an item the shipped tagger never saw is read: otherwise the
choice would learn to trust the tagger more than it can be trusted.

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
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench._common import ROOT  # noqa: E402
from bench.press import (  # noqa: E402
    SHARED,
    Score,
    agreement_matches,
    development_resolver,
    gold_matches,
    score_item,
)

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
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument(
        "--keeper-threshold", type=float, default=0.35, help="of the choice of agreements"
    )
    parser.add_argument(
        "--tagger-folds",
        type=int,
        default=5,
        help="each item read with a tagger of names trained on the other K-1 folds",
    )
    parser.add_argument("--exclude", default=None, help="own items LO-HI left out of training")
    args = parser.parse_args()

    resolver = development_resolver(args.dump)
    from accord.extraction import choice

    items = read_items(args.items)
    if args.exclude:
        lo, hi = (int(n) for n in args.exclude.split("-"))
        items = [i for i in items if not (i["_own"] and lo <= i["_number"] <= hi)]
    print(f"{len(items)} labelled items from {', '.join(str(p) for p in args.items)}")
    with tempfile.TemporaryDirectory() as folder:
        taggers = fold_taggers(items, args.tagger_folds, Path(folder))
        examples = extract_all(items, resolver, taggers)
    # the agreements each item proposes, as the choice of organisations leaves them on items
    # it was not trained on: what the keeper is trained on
    chances = out_of_fold_chances(examples, max(args.folds, 10), args.c, args.threshold)
    if args.folds:
        cross_validate(examples, args.folds, args.c, args.threshold, args.keeper_threshold, chances)
    if args.no_write:
        return
    model = fit(examples, args.c, args.threshold)
    keeper = fit_keeper(
        [agreement_rows(e, c, args.threshold) for e, c in zip(examples, chances, strict=True)],
        args.c,
        args.keeper_threshold,
    )
    output = args.output or choice.WEIGHTS
    data = {
        "about": "Weights of the extractor's choice of the organisations a story is about, "
        "and (agreements) of the agreements it reports among those proposed "
        "(accord/extraction/choice.py), written by bench/train_press.py.",
        **model.as_dict(),
        "agreements": keeper.as_dict(),
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
            item["_own"] = folder.name == "press-own"
            item["_number"] = number
            items.append(item)
    return items


def fold_taggers(items: list[dict[str, Any]], folds: int, folder: Path) -> dict[str, Any]:
    """For each batch of items, a tagger of organisations' names trained on the items of the
    other folds (written in `folder`; trained two at a time)."""
    from multiprocessing import Pool

    from accord.extraction.tagger import Tagger

    fold_of = _fold_of({i["_group"] for i in items}, folds)
    if len(fold_of) < folds:
        raise SystemExit(f"{len(fold_of)} batches of items: too few for {folds} tagger folds")
    jobs = [
        ([i for i in items if fold_of[i["_group"]] != fold], folder / f"orgs-{fold}.crfsuite")
        for fold in range(folds)
    ]
    started = time.perf_counter()
    with Pool(2) as pool:
        pool.starmap(_train_orgs, jobs)
    print(f"{folds} taggers of names trained in {time.perf_counter() - started:.0f} s")
    taggers = [Tagger(path) for _, path in jobs]
    return {g: taggers[fold] for g, fold in fold_of.items()}


def _train_orgs(items: list[dict[str, Any]], path: Path) -> None:
    from accord.extraction.tagger import train
    from bench.train_areas import organisations

    train(((i["text"], organisations(i)) for i in items), path)


def extract_all(
    items: list[dict[str, Any]], resolver: Any, taggers: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Each item read by the rules (with the tagger of names of its batch, `taggers`, or the
    shipped one): the extraction, its found organisations' signs and whether the gold labels
    hold each."""
    from accord.extraction.choice import KEEP_ALL, RULES
    from accord.extraction.extract import extract

    examples = []
    for item in items:
        published = date.fromisoformat(item["published"]) if item.get("published") else None
        extraction = extract(
            item["text"],
            published=published,
            resolver=resolver,
            model=RULES,
            keeper=KEEP_ALL,
            orgs_tagger=taggers[item["_group"]] if taggers else None,
        )
        found = [(i.name, i.canonical) for i in extraction.found]
        labels = [hit is not None for hit in gold_matches(item["gold"], found)]
        examples.append(
            {"item": item, "extraction": extraction, "rows": extraction.signs, "labels": labels}
        )
    return examples


def fit(examples: list[dict[str, Any]], c: float, threshold: float) -> Any:

    from accord.extraction.choice import FEATURES

    rows = [row for e in examples for row in e["rows"]]
    return _logistic(FEATURES, rows, [lab for e in examples for lab in e["labels"]], c, threshold)


def _logistic(
    features: tuple[str, ...],
    rows: list[dict[str, float]],
    labels: list[bool],
    c: float,
    threshold: float,
) -> Any:
    """A logistic regression over these signs, as plain weights (`choice.Model`)."""
    from sklearn.linear_model import LogisticRegression

    from accord.extraction.choice import Model

    x = [[row.get(f, 0.0) for f in features] for row in rows]
    y = [int(label) for label in labels]
    if len(set(y)) < 2:
        # one kind of example only (a handful of items): keep all, or none, whatever the signs
        return Model(features, (0.0,) * len(features), 5.0 if all(y) else -5.0, threshold)
    regression = LogisticRegression(C=c, max_iter=5000)
    regression.fit(x, y)
    return Model(
        features,
        tuple(round(float(w), 6) for w in regression.coef_[0]),
        round(float(regression.intercept_[0]), 6),
        threshold,
    )  # fmt: skip


def fit_keeper(
    examples: list[tuple[list[Any], list[Any], list[dict[str, float]], list[bool]]],
    c: float,
    threshold: float,
) -> Any:
    """The choice of agreements, fitted on each item's proposed agreements (`agreement_rows`)."""
    from accord.extraction.choice import AGREEMENT_FEATURES

    rows = [row for e in examples for row in e[2]]
    return _logistic(
        AGREEMENT_FEATURES, rows, [lab for e in examples for lab in e[3]], c, threshold
    )


def out_of_fold_chances(
    examples: list[dict[str, Any]], folds: int, c: float, threshold: float
) -> list[list[float]]:
    """For each item, its found organisations' chances by weights trained on the other folds
    (items split by batch, as `cross_validate` splits them)."""
    fold_of = _folds(examples, folds)
    chances: list[list[float]] = [[] for _ in examples]
    for fold in sorted(set(fold_of.values())):
        model = fit([e for e in examples if fold_of[e["item"]["_group"]] != fold], c, threshold)
        for n, e in enumerate(examples):
            if fold_of[e["item"]["_group"]] == fold:
                chances[n] = [model.probability(row) for row in e["rows"]]
    return chances


def _folds(examples: list[dict[str, Any]], folds: int) -> dict[str, int]:
    return _fold_of({e["item"]["_group"] for e in examples}, folds)


def _fold_of(groups: set[str], folds: int) -> dict[str, int]:
    """Each batch's fold: the batches in order, dealt round the folds."""
    return {g: n % folds for n, g in enumerate(sorted(groups))}


def agreement_rows(
    example: dict[str, Any], chances: list[float], threshold: float
) -> tuple[list[Any], list[Any], list[dict[str, float]], list[bool]]:
    """What the choice of organisations leaves of an item at these chances (the organisations
    and the agreements proposed), each proposed agreement's signs, and whether the item's gold
    labels hold it (matched as `bench/press.py` matches)."""
    from accord.extraction.choice import agreement_signs, choose

    extraction = example["extraction"]
    chosen, proposed = choose(extraction.found, chances, extraction.agreements, threshold)
    rows = agreement_signs(extraction.text, proposed, extraction.found, chances)
    hits = agreement_matches(example["item"]["gold"], output_with(extraction, chosen, proposed))
    return chosen, proposed, rows, [hit is not None for hit in hits]


def cross_validate(
    examples: list[dict[str, Any]],
    folds: int,
    c: float,
    threshold: float,
    keeper_threshold: float = 0.35,
    chances: list[list[float]] | None = None,
) -> None:
    """Each fold scored with weights trained on the others: the rules' own choice, the learned
    choice of organisations keeping every agreement proposed, and with the learned choice of
    agreements too (`chances`: each item's out-of-fold chances, which the choice of
    agreements is trained on; those of these folds when not given)."""
    from accord.extraction.choice import keep

    fold_of = _folds(examples, folds)
    groups = sorted(fold_of)
    if chances is None:
        chances = out_of_fold_chances(examples, folds, c, threshold)
    rows = [agreement_rows(e, ch, threshold) for e, ch in zip(examples, chances, strict=True)]
    learned, rules, with_keeper = Score(), Score(), Score()
    found = {"learned": [0, 0, 0], "rules": [0, 0, 0]}
    real_learned, real_rules, real_keeper = Score(), Score(), Score()
    for fold in range(folds):
        train = [e for e in examples if fold_of[e["item"]["_group"]] != fold]
        test = [n for n, e in enumerate(examples) if fold_of[e["item"]["_group"]] == fold]
        model = fit(train, c, threshold)
        keeper = fit_keeper(
            [
                r
                for r, e in zip(rows, examples, strict=True)
                if fold_of[e["item"]["_group"]] != fold
            ],
            c,
            keeper_threshold,
        )
        for n in test:
            e = examples[n]
            extraction = e["extraction"]
            chances_ = [model.probability(row) for row in e["rows"]]
            chosen, agreements, signs_, _labels = agreement_rows(e, chances_, model.threshold)
            chosen_left, left, _chances = keep(
                extraction.found, chances_, chosen, agreements, signs_, keeper, threshold
            )
            item_score = score_item(e["item"]["gold"], output_with(extraction, chosen_left, left))
            with_keeper.add(item_score)
            if e["item"].get("text_paraphrased"):
                real_keeper.add(item_score)
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
    print(f"keeper   all items {figures(with_keeper)}   "
          f"re-worded real items {figures(real_keeper)}   "
          f"(the learned choices of organisations and of agreements)")  # fmt: skip


def output_with(extraction: Any, kept: list[Any], agreements: list[Any]) -> dict[str, Any]:
    from accord.extraction.extract import as_json

    return as_json(dataclasses.replace(extraction, institutions=kept, agreements=agreements))


def figures(score: Score) -> str:
    return " / ".join(
        f"{v:.3f}" for v in (score.f("inst"), score.f("agr"), score.f("sig"), score.accuracy())
    )


if __name__ == "__main__":
    main()

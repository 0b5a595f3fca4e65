"""`bench/train_press.py`: the choice of the organisations a story is about is trained from
labelled items, written as plain weights the extractor reads, and measured on items it was
not trained on."""

import json
from pathlib import Path

import pytest

from accord.extraction.choice import read_model
from bench.train_press import (
    agreement_rows,
    cross_validate,
    extract_all,
    fit,
    fit_keeper,
    fold_taggers,
    out_of_fold_chances,
    read_items,
)
from tests.extraction.test_extract import RESOLVER


def item(text: str, kept: list[str]) -> dict[str, object]:
    return {
        "text": text,
        "published": "2024-05-08",
        "text_paraphrased": True,
        "gold": {
            "institutions": [{"name": n, "canonical": n} for n in kept],
            "agreements": [{"parties": kept, "type": "MOU", "date": "2024-05-06",
                            "signatories": []}],
            "events": [],
        },
    }  # fmt: skip


ITEMS = {
    "101.json": item(
        "Pusan National University signed a memorandum of understanding with the University "
        "of Leeds on Monday. Both are ranked alongside the University of Delhi.",
        ["Pusan National University", "University of Leeds"],
    ),
    "115.json": item(
        "XJTU signed a memorandum of understanding with Politecnico di Milano on Monday. "
        "Both were ranked above the University of Leeds.",
        ["XJTU", "Politecnico di Milano"],
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, content in ITEMS.items():
        (tmp_path / name).write_text(json.dumps(content), encoding="utf-8")
    return tmp_path


def test_weights_are_trained_from_labelled_items_and_read_back(
    folder: Path, tmp_path: Path
) -> None:
    items = read_items([folder])
    # the fourteen items a helper wrote together stay in one fold
    assert [i["_group"] for i in items] == [f"{folder.name}:0", f"{folder.name}:1"]
    examples = extract_all(items, RESOLVER)
    assert [e["labels"] for e in examples] == [[True, True, False], [True, True, False]]
    model = fit(examples, 1.0, 0.5)
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(model.as_dict()), encoding="utf-8")
    again = read_model(path)
    assert again == model
    for example in examples:
        chances = [again.probability(row) for row in example["rows"]]
        # what the labels hold, over what they do not
        assert min(chances[:2]) > chances[2]
    # the same items, the same weights
    assert fit(extract_all(items, RESOLVER), 1.0, 0.5) == model


def test_cross_validation_scores_each_fold_with_weights_trained_on_the_others(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    examples = extract_all(read_items([folder]), RESOLVER)
    cross_validate(examples, 2, 1.0, 0.5)
    out = capsys.readouterr().out
    assert "cross-validated in 2 folds by batch (2 batches)" in out
    rules, learned = (line for line in out.splitlines() if line.startswith(("rules", "learned")))
    # the rules keep the parties of the signings, not the ranked universities
    assert "all items 1.000 / 1.000 / 1.000 / 1.000" in rules
    assert "found organisations P 1.000 R 1.000 F1 1.000" in rules
    assert "re-worded real items" in learned and "found organisations P" in learned
    # and with the learned choice of agreements too
    assert any(line.startswith("keeper   all items") for line in out.splitlines())


def test_the_keeper_is_trained_on_the_agreements_proposed_and_their_labels(
    folder: Path,
) -> None:
    from accord.extraction.choice import AGREEMENT_FEATURES, keep

    examples = extract_all(read_items([folder]), RESOLVER)
    chances = out_of_fold_chances(examples, 2, 1.0, 0.5)
    rows = [agreement_rows(e, c, 0.5) for e, c in zip(examples, chances, strict=True)]
    # each item proposes the one memorandum its labels hold
    assert [labels for _chosen, _proposed, _signs, labels in rows] == [[True], [True]]
    assert [[p.name for p in proposed[0].parties] for _c, proposed, _s, _l in rows] == [
        ["Pusan National University", "University of Leeds"],
        ["XJTU", "Politecnico di Milano"],
    ]
    # with no agreement to leave out among them, it keeps every one
    keeper = fit_keeper(rows, 1.0, 0.35)
    assert keeper.features == AGREEMENT_FEATURES and keeper.threshold == 0.35
    for (chosen, proposed, signs_, _labels), example, chances_ in zip(
        rows, examples, chances, strict=True
    ):
        found = example["extraction"].found
        assert keep(found, chances_, chosen, proposed, signs_, keeper, 0.5)[1] == proposed


# Two batches of fourteen items whose company names no rule finds
_COMPANIES = (
    "Novacom", "Brightlane", "Oreval", "Quantiva", "Sorelle", "Tavaro", "Vexley",
    "Telvoria", "Markoda", "Pellinor", "Zentiva", "Ostrada", "Kilvane", "Rovanta",
)  # fmt: skip


def test_each_batch_is_read_with_a_tagger_of_names_trained_on_the_other_batches(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "items"
    folder.mkdir()
    cue = "Pusan National University signed a memorandum of understanding with {} on Monday."
    for n in range(28):
        company = _COMPANIES[n % 14] + ("" if n < 14 else " Labs")
        content = item(cue.format(company), ["Pusan National University", company])
        (folder / f"{101 + n}.json").write_text(json.dumps(content), encoding="utf-8")
    items = read_items([folder])
    taggers = fold_taggers(items, 2, tmp_path)
    first, second = sorted({i["_group"] for i in items})
    assert set(taggers) == {first, second}
    assert sorted(p.name for p in tmp_path.glob("*.crfsuite")) == [
        "orgs-0.crfsuite", "orgs-1.crfsuite",
    ]  # fmt: skip
    # each batch's tagger learned the other batch's names: it reads a name of its own batch
    # the way it learned them ("… Labs" is a name's word only in the second batch)
    text = cue.format("Ferrovia Labs")
    read = [text[s:e] for s, e in taggers[first].phrases(text)]
    assert "Ferrovia Labs" in read
    read = [text[s:e] for s, e in taggers[second].phrases(text)]
    assert "Ferrovia Labs" not in read
    # and the examples are read with them, as the shipped tagger reads an item it never saw:
    # the first batch's one-word names are none the second batch's "… Labs" taught; the
    # second batch's are read as the first batch's one-word names were
    examples = extract_all(items, RESOLVER, taggers)
    assert all([i.name for i in e["extraction"].found] == ["Pusan National University"]
               for e in examples[:14])  # fmt: skip
    assert [e["extraction"].found[1].name for e in examples[14:]] == list(_COMPANIES)

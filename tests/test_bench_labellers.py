"""`bench/press.py --labeller`: two people's labels of the same items scored as the extractor
is scored against one of them."""

import json
from pathlib import Path

import pytest

from bench.press import compare_labellers

GOLD = {
    "institutions": [
        {"name": "Pusan National University", "canonical": "Pusan National University"},
        {"name": "University of Leeds", "canonical": "University of Leeds", "aliases": ["UoL"]},
        {"name": "LG Electronics", "canonical": "LG Electronics"},
    ],
    "agreements": [
        {
            "parties": ["Pusan National University", "University of Leeds"],
            "type": "MOU",
            "date": "2024-01-10",
            "signatories": [{"name": "Kim Lee"}, {"name": "Jane Roe"}],
        },
        {"parties": ["Pusan National University", "LG Electronics"], "type": "MOU",
         "date": None, "signatories": []},
    ],
    "events": [{"kind": "signing ceremony", "date": "2024-01-10"}],
}  # fmt: skip


def write(folder: Path, gold: dict[str, object]) -> Path:
    folder.mkdir()
    (folder / "001.json").write_text(json.dumps({"text": "…", "gold": gold}), encoding="utf-8")
    return folder


def test_a_second_labeller_who_saw_one_agreement_fewer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = json.loads(json.dumps(GOLD))
    theirs["institutions"][1]["name"] = "UoL"  # another surface form of the same body
    del theirs["agreements"][1]
    theirs["agreements"][0]["signatories"] = [{"name": "Kim Lee"}]
    compare_labellers(write(tmp_path / "a", GOLD), write(tmp_path / "b", theirs), show=True)
    printed = capsys.readouterr().out
    assert "1 items labelled twice" in printed
    assert "institutions  P 1.000  R 1.000  F1 1.000" in printed
    assert "agreements    F1 0.667" in printed  # 1 of 2 found, none extra
    assert "signatories   F1 0.667" in printed  # 1 of 2 on the matched agreement
    assert "agreement missed: ['Pusan National University', 'LG Electronics']" in printed

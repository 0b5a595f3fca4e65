"""The choice of the organisations a story is about: learned weights over signs the rules
give of each organisation a text names (`accord/extraction/choice.py`)."""

import json
import math
from datetime import date
from pathlib import Path

import pytest

from accord.extraction.choice import FEATURES, KEEP_ALL, RULES, Model, read_model, shipped_model
from accord.extraction.extract import as_json, extract
from tests.extraction.test_extract import RESOLVER

SIGNING = (
    "Pusan National University signed a memorandum of understanding with the University of "
    "Leeds on Monday. The MoU was signed by PNU President Kim Lee. Both are ranked alongside "
    "the University of Delhi."
)


def test_a_party_the_model_leaves_out_leaves_the_agreement() -> None:
    # a model that keeps nothing: the agreement read between PNU and Leeds is no agreement of
    # the story
    keeps_nothing = Model(("found_log",), (0.0,), -50.0, 0.5)
    extraction = extract(
        SIGNING, published=date(2024, 5, 8), resolver=RESOLVER, model=keeps_nothing
    )
    answer = as_json(extraction)
    assert answer["institutions"] == [] and answer["agreements"] == []
    # every organisation the text names stays known, with the signs weighed and how likely
    # the story is about each, for a reviewer to add back
    assert [i["name"] for i in answer["named"]] == [
        "Pusan National University", "University of Leeds", "University of Delhi",
    ]  # fmt: skip
    assert len(extraction.signs) == 3
    # a party left out of an agreement of three leaves the other two
    three = (
        "Pusan National University, the University of Leeds and the University of Delhi "
        "signed a memorandum of understanding on Monday."
    )
    not_delhi = Model(("first_rank_0", "first_rank_1"), (50.0, 50.0), -25.0, 0.5)
    answer = as_json(extract(three, published=date(2024, 5, 8), resolver=RESOLVER,
                             model=not_delhi))  # fmt: skip
    assert [a["parties"] for a in answer["agreements"]] == [
        ["Pusan National University", "University of Leeds"],
    ]  # fmt: skip


def test_the_model_weighs_the_signs_of_each_organisation() -> None:
    text = (
        "Pusan National University and the University of Leeds will work together on hydrogen "
        "research, the two announced on Monday. Both were ranked alongside the University of "
        "Delhi in a recent league table."
    )
    # the rules report nothing signed or visited here, so they keep all three
    by_rules = extract(text, published=date(2024, 5, 8), resolver=RESOLVER, model=RULES)
    assert len(by_rules.institutions) == 3
    wary_of_rankings = Model(("rules_involved", "near_background"), (5.0, -10.0), -2.0, 0.5)
    chosen = extract(text, published=date(2024, 5, 8), resolver=RESOLVER, model=wary_of_rankings)
    assert [i.name for i in chosen.institutions] == [
        "Pusan National University", "University of Leeds",
    ]  # fmt: skip


def test_the_signs_of_an_organisation() -> None:
    extraction = extract(SIGNING, published=date(2024, 5, 8), resolver=RESOLVER)
    pnu, leeds, delhi = extraction.signs
    assert pnu["party"] == 1.0 and pnu["signer_organisation"] == 1.0
    assert pnu["first_rank_0"] == 1.0 and pnu["first_sentence"] == 1.0
    assert pnu["near_signing"] == 1.0 and pnu.get("near_background", 0.0) == 0.0
    assert leeds["before_the"] == 1.0 and leeds["party"] == 1.0
    assert leeds.get("signer_organisation", 0.0) == 0.0
    assert delhi.get("party", 0.0) == 0.0 and delhi["near_background"] == 1.0
    assert delhi["first_position"] > leeds["first_position"] > pnu["first_position"]
    assert set(pnu) | set(leeds) | set(delhi) <= set(FEATURES)


def test_weights_for_signs_this_code_does_not_compute_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    path.write_text(
        json.dumps(
            {"features": ["party", "moon_phase"], "weights": [1, 2], "bias": 0, "threshold": 0.5}
        )
    )
    with pytest.raises(ValueError, match=r"weights\.json.*moon_phase"):
        read_model(path)


def test_the_shipped_weights_are_read_and_name_known_signs() -> None:
    model = shipped_model()
    assert set(model.features) <= set(FEATURES) and len(model.weights) == len(model.features)
    assert 0.0 < model.threshold < 1.0


def test_what_the_story_is_not_about_is_listed_apart_as_named() -> None:
    answer = as_json(extract(SIGNING, published=date(2024, 5, 8), resolver=RESOLVER))
    assert [i["name"] for i in answer["institutions"]] == [
        "Pusan National University", "University of Leeds",
    ]  # fmt: skip
    (delhi,) = answer["named"]
    assert delhi["name"] == "University of Delhi"
    assert delhi["id"] == "https://ror.org/04gzb2213"
    start, end = delhi["mentions"][0]
    assert SIGNING[start:end] == "University of Delhi"
    # how likely the story is about it: below what the choice asks
    assert 0.0 < delhi["confidence"] < shipped_model().threshold


def test_a_party_below_the_threshold_but_above_the_party_threshold_stays_a_party() -> None:
    from accord.extraction.choice import PARTY_THRESHOLD

    # parties get a chance of 0.35, others none: below the threshold of 0.5, above the bar
    # for parties
    z = math.log(0.35 / 0.65)
    model = Model(("party",), (z + 50.0,), -50.0, 0.5)
    assert PARTY_THRESHOLD < 0.35 < model.threshold
    # (every agreement the rules read kept: the shipped keeper's weights are not what is told)
    answer = as_json(
        extract(
            SIGNING, published=date(2024, 5, 8), resolver=RESOLVER, model=model, keeper=KEEP_ALL
        )
    )
    assert [a["parties"] for a in answer["agreements"]] == [
        ["Pusan National University", "University of Leeds"],
    ]  # fmt: skip
    assert [i["name"] for i in answer["institutions"]] == [
        "Pusan National University", "University of Leeds",
    ]  # fmt: skip


def test_the_agreements_the_keeper_leaves_out_are_not_proposed() -> None:
    from accord.extraction.choice import KEEP_ALL

    # a keeper that keeps nothing: the agreement the rules read is not proposed, but stays
    # known (with the signs weighed) for a reviewer
    keeps_nothing = Model(("confidence",), (0.0,), -50.0, 0.5)
    extraction = extract(
        SIGNING, published=date(2024, 5, 8), resolver=RESOLVER, keeper=keeps_nothing
    )
    assert extraction.agreements == []
    assert [[p.name for p in a.parties] for a in extraction.proposed] == [
        ["Pusan National University", "University of Leeds"]
    ]
    assert len(extraction.agreement_rows) == 1
    # its parties stay chosen only by their own chance: here, both parties the story is about
    assert [i.name for i in extraction.institutions] == [
        "Pusan National University", "University of Leeds",
    ]  # fmt: skip
    # one that keeps all proposes what the rules read
    kept = extract(SIGNING, published=date(2024, 5, 8), resolver=RESOLVER, keeper=KEEP_ALL)
    assert kept.agreements == kept.proposed and len(kept.agreements) == 1
    # a party of only what is left out, with no chance of its own, goes with it
    wary = Model(("party",), (1.0,), -1.2, 0.5)  # a party's chance: 0.45
    answer = as_json(
        extract(SIGNING, published=date(2024, 5, 8), resolver=RESOLVER, model=wary,
                keeper=keeps_nothing)
    )  # fmt: skip
    assert answer["agreements"] == [] and answer["institutions"] == []


def test_the_signs_of_a_proposed_agreement() -> None:
    from accord.extraction.choice import agreement_signs

    extraction = extract(SIGNING, published=date(2024, 5, 8), resolver=RESOLVER)
    (row,) = agreement_signs(
        extraction.text, extraction.proposed, extraction.found, extraction.about
    )
    assert row["two_parties"] == 1.0 and row["status_signed"] == 1.0
    assert row["signed_word"] == 1.0 and row["type_mou"] == 1.0
    assert row["first_paragraph"] == 1.0 and row["dated"] == 1.0
    assert row["signatories_log"] == math.log(2)
    assert row["same_parties_log"] == 0.0 and row["within_another"] == 0.0
    assert 0.5 < row["least_about"] <= row["mean_about"] <= 1.0


def test_the_keeper_is_read_from_the_weights_file(tmp_path: Path) -> None:
    from accord.extraction.choice import AGREEMENT_FEATURES, KEEP_ALL, read_keeper, shipped_keeper

    path = tmp_path / "weights.json"
    organisations = {"features": ["party"], "weights": [1], "bias": 0, "threshold": 0.5}
    # weights without a keeper keep every agreement
    path.write_text(json.dumps(organisations))
    assert read_keeper(path) == KEEP_ALL
    path.write_text(
        json.dumps(
            {**organisations, "agreements": {"features": ["two_parties", "moon_phase"],
                                             "weights": [1, 2], "bias": 0, "threshold": 0.5}}
        )
    )  # fmt: skip
    with pytest.raises(ValueError, match=r"weights\.json.*moon_phase"):
        read_keeper(path)
    keeper = shipped_keeper()
    assert set(keeper.features) <= set(AGREEMENT_FEATURES) and keeper != KEEP_ALL
    assert 0.0 < keeper.threshold < 1.0


def test_the_signing_ceremony_of_only_what_the_keeper_left_out_is_left_out_too() -> None:
    from accord.extraction.choice import KEEP_ALL

    text = (
        "Pusan National University and the University of Leeds signed a memorandum of "
        "understanding at a ceremony in Busan on Monday."
    )
    keeps_nothing = Model(("confidence",), (0.0,), -50.0, 0.5)
    kinds = [
        e.kind for e in extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                                keeper=KEEP_ALL).events
    ]  # fmt: skip
    assert "signing ceremony" in kinds
    left = extract(text, published=date(2024, 5, 8), resolver=RESOLVER, keeper=keeps_nothing)
    assert "signing ceremony" not in [e.kind for e in left.events]


def test_the_names_of_one_list_are_chosen_together() -> None:
    # a model that weighs the third organisation named less (0.38, below its threshold)
    first_two = Model(("first_rank_0", "first_rank_1"), (50.0, 50.0), -0.5, 0.5)
    listed = (
        "The alliance's founding members are Pusan National University, the University of "
        "Leeds and the University of Delhi."
    )
    answer = as_json(extract(listed, resolver=RESOLVER, model=first_two))
    assert [i["name"] for i in answer["institutions"]] == [
        "Pusan National University", "University of Leeds", "University of Delhi",
    ]  # fmt: skip
    # named apart, each on its own, the third stays out
    apart = (
        "The alliance's founding members are Pusan National University and the University of "
        "Leeds. Its office is near the University of Delhi."
    )
    answer = as_json(extract(apart, resolver=RESOLVER, model=first_two))
    assert [i["name"] for i in answer["institutions"]] == [
        "Pusan National University", "University of Leeds",
    ]  # fmt: skip

"""Cooperation areas, events' places and organisations' names read by taggers learned from
labelled items (`accord/extraction/tagger.py`, `accord/extraction/areas.py`): taggers these
tests train themselves, and the shipped ones."""

import re
from datetime import date
from pathlib import Path

import pytest

from accord.extraction.areas import with_tagged_areas
from accord.extraction.choice import KEEP_ALL, RULES
from accord.extraction.extract import as_json, extract
from accord.extraction.orgs import Mention, with_tagged_names
from accord.extraction.tagger import (
    AREAS_MODEL,
    ORGS_MODEL,
    Tagger,
    _whole,
    areas_tagger,
    features,
    labels,
    orgs_tagger,
    tokens,
    train,
)
from tests.extraction.test_extract import RESOLVER

# Sentences that list areas after many cues, as labelled items do
_CUES = (
    "The memorandum covers {}, {} and {}.",
    "Under the agreement the two universities will cooperate in {}, {} and {}.",
    "The partnership opens the way for {}, {} and {}.",
    "Both sides agreed to work together on {}, {} and {}.",
)
_AREAS = (
    "student exchange", "joint research", "staff mobility", "joint doctoral supervision",
    "renewable energy", "public health", "shared laboratories", "summer schools",
)  # fmt: skip


def _examples() -> list[tuple[str, list[tuple[int, int]]]]:
    examples = []
    for n, cue in enumerate(_CUES * 4):
        three = [_AREAS[(n + k) % len(_AREAS)] for k in (0, 3, 5)]
        text = f"Pusan National University signed an agreement with a partner. {cue.format(*three)}"
        spans = []
        for area in three:
            start = text.index(area)
            spans.append((start, start + len(area)))
        examples.append((text, spans))
    return examples


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Tagger:
    path = tmp_path_factory.mktemp("tagger") / "areas.crfsuite"
    train(_examples(), path, c1=0.01, iterations=100)
    return Tagger(path)


def test_a_trained_tagger_reads_the_phrases_it_learned_in_a_sentence_it_did_not_see(
    trained: Tagger,
) -> None:
    text = "The memorandum covers public health, summer schools and student exchange."
    assert [text[s:e] for s, e in trained.phrases(text)] == [
        "public health", "summer schools", "student exchange",
    ]  # fmt: skip
    # a part of a text only: its own words
    start = text.index("public")
    assert [text[s:e] for s, e in trained.phrases(text, start, start + 13)] == ["public health"]


def test_the_words_of_a_text_and_what_the_tagger_learns_of_them() -> None:
    text = "Joint research, and staff-mobility."
    assert [text[s:e] for s, e in tokens(text)] == [
        "Joint", "research", ",", "and", "staff-mobility", ".",
    ]  # fmt: skip
    assert labels(tokens(text), [(0, 14), (20, 34)]) == ["B", "I", "O", "O", "B", "O"]


def test_no_weights_read_nothing_and_a_missing_file_says_where(tmp_path: Path) -> None:
    assert Tagger(None).phrases("The memorandum covers student exchange.") == []
    with pytest.raises(FileNotFoundError, match=r"nothing\.crfsuite"):
        Tagger(tmp_path / "nothing.crfsuite")


def test_an_area_belongs_to_the_agreement_told_last_before_it(trained: Tagger) -> None:
    text = (
        "Pusan National University signed a memorandum of understanding with the University "
        "of Leeds on Monday. The partnership opens the way for public health, summer schools "
        "and student exchange. Pusan National University also signed an agreement with the "
        "University of Delhi. Under the agreement the two universities will cooperate in "
        "renewable energy, staff mobility and joint research."
    )
    extraction = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                         areas_tagger=trained)  # fmt: skip
    assert {a["parties"][1]: a["areas"] for a in as_json(extraction)["agreements"]} == {
        "University of Leeds": ["public health", "summer schools", "student exchange"],
        "University of Delhi": ["renewable energy", "staff mobility", "joint research"],
    }
    # the set aside are none of them: an agreement given its areas is still the one kept
    assert as_json(extraction)["set_aside_agreements"] == []
    # without a tagger, the rules read none here
    bare = extract(text, published=date(2024, 5, 8), resolver=RESOLVER, areas_tagger=Tagger(None))
    assert [a.areas for a in bare.agreements] == [[], []]


def test_the_rules_areas_stay_and_names_of_organisations_are_no_areas(trained: Tagger) -> None:
    text = (
        "Pusan National University signed a memorandum with the University of Leeds on joint "
        "research and student exchange. The partnership opens the way for public health, summer "
        "schools and staff mobility."
    )
    (agreement,) = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                           areas_tagger=trained).agreements  # fmt: skip
    assert agreement.areas == ["joint research", "student exchange"]
    # a span the text names an organisation with is no area, whatever the tagger reads
    (bare,) = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                      areas_tagger=Tagger(None)).agreements  # fmt: skip
    bare.areas = []
    start = text.index("public health")
    (kept,) = with_tagged_areas(text, [bare], trained, [(start, start + 6)])
    assert "public health" not in kept.areas
    assert {"summer schools", "staff mobility"} <= set(kept.areas)
    (kept,) = with_tagged_areas(text, [bare], trained, [])
    assert "public health" in kept.areas


def test_the_shipped_tagger_reads_areas_the_rules_do_not() -> None:
    assert AREAS_MODEL.is_file()
    text = (
        "Pusan National University and the University of Leeds signed a memorandum of "
        "understanding on Monday.\n\nThe deal opens the way for staff mobility, joint doctoral "
        "supervision and shared laboratories in hydrogen research."
    )
    (agreement,) = extract(text, published=date(2024, 5, 8), resolver=RESOLVER).agreements
    assert "staff mobility" in agreement.areas
    assert "joint doctoral supervision" in agreement.areas
    assert areas_tagger() is areas_tagger()  # read once


def test_agreements_one_sentence_reports_together_take_no_areas_said_of_them_all(
    trained: Tagger,
) -> None:
    # what follows is said of the set, not of each (the labelling rules: a set's list is not
    # copied onto each instrument)
    text = (
        "Pusan National University signed memoranda of understanding with the University of "
        "Leeds and the University of Delhi on Monday. The partnership opens the way for public "
        "health, summer schools and student exchange."
    )
    extraction = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                         areas_tagger=trained)  # fmt: skip
    assert [a.areas for a in extraction.agreements] == [[], []]


def test_a_word_s_signs_tell_whether_its_sentence_names_a_document() -> None:
    from accord.extraction.tagger import features

    text = "The weather was fine.\nThe agreement covers staff mobility."
    rows = features(text, tokens(text))
    words = [text[s:e] for s, e in tokens(text)]
    assert "doc" not in rows[words.index("weather")]
    assert "doc" in rows[words.index("staff")]
    assert "line" in rows[words.index("The", 1)]


def test_a_tagged_span_across_a_list_s_commas_is_its_items(tmp_path: Path) -> None:
    # a tagger that learned whole lists as one phrase: the list's items are the areas (an
    # "and" before the last stays inside it, as labels keep "B and C")
    text = (
        "Pusan National University and the University of Leeds signed a memorandum. The "
        "memorandum covers public health, summer schools and student exchange."
    )
    start, end = text.index("public"), text.rindex(".")
    path = tmp_path / "lists.crfsuite"
    train([(text, [(start, end)])] * 5, path, c1=0.0, iterations=50)
    lists = Tagger(path)
    assert lists.phrases(text) == [(start, end)]
    (agreement,) = extract(
        text, published=date(2024, 5, 8), resolver=RESOLVER, areas_tagger=Tagger(None)
    ).agreements
    agreement.areas = []  # (as if the rules had read none)
    (kept,) = with_tagged_areas(text, [agreement], lists, [])
    assert kept.areas == ["public health", "summer schools and student exchange"]


def test_an_event_the_rules_read_no_place_of_takes_the_place_the_tagger_reads(
    tmp_path: Path,
) -> None:
    venues = ("Busan Exhibition and Convention Center", "Leeds Town Hall", "Senate House")
    texts = [
        f"Pusan National University and the University of Leeds signed a memorandum of "
        f"understanding at a ceremony on Monday; the venue was {venue}."
        for venue in venues
    ]
    path = tmp_path / "places.crfsuite"
    spans = [[(t.index(v), t.index(v) + len(v))] for t, v in zip(texts, venues, strict=True)]
    train(list(zip(texts, spans, strict=True)) * 3, path, c1=0.0, iterations=50)
    places = Tagger(path)
    text = texts[0].replace(venues[0], "Leeds Town Hall")
    bare = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                   places_tagger=Tagger(None)).events  # fmt: skip
    assert [e.place for e in bare] == [None]
    (event,) = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                       places_tagger=places).events  # fmt: skip
    assert event.place == "Leeds Town Hall"
    # a place the rules read stays
    told = text.replace("at a ceremony", "at a ceremony in Busan")
    (event,) = extract(told, published=date(2024, 5, 8), resolver=RESOLVER,
                       places_tagger=places).events  # fmt: skip
    assert event.place == "Busan"


# One-word names no rule reads as an organisation's, written where parties are
_BRANDS = ("Novacom", "Brightlane", "Oreval", "Quantiva", "Sorelle", "Tavaro", "Vexley")


def test_a_name_no_rule_finds_is_found_when_the_tagger_of_names_reads_it(
    tmp_path: Path,
) -> None:
    cues = (
        "Pusan National University signed a memorandum of understanding with {} on Monday.",
        "{} and the University of Leeds signed an agreement on joint research.",
        "The University of Leeds has partnered with {} to train engineers.",
    )
    examples = []
    for cue in cues:
        for brand in _BRANDS:
            text = cue.format(brand)
            start = text.index(brand)
            examples.append((text, [(start, start + len(brand))]))
    path = tmp_path / "orgs.crfsuite"
    train(examples, path, c1=0.0, iterations=50)
    names = Tagger(path)
    text = "Pusan National University signed a memorandum of understanding with Telvoria on Monday."
    bare = extract(text, published=date(2024, 5, 8), resolver=RESOLVER, orgs_tagger=Tagger(None),
                   model=RULES, keeper=KEEP_ALL)  # fmt: skip
    assert [i.name for i in bare.found] == ["Pusan National University"]
    assert bare.agreements == []
    read = extract(text, published=date(2024, 5, 8), resolver=RESOLVER, orgs_tagger=names,
                   model=RULES, keeper=KEEP_ALL)  # fmt: skip
    assert [i.name for i in read.found] == ["Pusan National University", "Telvoria"]
    (agreement,) = read.agreements
    assert [p.name for p in agreement.parties] == ["Pusan National University", "Telvoria"]
    # whether the tagger read an organisation's names is a sign the choice weighs
    assert [row["tagged_share"] for row in read.signs] == [0.0, 1.0]
    assert [row["tagged_only"] for row in read.signs] == [0.0, 1.0]


def test_a_tagged_name_overlapping_one_the_rules_found_adds_nothing_and_loses_its_article() -> None:
    text = "The Embassy and the University of Leeds signed a letter."
    found = [Mention("University of Leeds", 20, 39, "pattern")]
    assert text[20:39] == "University of Leeds"
    # "the Embassy": without its article; "the University of Leeds" is the rules' already
    added = with_tagged_names(text, found, [(0, 11), (16, 39)])
    assert [(m.text, m.how) for m in added] == [
        ("Embassy", "tagged"), ("University of Leeds", "pattern"),
    ]  # fmt: skip


def test_the_shipped_tagger_of_names_is_read_once_and_a_whole_text_s_signs_once() -> None:
    assert ORGS_MODEL.is_file()
    assert orgs_tagger() is orgs_tagger()
    text = "Pusan National University signed a memorandum with Vexley."
    # the whole text, read again by another tagger, is the same text's words and signs
    assert orgs_tagger().phrases(text) == orgs_tagger().phrases(text + "")
    spans = tokens(text)
    assert _whole(text) is _whole(text + "")
    assert _whole(text)[0] == spans
    # (handed to CRFsuite as its own sequence, made once for every tagger)
    assert _whole(text)[1].items() == [{sign: 1.0 for sign in row} for row in features(text, spans)]


class _Reads(Tagger):
    """A tagger of names that reads these names wherever the text writes them: how the
    extractor uses what a tagger reads, apart from what one learns."""

    def __init__(self, *names: str) -> None:
        super().__init__(None)
        self.names = names

    def phrases(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        return sorted(
            (m.start(), m.end()) for n in self.names for m in re.finditer(re.escape(n), text)
        )


def _found(text: str, tagger: Tagger) -> list[str]:
    extraction = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                         orgs_tagger=tagger, keeper=KEEP_ALL)  # fmt: skip
    return [i.name for i in extraction.found]


def test_a_place_or_a_people_the_tagger_reads_is_no_organisation() -> None:
    text = (
        "INDONESIA - Pusan National University signed a memorandum with the University of "
        "Leeds. Guests from Saudi and from Japón attended, with Vexley."
    )
    assert _found(text, _Reads("INDONESIA", "Saudi", "Japón", "Vexley")) == [
        "Pusan National University", "University of Leeds", "Vexley",
    ]  # fmt: skip


def test_letters_the_tagger_reads_are_a_name_only_when_the_text_gives_them_one() -> None:
    text = (
        "Pusan National University (PNU) signed a memorandum with the University of Leeds on "
        "UG and PG programmes. PNU will host the first students."
    )
    found = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                    orgs_tagger=_Reads("UG", "PG", "PNU"), keeper=KEEP_ALL).found  # fmt: skip
    assert [i.name for i in found] == ["Pusan National University", "University of Leeds"]
    assert len(found[0].mentions) == 3


def test_a_short_form_in_brackets_after_a_name_is_that_name_s() -> None:
    text = (
        "The University of Karachi (KU) and Pusan National University signed a memorandum. "
        "The KU Vice Chancellor, Professor Khalid Iraqi, signed for KU, and King's College "
        "London (King's) attended. King's sent two deans."
    )
    found = extract(text, published=date(2024, 5, 8), resolver=RESOLVER,
                    orgs_tagger=_Reads("KU", "King's"), keeper=KEEP_ALL).found  # fmt: skip
    names = {i.name: len(i.mentions) for i in found}
    assert names["University of Karachi"] == 4
    assert names["King's College London"] == 3
    assert "KU" not in names and "King's" not in names


def test_a_person_the_tagger_reads_is_no_organisation() -> None:
    text = (
        "Pusan National University signed a memorandum with the University of Leeds. Rector "
        "Knut Hove signed for Leeds. Photo: Knut Hove and the president."
    )
    assert "Knut Hove" not in _found(text, _Reads("Knut Hove"))


def test_what_the_rules_refuse_or_a_description_the_tagger_reads_is_no_organisation() -> None:
    # a stock listing; a line's dateline place; a description; a person with the title
    # after; half a bracket: reading them adds nothing to what the rules find
    for text, read in (
        ("Infosys (NYSE: INFY) signed a memorandum with the University of Leeds.", "INFY"),
        ("(MAHWAH, NJ) - Pusan National University signed a memorandum with the University "
         "of Leeds.", "MAHWAH"),
        ("Pusan National University signed an agreement with the Spanish regional government "
         "and the University of Leeds.", "Spanish regional government"),
        ("Pusan National University signed a memorandum with Jeffrey J.P. Tsai, the Principal "
         "of the University of Leeds.", "Jeffrey J.P. Tsai"),
        ("The Nigeria Liquefied Natural Gas (XYZ) Ltd. signed a memorandum with the University "
         "of Leeds.", "XYZ) Ltd."),
    ):  # fmt: skip
        assert _found(text, _Reads(read)) == _found(text, Tagger(None)), text


def test_a_tagged_name_may_join_its_words_with_on_but_not_at_a_time() -> None:
    text = "Pusan National University signed an MoU with Doctors on Wheels on Monday."
    assert "Doctors on Wheels" in _found(text, _Reads("Doctors on Wheels"))
    text = "Pusan National University signed an MoU with Vexley at Christmas."
    assert "Vexley at Christmas" not in _found(text, _Reads("Vexley at Christmas"))


def test_training_on_no_text_says_so(tmp_path: Path) -> None:
    # (CRFsuite itself crashes the process)
    with pytest.raises(ValueError, match="no text to train on"):
        train([("", []), ("   ", [])], tmp_path / "none.crfsuite")
    assert not (tmp_path / "none.crfsuite").exists()

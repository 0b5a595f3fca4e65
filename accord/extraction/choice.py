"""Which of the organisations a text names the story is about: a choice learned from the
project's labelled news items, made among what the rules find.

The rules find the organisations a text names and tell, of each, whether they made it a
party, a signer's organisation or an event participant. Those signs do not settle it: a
party the rules read from a background sentence is no party, and an organisation whose
president "received the delegation" is one the rules may not have involved. A logistic
model over a few dozen signs of each found organisation (below) decides; its weights are
trained by `bench/train_press.py` from `bench/press-own/` and the development items and
shipped beside this module (`involved.json`), so nothing is downloaded and the choice is
the same on every machine. No Django here.
"""

import json
import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.extraction.orgs import Institution, unit_like
from accord.extraction.text import Sentence

if TYPE_CHECKING:
    from accord.extraction.agreements import Agreement, Event
    from accord.extraction.people import Person

WEIGHTS = Path(__file__).with_name("involved.json")

# the word just before a mention ("signed with X", "between X and Y", "at X", "of X")
_BEFORE = ("with", "between", "at", "of", "by", "and", "from", "in", "to", "con", "entre",
           "de", "y", "the", "la", "el")  # fmt: skip
_AFTER = ("and", "y", ",", "(", "signed", "has")
_SIGNING = re.compile(
    r"\b(?:sign|inked?\b|ink(?:s|ing)\b|seal|memor[aá]nd|mou|moa|agreement|accord|pact|"
    r"convenio|acuerdo|firm[aó]|suscrib|partner|renew)",
    re.IGNORECASE,
)
_VISITING = re.compile(
    r"\b(?:visit|delegation|delegaci[oó]n|hosted|welcomed|received|receiv|met\b|meeting|"
    r"ceremony|ceremonia|attended|forum|launch|inaugurat)",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"\b(?:rank|graduat|alumn|studied|formerly|previously|founded in|established in|"
    r"according to|reported|said|told|quoted|ranking|egresad|según)",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"([\w']+|[,(])\W*$")
_FIRST_WORD = re.compile(r"^\W*?([\w']+|[,(])")

FEATURES: tuple[str, ...] = (
    "kind_university",
    "kind_company",
    "kind_government",
    "kind_other",
    "unit_like",
    "mentions_log",
    "mention_share",
    "first_position",
    "first_rank_0",
    "first_rank_1",
    "title_line",
    "first_sentence",
    "first_paragraph",
    "party",
    "party_aggregate_only",
    "party_count_log",
    "party_guessed_only",
    "signer_organisation",
    "person_organisation",
    "event_participant",
    "rules_involved",
    "rules_none",
    "found_log",
    "near_signing",
    "near_visiting",
    "near_background",
    "in_parentheses",
    "acronym_only",
    "tagged_share",
    "tagged_only",
    *(f"before_{w}" for w in _BEFORE),
    *(f"after_{w}" for w in _AFTER),
)


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, signs: dict[str, float]) -> float:
        z = self.bias + sum(
            w * signs.get(f, 0.0) for f, w in zip(self.features, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def as_dict(self) -> dict[str, object]:
        return {
            "features": list(self.features),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }


# the rules' own choice (parties, signers' organisations, event participants; every
# organisation when the text reports none of these), as a model: the baseline
RULES = Model(("rules_involved",), (20.0,), -10.0, 0.5)


@cache
def shipped_model() -> Model:
    """The weights shipped with Accord (`involved.json`)."""
    return read_model(WEIGHTS)


def read_model(path: Path) -> Model:
    return _model_from(json.loads(path.read_text(encoding="utf-8")), FEATURES, path)


@cache
def shipped_keeper() -> Model:
    """The shipped weights of the choice of the agreements a story reports (the `agreements`
    part of `involved.json`; keeping every agreement when it has none)."""
    return read_keeper(WEIGHTS)


def read_keeper(path: Path) -> Model:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "agreements" not in data:
        return KEEP_ALL
    return _model_from(data["agreements"], AGREEMENT_FEATURES, path)


def _model_from(data: dict[str, Any], known: tuple[str, ...], path: Path) -> Model:
    features = tuple(data["features"])
    unknown = set(features) - set(known)
    if unknown:
        raise ValueError(f"{path}: weights for signs this code does not know: {sorted(unknown)}")
    if len(data["weights"]) != len(features):
        raise ValueError(f"{path}: {len(data['weights'])} weights for {len(features)} signs")
    return Model(
        features, tuple(float(w) for w in data["weights"]), float(data["bias"]),
        float(data["threshold"]),
    )  # fmt: skip


def signs(
    text: str,
    found: list[Institution],
    involved: list[Institution],
    agreements: "list[Agreement]",
    events: "list[Event]",
    people: "list[Person]",
    sentences: list[Sentence],
    tagged: Sequence[tuple[int, int]] = (),
) -> list[dict[str, float]]:
    """Each found organisation's signs, in the order of `found`: what the model weighs.
    `tagged` are the names the tagger of organisations read (character spans): how many of
    an organisation's mentions it read is a sign of its own."""
    if not found:
        return []
    length = max(len(text), 1)
    first_line_end = text.find("\n")
    title_end = first_line_end if 0 < first_line_end <= 160 else 0
    first_paragraph_end = lead_end(text)
    first_sentence_end = sentences[0].end if sentences else length
    total_mentions = sum(len(i.spans) for i in found) or 1
    order = sorted(range(len(found)), key=lambda n: min(s for s, _ in found[n].spans))
    rank = {n: r for r, n in enumerate(order)}
    starts = [s.start for s in sentences]

    def sentence_of(position: int) -> Sentence | None:
        at = bisect_right(starts, position) - 1
        return sentences[at] if at >= 0 else None

    # who is what, by identity and by the spans of the mentions people are of
    parties = {id(p) for a in agreements for p in a.parties}
    participants = {id(p) for e in events for p in e.participants}
    chosen_by_rules = {id(i) for i in involved}
    signers_of = {
        (s.organisation.start, s.organisation.end)
        for a in agreements
        for s in a.signatories
        if s.organisation is not None
    }
    people_of = {(p.organisation.start, p.organisation.end) for p in people if p.organisation}
    words_near: dict[int, tuple[bool, bool, bool]] = {}  # a sentence's start: what it holds

    rows = []
    for n, inst in enumerate(found):
        spans = inst.spans
        first = min(s for s, _ in spans)
        as_party = (
            [a for a in agreements if any(p is inst for p in a.parties)]
            if id(inst) in parties
            else []
        )
        row: dict[str, float] = {
            f"kind_{inst.kind}": 1.0,
            "unit_like": float(unit_like(inst)),
            "mentions_log": math.log1p(len(spans)),
            "mention_share": len(spans) / total_mentions,
            "first_position": first / length,
            "first_rank_0": float(rank[n] == 0),
            "first_rank_1": float(rank[n] == 1),
            "title_line": float(first < title_end),
            "first_sentence": float(first < first_sentence_end),
            "first_paragraph": float(first < first_paragraph_end),
            "party": float(bool(as_party)),
            "party_aggregate_only": float(bool(as_party) and all(a.aggregate for a in as_party)),
            "party_count_log": math.log1p(len(as_party)),
            "party_guessed_only": float(bool(as_party) and all(a.guessed for a in as_party)),
            "signer_organisation": float(
                any((m.start, m.end) in signers_of for m in inst.mentions)
            ),
            "person_organisation": float(any((m.start, m.end) in people_of for m in inst.mentions)),
            "event_participant": float(id(inst) in participants),
            "rules_involved": float(id(inst) in chosen_by_rules),
            "rules_none": float(not agreements and not events),
            "found_log": math.log1p(len(found)),
            "acronym_only": float(all(m.how == "acronym" for m in inst.mentions)),
            "tagged_share": _tagged_share(text, inst, tagged),
            "tagged_only": float(all(m.how == "tagged" for m in inst.mentions)),
        }
        for start, end in spans:
            sentence = sentence_of(start)
            if sentence is not None:
                near = words_near.get(sentence.start)
                if near is None:
                    near = words_near[sentence.start] = (
                        _SIGNING.search(sentence.text) is not None,
                        _VISITING.search(sentence.text) is not None,
                        _BACKGROUND.search(sentence.text) is not None,
                    )
                for sign, there in zip(
                    ("near_signing", "near_visiting", "near_background"), near, strict=True
                ):
                    if there:
                        row[sign] = 1.0
            before = text[max(0, start - 40) : start]
            if before.count("(") > before.count(")"):
                row["in_parentheses"] = 1.0
            word = _LAST_WORD.search(before)
            if word is not None and word.group(1).lower() in _BEFORE:
                row[f"before_{word.group(1).lower()}"] = 1.0
            word = _FIRST_WORD.search(text[end : end + 30])
            if word is not None and word.group(1).lower() in _AFTER:
                row[f"after_{word.group(1).lower()}"] = 1.0
        rows.append(row)
    return rows


def lead_end(text: str) -> int:
    """Where the news's first paragraph ends: the lead, which says what the story reports;
    under a headline on a line of its own ("CUT partners SA varsity\n\nA Memorandum of
    Understanding has been signed between …"), the paragraph after it."""
    end = text.find("\n\n")
    if end < 0:
        return len(text)
    line = text.find("\n")
    if line == end and 0 < end <= 160 and not text[:end].rstrip().endswith("."):
        after = text.find("\n\n", end + 2)
        return after if after > 0 else len(text)
    return end


def _tagged_share(text: str, inst: Institution, tagged: Sequence[tuple[int, int]]) -> float:
    """The share of an organisation's names, as written, that the tagger read; 1 when the
    text writes none of them as such ("Chongqing" for "Chongqing University" in "Xiamen,
    Chongqing, and Sichuan Universities": what no tagger of spans reads says nothing)."""
    written = {(m.start, m.end) for m in inst.mentions if text[m.start : m.end] == m.text}
    if not written:
        return 1.0
    read = sum(any(a < end and start < b for a, b in tagged) for start, end in written)
    return read / len(written)


# A party of an agreement the rules read stays one unless the model gives it less than this
# (below the threshold of the organisations named otherwise: being read as a party is a
# sign of its own). Cross-validated on the labelled items (`bench/train_press.py`): leaving
# out the parties below it and the agreements left with fewer than two raised agreements
# on the re-worded real items from 0.727 to 0.731, at 0.4 to 0.736 but then clearly
# written parties unknown to the registry went too ("… the second with the Regional Centre
# for Biotechnology").
PARTY_THRESHOLD = 0.3


def _by_identity(found: list[Institution], chances: list[float]) -> dict[int, float]:
    """Each found organisation's chance, by the organisation's identity."""
    return {id(inst): chance for inst, chance in zip(found, chances, strict=True)}


# What lies between two names of one list: a comma, "and", "y", a semicolon, an article, and
# where the name before is ("the University of Dar es Salaam in Tanzania, the University of
# the Gambia", "Lakeside University College, Ghana, and …")
_LIST_GAP = re.compile(
    r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|,\s*[A-Z][\w'’-]+(?=\s*,))?"
    r"\s*(?:[,;]\s*(?:and\s+|y\s+|e\s+)?|\s(?:and|y|e|&)\s+)(?:the\s+|la\s+|el\s+)?"
)
# A list's names are about the story together when as many of them as this share reach the
# threshold: the rest reach it too, unless the model gives them less than LIST_FLOOR
LIST_SHARE = 0.5
LIST_FLOOR = 0.2


def listed_together(
    text: str, found: list[Institution], chances: list[float], threshold: float
) -> list[float]:
    """The chances, with the names of one list brought up to the threshold: in "The
    alliance's members are A, B, C, D and E" the model may weigh one of them less (where it
    comes, what words are beside it) though the text tells them alike. A list is three names
    or more of different organisations, one after another in one sentence with only a comma,
    "and" or an article between (and where the one before is, "in Tanzania"); when half of
    them or more reach the threshold, those below it, and above LIST_FLOOR, are raised to it."""
    mentions = sorted((m.start, m.end, n) for n, inst in enumerate(found) for m in inst.mentions)
    raised = list(chances)
    chain: list[tuple[int, int, int]] = []

    def close() -> None:
        members = {n for _, _, n in chain}
        if len(members) >= 3:
            reaching = sum(chances[n] >= threshold for n in members)
            if reaching / len(members) >= LIST_SHARE:
                for n in members:
                    if LIST_FLOOR <= chances[n] < threshold:
                        raised[n] = threshold
        chain.clear()

    for start, end, n in mentions:
        if chain:
            gap = _LIST_GAP.fullmatch(text, chain[-1][1], start) if start >= chain[-1][1] else None
            if gap is None or "\n" in text[chain[-1][1] : start]:
                close()
        chain.append((start, end, n))
    close()
    return raised


def choose(
    found: list[Institution],
    chances: list[float],
    agreements: "list[Agreement]",
    threshold: float,
) -> "tuple[list[Institution], list[Agreement]]":
    """The organisations the story is about, in the order found, and the agreements as
    proposed. An organisation is about the story when its chance (the model's probability,
    one for each of `found`) reaches the threshold, or when it is a party of an agreement the
    rules read and its chance reaches `PARTY_THRESHOLD`; a party below that leaves its
    agreement, and an agreement left with fewer than two parties is no agreement of the
    story (a party read from a background sentence or a garbled headline)."""
    chance_of = _by_identity(found, chances)
    kept_agreements = []
    for agreement in agreements:
        parties = [p for p in agreement.parties if chance_of.get(id(p), 1.0) >= PARTY_THRESHOLD]
        if len({id(p) for p in parties}) >= 2:
            kept_agreements.append(
                agreement if len(parties) == len(agreement.parties)
                else replace(agreement, parties=parties)
            )  # fmt: skip
    parties_ = {id(p) for a in kept_agreements for p in a.parties}
    chosen = [i for i in found if id(i) in parties_ or chance_of[id(i)] >= threshold]
    return chosen, kept_agreements


# Which of the agreements the rules propose (after the choice of organisations) the story
# reports: a second logistic model, over signs of each agreement, trained as the first one
# is (`bench/train_press.py`) and shipped in the same file. An agreement it gives less than
# its threshold is left out: one read from a background sentence, a sub-unit's, the second
# telling of one already proposed. (Whether the registry knows a party is no sign, as it is
# none of the choice of organisations: it would learn a habit of the labelled items.)
AGREEMENT_FEATURES: tuple[str, ...] = (
    "parties_log",
    "two_parties",
    "least_about",
    "mean_about",
    "unit_party",
    "company_party",
    "government_party",
    "other_party",
    "universities_only",
    "acronym_only_party",
    "status_signed",
    "status_renewed",
    "status_planned",
    "status_historical",
    "aggregate",
    "guessed",
    "counted",
    "listed",
    "confidence",
    "position",
    "first_paragraph",
    "title_line",
    "dated",
    "signatories_log",
    "areas",
    "type_mou",
    "type_cooperation",
    "type_framework",
    "type_programme",
    "type_membership",
    "type_other",
    "same_parties_before",
    "same_parties_log",
    "agreements_log",
    "order",
    "signed_word",
    "planned_word",
    "within_another",
    "holds_another",
)
# a keeper that keeps every agreement: the rules' own proposal
KEEP_ALL = Model(("confidence",), (0.0,), 0.0, 0.0)

_TYPE_SIGN = {
    "MOU": "type_mou",
    "cooperation agreement": "type_cooperation",
    "framework agreement": "type_framework",
    "joint programme": "type_programme",
    "membership": "type_membership",
}
_SIGNED_WORD = re.compile(
    r"\b(?:signed|inked|sealed|renewed|firmaron|firm[oó]|suscribieron|suscribi[oó]|rubricaron)\b",
    re.IGNORECASE,
)
_PLANNED_WORD = re.compile(
    r"\b(?:will|would|plans?|planned|intends?|expected|future|next|firmar[aá]n)\b", re.IGNORECASE
)


def agreement_signs(
    text: str,
    agreements: "list[Agreement]",
    found: list[Institution],
    chances: list[float],
) -> list[dict[str, float]]:
    """Each proposed agreement's signs, in order: what the keeper weighs. `chances` are the
    choice of organisations' probabilities, one for each of `found`."""
    length = max(len(text), 1)
    first_paragraph_end = lead_end(text)
    line = text.find("\n")
    title_end = line if 0 < line <= 160 else 0
    chance_of = _by_identity(found, chances)
    sets = [frozenset(id(p) for p in a.parties) for a in agreements]
    rows = []
    for n, agreement in enumerate(agreements):
        parties = agreement.parties
        chances_ = [chance_of.get(id(p), 1.0) for p in parties] or [0.0]
        sentence = text[agreement.start : agreement.end]
        same = [m for m, other in enumerate(sets) if other == sets[n]]
        row: dict[str, float] = {
            "parties_log": math.log(max(len(parties), 1)),
            "two_parties": float(len(parties) == 2),
            "least_about": min(chances_),
            "mean_about": sum(chances_) / len(chances_),
            "unit_party": float(any(unit_like(p) for p in parties)),
            "company_party": float(any(p.kind == "company" for p in parties)),
            "government_party": float(any(p.kind == "government" for p in parties)),
            "other_party": float(any(p.kind == "other" for p in parties)),
            "universities_only": float(all(p.kind == "university" for p in parties)),
            "acronym_only_party": float(
                any(all(m.how == "acronym" for m in p.mentions) for p in parties)
            ),
            f"status_{agreement.status}": 1.0,
            "aggregate": float(agreement.aggregate),
            "guessed": float(agreement.guessed),
            "counted": float(agreement.counted),
            "listed": float(agreement.listed),
            "confidence": agreement.confidence,
            "position": agreement.start / length,
            "first_paragraph": float(agreement.start < first_paragraph_end),
            "title_line": float(agreement.start < title_end),
            "dated": float(agreement.date is not None),
            "signatories_log": math.log1p(len(agreement.signatories)),
            "areas": float(bool(agreement.areas)),
            _TYPE_SIGN.get(agreement.type, "type_other"): 1.0,
            "same_parties_before": float(same.index(n)),
            "same_parties_log": math.log(len(same)),
            "agreements_log": math.log(len(agreements)),
            "order": n / len(agreements),
            "signed_word": float(_SIGNED_WORD.search(sentence) is not None),
            "planned_word": float(_PLANNED_WORD.search(sentence) is not None),
            "within_another": float(any(sets[n] < other for other in sets)),
            "holds_another": float(any(sets[n] > other for other in sets)),
        }
        rows.append(row)
    return rows


def keep(
    found: list[Institution],
    chances: list[float],
    chosen: list[Institution],
    proposed: "list[Agreement]",
    rows: list[dict[str, float]],
    keeper: Model,
    threshold: float,
) -> "tuple[list[Institution], list[Agreement], list[float]]":
    """The organisations and the agreements the story reports, and the keeper's chance of
    each proposed agreement: of `proposed` (with their signs, `rows`) those the keeper gives
    at least its threshold; of `chosen`, a party only of what it left out stays only when its
    own chance (of `chances`, one for each of `found`) reaches `threshold`."""
    kept_chances = [keeper.probability(row) for row in rows]
    agreements = [
        a for a, chance in zip(proposed, kept_chances, strict=True) if chance >= keeper.threshold
    ]
    if len(agreements) < len(proposed):
        parties = {id(p) for a in agreements for p in a.parties}
        chance_of = _by_identity(found, chances)
        chosen = [i for i in chosen if id(i) in parties or chance_of[id(i)] >= threshold]
    return chosen, agreements, kept_chances

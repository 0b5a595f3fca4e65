"""Which organisation does a string name? An index over every name of every organisation, and
a resolver that chooses only when it is sure and otherwise ranks candidates. No Django here:
`accord/resolver/registry.py` builds the index from the database; tests and benchmarks can
build it from anything.

How a string is resolved, precision first:

1. Country hints: `country=`, and countries the string names ("NUST (Pakistan)", "…, UK").
2. The whole string and each of its parts ("Dept. of Physics", "Univ. of Liverpool", "UK")
   are looked up as full names (any name, any language, normalised: accents, case,
   punctuation, abbreviations such as Univ., Inst., Tech., Natl., "&").
3. A part that is an acronym counts only when context makes it unambiguous: one
   organisation with that acronym in a country the string names, or among the context
   organisations (an alliance's members, the other organisations of the same text).
4. Otherwise, parts whose words contain all the distinctive words of a name (a sub-unit
   before it, an address after it) give weaker candidates.
5. A country the string names vetoes organisations of other countries.
6. An inactive or withdrawn organisation is followed to its successor.
7. The best candidate is chosen when its score passes `CHOOSE_AT` and no other organisation
   comes within `MARGIN` of it (or passes `CHOOSE_ALONE_AT` with no other within
   `CLEAR_LEAD`); otherwise nothing is chosen and the candidates say why.
"""

import bisect
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from accord.resolver.normalise import (
    LEGAL_WORDS,
    SAME_WORD,
    STOPWORDS,
    acronym_form,
    bare,
    countries_in,
    country_after,
    country_name,
    country_words,
    looks_like_acronym,
    named_after,
    normalise,
    segments,
    singular,
    tokens,
    variants,
    without_country,
)

CHOOSE_AT = 0.9
MARGIN = 0.05
# …or 0.85 when no other organisation comes within 0.1 of it
CHOOSE_ALONE_AT = 0.72
CLEAR_LEAD = 0.1

# What a name costs an organisation when another of that name has its city in the string
ELSEWHERE = 0.06
# What a name matched only across languages ("University" for "Universidad") costs
TRANSLATED = 0.06

# When nothing else is found, this many organisations sharing words with the string are
# offered, scored from OVERLAP_FLOOR to OVERLAP_FLOOR + 0.3: below CHOOSE_ALONE_AT, never chosen
OVERLAP_TOP = 10
OVERLAP_FLOOR = 0.35

# Words this long or longer may be found again when misspelt by a letter, at this cost
TYPO_LENGTH = 6
RESPELT = 0.04

# A word in fewer names than this is specific: left over in a string, it counts fully.
SPECIFIC_WORD = 100
# The words of sub-units and addresses: left over around a name, they hardly count against it.
UNIT_WORDS = frozenset(
    "department division school faculty college graduate laboratory center unit section group"
    " program programme clinic service medicine medical science engineering research institute"
    " chair team centre office key state lab street road avenue box campus building floor"
    " province district city county".split()
)
# The words of an organisation's parts after its acronym ("XJTU Health Science Center", "XJTU
# Council"); other words make another body ("ASEAN University Network")
PART_WORDS = UNIT_WORDS | frozenset(
    "council committee board senate hospital library museum".split()
)
# The words for a company's trade that a news item leaves out of its name ("Huawei")
TRADE_WORDS = frozenset("technologie group holding industrie".split())
# Words a name begins or ends with: after "and", another organisation's name
NAME_HEADS = frozenset(
    "the university universities institute academy college polytechnic company corporation"
    " ministry agency foundation association society".split()
)
# The words that begin a unit's name and never an organisation's ("Department of …"; not
# "College", "Institute" or "Center", which begin both)
UNIT_HEADS = frozenset(
    "department division faculty section unit group program programme chair team laboratory"
    " lab school".split()
)
# What kind of place a place name is: "Moscow Region", "Iowa City"
PLACE_KINDS = frozenset("city region province district county state oblast prefecture".split())
# A name whose words are all in the names of more organisations than this is generic.
SHARED_BY = 3
# A city's one-word name places a string in its country when at least this share of the names
# holding the word are of organisations there
PLACE_SHARE = 0.8

Offer = Callable[[int, float, str, str], None]


@dataclass(frozen=True)
class Entry:
    """An organisation as the resolver knows it."""

    key: str  # "https://ror.org/…" or "accord:<id>"
    name: str
    country: str = ""
    city: str = ""
    kind: str = ""  # university, company, government… as the registry says
    active: bool = True
    successors: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    units: tuple[str, ...] = ()  # its schools, faculties, departments… by name
    names: tuple[str, ...] = ()  # every full name: official, labels, aliases, former
    acronyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    key: str
    name: str
    score: float
    reason: str


@dataclass
class Resolution:
    text: str
    chosen: str | None
    candidates: list[Candidate] = field(default_factory=list)
    reason: str = ""
    unit: str | None = None  # the chosen organisation's unit the string names, when known


# A name with a part in quotes after its kind words: 'National Technical University "Kharkiv
# Polytechnic Institute"', 'NTU “KhPI”'
QUOTED_NAME = re.compile(r"([^\"“”«»]*?)\s*[\"“«]([^\"“”«»]{2,80})[\"”»]")


# the kind words a name's part before its quotes has
QUOTED_KINDS = frozenset(
    "university universiteti universitet institute academy college school polytechnic".split()
)


def quoted_key(before: str, quoted: str) -> str:
    """The initials of a name's words before its quoted part and of the quoted part, each in
    capitals: "NTU KPI" for 'National Technical University "Kharkiv Polytechnic Institute"',
    for 'NTU "KhPI"' and for 'NTU “Kharkov Polytechnic Institute”'."""
    return f"{_initials(before)} {_initials(quoted)}"


def _initials(words: str) -> str:
    """The first letters of a name's capitalised words ("National Institute of Technology" →
    NIT), or the capitals of a name of one word that has several ("KhPI" → KPI)."""
    parts = words.split()
    if len(parts) == 1 and sum(c.isupper() for c in parts[0]) >= 2:
        return "".join(c for c in parts[0] if c.isupper())
    return "".join(w[0].upper() for w in re.findall(r"[^\W\d_][\w'-]*", words) if w[0].isupper())


def initialled_keys(name: str, words: tuple[str, ...]) -> list[str]:
    """How a name written short as the initials of its first words and its last word or two
    is looked up: "Indian Institute of Technology Bhilai" → "IIT|bhilai" (three capitalised
    words or more before the rest; the rest one word or two, capitalised). `words`: the
    name's words as the index keeps them (normalised)."""
    written = name.split()
    keys = []
    for size in (1, 2):
        head, rest = written[:-size], written[-size:]
        capitals = [w for w in head if w[:1].isupper()]
        if len(capitals) < 3 or not all(w[:1].isupper() for w in rest) or len(words) <= size:
            continue
        keys.append(f"{''.join(w[0] for w in capitals)}|{' '.join(words[-size:])}")
    return keys


class Resolver:
    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = []
        self.by_key: dict[str, int] = {}
        self.full: dict[str, set[int]] = defaultdict(set)
        self.display: dict[str, set[int]] = defaultdict(set)  # display names alone
        # names as written (normalised, not made one across languages): a name met as written
        # ranks above another organisation's name in another language
        self.literal: dict[str, set[int]] = defaultdict(set)
        # words → the organisations with a name holding them one after the other
        self._shared: dict[tuple[bool, tuple[str, ...]], frozenset[int] | None] = {}
        # organisation → its place words, as first asked for (see `_place_words`)
        self._places_of: dict[int, frozenset[str]] = {}
        # organisation → the words of each of its names, as first asked for (`_names_of`)
        self._names_cache: dict[int, list[tuple[str, ...]]] = {}
        self.acronyms: dict[str, set[int]] = defaultdict(set)
        # word → (organisation, the name's words in order) for every name holding the word
        self.word_names: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        # a city's name → the countries of organisations in a city of that name
        self.cities: dict[str, set[str]] = defaultdict(set)
        # 'National Technical University "Kharkiv Polytechnic Institute"' → "NTU KPI": how
        # news writes such a name short ('NTU "KhPI"'), see `quoted_key`
        self.quoted: dict[str, set[int]] = defaultdict(set)
        # "Indian Institute of Technology Bhilai" → "IIT|bhilai": the initials of a name's
        # first words, then its last word or two (its place), as news writes such a name
        # short ("IIT Bhilai"), see `_initials_then_rest`
        self.initialled: dict[str, set[int]] = defaultdict(set)
        for entry in entries:
            self._add(entry)
        self._without_own_city()
        self._brands()
        self.idf = {
            word: math.log(1 + len(self.entries) / len(names))
            for word, names in self.word_names.items()
        }
        # a word no name has is as telling as the rarest one (a misspelling, another place)
        self.unknown_idf = max(self.idf.values(), default=1.0)
        # one-word cities that say where a string is: "Darmstadt", "Shanghai" — not one that
        # is also a common word of names elsewhere ("Normal", "Union", "Sur")
        self.places: dict[str, set[str]] = {}
        for city, countries in self.cities.items():
            if " " in city or len(city) < 4 or city in STOPWORDS:
                continue
            named = [p for p, _ in self.word_names.get(city, ())]
            inside = sum(self.entries[p].country in countries for p in named)
            if not named or inside >= PLACE_SHARE * len(named):
                self.places[city] = countries
        # every word of TYPO_LENGTH letters or more, one letter left out, → the word (None when
        # two words give the same): what a misspelt word is looked up by
        self._one_out: dict[str, str | None] = {}
        for word in self.word_names:
            if len(word) >= TYPO_LENGTH and word.isalpha():
                for variant in _one_out(word):
                    if self._one_out.setdefault(variant, word) != word:
                        self._one_out[variant] = None
        # every name under its rarest word: what containment looks names up by
        self.by_rarest: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for word, holders in self.word_names.items():
            for position, name_words in holders:
                rarest = min(name_words, key=lambda w: (len(self.word_names[w]), w))
                if rarest == word:
                    self.by_rarest[word].append((position, name_words))

    def _without_own_city(self) -> None:
        """ "Anna University, Chennai" is also "Anna University": a name without its own city
        after a comma, when no other organisation has (or loses its city into) that name."""
        cut: dict[str, set[int]] = defaultdict(set)
        for position, entry in enumerate(self.entries):
            if not entry.city:
                continue
            for name in (entry.name, *entry.names):
                head, comma, tail = name.rpartition(",")
                if comma and head.strip() and name_key(tail) == name_key(entry.city):
                    cut[" ".join(tokens(normalise(head)))].add(position)
        for key, positions in cut.items():
            if len(positions) == 1 and key and key not in self.full:
                (position,) = positions
                self.full[key].add(position)
                words = tuple(key.split())
                for word in set(words):
                    self.word_names[word].append((position, words))

    def _add(self, entry: Entry) -> None:
        position = len(self.entries)
        self.entries.append(entry)
        self.by_key[entry.key] = position
        if entry.city and entry.country:
            self.cities[name_key(entry.city)].add(entry.country)
        # "Canon" alone is no display name of "Canon (Japan)": a city may be called that
        own = variants(entry.name)
        display = {entry.name, *own}
        if without_country(entry.name) != entry.name:
            display.discard(without_country(entry.name))
        names = {entry.name, *own}
        for name in entry.names:
            names |= {name, *variants(name)}
        written = {entry.name, *entry.names}
        for name in names:
            literal = normalise(name)
            words = tuple(tokens(literal))
            if not words:
                continue
            if name in written:
                for short in initialled_keys(name, words):
                    self.initialled[short].add(position)
            key = " ".join(words)
            self.literal[literal].add(position)
            if name in display:
                self.display[key].add(position)
            if position in self.full.get(key, ()):
                continue  # a variant that reads like a name already indexed
            self.full[key].add(position)
            for word in set(words):
                self.word_names[word].append((position, words))
        for acronym in entry.acronyms:
            form = acronym_form(acronym)
            if len(form) >= 2:
                self.acronyms[form].add(position)
        for name in names:
            # (a name whose kind words come before the quoted part: not 'Moscow University
            # «Synergy»', one word in quotes, nor a company's 'JSC "…"')
            quoted = QUOTED_NAME.fullmatch(name.strip())
            if quoted is None or not set(tokens(normalise(quoted.group(1)))) & QUOTED_KINDS:
                continue
            key = quoted_key(quoted.group(1), quoted.group(2))
            before, _, inside = key.partition(" ")
            if len(before) >= 2 and len(inside) >= 2:
                self.quoted[key].add(position)

    def _brands(self) -> None:
        """A company's name without the word for its trade at the end, when what is left is
        a rare word or words: "Huawei" for "Huawei Technologies (China)" (a news item's
        "Huawei"), not "Applied" for "Applied Technologies"."""
        for position, entry in enumerate(self.entries):
            if entry.kind != "company":
                continue
            for name in {without_country(n) for n in (entry.name, *entry.names)}:
                words = tuple(tokens(normalise(name)))
                if len(words) < 2 or words[-1] not in TRADE_WORDS:
                    continue
                brand = words[:-1]
                if any(len(w) < 4 or len(self.word_names.get(w, ())) >= 10 for w in brand):
                    continue
                key = " ".join(brand)
                if position in self.full.get(key, ()):
                    continue
                self.full[key].add(position)
                for word in set(brand):
                    self.word_names[word].append((position, brand))

    def __len__(self) -> int:
        return len(self.entries)

    def resolve(
        self,
        text: str,
        *,
        country: str | None = None,
        context: Sequence[str] = (),
        top: int = 5,
        spelling: bool = True,
        suggest: bool = True,
    ) -> Resolution:
        """Which organisation `text` names, when sure (`chosen`), and the ranked candidates
        with their scores and reasons. `country`: an ISO code the text is known to be of;
        `context`: keys of organisations named with it (their acronyms count); `suggest`:
        when nothing is found, offer organisations sharing words with it (never chosen;
        callers that only want the choice leave this off)."""
        hints = {country.upper()} if country else set()
        hints |= countries_in(text)
        context_positions = {self.by_key[k] for k in context if k in self.by_key}
        scores: dict[int, tuple[float, str]] = {}
        found_in: dict[int, str] = {}  # the part of the string that named it

        def offer(position: int, score: float, reason: str, part: str = "") -> None:
            entry = self.entries[position]
            if hints and entry.country and entry.country not in hints:
                return  # the country veto
            if score > scores.get(position, (0.0, ""))[0]:
                scores[position] = (score, reason)
                found_in[position] = part

        whole = name_key(text)
        words = set(whole.split())
        for written, required in _written(text).items():
            key = name_key(written)
            holders = self._holders(key, required)
            # "University", "Institute of Education": a name many names hold is no one
            # organisation's name on its own, unless it is that organisation's display name
            common = bool(holders) and not self._specific(key.split(), holders, phrase=True)
            shown = self.display.get(key, ())
            for position in holders:
                # its display name above another organisation's alias or former name
                display = position in shown
                score = (1.0 if display else 0.94) - self._translated(position, written)
                if common and not display and self.entries[position].country not in hints:
                    score = min(score, 0.7)
                offer(position, score, "the whole string is one of its names")
        # "UdeC" in a text that names the University of Concepción: its acronym there, over
        # another organisation's alias written alike (the University of Caldas')
        form = acronym_form(text)
        if context_positions and " " not in text.strip() and 2 <= len(form) <= 10:
            held = self.acronyms.get(form, set()) & context_positions
            if len(held) == 1:
                reason = f"acronym “{text.strip()}” of a context organisation"
                offer(next(iter(held)), 0.99, reason, text.strip())
        parts = segments(text)
        # a name with a comma in it ("University of California, Davis"): its halves are not
        # looked up on their own
        halves: set[int] = set()
        # ("National Institute of Technology (NIT), Warangal": the acronym in brackets of the
        # name before it stands between the name and its city)
        kept = [
            (i, part)
            for i, part in enumerate(parts)
            if not (
                i and looks_like_acronym(part) and _initials(parts[i - 1]) == acronym_form(part)
            )
        ]
        # "Institut Mines-Télécom (IMT) Nord Europe": the acronym and what follows it, a name
        # of its own ("IMT Nord Europe"), over the name before the brackets
        for i in range(1, len(parts) - 1):
            if (
                looks_like_acronym(parts[i])
                and acronym_form(parts[i])
                in (_initials(parts[i - 1]), _initials(parts[i - 1].replace("-", " ")))
                and self._names(f"{parts[i]} {parts[i + 1]}", words, hints, offer)
            ):
                halves |= {i - 1, i, i + 1}
        for (i, first), (j, second) in itertools.pairwise(kept):
            if normalise(second) in country_words():
                continue  # "University of London, United Kingdom": a name and its country
            pair = f"{first} {second}"
            if self._names(pair, words, hints, offer):
                halves |= {i, j}
        for i, part in enumerate(parts):
            if i in halves:
                continue
            if normalise(part) in country_words():
                continue  # "USA", "UK": a country, not the acronym of a body
            if looks_like_acronym(part) or self.written_acronym(part):
                # "USC", "CNRS": an acronym whoever holds it, even as an alias or a name;
                # "SUSTech", "KazNU": one written so by who holds it
                self._acronym(part, hints, context_positions, offer)
            else:
                self._names(part, words, hints, offer)
                self._acronym_in_city(part, words, offer)
                self._initials_then_rest(part, offer)
                # "XJTU School of Management": a context organisation's acronym before a unit
                edges = part.split()
                for word in {edges[0], edges[-1]} if len(edges) > 1 and context_positions else ():
                    held = self.acronyms.get(acronym_form(word), set()) & context_positions
                    # the rest names a unit ("Health Science Center"), not another body
                    # ("ASEAN University Network")
                    rest = set(name_key(part.replace(word, " ")).split())
                    if looks_like_acronym(word) and len(held) == 1 and rest & PART_WORDS:
                        reason = f"acronym “{word}” of a context organisation"
                        offer(next(iter(held)), 0.95, reason, part)
        if not any(score >= CHOOSE_AT for score, _ in scores.values()):
            # no name met whole: look for names inside the parts (an ambiguous acronym such
            # as "USA" or "PA" does not stop that)
            for part in [text, *parts] if len(parts) > 1 else [text]:
                if not looks_like_acronym(part):  # "USC": only where context says which
                    self._contained(part, offer, words)
                    self._shortened(part, offer)
        if not scores and spelling:
            corrected = self._respelt(text)
            if corrected != text:
                return self._misspelt(
                    text,
                    self.resolve(
                        corrected,
                        country=country,
                        context=context,
                        top=top,
                        spelling=False,
                        suggest=suggest,
                    ),
                )
        if not scores and suggest:
            self._overlapping(text, offer)
        found = self._decide(text, scores, found_in, top)
        if found.chosen is not None:
            found.unit = self._unit(found.chosen, words)
        return found

    def _unit(self, key: str, words: set[str]) -> str | None:
        """The unit of the organisation whose name's words are all in the string ("School of
        Management, XJTU"); the one with the most words when several are."""
        entry = self.entries[self.by_key[key]]
        named = [u for u in entry.units if name_key(u) and set(name_key(u).split()) <= words]
        return max(named, key=lambda u: (len(name_key(u).split()), u)) if named else None

    def _respelt(self, text: str) -> str:
        """The text with each word no name has replaced by the one word of the names it is a
        letter away from (one letter missing, one too many, or one wrong: "Universidad
        Nacional Autnoma", "Teachnology"); words with no such neighbour stay. A string of one
        word is left as it is: a short name a letter away from another ("Udelar", "Udenar")
        names another body more often than it is misspelt."""
        words = normalise(text).split()
        if len(words) < 2:
            return text
        changed = False
        for i, word in enumerate(words):
            if len(word) < TYPO_LENGTH or not word.isalpha() or singular(word) in self.word_names:
                continue
            found = {self._one_out.get(word)}  # a letter missing
            found |= {v for v in _one_out(word) if v in self.word_names}  # one too many
            found |= {self._one_out.get(v) for v in _one_out(word)}  # one wrong
            found.discard(None)
            if len(found) == 1:
                words[i] = found.pop()  # type: ignore[assignment]
                changed = True
        return " ".join(words) if changed else text

    def _misspelt(self, text: str, found: Resolution) -> Resolution:
        """What the respelt text resolved to, a little less sure."""
        candidates = [
            Candidate(c.key, c.name, round(c.score - RESPELT, 3), f"{c.reason} (respelt)")
            for c in found.candidates
        ]
        best = candidates[0] if candidates else None
        chosen = found.chosen if best is not None and best.score >= CHOOSE_ALONE_AT else None
        return Resolution(
            text,
            chosen,
            candidates,
            found.reason + " (respelt)"
            if chosen
            else ("not sure enough: candidates only" if candidates else found.reason),
            found.unit if chosen else None,
        )

    def _holders(self, key: str, country: str | None = None) -> set[int]:
        """The organisations with this name; with `country`, those there ("National
        University" read from "National University of Uzbekistan named after …" is a name of
        bodies in Uzbekistan only)."""
        holders = self.full.get(key, set())
        if country is None:
            return holders
        return {p for p in holders if self.entries[p].country in ("", country)}

    def _names(self, part: str, words: set[str], hints: set[str], offer: Offer) -> bool:
        """Offer the organisations one of whose names `part` is; whether there are any."""
        written = _written(part)
        keys = {name_key(w) for w in written}
        holders = {
            p for w, required in written.items() for p in self._holders(name_key(w), required)
        }
        own = name_key(part)
        # a name whose words many organisations' names share ("Institute of Education",
        # "Trinity College") names different bodies in different places: it needs its
        # city, or at least its country, in the string
        generic = bool(holders) and not self._specific(own.split(), holders, phrase=True)
        # several organisations of one name: the one whose city the string names
        in_city = {p for p in holders if self._city_in(p, words)}
        leftover = words - set(own.split())
        city = own in self.cities and " " not in own
        for position in holders:
            if self._elsewhere(position, leftover, words):
                continue
            display = any(position in self.display.get(key, ()) for key in keys)
            score = 0.97 if display else 0.91
            if generic:  # its city in the string, or at least its country
                in_country = self.entries[position].country in hints
                score = 0.93 if position in in_city else 0.9 if in_country else 0.7
            if city:  # "…, Iwata, Shizuoka…": in an address, the city more likely than the body
                score = min(score, 0.7)
            score -= min(self._translated(position, w) for w in written)
            if len(in_city) == 1 and position not in in_city:
                score -= ELSEWHERE
            offer(position, score, f"“{part}” is one of its names", part)
        return bool(holders)

    def _city_in(self, position: int, words: set[str]) -> bool:
        city = self.entries[position].city
        return bool(city) and set(name_key(city).split()) <= words

    def _elsewhere(self, position: int, leftover: Iterable[str], words: set[str]) -> bool:
        """A city of other countries among the words the name does not explain, and neither
        its own city nor its country's name in the string: "Shanghai Artificial Intelligence
        Research Institute" is not Spain's Artificial Intelligence Research Institute."""
        entry = self.entries[position]
        if not entry.country:
            return False
        if self._place_words(position) & words:
            return False
        return any(w in self.places and entry.country not in self.places[w] for w in leftover)

    def written_acronym(self, part: str) -> bool:
        """A word in capitals and small letters ("SUSTech", "UrFU") that an organisation of the
        registry writes as its acronym exactly so (not "McGill", a name)."""
        word = part.strip()
        if " " in word or sum(c.isupper() for c in word) < 2 or word.isupper():
            return False
        held = self.acronyms.get(acronym_form(word), ())
        return any(word in self.entries[p].acronyms for p in held)

    def _acronym(self, part: str, hints: set[str], context: set[int], offer: Offer) -> None:
        form = acronym_form(part)
        holders = self.acronyms.get(form, set()) | self.full.get(name_key(part), set())
        in_context = holders & context
        if len(in_context) == 1:
            offer(next(iter(in_context)), 0.95, f"acronym “{part}” of a context organisation", part)
            return
        if len(form) < 3:
            return  # "CA", "PA", "WI": in an address, a state or a province
        if hints:
            in_country = {p for p in holders if self.entries[p].country in hints}
            if len(in_country) == 1:
                offer(
                    next(iter(in_country)),
                    0.93,
                    f"acronym “{part}” in a country the text names",
                    part,
                )
                return
        for position in holders:  # ranked, never chosen on its own
            offer(position, 0.5, f"acronym “{part}” (ambiguous without context)", part)

    def _acronym_in_city(self, part: str, words: set[str], offer: Offer) -> None:
        """An acronym at the head of a part and a city in the string ("USAMV Iasi", "MIT
        Center for Space Research, Cambridge, MA"): the one organisation of that acronym in
        that city."""
        first, _, rest = part.strip().partition(" ")
        if not rest or not looks_like_acronym(first) or len(acronym_form(first)) < 3:
            return
        held = [p for p in self.acronyms.get(acronym_form(first), ()) if self._city_in(p, words)]
        if len(held) == 1:
            offer(held[0], 0.93, f"acronym “{first}” in the city the text names", part)

    def _initials_then_rest(self, part: str, offer: Offer) -> None:
        """An acronym of a name's first words, then the rest of the name ("IIT Bhilai" for
        the Indian Institute of Technology Bhilai, "IIM Raipur"): the one organisation with
        a name so made."""
        first, _, rest = part.strip().partition(" ")
        # (three letters at least, none but letters: not "R&D Centre")
        if not rest or not looks_like_acronym(first) or not re.fullmatch(r"[A-Z]{3,8}", first):
            return
        held = self.initialled.get(f"{acronym_form(first)}|{name_key(rest)}", set())
        if len(held) == 1:
            reason = f"“{first}”, the initials of its name's first words, then “{rest}”"
            offer(next(iter(held)), 0.93, reason, part)

    def _contained(self, text: str, offer: Offer, whole: set[str]) -> None:
        """Names whose words all appear in the string, one after the other: a unit
        before them or an address after them does not hide them ("Tohoku University Graduate
        School of Medicine"). Scored by how much of the string's specific weight they
        explain: leftover words common in names (school, department, medicine) weigh little,
        rare or unknown ones (a place, another organisation, a misspelling) weigh fully. The
        same words in another order count only when nothing is left over ("Southampton
        University" for "University of Southampton"). `whole`: the words of the whole string,
        where a city of another country rules a name out."""
        sequence = name_key(text).split()
        words = set(sequence)
        if not words:
            return
        part_words: list[list[str]] | None = None
        after = _words_after(text)
        for word in words:
            # a name can only be contained if its rarest word is: each name is met once
            for position, name_words in self.by_rarest.get(word, ()):
                name_set = set(name_words)
                if len(name_set) < 2 and (name_set != words or word in self.cities):
                    # one word inside a longer string: a street, a brand, a common noun; a
                    # part that is a city's name: an address
                    continue
                if not name_set <= words or not self._specific(name_words):
                    continue
                if not _adjacent(name_words, sequence) and not self._only_its_place(
                    position, sequence, name_words
                ):
                    continue  # in another order, with nothing but its place left over
                if self._continued(name_words, sequence, after) or self._of_more(
                    name_words, sequence, after
                ):
                    continue
                if self._elsewhere(position, whole - name_set, whole):
                    continue
                if part_words is None:  # (the string's parts, read once per call)
                    part_words = [name_key(p).split() for p in segments(text)]
                if _borrowed_head(name_words, part_words) or _qualified(name_words, part_words):
                    continue
                covered = sum(self.idf.get(w, 0.0) for w in name_set)
                place = self._place_words(position)
                unit = _unit_before(name_words, part_words)
                leftover = sum(
                    self._leftover_weight(w) * (0.1 if w in unit else 1.0)
                    for w in words - name_set - place
                )
                share = covered / (covered + leftover) if covered else 0.0
                score = 0.6 + 0.33 * share + 0.03 * min(1.0, len(name_set) / 4)
                offer(position, min(score, 0.96), "its name’s words are all in the string", "")

    def _shortened(self, part: str, offer: Offer) -> None:
        """A name written short: the part's words, a rare one among them, are all in one
        organisation's name, in its order, and in no other organisation's; and what the part
        leaves out of the name is only where the organisation is (its city), what it belongs
        to (a parent's name), a person's initials or a legal form: "Lobachevsky State
        University of Nizhny Novgorod", "Georg August Universität" (Göttingen), "J. Heyrovský
        Institute of Physical Chemistry" (of the Czech Academy of Sciences). A part that
        leaves out anything else may name another body the registry does not hold ("Gunma
        University" is not "Gunma University Hospital"); a unit's name or a place's is no
        organisation's name written short."""
        sequence = name_key(bare(part)).split()
        words = set(sequence)
        if len(words) < 2 or _unit_like(part) or self._a_place(sequence):
            return
        if not any(len(self.word_names.get(w, ())) < SPECIFIC_WORD for w in words):
            return
        holders = self._sharing_once(sequence, phrase=False)
        if not holders or len({self._current(p).key for p in holders}) != 1:
            return  # "Leibniz University": Hannover's, or of Applied Sciences
        for position in holders:
            entry = self.entries[position]
            allowed = set(name_key(entry.city).split()) if entry.city else set()
            if allowed & words and not allowed <= words:
                # "Universidad Tecnologica de Matamoros" is not of Izúcar de Matamoros: a city
                # written in part is another city
                allowed -= {w for w in allowed if w not in STOPWORDS}
            for parent in entry.parents:
                if parent in self.by_key:
                    allowed |= set(name_key(self.entries[self.by_key[parent]].name).split())
            for name_words in self._names_of(position):
                if not words <= set(name_words) or not _in_order(sequence, name_words):
                    continue
                missing = set(name_words) - words - allowed
                if all(len(w) == 1 or w.isdigit() or w in LEGAL_WORDS for w in missing):
                    offer(position, 0.9, "the string is its name written short", part)
                    break

    def _a_place(self, words: Sequence[str]) -> bool:
        """ "Palo Alto", "Iowa City", "Moscow Region": a city's name, or one with the word
        for what kind of place it is."""
        key = " ".join(w for w in words if w not in PLACE_KINDS)
        return key in self.cities or key in self.places

    def _names_of(self, position: int) -> list[tuple[str, ...]]:
        """The words of each of an organisation's names, as indexed (worked out once per
        organisation: each candidate asks for them more than once)."""
        found = self._names_cache.get(position)
        if found is None:
            entry = self.entries[position]
            names = {without_country(n) for n in (entry.name, *entry.names)}
            found = sorted({tuple(name_key(n).split()) for n in names} - {()})
            self._names_cache[position] = found
        return found

    def _only_its_place(self, position: int, sequence: Sequence[str], name: Sequence[str]) -> bool:
        """The words of `sequence` that `name` leaves over are the organisation's city,
        acronym or country ("Indian Institute of Technology, New Delhi", "Federal University
        of Juiz de Fora UFJF"); a country's name only whole and once: the "State" of
        "Delaware State Univ. (United States)" is not the United States'."""
        entry = self.entries[position]
        leftover = Counter(sequence) - Counter(name)
        if entry.country:
            country = Counter(name_key(country_name(entry.country)).split())
            if country and not country - leftover:
                leftover -= country
        allowed = set(name_key(entry.city).split()) if entry.city else set()
        allowed |= {acronym_form(a).lower() for a in entry.acronyms}
        allowed.add(entry.country.lower())
        return set(leftover) - set(name) <= allowed  # a word of the name said twice is no more

    def _continued(
        self, name: Sequence[str], sequence: Sequence[str], after: list[list[str]]
    ) -> bool:
        """A name of a field ("Institute of New Materials") that the string ends with "and"
        and one or two more words of a field ("Institute of New Materials and
        Technologies"): the string names another body, whose name only begins like it. Not
        when the name ends with its place or its kind ("Peking University and …"), nor when a
        place, an organisation ("… and Azienda Ospedaliero-Universitaria di Modena") or a
        unit follows. `after`: the string's words after each of the sequence's words."""
        if len(name) < 2 or name[-1] in self.places or name[-1] in PART_WORDS | NAME_HEADS:
            return False
        ends = _name_ends(name, sequence)
        for end in ends:
            rest = after[end]
            more = [SAME_WORD.get(w) or singular(w) for w in rest[1:] if w not in STOPWORDS]
            if (
                rest[:1] != ["and"]
                or not 1 <= len(more) <= 2
                or any(
                    len(w) < 3
                    or not w.isalpha()
                    or w in self.places
                    or w in PART_WORDS
                    or w in NAME_HEADS
                    for w in more
                )
            ):
                return False
        return bool(ends)

    def goes_on_with_field(self, name: str, text: str) -> bool:
        """Whether `text` holds `name` followed by "of" and a field, naming another body:
        "Anhui University of Architecture" is not Anhui University written in full."""
        return self._of_more(name_key(name).split(), name_key(text).split(), _words_after(text))

    def _of_more(
        self, name: Sequence[str], sequence: Sequence[str], after: list[list[str]]
    ) -> bool:
        """A name ending with its kind that the string goes on with "of" and a field: "Kochi
        University of Technology", "Anhui University of Architecture" are other bodies than
        Kochi University and Anhui University. Not when a place or a unit follows "of" ("Osaka
        University of Japan")."""
        if len(name) < 2 or name[-1] not in ("university", "institute", "college", "academy"):
            return False
        for end in _name_ends(name, sequence):
            rest = after[end]
            if rest[:1] != ["of"] or len(rest) < 2:
                continue
            field = rest[2] if rest[1] == "the" and len(rest) > 2 else rest[1]
            field = SAME_WORD.get(field) or singular(field)
            if (
                field.isalpha()
                and len(field) > 2
                and field not in self.places
                and field not in self.cities
                and field not in PART_WORDS
                and field not in NAME_HEADS
            ):
                return True
        return False

    def _overlapping(self, text: str, offer: Offer) -> None:
        """When nothing else is found: the organisations whose names share the most telling
        words with the string ("Polytechnic Institute of Milan" and "Polytechnic University of
        Milan"), scored below anything that is ever chosen — suggestions, not answers."""
        words = set(name_key(bare(text)).split())
        known = sorted((w for w in words if w in self.word_names), key=lambda w: -self.idf[w])
        if len(known) < 2:
            return
        # the names holding one of its two most telling words, if not too many do
        shared: dict[tuple[int, tuple[str, ...]], set[str]] = {}
        for word in known[:2]:
            if len(self.word_names[word]) <= 1000:
                for position, name in self.word_names[word]:
                    shared[(position, name)] = words & set(name)
        best: dict[int, tuple[float, set[str]]] = {}
        for (position, name), common in shared.items():
            if len(common) < 2 or len(common) < len(set(name)) / 2:
                continue
            union = sum(self.idf.get(w, self.unknown_idf) for w in set(name) | words)
            overlap = sum(self.idf[w] for w in common) / union
            if overlap > best.get(position, (0.0, set()))[0]:
                best[position] = (overlap, common)
        ranked = sorted(best.items(), key=lambda item: -item[1][0])[:OVERLAP_TOP]
        for position, (overlap, common) in ranked:
            reason = f"its name shares words with it: {', '.join(sorted(common))}"
            offer(position, OVERLAP_FLOOR + 0.3 * overlap, reason, "")

    def _translated(self, position: int, written: str) -> float:
        """What a name met only once made one across languages costs ("Universidad de
        Tennessee" is a name of the University of Tennessee System; the University of Tennessee
        at Knoxville has "University of Tennessee" as written)."""
        return 0.0 if position in self.literal.get(normalise(written), ()) else TRANSLATED

    def _specific(
        self, words: Sequence[str], holders: Iterable[int] = (), *, phrase: bool = False
    ) -> bool:
        """A rare word, or few organisations with a name holding all these words (with
        `phrase`, one after the other): "Stanford University" and "Zhejiang Normal
        University" are specific; "Institute of Education" or "University of Hong Kong" (the
        Chinese University of Hong Kong, City University of Hong Kong…) are not. The units of
        an organisation in `holders` do not count: "Institute of Physics, Chinese Academy of
        Sciences" leaves the phrase "Chinese Academy of Sciences" specific."""
        if any(len(self.word_names.get(w, ())) < SPECIFIC_WORD for w in words):
            return True  # a rare word: a place, a person, a coined name
        sharing = self._sharing_once(words, phrase=phrase)
        if sharing is None:
            return False  # too many to be one body's units
        if len(sharing) <= SHARED_BY:
            return True
        heads = {self.entries[p].key for p in holders}
        if not heads or not phrase:
            return False
        others = [p for p in sharing if not heads & self._ancestors(self.entries[p].key)]
        return len(others) <= SHARED_BY + len(heads)

    def _sharing_once(self, words: Sequence[str], *, phrase: bool) -> frozenset[int] | None:
        """`_sharing`, worked out once per phrase (or set of words)."""
        key = (phrase, tuple(words) if phrase else tuple(sorted(set(words))))
        if key not in self._shared:
            self._shared[key] = self._sharing(words, phrase=phrase)
        return self._shared[key]

    def _sharing(self, words: Sequence[str], *, phrase: bool) -> frozenset[int] | None:
        """The organisations with a name holding `words` (None when there are more than
        matter: only a few count for a set of words, a few hundred for a phrase, whose
        holders' units are then left out)."""
        limit = SHARED_BY * 200 if phrase else SHARED_BY
        if not words:
            return None
        rarest = min(words, key=lambda w: len(self.word_names.get(w, ())))
        found: set[int] = set()
        for position, name in self.word_names.get(rarest, ()):
            if _adjacent(words, name) if phrase else all(w in name for w in words):
                found.add(position)
                if len(found) > limit:
                    return None
        return frozenset(found)

    def _leftover_weight(self, word: str) -> float:
        """How much a word of the string that the name does not explain speaks against it:
        numbers (postcodes, street numbers) and the words of sub-units (department, school,
        laboratory…) hardly; rare or unknown words (another organisation, a misspelling)
        fully; common words a little."""
        if len(word) == 1 or any(c.isdigit() for c in word):
            return 0.0
        if word in UNIT_WORDS:
            return 0.1 * self.idf.get(word, 1.0)
        holders = self.word_names.get(word)
        if holders is None:
            return self.unknown_idf
        idf = self.idf[word]
        return idf if len(holders) < SPECIFIC_WORD else 0.2 * idf

    def _place_words(self, position: int) -> frozenset[str]:
        """Its city's and country's words: an address after a name is no reason against it.
        Worked out once per organisation: each candidate asks for them more than once."""
        found = self._places_of.get(position)
        if found is not None:
            return found
        entry = self.entries[position]
        words = set(name_key(entry.city).split()) if entry.city else set()
        if entry.country:
            words |= set(name_key(country_name(entry.country)).split())
            words |= {entry.country.lower()}  # "Tsinghua University CN"
        # its own acronyms: "Indian Institute of Technology Bombay (IITB)"
        words |= {acronym_form(a).lower() for a in entry.acronyms}
        found = self._places_of[position] = frozenset(words)
        return found

    def _decide(
        self,
        text: str,
        scores: dict[int, tuple[float, str]],
        found_in: dict[int, str],
        top: int,
    ) -> Resolution:
        ranked = sorted(scores.items(), key=lambda item: (-item[1][0], self.entries[item[0]].name))
        candidates = []
        sources: dict[str, str] = {}
        for position, (score, reason) in ranked[: max(top, 2)]:
            entry = self._current(position)
            if entry is not self.entries[position]:
                reason += f"; {self.entries[position].name} is succeeded by it"
            candidates.append(Candidate(entry.key, entry.name, round(score, 3), reason))
            sources.setdefault(entry.key, found_in.get(position, ""))
        # several records that lead to one successor are one candidate
        merged: dict[str, Candidate] = {}
        for candidate in candidates:
            merged.setdefault(candidate.key, candidate)
        candidates = list(merged.values())[:top]
        if not candidates:
            return Resolution(text, None, [], "no organisation in the registry has such a name")
        candidates, dominated = self._undominated_first(text, candidates)
        best = candidates[0]
        close = [c for c in candidates if best.score - c.score < MARGIN and c.key not in dominated]
        # each named by a part of its own ("…, Institute of Physics, Chinese Academy of
        # Sciences"), not one name that several organisations hold
        parts = [sources[c.key] for c in close]
        apart = len(close) > 1 and all(parts) and len(set(parts)) == len(parts)
        # …or one name that a group of companies hold ("Google": Google (United States) and
        # its subsidiaries in other countries). Not a university system and its campuses:
        # "University of Illinois" is more often the flagship than the system.
        words = set(name_key(text).split())
        one_name = (
            best.score >= CHOOSE_AT
            and len(close) > 1
            and all(self.entries[self.by_key[c.key]].kind == "company" for c in close)
            and len({self._span(self.by_key[c.key], words) for c in close}) == 1
        )
        head = self._common_ancestor(close) if apart or one_name else None
        if head is not None:
            # "State Key Laboratory of Clean Energy Utilization, Zhejiang University": a unit
            # and the organisation it belongs to; the organisation is meant
            best = Candidate(
                head.key, head.name, best.score, f"{head.reason}; the others are part of it"
            )
            candidates = [best] + [c for c in candidates if c.key != head.key]
            return Resolution(text, best.key, candidates, best.reason)
        countries = {self.entries[self.by_key[c.key]].country for c in close}
        if apart and best.score >= CHOOSE_AT and len(countries) == 1 and "" not in countries:
            # "Univ. Lille, Inserm, France": several organisations of one country, each named
            # whole by a part of its own. A unit-like one ("Department of Biotechnology, Indian
            # Institute of Technology Guwahati") gives way to the others; of those, the one
            # named last (affiliations go from the unit to the institution) is chosen and
            # the others stay candidates
            bodies = [c for c in close if not _unit_like(c.name)] or close
            chosen = max(bodies, key=lambda c: text.rfind(sources[c.key]))
            candidates = [chosen] + [c for c in candidates if c.key != chosen.key]
            reason = f"{chosen.reason}; one of several named"
            return Resolution(text, chosen.key, candidates, reason)
        others = [c.score for c in candidates[1:] if c.key not in dominated]
        runner_up = others[0] if others else 0.0
        # a candidate far ahead of any other may be chosen a little lower
        needed = CHOOSE_AT if best.score - runner_up < CLEAR_LEAD else CHOOSE_ALONE_AT
        if best.score >= needed and best.score - runner_up >= MARGIN:
            return Resolution(text, best.key, candidates, best.reason)
        # the candidates that keep the best from being chosen alone: names inside the string,
        # whole and each in words of its own ("Medical College of Wisconsin and Marquette
        # University"), all of one country, are each named; chosen as above
        near = [
            c for c in candidates if best.score - c.score < CLEAR_LEAD and c.key not in dominated
        ]
        places = self._places_apart(near, text) if len(near) > 1 else None
        countries = {self.entries[self.by_key[c.key]].country for c in near}
        if places and best.score >= CHOOSE_ALONE_AT and len(countries) == 1 and "" not in countries:
            bodies = [c for c in near if not _unit_like(c.name)] or near
            chosen = max(bodies, key=lambda c: places[c.key])
            candidates = [chosen] + [c for c in candidates if c.key != chosen.key]
            reason = f"{chosen.reason}; one of several named"
            return Resolution(text, chosen.key, candidates, reason)
        if best.score < needed:
            return Resolution(text, None, candidates, "not sure enough: candidates only")
        return Resolution(text, None, candidates, "ambiguous: several organisations fit")

    def _undominated_first(
        self, text: str, candidates: list[Candidate]
    ) -> tuple[list[Candidate], set[str]]:
        """Candidates whose name the string holds only as part of another candidate's name
        (with its city) go last: in "National Taiwan University, Taipei" the words of the
        University of Taipei are the National Taiwan University's and its city's. Returns
        the candidates so ordered and the keys of those put aside."""
        if len(candidates) < 2 or candidates[0].score - candidates[1].score >= CLEAR_LEAD:
            return candidates, set()  # one candidate, or one far ahead: nothing to set aside
        words = set(name_key(text).split())
        spans = {c.key: self._span(self.by_key[c.key], words) for c in candidates}
        dominated = set()
        for candidate in candidates:
            own = spans[candidate.key]
            for other in candidates:
                wider = spans[other.key]
                if (
                    own
                    and len(wider) > len(own)
                    and own <= wider | self._place_words(self.by_key[other.key])
                    # a unit named with its organisation ("Indiana University School of
                    # Medicine") does not put the organisation aside: it is meant
                    and candidate.key not in self._ancestors(other.key)
                ):
                    dominated.add(candidate.key)
                    break
        if not dominated or len(dominated) == len(candidates):
            return candidates, set()
        ranked = [c for c in candidates if c.key not in dominated] + [
            Candidate(c.key, c.name, c.score, f"{c.reason}; its words are another’s")
            for c in candidates
            if c.key in dominated
        ]
        return ranked, dominated

    def _places_apart(self, close: list[Candidate], text: str) -> dict[str, int] | None:
        """Where in the string (its first word's place) each candidate's longest name is,
        when every one is there whole, one after the other, and none shares a word with
        another: then each is named, not one instead of another."""
        sequence = name_key(text).split()
        taken: set[int] = set()
        found: dict[str, int] = {}
        for candidate in close:
            names = sorted(self._names_of(self.by_key[candidate.key]), key=len, reverse=True)
            start = next((i for n in names for i in _starts(n, sequence)), None)
            if start is None:
                return None
            size = next(len(n) for n in names if start in _starts(n, sequence))
            here = set(range(start, start + size))
            if here & taken:
                return None
            taken |= here
            found[candidate.key] = start
        return found

    def _span(self, position: int, words: set[str]) -> frozenset[str]:
        """The words of the longest of an organisation's names that the string holds."""
        held = [frozenset(n) for n in self._names_of(position) if set(n) <= words]
        return max(held, key=lambda n: len(n)) if held else frozenset()

    def _common_ancestor(self, close: list[Candidate]) -> Candidate | None:
        """The one of `close` that every other one is part of (a parent, or a parent's
        parent…), if any."""
        for head in close:
            if all(other is head or head.key in self._ancestors(other.key) for other in close):
                return head
        return None

    def _ancestors(self, key: str) -> set[str]:
        found: set[str] = set()
        frontier = [key]
        while frontier and len(found) < 20:
            position = self.by_key.get(frontier.pop())
            if position is None:
                continue
            for parent in self.entries[position].parents:
                if parent not in found:
                    found.add(parent)
                    frontier.append(parent)
        return found

    def current(self, key: str) -> str:
        """The key of the organisation an inactive one's successors lead to (itself when it
        is active or unknown)."""
        position = self.by_key.get(key)
        return key if position is None else self._current(position).key

    def _current(self, position: int) -> Entry:
        """An inactive or withdrawn organisation's successor (followed along a chain)."""
        entry = self.entries[position]
        seen = {entry.key}
        while not entry.active and len(entry.successors) == 1:
            following = self.by_key.get(entry.successors[0])
            if following is None or self.entries[following].key in seen:
                break
            entry = self.entries[following]
            seen.add(entry.key)
        return entry


def _unit_like(name: str) -> bool:
    """A name that starts as a unit's does ("Department of …", "State Key Laboratory of …")."""
    words = name_key(name).split()
    if words[:1] == ["state"]:
        words = words[1:]
    return bool(words) and (words[0] in UNIT_WORDS or words[:2] == ["key", "laboratory"])


@lru_cache(maxsize=1 << 16)
def _written(text: str) -> dict[str, str | None]:
    """The ways a string may write a name: as it is, without what is said around it
    ("Currently at", "Inc."), and without a country after it ("… of Italy", "… CN"), this
    one with the country its organisation must be in."""
    stripped = bare(text)
    found: dict[str, str | None] = {text: None, stripped: None}
    # "Kazakh National University named after Al-Farabi" is the registry's "Al-Farabi Kazakh
    # National University"
    person = named_after(text)
    if person is not None and stripped != text:
        found.setdefault(f"{person} {stripped}", None)
    after = country_after(stripped)
    if after is not None:
        found.setdefault(after[0], after[1])
    return found


def _one_out(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """How names are looked up: their telling words in order ("Univ. of Chile" and
    "Universidad de Chile" are "university chile")."""
    return " ".join(tokens(normalise(text)))


def _in_order(words: Sequence[str], name: Sequence[str]) -> bool:
    """The words appear in the name in this order, others between them or not."""
    rest = iter(name)
    return all(word in rest for word in words)


def _unit_before(name: Sequence[str], parts: list[list[str]]) -> set[str]:
    """The words of a unit named with the name in the same part of the string: before it,
    from a unit's word on ("Department of Biochemistry and Molecular Biophysics Columbia
    University"), or all of them when the unit is "affiliated to" it ("Dushu Lake Hospital
    Affiliated to Soochow University"); after it, when a unit's word follows ("Nanjing
    University Tongding Joint Laboratory for Photonics"). They say which part of the
    organisation, not which organisation. `parts`: the words of each part of the string."""
    for sequence in parts:
        starts = _starts(name, sequence)
        if starts:
            before = sequence[: starts[0]]
            after = sequence[starts[0] + len(name) :]
            found: set[str] = set()
            if "affiliated" in before:
                found |= set(before)
            else:
                head = next((i for i, word in enumerate(before) if word in UNIT_HEADS), None)
                if head is not None:
                    found |= set(before[head:])
            if any(w in UNIT_HEADS for w in after) and not any(w in NAME_HEADS for w in after):
                found |= set(after)  # (not when another organisation's name follows)
            return found
    return set()


def _borrowed_head(name: Sequence[str], parts: list[list[str]]) -> bool:
    """Whether the name is read across the string's parts from the end of another name:
    "Delta State University, Nigeria" holds the words of "University of Nigeria", one after
    the other, but its "University" ends "Delta State University" (not "University of
    California, Berkeley", whose part begins with it, nor "Dept. of Physics, Univ. of
    Liverpool", in one part)."""
    if any(_starts(name, sequence) for sequence in parts):
        return False
    whole = [w for sequence in parts for w in sequence]
    ends = list(itertools.accumulate(len(sequence) for sequence in parts))
    for start in _starts(name, whole):
        k = bisect.bisect_right(ends, start)  # the part the name begins in
        begins = ends[k - 1] if k else 0
        # (the name's head word alone: not "Niger State Federal University of Technology,
        # Minna", whose part holds more of it)
        if (
            start > begins
            and ends[k] - start == 1
            and start + len(name) > ends[k]
            and not any(w in UNIT_HEADS for w in whole[begins:start])
        ):
            return True
    return False


# Words that make another organisation of a name they stand before: "National Sun Yat-sen
# University" (in Taiwan) is not Sun Yat-sen University, "Medical University of Lodz" not the
# University of Lodz, "Technical University of Munich" not the University of Munich
QUALIFIERS = frozenset(
    """national state federal technical technological medical normal agricultural pedagogical
    polytechnic catholic pontifical""".split()
)


def _qualified(name: Sequence[str], parts: list[list[str]]) -> bool:
    """Whether, in each of the string's parts that holds the name, a qualifier stands right
    before it (`QUALIFIERS`): the string names another body, whose name ends like it."""
    befores = [
        sequence[start - 1] if start else ""
        for sequence in parts
        for start in _starts(name, sequence)
    ]
    return bool(befores) and all(before in QUALIFIERS for before in befores)


def _starts(name: Sequence[str], text: Sequence[str]) -> list[int]:
    """Where the name's words begin in the text, one after the other, in its order."""
    size = len(name)
    return [i for i in range(len(text) - size + 1) if tuple(text[i : i + size]) == tuple(name)]


def _words_after(text: str) -> list[list[str]]:
    """What the string says after each of its name words (the words `name_key` keeps),
    stopwords kept."""
    written = normalise(text).split()
    return [written[n + 1 :] for n, word in enumerate(written) if word not in STOPWORDS]


def _name_ends(name: Sequence[str], sequence: Sequence[str]) -> list[int]:
    """Where in `sequence` each whole occurrence of `name`, word for word, ends."""
    size = len(name)
    return [
        i + size - 1
        for i in range(len(sequence) - size + 1)
        if tuple(sequence[i : i + size]) == tuple(name)
    ]


def _adjacent(name: Sequence[str], text: Sequence[str]) -> bool:
    """The name's words appear in the text one after the other, in its order ("University
    Hospitals Leicester" does not hold "University of Leicester")."""
    size = len(name)
    first = name[0]
    return any(
        text[i] == first and tuple(text[i : i + size]) == tuple(name)
        for i in range(len(text) - size + 1)
    )

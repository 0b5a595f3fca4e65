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

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from accord.resolver.normalise import (
    acronym_form,
    countries_in,
    country_name,
    looks_like_acronym,
    normalise,
    segments,
    tokens,
)

CHOOSE_AT = 0.9
MARGIN = 0.05
# …or 0.85 when no other organisation comes within 0.1 of it
CHOOSE_ALONE_AT = 0.85
CLEAR_LEAD = 0.1

# A word in fewer names than this is specific: left over in a string, it counts fully.
SPECIFIC_WORD = 100
# The words of sub-units and addresses: left over around a name, they hardly count against it.
UNIT_WORDS = frozenset(
    "department division school faculty college graduate laboratory center unit section group"
    " program programme clinic service medicine medical science engineering research institute"
    " chair team centre office key state lab street road avenue box campus building floor"
    " province district city county".split()
)
# A name whose words are all in the names of more organisations than this is generic.
SHARED_BY = 3

Offer = Callable[[int, float, str], None]


@dataclass(frozen=True)
class Entry:
    """An organisation as the resolver knows it."""

    key: str  # "https://ror.org/…" or "accord:<id>"
    name: str
    country: str = ""
    city: str = ""
    active: bool = True
    successors: tuple[str, ...] = ()
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


class Resolver:
    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = []
        self.by_key: dict[str, int] = {}
        self.full: dict[str, set[int]] = defaultdict(set)
        self.display: dict[str, set[int]] = defaultdict(set)  # display names alone
        self._shared: dict[frozenset[str], int] = {}  # words → organisations naming them all
        self.acronyms: dict[str, set[int]] = defaultdict(set)
        # word → (organisation, the name's words in order) for every name holding the word
        self.word_names: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for entry in entries:
            self._add(entry)
        self.idf = {
            word: math.log(1 + len(self.entries) / len(names))
            for word, names in self.word_names.items()
        }
        # a word no name has is as telling as the rarest one (a misspelling, another place)
        self.unknown_idf = max(self.idf.values(), default=1.0)
        # every name under its rarest word: what containment looks names up by
        self.by_rarest: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for word, holders in self.word_names.items():
            for position, name_words in holders:
                rarest = min(name_words, key=lambda w: (len(self.word_names[w]), w))
                if rarest == word:
                    self.by_rarest[word].append((position, name_words))

    def _add(self, entry: Entry) -> None:
        position = len(self.entries)
        self.entries.append(entry)
        self.by_key[entry.key] = position
        for name in {entry.name, *entry.names}:
            normalised = normalise(name)
            if not normalised:
                continue
            self.full[normalised].add(position)
            if name == entry.name:
                self.display[normalised].add(position)
            words = tuple(tokens(normalised))
            for word in set(words):
                self.word_names[word].append((position, words))
        for acronym in entry.acronyms:
            form = acronym_form(acronym)
            if len(form) >= 2:
                self.acronyms[form].add(position)

    def __len__(self) -> int:
        return len(self.entries)

    def resolve(
        self,
        text: str,
        *,
        country: str | None = None,
        context: Sequence[str] = (),
        top: int = 5,
    ) -> Resolution:
        hints = {country.upper()} if country else set()
        hints |= countries_in(text)
        context_positions = {self.by_key[k] for k in context if k in self.by_key}
        scores: dict[int, tuple[float, str]] = {}

        def offer(position: int, score: float, reason: str) -> None:
            entry = self.entries[position]
            if hints and entry.country and entry.country not in hints:
                return  # the country veto
            if score > scores.get(position, (0.0, ""))[0]:
                scores[position] = (score, reason)

        whole = normalise(text)
        words = set(tokens(whole))
        for position in self.full.get(whole, ()):
            # its display name above another organisation's alias or former name
            display = position in self.display.get(whole, ())
            offer(position, 1.0 if display else 0.94, "the whole string is one of its names")
        parts = segments(text)
        for part in parts:
            normalised = normalise(part)
            if looks_like_acronym(part):
                # "USC", "CNRS": an acronym whoever holds it, even as an alias or a name
                self._acronym(part, normalised, hints, context_positions, offer)
                continue
            holders = self.full.get(normalised, ())
            # a name whose words many organisations' names share ("Institute of Education",
            # "Trinity College") names different bodies in different places: it needs its
            # city, or at least its country, in the string
            generic = bool(holders) and not self._specific(tokens(normalised))
            for position in holders:
                display = position in self.display.get(normalised, ())
                score = 0.97 if display else 0.91
                if generic:  # its city in the string, or at least its country
                    entry = self.entries[position]
                    city = set(tokens(normalise(entry.city)))
                    score = (
                        0.93 if city and city <= words else 0.9 if entry.country in hints else 0.8
                    )
                offer(position, score, f"“{part}” is one of its names")
        if not scores:
            for part in [text, *parts] if len(parts) > 1 else [text]:
                self._contained(normalise(part), offer)
        return self._decide(text, scores, top)

    def _acronym(
        self, part: str, normalised: str, hints: set[str], context: set[int], offer: Offer
    ) -> None:
        holders = self.acronyms.get(acronym_form(part), set()) | self.full.get(normalised, set())
        in_context = holders & context
        if len(in_context) == 1:
            offer(next(iter(in_context)), 0.95, f"acronym “{part}” of a context organisation")
            return
        if hints and len(acronym_form(part)) >= 3:  # two letters are a state, a unit...
            in_country = {p for p in holders if self.entries[p].country in hints}
            if len(in_country) == 1:
                offer(next(iter(in_country)), 0.93, f"acronym “{part}” in a country the text names")
                return
        for position in holders:  # ranked, never chosen on its own
            offer(position, 0.5, f"acronym “{part}” (ambiguous without context)")

    def _contained(self, normalised: str, offer: Offer) -> None:
        """Names whose words all appear in the string, one after the other: a unit
        before them or an address after them does not hide them ("Tohoku University Graduate
        School of Medicine"). Scored by how much of the string's specific weight they
        explain: leftover words common in names (school, department, medicine) weigh little,
        rare or unknown ones (a place, another organisation, a misspelling) weigh fully. The
        same words in another order count only when nothing is left over ("Southampton
        University" for "University of Southampton")."""
        sequence = tokens(normalised)
        words = set(sequence)
        if not words:
            return
        for word in words:
            # a name can only be contained if its rarest word is: each name is met once
            for position, name_words in self.by_rarest.get(word, ()):
                name_set = set(name_words)
                if len(name_set) < 2 and name_set != words:
                    continue  # one word inside a longer string: a street, a brand, a common noun
                if not name_set <= words or not self._specific(name_words):
                    continue
                if not _adjacent(name_words, sequence) and name_set != words:
                    continue
                covered = sum(self.idf.get(w, 0.0) for w in name_set)
                place = self._place_words(position)
                leftover = sum(self._leftover_weight(w) for w in words - name_set - place)
                share = covered / (covered + leftover) if covered else 0.0
                score = 0.6 + 0.33 * share + 0.03 * min(1.0, len(name_set) / 4)
                offer(position, min(score, 0.96), "its name's words are all in the string")

    def _specific(self, words: Iterable[str]) -> bool:
        """A rare word, or few organisations with a name holding all these words: "Stanford
        University" and "Zhejiang Normal University" are specific; "Institute of Education"
        or "University of Hong Kong" (the Chinese University of Hong Kong, City University
        of Hong Kong…) are not."""
        key = frozenset(words)
        if any(len(self.word_names.get(w, ())) < SPECIFIC_WORD for w in key):
            return True  # a rare word: a place, a person, a coined name
        if key not in self._shared:
            if not key:
                self._shared[key] = len(self.entries)
            else:
                rarest = min(key, key=lambda w: len(self.word_names.get(w, ())))
                self._shared[key] = len(
                    {
                        p
                        for p, name in self.word_names.get(rarest, ())
                        if all(w in name for w in key)
                    }
                )
        return self._shared[key] <= SHARED_BY

    def _leftover_weight(self, word: str) -> float:
        """How much a word of the string that the name does not explain speaks against it:
        numbers (postcodes, street numbers) and the words of sub-units (department, school,
        laboratory…) hardly; rare or unknown words (another organisation, a misspelling)
        fully; common words a little."""
        if any(c.isdigit() for c in word):
            return 0.0
        if word in UNIT_WORDS:
            return 0.1 * self.idf.get(word, 1.0)
        holders = self.word_names.get(word)
        if holders is None:
            return self.unknown_idf
        idf = self.idf[word]
        return idf if len(holders) < SPECIFIC_WORD else 0.2 * idf

    def _place_words(self, position: int) -> set[str]:
        """Its city's and country's words: an address after a name is no reason against it."""
        entry = self.entries[position]
        words = set(tokens(normalise(entry.city))) if entry.city else set()
        if entry.country:
            words |= set(tokens(normalise(country_name(entry.country))))
        return words

    def _decide(self, text: str, scores: dict[int, tuple[float, str]], top: int) -> Resolution:
        ranked = sorted(scores.items(), key=lambda item: (-item[1][0], self.entries[item[0]].name))
        candidates = []
        for position, (score, reason) in ranked[: max(top, 2)]:
            entry = self._current(position)
            if entry is not self.entries[position]:
                reason += f"; {self.entries[position].name} is succeeded by it"
            candidates.append(Candidate(entry.key, entry.name, round(score, 3), reason))
        # several records that lead to one successor are one candidate
        merged: dict[str, Candidate] = {}
        for candidate in candidates:
            merged.setdefault(candidate.key, candidate)
        candidates = list(merged.values())[:top]
        if not candidates:
            return Resolution(text, None, [], "no organisation in the registry has such a name")
        best = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        # a candidate far ahead of any other may be chosen a little lower
        needed = CHOOSE_AT if best.score - runner_up < CLEAR_LEAD else CHOOSE_ALONE_AT
        if best.score < needed:
            return Resolution(text, None, candidates, "not sure enough: candidates only")
        if best.score - runner_up < MARGIN:
            return Resolution(text, None, candidates, "ambiguous: several organisations fit")
        return Resolution(text, best.key, candidates, best.reason)

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


def _adjacent(name: Sequence[str], text: Sequence[str]) -> bool:
    """The name's words appear in the text one after the other, in its order ("University
    Hospitals Leicester" does not hold "University of Leicester")."""
    size = len(name)
    first = name[0]
    return any(
        text[i] == first and tuple(text[i : i + size]) == tuple(name)
        for i in range(len(text) - size + 1)
    )

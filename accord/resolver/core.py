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
   comes within `MARGIN` of it; otherwise nothing is chosen and the candidates say why.
"""

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from accord.resolver.normalise import (
    acronym_form,
    countries_in,
    looks_like_acronym,
    normalise,
    segments,
    tokens,
)

CHOOSE_AT = 0.9
MARGIN = 0.05
# A name word found in more than this many names is too common to propose candidates.
COMMON_WORD = 2000

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
        self.acronyms: dict[str, set[int]] = defaultdict(set)
        self.word_names: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
        for entry in entries:
            self._add(entry)
        self.idf = {
            word: math.log(1 + len(self.entries) / len(names))
            for word, names in self.word_names.items()
        }

    def _add(self, entry: Entry) -> None:
        position = len(self.entries)
        self.entries.append(entry)
        self.by_key[entry.key] = position
        for name in {entry.name, *entry.names}:
            normalised = normalise(name)
            if not normalised:
                continue
            self.full[normalised].add(position)
            words = frozenset(tokens(normalised))
            for word in words:
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
        for position in self.full.get(whole, ()):
            offer(position, 1.0, "the whole string is one of its names")
        parts = segments(text)
        for part in parts:
            normalised = normalise(part)
            for position in self.full.get(normalised, ()):
                offer(position, 0.97, f"“{part}” is one of its names")
            if looks_like_acronym(part):
                self._acronym(part, hints, context_positions, offer)
        if not scores:
            for part in [text, *parts] if len(parts) > 1 else [text]:
                self._contained(normalise(part), offer)
        return self._decide(text, scores, top)

    def _acronym(self, part: str, hints: set[str], context: set[int], offer: Offer) -> None:
        holders = self.acronyms.get(acronym_form(part), set())
        in_context = holders & context
        if len(in_context) == 1:
            offer(next(iter(in_context)), 0.95, f"acronym “{part}” of a context organisation")
            return
        if hints:
            in_country = {p for p in holders if self.entries[p].country in hints}
            if len(in_country) == 1:
                offer(next(iter(in_country)), 0.93, f"acronym “{part}” in a country the text names")
                return
        for position in holders:  # ranked, never chosen on its own
            offer(position, 0.5, f"acronym “{part}” (ambiguous without context)")

    def _contained(self, normalised: str, offer: Offer) -> None:
        """Names all of whose distinctive words are in the string: a unit before them or an
        address after them does not hide them. Scored by how much of the string's weight
        they explain, so a longer, more specific name beats a shorter one."""
        words = set(tokens(normalised))
        if not words:
            return
        weight = sum(self.idf.get(w, 0.0) for w in words) or 1.0
        rare = [w for w in words if w in self.word_names and len(self.word_names[w]) <= COMMON_WORD]
        seen: set[tuple[int, frozenset[str]]] = set()
        for word in rare:
            for position, name_words in self.word_names[word]:
                if (position, name_words) in seen or not name_words <= words:
                    continue
                seen.add((position, name_words))
                covered = sum(self.idf.get(w, 0.0) for w in name_words)
                distinct = sum(1 for w in name_words if len(self.word_names[w]) <= COMMON_WORD)
                if distinct == 0:
                    continue
                score = (
                    0.6 + 0.35 * min(1.0, covered / weight) + 0.05 * min(1.0, len(name_words) / 4)
                )
                offer(position, min(score, 0.96), "its name's words are all in the string")

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
        if best.score < CHOOSE_AT:
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

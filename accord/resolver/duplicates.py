"""Likely duplicates in the registry: the same body entered twice, under names in two languages,
with and without "The", or an acronym entered as a name. No Django here: it reads a
`Resolver`'s entries and asks the resolver about each one's names."""

from collections.abc import Iterable
from dataclasses import dataclass

from accord.resolver.core import Entry, Resolver

# How sure the resolver must be that one organisation's name names the other.
AT_LEAST = 0.9


@dataclass(frozen=True)
class Pair:
    first: Entry
    second: Entry
    score: float
    reason: str


def likely_duplicates(
    resolver: Resolver, *, among: Iterable[Entry] | None = None, at_least: float = AT_LEAST
) -> list[Pair]:
    """Pairs of organisations where a name of one resolves to the other, best first. `among`
    limits whose names are asked about (by default every entry). Two records that both carry
    a ROR id are distinct by ROR's word and not paired."""
    found: dict[tuple[str, str], Pair] = {}
    for entry in among if among is not None else resolver.entries:
        for name in dict.fromkeys((entry.name, *entry.names, *entry.acronyms)):
            result = resolver.resolve(name, country=entry.country or None, top=3)
            for candidate in result.candidates:
                if candidate.key == entry.key or candidate.score < at_least:
                    continue
                other = resolver.entries[resolver.by_key[candidate.key]]
                if _both_ror(entry, other):
                    continue
                # the registry's record first: the one to keep, as a rule
                first, second = sorted((entry, other), key=_keep_first)
                key = (first.key, second.key)
                if key not in found or found[key].score < candidate.score:
                    reason = f"“{name}” of {entry.name}: {candidate.reason}"
                    found[key] = Pair(first, second, candidate.score, reason)
    return sorted(found.values(), key=lambda p: (-p.score, p.first.name, p.second.name))


def _both_ror(a: Entry, b: Entry) -> bool:
    return a.key.startswith("https://ror.org/") and b.key.startswith("https://ror.org/")


def _keep_first(entry: Entry) -> tuple[bool, str]:
    return (not entry.key.startswith("https://ror.org/"), entry.key)

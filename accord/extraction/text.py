"""Sentences and paragraphs of news text, with their character spans. No Django here."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Words a dot follows without ending the sentence
_ABBREVIATIONS = frozenset(
    "prof dr mr mrs ms st mt no co ltd inc corp univ dept vs e.g i.e jr sr gen rev hon"
    " approx fig dra sra lic licda ing arq mtro mtra assoc asst engr dott ir ts br fr eng mag"
    " capt col maj lt brig gov amb ag doc agr mgr hab inż".split()
)
_BULLETS = "•·▪●"
_BULLET_SET = frozenset(_BULLETS)
_MONTHS_SHORT = frozenset("jan feb apr jun jul aug sep sept oct nov dec".split())
# (after a month written short: its day, then a comma or the year)
_DAY_AFTER = re.compile(r"\s+\d{1,2}(?:,|\s+(?:19|20)\d\d\b)")
# Given names written short, in this case only: "Md. Ohiduzzaman", "Mohd. Rizal"
_GIVEN_NAMES_SHORT = frozenset("Md Mohd Muhd Mhd Mst".split())
_END = re.compile(
    r"[.!?](?:[\"”’)\]]*)(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z])|"
    # a line of a list that names a document: "• MoU between …"
    rf"\n(?=[{_BULLETS}][ \t]+(?:(?:An?|The)\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?"
    r"(?:MoUs?|MOUs?|MoAs?|MOAs?|Memorand\w*|Agreements?|Contracts?|Letters? of)\b)"
)
# A heading on a line of its own ("Bilateral agreements", "New members"): a few words, no
# bullet, no punctuation at its end or inside
_HEADING = re.compile(r"[A-Z][^\n.,;:!?•*–—-]{0,60}")
# The word before a dot, looked for among the few characters before it rather than in the
# whole sentence so far (a word longer than that is neither an initial nor an abbreviation)
_WORD_BEFORE = re.compile(r"(\w+)$")
_LONGEST_WORD_BEFORE = 20


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # which paragraph (blank-line separated) it is in


def sentences(text: str) -> list[Sentence]:
    """The text's sentences, in order: a sentence ends at ".", "!" or "?" before a capital
    (not after an initial or an abbreviation such as "Prof." or "Co."), at a blank line, and
    after a heading on a line of its own."""
    found: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _END.finditer(text):
        end = match.end()
        # ("… deserve particular mention:\n• MoU between …\n• MoU between …": one a line)
        if match.group() == "\n" and text[end : end + 1] not in _BULLET_SET:
            line_start = text.rfind("\n", 0, match.start()) + 1
            line = text[line_start : match.start()].strip()
            if line_start < start or not _HEADING.fullmatch(line) or len(line.split()) > 8:
                continue  # a line break inside a sentence, or a list
        elif match.group().startswith("."):
            near = max(start, match.start() - _LONGEST_WORD_BEFORE)
            before = _WORD_BEFORE.search(text, near, match.start())
            word = before.group(1).lower() if before else ""
            if len(word) == 1 or word in _ABBREVIATIONS:
                continue
            # "On Oct. 20, POSTECH …": a month written short, its day after
            if word in _MONTHS_SHORT and _DAY_AFTER.match(text, match.end()):
                continue
            if before is not None and given_name_short(text, before.start(1), before.end(1)):
                continue  # "Registrar Md. Ohiduzzaman" (not "Baltimore, Md.")
            # "K. Zh. Zhoroev": a two-letter initial after another initial
            if (
                before is not None
                and len(word) == 2
                and re.search(r"\b[A-Z]\.\s?$", text[max(0, before.start() - 3) : before.start()])
            ):
                continue
        _add(found, text, start, end, paragraph)
        if "\n\n" in text[match.start() : end + 1] or match.group().count("\n") >= 2:
            paragraph += 1
        start = end
    _add(found, text, start, len(text), paragraph)
    return found


def given_name_short(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end), a dot after it, is a given name written short after
    a word ("Registrar Engineer Md. Ohiduzzaman", "signed by Md. Karim"), not a state after a
    comma ("Baltimore, Md.", "Rockville, MD.")."""
    words_before = text[max(0, start - 30) : start].split()
    previous = words_before[-1].rstrip(".") if words_before else ""
    return (
        text[start:end] in _GIVEN_NAMES_SHORT and text[end : end + 1] == "." and previous.isalpha()
    )


def _add(found: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    offset = start + piece.index(stripped)
    found.append(Sentence(offset, offset + len(stripped), stripped, paragraph))


def whole_words(text: str, words: str, not_before: str = "-") -> Iterator[tuple[int, int]]:
    """Where `words` stand in `text` as whole words: no letter, digit or underscore, nor a
    character of `not_before`, right before them; none of those, nor a hyphen, right after.
    (A plain search: names are looked for this way once each, too many to compile.)"""
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or before in not_before) and not (
            after.isalnum() or after in "_-"
        ):
            yield start, end
        start = text.find(words, start + 1)

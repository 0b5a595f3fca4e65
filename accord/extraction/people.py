"""People named with their titles: "XJTU President Wang Shuguo", "Registrar Prof. K.
Rambabu", "Parhat Jarat, President of Xinjiang Normal University". No Django here.

A person is a run of two to four capitalised words (initials allowed) that is no organisation
mention, next to a title: the title before the name ("Vice Chancellor Prof Dr M Rafiqul
Alam"), or after it behind a comma or a bracket ("Xue Hui, Member of the Standing Committee …
and Vice President"). Honorifics (Prof., Dr, Mr.) are dropped from the name; the title is
kept as written. The organisation is the one named just before the title ("CUET Vice
Chancellor"), or after it ("… President of Xinjiang Normal University").
"""

import re
from dataclasses import dataclass

from accord.extraction.orgs import HEAD_WORDS, Mention, Token, words

# Words titles are made of (lower case); "of", "the" and "and" may join them
TITLE_WORDS = frozenset(
    """president vice vp chancellor rector provost registrar dean director secretary chair
    chairman chairwoman chairperson ceo cfo cto coo manager senior general additional surveyor
    executive chief officer head deputy assistant associate minister ambassador consul
    principal member committee standing party council board governor mayor founder partner
    commissioner controller treasurer coordinator advisor adviser counsellor counselor
    superintendent inspector leader""".split()
)
HONORIFICS = frozenset("prof professor dr mr mrs ms miss sir madam dame lord".split())
_JOINERS = frozenset({"of", "the", "and", "for"})


@dataclass
class Person:
    name: str
    title: str
    start: int  # the span of the whole mention (title and name)
    end: int
    name_start: int
    organisation: Mention | None = None


def _is_name_word(token: Token) -> bool:
    text = token.text
    lower = text.lower()
    return (
        text[:1].isupper()
        and lower not in TITLE_WORDS
        and lower not in HONORIFICS
        and lower not in HEAD_WORDS
        and lower not in _JOINERS
        and not (len(text) > 1 and text.isupper() and len(text) > 4)  # an acronym
    )


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words of one name or title: a space or a hyphen between them, or a dot after an
    initial or an honorific ("K. Rambabu", "Prof. Rajashekar") — not a sentence's end."""
    between = text[left.end : right.start]
    if between.startswith("."):
        return between in (". ", ".", ".\n") and (len(left.text) == 1 or left.lower in HONORIFICS)
    return between in (" ", "-", "\n") or between.strip() == ""


def find_people(text: str, mentions: list[Mention]) -> list[Person]:
    """Everyone named with a title, in text order."""
    tokens = words(text)
    in_org = {i for i, t in enumerate(tokens) for m in mentions if m.start <= t.start < m.end}
    found: list[Person] = []
    i = 0
    while i < len(tokens):
        person = _title_then_name(text, tokens, i, in_org, mentions) or _name_then_title(
            text, tokens, i, in_org, mentions
        )
        if person is None:
            i += 1
            continue
        # "XJTU President Wang Shuguo, VP Xi Guang, VP Yan Hong": one organisation for the list
        if (
            person.organisation is None
            and found
            and 0 < person.start - found[-1].end <= 6
            and re.fullmatch(r"\s*(?:,|and|, and)\s*", text[found[-1].end : person.start])
        ):
            person.organisation = found[-1].organisation
        found.append(person)
        i = next((k for k, t in enumerate(tokens) if t.start >= person.end), len(tokens))
    return found


def _title_run(text: str, tokens: list[Token], i: int) -> int:
    """The end of a run of title words starting at i ("Vice Chancellor and Chief Executive
    Officer"), or i when there is none."""
    j = i
    while j < len(tokens):
        lower = tokens[j].lower
        if (lower in TITLE_WORDS and (tokens[j].text[:1].isupper() or lower == "vp")) or (
            lower in _JOINERS
            and j > i
            and j + 1 < len(tokens)
            and (tokens[j + 1].lower in TITLE_WORDS or tokens[j + 1].lower in _JOINERS)
        ):
            j += 1
        else:
            break
        if j < len(tokens) and j > i and not _joined(text, tokens[j - 1], tokens[j]):
            break
    while j > i and tokens[j - 1].lower in _JOINERS:
        j -= 1
    return j


def _name_run(text: str, tokens: list[Token], i: int, in_org: set[int]) -> int:
    j = i
    while j < len(tokens) and j - i < 4 and j not in in_org and _is_name_word(tokens[j]):
        if j > i and not _joined(text, tokens[j - 1], tokens[j]):
            break
        j += 1
    return j


def _honorifics(text: str, tokens: list[Token], i: int) -> int:
    while i < len(tokens) and tokens[i].lower in HONORIFICS and tokens[i].text[:1].isupper():
        i += 1
    return i


def _title_then_name(
    text: str, tokens: list[Token], i: int, in_org: set[int], mentions: list[Mention]
) -> Person | None:
    """ "Vice Chancellor Prof Dr M Rafiqul Alam", "President Wang Shuguo"."""
    title_end = _title_run(text, tokens, i)
    if title_end == i:
        return None
    name_start = _honorifics(text, tokens, title_end)
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2 and not (
        name_end - name_start == 1 and name_start > title_end  # "Prof. Rajashekar"
    ):
        return None
    title = text[tokens[i].start : tokens[title_end - 1].end]
    org = _mention_ending_at(mentions, tokens[i].start)
    start = tokens[i].start
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title=title,
        start=start,
        end=tokens[name_end - 1].end,
        name_start=tokens[name_start].start,
        organisation=org,
    )


def _name_then_title(
    text: str, tokens: list[Token], i: int, in_org: set[int], mentions: list[Mention]
) -> Person | None:
    """ "Parhat Jarat, President of Xinjiang Normal University", "Yoon Gap-sik (Dean of
    Student and Employment Support, Dong-A University)"."""
    name_start = _honorifics(text, tokens, i)
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2 or name_end >= len(tokens):
        return None
    between = text[tokens[name_end - 1].end : tokens[name_end].start]
    if between.strip() not in (",", "("):
        return None
    title_end = _title_run(text, tokens, name_end)
    if title_end == name_end:
        return None
    title = text[tokens[name_end].start : tokens[title_end - 1].end]
    org = _mention_after(text, mentions, tokens[title_end - 1].end)
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title=title,
        start=tokens[i].start,
        end=tokens[title_end - 1].end,
        name_start=tokens[name_start].start,
        organisation=org,
    )


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,.")


def _mention_ending_at(mentions: list[Mention], position: int) -> Mention | None:
    """An organisation named right before a title ("CUET Vice Chancellor")."""
    for mention in mentions:
        if 0 <= position - mention.end <= 1:
            return mention
    return None


def _mention_after(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """An organisation named right after a title: " of Xinjiang Normal University", ", Dong-A
    University", " at the University of Melbourne"."""
    for mention in mentions:
        gap = text[position : mention.start]
        if 0 <= mention.start - position <= 12 and re.fullmatch(
            r"\s*(?:,|of|at|,\s*the|of the|at the)?\s*", gap
        ):
            return mention
    return None

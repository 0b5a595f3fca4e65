"""Date expressions in news text, with their character spans, resolved against the date the
item was published. No Django here, and no date library: a handful of regular expressions
over a month-name table read a 4 kB article in well under a millisecond, where a general
date parser costs orders of magnitude more and guesses at things news text never means.

What a mention resolves to (the rules the press-dev labels follow):

- A full date ("May 23, 2015", "23 May 2015", "23 de mayo de 2015", "2015-05-23",
  "23.05.2015") is taken as is. A date that does not exist ("February 30, 2015") is no date.
- A day and month without a year ("On May 23", "the 23rd of May") take the publication
  year, unless that puts them more than eight months away and the year before or after does
  not ("December 28" in an item of 4 January is the December before); no publication date,
  no value.
- A weekday ("on Monday", "el lunes") is the last such day on or before the publication
  date; "last Monday" the last one before it, "next Monday" the first one after it.
  "yesterday", "today", "tomorrow" count from the publication date.
- An explicit date wins over a weekday next to it ("Monday, May 22", "August 8th 2017
  (Thursday)"): one mention, with the explicit date's value, spanning both.
- A range ("May 23-25, 2015", "from 23 to 25 May", "del 23 al 25 de mayo") is its first day;
  the span covers the range. "The next day" is the day after the last day given before it;
  "on the second day of the meeting" the day given for the meeting (its first), one on.
- A month ("in June", "late May 2012": kind "month"), a year ("in 2010", "since 1988": kind
  "year"), and vague times ("recently", "last week", "this year": kind "relative") have no
  value; `precision` says what the text gives ("month", "year" or "none").

`dateline` finds the date of a dateline ("BEIJING, May 25 (Xinhua) --"), which dates the
report rather than what it reports; `publication_date` reads the date a text says it was
published on (a date line under the title, a dateline with a year).

English and Spanish are read; month names are matched only where they are written as months
(capitalised in English: "may" is a verb), and a month or year alone only after a word that
makes it a time ("in June", "since 1988"), so "2000 students" is no year.
"""

import contextlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta


@dataclass(frozen=True)
class DateMention:
    """A date expression: where it is, what it says, and the day it names when the text (with
    the publication date) gives one."""

    start: int
    end: int
    text: str
    value: date | None
    precision: str  # "day", "month", "year" or "none": what the text itself gives
    kind: str  # "absolute", "partial", "month", "year" or "relative"
    days: bool = False  # a range of days ("from 5 to 8 April"); `value` is its first


# Month names → month number. English is capitalised when it names a month; Spanish is not.
_ENGLISH_MONTHS = (
    "january february march april may june july august september october november december"
).split()
SPANISH_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
# written as the Spanish are ("25 de setembro de 2024")
PORTUGUESE_MONTHS = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
).split()
# Abbreviations name a month only next to a day or a year ("Sept. 5", "Jun 2015")
_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTHS: dict[str, int] = (
    {name: number for number, name in enumerate(_ENGLISH_MONTHS, start=1)}
    | {name: number for number, name in enumerate(SPANISH_MONTHS, start=1)}
    | {name: number for number, name in enumerate(PORTUGUESE_MONTHS, start=1)}
    | {"setiembre": 9}
    | _ABBREVIATIONS
)
_ENGLISH_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_SPANISH_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
WEEKDAYS: dict[str, int] = (
    {name: number for number, name in enumerate(_ENGLISH_DAYS)}
    | {name: number for number, name in enumerate(_SPANISH_DAYS)}
    | {"miercoles": 2, "sabado": 5}
)


def _alternatives(capitalised: list[str], any_case: tuple[str, ...] | list[str] = ()) -> str:
    """A regex that matches words as they are written in running text: `capitalised` words
    Capitalised or in UPPER CASE (headlines, datelines), `any_case` words in lower case too;
    a space matches any run of spaces. Written as a trie of literals ("Ma(?:rch|y)"), not as a
    case-insensitive list: the regex engine then rejects most places after one character,
    which makes the whole module several times faster."""
    forms = {
        form
        for word in (*capitalised, *any_case)
        for form in (word[:1].upper() + word[1:], word.upper())
    }
    forms |= set(any_case)
    tree: dict[str, dict] = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie(tree)


def _trie(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie(rest)
        for char, rest in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    group = f"(?:{'|'.join(branches)})" if len(branches) > 1 or "" in node else branches[0]
    return group + "?" if "" in node else group


# Every pattern starts with a literal word or a digit (never with "\b", an optional group or
# a case-insensitive group) so the engine scans fast; word boundaries and the words before a
# match ("in", "late", "last", "el") are checked in code around the few matches.
_SPANISH_MONTH_NAMES = tuple(dict.fromkeys((*SPANISH_MONTHS, "setiembre", *PORTUGUESE_MONTHS)))
_ANY_MONTH = _alternatives(
    [*_ENGLISH_MONTHS, *_ABBREVIATIONS, *(f"{short}." for short in _ABBREVIATIONS)],
    _SPANISH_MONTH_NAMES,
)

# A day of the month ("23rd", "1º"); its range is checked in code: a pattern that starts with
# a plain digit class is much faster to scan for than one listing 1 to 31
_DAY_NUMBER = r"[0-9][0-9]?(?![0-9])"
_ORDINAL = r"(?:st|nd|rd|th|ST|ND|RD|TH|\.?º|\.?°)?(?![^\W_])"
_YEAR = r"(?:1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])"
# Between the two ends of a range
_TO = r"(?:\s*[-–—‒]\s*|\s+(?:(?i:to|through|till|until|and|al|y|hasta)|&)\s+)"
# Between a day and month and its year: "May 23, 2015", "23 May 2015", "23 de mayo de 2015"
_THEN_YEAR = r"(?:\s*[,/-]\s*|\s+(?:(?i:de|del|of)\s+)?)"
_OF = r"(?:\s+(?:(?i:of|de)\s+)?|-(?=\D))"
_GLUED_DAY = rf"[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"

# A month first: with a day ("May 23", "May 23rd, 2015", "May 23-25, 2015", "May 30 - June 2,
# 2015", "mayo 23 de 2015") or without one ("late May 2012", "June 2015", "in June", "finales
# de mayo": the words before it are looked at in code)
_MONTH_FIRST = re.compile(
    # ("signed on March19, 2019": a day written on to its month, before a year)
    # ("on Dec.21": a day right after an abbreviation's full stop)
    rf"(?P<m>{_ANY_MONTH})(?:(?![^\W_])|(?={_GLUED_DAY})|(?<=\.)(?=[0-9]))"
    rf"(?:(?:\s+|(?={_GLUED_DAY})|(?<=\.))(?P<first>(?P<d>{_DAY_NUMBER}){_ORDINAL})"
    rf"(?:{_TO}(?:(?P<m2>{_ANY_MONTH})(?:\s+|(?<=\.)))?(?P<d2>{_DAY_NUMBER}){_ORDINAL})?)?"
    rf"(?:{_THEN_YEAR}(?P<y>{_YEAR}))?"
)
# "23 May", "23rd of May, 2015", "23-25 May 2015", "30 May - 2 June 2015", "23 de mayo de 2015",
# "del 23 al 25 de mayo"
_DAY_MONTH = re.compile(
    rf"(?P<d>{_DAY_NUMBER}){_ORDINAL}"
    rf"(?:(?:{_OF}(?P<m1>{_ANY_MONTH}))?{_TO}(?P<d2>{_DAY_NUMBER}){_ORDINAL})?"
    # ("Thursday 18, June 2024": a comma after the day, when the year follows the month)
    rf"(?:{_OF}|,\s+(?=(?:{_ANY_MONTH})\s+{_YEAR}))(?P<m>{_ANY_MONTH})(?![^\W_])"
    rf"(?:{_THEN_YEAR}(?P<y>{_YEAR}))?"
)
# "2015-05-23", "2015/05/23", "2015.05.23"
_YEAR_FIRST = re.compile(
    rf"(?P<y>{_YEAR})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>{_DAY_NUMBER})(?![./-]?\d)"
)
# "23.05.2015", "23-05-2015" (day first), "05/23/2015" or "23/05/2015" (whichever is possible)
_YEAR_LAST = re.compile(
    rf"(?P<a>[0-9][0-9]?)(?P<s>[-/.])(?P<b>[0-9]{{1,2}})(?P=s)(?P<y>{_YEAR})(?![./-]?\d)"
)
# "5月23日" (and the year before it: "2015年5月23日")
_CJK = re.compile(rf"(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>{_DAY_NUMBER})\s*[日号]")
_CJK_YEAR = re.compile(rf"(?P<y>{_YEAR})\s*年\s*$")
_PART_OF_MONTH = re.compile(
    r"\b(?i:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|principios\s+de"
    r"|mediados\s+de|finales\s+de|fines\s+de|comienzos\s+de|inicios\s+de)[\s-]+$"
)
_MONTH_CUE = re.compile(
    r"\b(?i:in|during|since|until|till|by|from|through|throughout|before|after|this|last|next"
    r"|past|en|durante|desde|hasta|para|de|antes\s+de|después\s+de|despues\s+de|este|pasado)"
    r"\s+$"
)
# A year alone: "in 2010", "since 1988", "mid-2015", "from 2015 to 2018", "the summer of 2015"
_YEAR_ALONE = re.compile(rf"(?P<y>{_YEAR})(?:{_TO}(?P<y2>{_YEAR}))?(?![./-]\d|[^\W_])")
_PART_OF_YEAR = re.compile(r"\b(?i:early|mid|late)[\s-]+$")
_YEAR_CUE = re.compile(
    r"\b(?i:in|during|since|until|till|by|from|through|throughout|before|after|around|circa"
    r"|between|year|(?:spring|summer|autumn|fall|winter)(?:\s+of)?|en|desde|hasta|durante|entre"
    r"|año|a[ñn]o\s+de|(?:primavera|verano|otoño|invierno)(?:\s+de)?)\s+$"
)
# "today", "yesterday": a day counted from the publication date
_DAYS_AWAY = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "last night": -1,
    "hoy": 0,
    "esta mañana": 0,
    "este mediodía": 0,
    "este mediodia": 0,
    "esta tarde": 0,
    "anoche": -1,
    "ayer": -1,
    "anteayer": -2,
    "antier": -2,
}
_DAY_WORD = re.compile(rf"(?:{_alternatives([], list(_DAYS_AWAY))})(?![^\W_])")
_NOWADAYS = re.compile(r"\s+(?i:en\s+d[íi]a)\b")
# Times the text gives no day for, by the precision they do give
_VAGUE_WORDS = {
    "none": """recently|recent|lately|the other day|a few days ago|this week|last week|next week
    |the same week|that week|la misma semana
    |past week|the past week|earlier this week|later this week|recientemente|hace unos días
    |hace unos dias|la semana pasada|la semana próxima|la semana proxima|esta semana
    |la próxima semana|la proxima semana""",
    "month": """this month|last month|next month|past month|the past month|earlier this month
    |later this month|el mes pasado|el mes próximo|el mes proximo|este mes|el próximo mes
    |el proximo mes""",
    "year": """this year|last year|next year|past year|the past year|earlier this year
    |later this year|el año pasado|el año próximo|el año proximo|este año|el próximo año
    |el proximo año|el ano pasado|este ano""",
}
_VAGUE_PRECISION = {
    " ".join(phrase.split()): precision
    for precision, phrases in _VAGUE_WORDS.items()
    for phrase in phrases.split("|")
}
_VAGUE = re.compile(rf"(?:{_alternatives([], list(_VAGUE_PRECISION))})(?![^\W_])")
# "on Monday", "last Tuesday", "el lunes", "el pasado lunes", "el lunes pasado"
_ENGLISH_WEEKDAY = re.compile(rf"(?:{_alternatives(_ENGLISH_DAYS)})(?![^\W_])")
_ENGLISH_QUALIFIER = re.compile(r"\b(?P<q>(?i:last|this|next|past|coming))\s+$")
# Named days that are not the weekday of the news ("Good Friday", "Cyber Monday")
_NOT_A_WEEKDAY = re.compile(r"\b(?i:good|black|cyber|ash|easter|holy|super|maundy)\s+$")
_SPANISH_WEEKDAY = re.compile(
    rf"(?:{_alternatives([], [*_SPANISH_DAYS, 'miercoles', 'sabado'])})(?![^\W_])"
)
_SPANISH_ARTICLE = re.compile(
    r"\b(?P<article>(?i:el|este))\s+(?:(?P<q>(?i:pasado|pr[óo]ximo))\s+)?$"
)
_SPANISH_QUALIFIER_AFTER = re.compile(r"\s+(?P<q>(?i:pasado|pr[óo]ximo))(?![^\W_])")


def _starts_word(text: str, start: int, also: str = "") -> bool:
    """Whether `start` begins a word: no letter or digit (nor one of `also`) just before it."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before in also)


def _before(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """A match of `pattern` (anchored at its end with "$") just before `start`."""
    return pattern.search(text, max(0, start - 30), start)


def find_dates(text: str, *, published: date | None = None) -> list[DateMention]:
    """Every date expression in `text`, in order, none overlapping another, each resolved
    against `published` where the rules above allow."""
    found: list[tuple[DateMention, bool]] = []  # (mention, is a weekday)
    for finder in _FINDERS:
        found.extend((mention, False) for mention in finder(text, published))
    found.extend((mention, True) for mention in _weekdays(text, published))
    # at one place the longest reading wins; an earlier start wins over an overlapping later one
    found.sort(key=lambda pair: (pair[0].start, -pair[0].end))
    kept: list[tuple[DateMention, bool]] = []
    for mention, weekday in found:
        if not kept or mention.start >= kept[-1][0].end:
            kept.append((mention, weekday))
    # a date that does not exist is no date, and no month either ("31 April 2016")
    found_dates = _weekdays_joined(text, [pair for pair in kept if pair[0].kind != _INVALID])
    found_dates = _today_given(text, found_dates)
    found_dates = _year_told_before(_days_told_before(text, found_dates))
    return _occasion_days(text, _next_days(text, found_dates))


def _year_told_before(found: list[DateMention]) -> list[DateMention]:
    """ "… from Dec.16 to Dec.19, 2019. … On Dec.17 the delegation went …": a day without its
    year, in the month of the last range of days given in full before it and at most a
    fortnight after its first, is a day of that visit, in its year (not the publication's;
    not after a single day: "first signed an MoU on February 10, 2015. On February 26, …")."""
    told: list[DateMention] = []
    last: date | None = None
    for mention in found:
        if mention.kind == "absolute" and mention.precision == "day" and mention.value:
            last = mention.value if mention.days else None
        elif (
            mention.kind == "partial"
            and mention.value is not None
            and last is not None
            and mention.value.month == last.month
            and mention.value.year != last.year
            and 0 <= mention.value.day - last.day <= 14
        ):
            with contextlib.suppress(ValueError):  # (29 February)
                mention = replace(mention, value=mention.value.replace(year=last.year))
        told.append(mention)
    return told


# Between "today" and the date it is given as: "today, September 15", "hoy (lunes 9 de junio)"
_GIVEN_AS = re.compile(
    r"\s*[,(]?\s*(?:(?i:on|el)\s+)?(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?\s+)?"
)


def _today_given(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "have signed a Memorandum today, September 15": "today" is the day the text gives
    right after it (the item may be published days later)."""
    given = list(found)
    for n, (mention, after) in enumerate(itertools.pairwise(found)):
        if (
            mention.kind == "relative"
            and _DAY_WORD.fullmatch(text, mention.start, mention.end)
            and after.kind in ("absolute", "partial")
            and after.precision == "day"
            and after.value is not None
            and _GIVEN_AS.fullmatch(text, mention.end, after.start)
        ):
            given[n] = replace(mention, value=after.value)
    return given


def _days_told_before(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "… will sign, on November 24, a series of agreements … A public ceremony … on the
    24th": a day alone is the day of that number the text gave in full before it."""
    days: list[DateMention] = []
    for mention in found:
        alone = _DAY_ALONE.match(text, mention.start) if mention.kind == "relative" else None
        if alone is not None and alone.end() == mention.end:
            told = [
                d.value
                for d in days
                if d.value is not None
                and d.kind in ("absolute", "partial")
                and d.value.day == int(alone.group(1))
                # (a month or so from the day it would be: not a date years before)
                and (mention.value is None or abs((d.value - mention.value).days) <= 45)
            ]
            if told:
                mention = replace(mention, value=told[-1])
        days.append(mention)
    return days


# "The next day", "the following day", "al día siguiente": the day after the one before
_NEXT_DAY = re.compile(
    r"\b(?:(?i:the) (?:next|following) day|(?i:the) day after|(?i:al) d[íi]a siguiente|"
    r"(?i:a day|(two|three|four|five) days) later)\b"
)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}


def _next_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates found, and each "the next day" with the day after the last day before it."""
    added = []
    for match in _NEXT_DAY.finditer(text):
        if any(d.start <= match.start() < d.end for d in found):
            continue
        before = [d.value for d in found if d.end <= match.start() and d.precision == "day"]
        later = _COUNT[match.group(1).lower()] if match.group(1) else 1  # "Two days later"
        value = before[-1] + timedelta(days=later) if before and before[-1] else None
        added.append(_mention(text, match.start(), match.end(), value, "day", "relative"))
    return sorted(found + added, key=lambda d: d.start) if added else found


# "on the second day of the meeting", "on the opening day of the forum", "el primer día del
# foro": a day counted from the occasion's first
_NTH_DAY = re.compile(
    r"\b(?:(?i:on) the (first|second|third|fourth|opening) day"
    r"(?: of (?:the|its|their|a|an) (?:[\w-]+ ){0,2}?([a-z]+)(?![\w-]))?|"
    r"(?i:el) (primer|segundo|tercer) d[íi]a(?: (?:del|de la) ([a-zá-ú]+))?)\b"
)
_NTH = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "primer": 0, "segundo": 1,
        "tercer": 2}  # fmt: skip


def _occasion_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates found, and each "on the second day of the meeting" with the day the text
    gave for that occasion (the first of its range), counted on: given before it, near the
    occasion's name, or after it in its sentence ("on the first day of a two-day visit … on
    11-12 June"); "On the first day," alone counts from the last day given just before."""
    added = []
    for match in _NTH_DAY.finditer(text):
        if any(d.start <= match.start() < d.end for d in found):
            continue
        nth, noun = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        days = [d for d in found if d.precision == "day" and d.value is not None]
        if noun:
            occasion = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
            before = [
                d
                for d in days
                if d.end <= match.start() and occasion.search(text, max(0, d.start - 150), d.start)
            ]
        else:
            before = [d for d in days if match.start() - 700 <= d.end <= match.start()]
        end = _sentence_end(text, match.end())
        after = [d for d in days if match.end() <= d.start < end]
        base = before[-1].value if before else (after[0].value if after and noun else None)
        value = base + timedelta(days=_NTH[nth.lower()]) if base else None
        added.append(_mention(text, match.start(), match.end(), value, "day", "relative"))
    return sorted(found + added, key=lambda d: d.start) if added else found


def _sentence_end(text: str, position: int) -> int:
    found = re.compile(r"[.!?](?:\s|$)|\n").search(text, position)
    return found.start() if found else len(text)


# What a day that does not exist ("February 30, 2015") is found as: it hides the words it
# covers from the other readings, then is dropped
_INVALID = "invalid"


def _mention(
    text: str, start: int, end: int, value: date | None, precision: str, kind: str
) -> DateMention:
    return DateMention(start, end, text[start:end], value, precision, kind)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _exists(month: int, day: int) -> bool:
    """Whether a day of a month exists in some year (the 29th of February does)."""
    return _day(2000, month, day) is not None


# How far from the publication date a day and month without a year may fall in the
# publication's own year before the neighbouring year is taken instead (about eight months)
_SAME_YEAR_WITHIN = timedelta(days=240)


def nearest(month: int, day: int, published: date | None) -> date | None:
    """The day and month in the publication year, unless that is more than eight months away
    and the year before or after is nearer (an item of early January about "December 28").
    None without a publication date, or when no such day falls near it (29 February)."""
    if published is None:
        return None
    candidates = [
        found
        for year in (published.year, published.year - 1, published.year + 1)
        if (found := _day(year, month, day)) is not None
        and abs(found - published) <= _SAME_YEAR_WITHIN
    ]
    return candidates[0] if candidates else None


def _month_of(written: str) -> int:
    return MONTHS[written.rstrip(".").lower()]


def _month_day(
    text: str,
    span: tuple[int, int],
    published: date | None,
    first: tuple[int, int],
    last: tuple[int, int] | None,
    year: str | None,
) -> DateMention:
    """A mention for a day of a month, `first` = (month, day), maybe the first of a range that
    ends on `last`, maybe with a year (which the range's end carries: "December 30 - January
    2, 2016" starts in 2015)."""
    if not _exists(*first) or (last is not None and not _exists(*last)):
        return _mention(text, *span, None, "day", _INVALID)
    if year is None:
        value = nearest(*first, published)
        return replace(_mention(text, *span, value, "day", "partial"), days=last is not None)
    wraps = last is not None and last[0] < first[0]
    value = _day(int(year) - 1 if wraps else int(year), *first)
    if value is None:  # "February 29, 2015"
        return _mention(text, *span, None, "day", _INVALID)
    return replace(_mention(text, *span, value, "day", "absolute"), days=last is not None)


def _is_range(first: tuple[int, int], last: tuple[int, int]) -> bool:
    """Whether a range ends after it starts ("May 23 - 5 universities" is no range)."""
    return last[0] != first[0] or last[1] > first[1]


def _months_first(text: str, published: date | None) -> Iterator[DateMention]:
    for match in _MONTH_FIRST.finditer(text):
        start = match.start()
        if not _starts_word(text, start):
            continue
        month = _month_of(match["m"])
        if match["d"] is None:
            yield from _month_alone(text, match, start)
            continue
        first = (month, int(match["d"]))
        end, year = match.end(), match["y"]
        last = None
        if match["d2"]:
            last = (_month_of(match["m2"]) if match["m2"] else month, int(match["d2"]))
            if not _is_range(first, last):
                end, year, last = match.end("first"), None, None
        yield _month_day(text, (start, end), published, first, last, year)


def _month_alone(text: str, match: re.Match[str], start: int) -> Iterator[DateMention]:
    """A month without a day: "late May 2012", "June 2015", and "June" after a word that makes
    it a time ("in June", "since June"). An abbreviation stands alone only before a year
    ("Jun 2015")."""
    if match["m"].rstrip(".").lower() in _ABBREVIATIONS and not match["y"]:
        return
    part = _before(_PART_OF_MONTH, text, start)
    if part:
        start = part.start()
    elif not (match["y"] or _before(_MONTH_CUE, text, start)):
        return
    yield _mention(text, start, match.end(), None, "month", "month")


def _days_first(text: str, published: date | None) -> Iterator[DateMention]:
    for match in _DAY_MONTH.finditer(text):
        start = match.start()
        if not _starts_word(text, start, also="./,"):
            continue
        month = _month_of(match["m"])
        first = (_month_of(match["m1"]) if match["m1"] else month, int(match["d"]))
        last = None
        if match["d2"]:
            last = (month, int(match["d2"]))
            if not _is_range(first, last):  # "25-23 May": only "23 May" is a day
                start, first, last = match.start("d2"), last, None
        yield _month_day(text, (start, match.end()), published, first, last, match["y"])


def _numeric(text: str, published: date | None) -> Iterator[DateMention]:
    for match in _YEAR_FIRST.finditer(text):
        if not _starts_word(text, match.start(), also="./-"):
            continue
        value = _day(int(match["y"]), int(match["m"]), int(match["d"]))
        if value:
            yield _mention(text, match.start(), match.end(), value, "day", "absolute")
    for match in _YEAR_LAST.finditer(text):
        if not _starts_word(text, match.start(), also="./-"):
            continue
        a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
        # "23.05.2015", "23-05-2015": day first wherever dots and dashes are used; "05/23/2015"
        # or "23/05/2015": one reading only when the other is impossible, or when a weekday
        # or the news's date tells which
        both = (_day(year, b, a), _day(year, a, b) if match["s"] == "/" else None)
        readings = {day for day in both if day is not None}
        if not readings:
            continue
        if len(readings) == 1:
            value = readings.pop()
        else:
            # (the news's date tells nothing of what is still to come: "The next forum will
            # take place on 6/5/2024")
            to_come = _TO_COME.search(text, max(0, match.start() - 80), match.start())
            value = _one_reading(
                readings,
                _before(_WEEKDAY_WRITTEN_BEFORE, text, match.start()),
                None if to_come else published,
            )
        yield _mention(text, match.start(), match.end(), value, "day", "absolute")
    if "月" not in text:
        return
    for match in _CJK.finditer(text):
        month, day = int(match["m"]), int(match["d"])
        start = match.start()
        if not _exists(month, day) or (start and text[start - 1].isdigit()):
            continue
        written_year = _before(_CJK_YEAR, text, start)
        if written_year:
            value = _day(int(written_year["y"]), month, day)
            if value:
                start = written_year.start()
                yield _mention(text, start, match.end(), value, "day", "absolute")
        else:
            value = nearest(month, day, published)
            yield _mention(text, start, match.end(), value, "day", "partial")


_TO_COME = re.compile(
    r"\b(?:will|shall|next|upcoming|coming|scheduled|to be held|to take place|se realizar[áa]|"
    r"pr[óo]xim[oa])\b[^.;]*$",
    re.IGNORECASE,
)
# "On Sunday 4/5/2025", "el martes, 12/03/2024", "on Wednesday (11/10/2023)": the weekday a
# numeric date is written after
_WEEKDAY_WRITTEN_BEFORE = re.compile(
    rf"\b(?P<w>{_alternatives(_ENGLISH_DAYS, [*_SPANISH_DAYS, 'miercoles', 'sabado'])})"
    r"(?:,?\s+|\s*\(\s*)$"
)


def _one_reading(
    readings: set[date], weekday: re.Match[str] | None, published: date | None
) -> date | None:
    """Of a numeric date's two readings ("4/5/2025": 4 May or 5 April), the one its weekday
    names ("Sunday 4/5/2025" is 4 May), or else the only one in the two weeks before the news
    (or three days after it: news tells what just happened, and the readings are a month or
    more apart); none when nothing tells them apart."""
    if weekday is not None:
        named = [d for d in readings if d.weekday() == WEEKDAYS[weekday["w"].lower()]]
        if len(named) == 1:
            return named[0]
    if published is not None:
        near = [d for d in readings if -14 <= (d - published).days <= 3]
        if len(near) == 1:
            return near[0]
    return None


def _years(text: str, published: date | None) -> Iterator[DateMention]:
    for match in _YEAR_ALONE.finditer(text):
        start = match.start()
        if match["y2"] and int(match["y2"]) <= int(match["y"]):
            continue
        part = _before(_PART_OF_YEAR, text, start)
        if part:
            start = part.start()
        elif not (_starts_word(text, start, also="./-") and _before(_YEAR_CUE, text, start)):
            continue
        yield _mention(text, start, match.end(), None, "year", "year")


def _relative(text: str, published: date | None) -> Iterator[DateMention]:
    for match in _DAY_WORD.finditer(text):
        if not _starts_word(text, match.start()) or _NOWADAYS.match(text, match.end()):
            continue
        away = _DAYS_AWAY[" ".join(match[0].lower().split())]
        value = published + timedelta(days=away) if published else None
        yield _mention(text, match.start(), match.end(), value, "day", "relative")
    for match in _VAGUE.finditer(text):
        if not _starts_word(text, match.start()):
            continue
        precision = _VAGUE_PRECISION[" ".join(match[0].lower().split())]
        yield _mention(text, match.start(), match.end(), None, precision, "relative")


def _weekday_value(weekday: int, published: date | None, qualifier: str | None) -> date | None:
    """The day a weekday names: on or before the publication date; "last" strictly before
    it, "next" strictly after it."""
    if published is None:
        return None
    which = (qualifier or "").lower()
    if which in ("next", "coming", "próximo", "proximo"):
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if which in ("last", "past", "pasado"):
        return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _weekdays(text: str, published: date | None) -> Iterator[DateMention]:
    for match in _ENGLISH_WEEKDAY.finditer(text):
        start = match.start()
        if not _starts_word(text, start) or _before(_NOT_A_WEEKDAY, text, start):
            continue
        last_or_next = _before(_ENGLISH_QUALIFIER, text, start)
        if last_or_next:
            start = last_or_next.start("q")
        weekday = WEEKDAYS[match[0].lower()]
        value = _weekday_value(weekday, published, last_or_next["q"] if last_or_next else None)
        yield _mention(text, start, match.end(), value, "day", "relative")
    for match in _SPANISH_WEEKDAY.finditer(text):
        # only after an article: "el lunes" (span "lunes"), "el pasado lunes", "este lunes";
        # "Santo Domingo" and "de lunes a viernes" are no day of the news
        article = _before(_SPANISH_ARTICLE, text, match.start())
        if article is None or not _starts_word(text, match.start()):
            continue
        if article["article"].lower() == "este":
            start = article.start("article")
        else:
            start = article.start("q") if article["q"] else match.start()
        end = match.end()
        qualifier: str | None = article["q"]
        after = _SPANISH_QUALIFIER_AFTER.match(text, end)
        if after and not qualifier:
            qualifier, end = after["q"], after.end()
        value = _weekday_value(WEEKDAYS[match[0].lower()], published, qualifier)
        yield _mention(text, start, end, value, "day", "relative")


def _day_alone(text: str, published: date | None) -> Iterator[DateMention]:
    """ "on the 22nd": a day of the month the news is in (or the month before, when that day
    has not come yet)."""
    for match in _DAY_ALONE.finditer(text):
        day = int(match.group(1))
        value = None
        if published is not None and 1 <= day <= 31:
            value = _day(published.year, published.month, day)
            if value is None or value > published:
                before = published.replace(day=1) - timedelta(days=1)
                value = _day(before.year, before.month, day)
        yield _mention(text, match.start(1), match.end(), value, "day", "relative")


def _day_dot_month(text: str, published: date | None) -> Iterator[DateMention]:
    """ "on 13.2.": a day and month written as Finns, Czechs and Germans do, without the year
    (the year of the news, or the one before when that day has not come yet)."""
    for match in _DAY_DOT_MONTH.finditer(text):
        day, month = int(match["d"]), int(match["m"])
        value = None
        if published is not None:
            value = _day(published.year, month, day)
            if value is not None and value > published:
                value = _day(published.year - 1, month, day)
        if value is not None or published is None:
            yield _mention(text, match.start(), match.end(), value, "day", "partial")


# "on 13.2.", "am 13.2.": not "on 13.2.2025" (read with its year), nor "section 13.2."
_DAY_DOT_MONTH = re.compile(
    r"(?<=\b[oO]n )(?P<d>[12][0-9]|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?![0-9])"
)

# "on the 22nd (Wed.)": a day of the month without the month; "(?!\s+of)" leaves "the 22nd
# of May" to the readings with a month
# (not "on the 5th floor", "on the 10th anniversary": an ordinal of something else)
_DAY_ALONE = re.compile(
    r"(?<=\b[oO]n the )([0-9][0-9]?)(?:st|nd|rd|th)\b(?!\s+(?:of\b|[A-Z]))"
    r"(?!\s+(?:floor|storey|story|level|anniversary|edition|session|meeting|round|day|week|"
    r"year|time|occasion|page|line)\b)"
)

_FINDERS = (_months_first, _days_first, _numeric, _years, _relative, _day_alone, _day_dot_month)

# What may stand between a weekday and the date it goes with: "Monday, May 22", "Monday the
# 22nd of May", "lunes 22 de mayo", "August 8th 2017 (Thursday)", "May 22, Monday"
_WEEKDAY_BEFORE = re.compile(r"\s*[,(]?\s*(?:(?i:the)\s+)?")
_WEEKDAY_AFTER = re.compile(r"\s*[,(]?\s*")


def _weekdays_joined(text: str, found: list[tuple[DateMention, bool]]) -> list[DateMention]:
    """Each weekday written next to a day that the text gives is one mention with that day's
    value: the explicit date wins, even when the weekday contradicts it."""
    joined: list[DateMention] = []
    index = 0
    while index < len(found):
        mention, weekday = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        if following and weekday != following[1]:
            first, second = mention, following[0]
            dated = second if weekday else first
            between = text[first.end : second.start]
            glue = _WEEKDAY_BEFORE if weekday else _WEEKDAY_AFTER
            if (
                dated.precision == "day"
                and dated.kind in ("absolute", "partial")
                and glue.fullmatch(between)
            ):
                end = second.end
                if "(" in between and text.startswith(")", end):
                    end += 1
                joined.append(
                    replace(dated, start=first.start, end=end, text=text[first.start : end])
                )
                index += 2
                continue
        joined.append(mention)
        index += 1
    return joined


# A label before the date on a date line: "Published: 12 August 2017", "Posted on …",
# "Date Added: …", "Fecha: …", or whatever stands before a bar ("News | May 25, 2021")
_DATE_LINE_BEFORE = re.compile(
    r"\s*(?:[^\n|•·]{0,60}[|•·]\s*)?"
    r"(?:(?i:published|posted|date(?:\s+(?:added|posted|published))?|added|dated|updated"
    r"|last\s+updated|released|issued|created|publicado|publicada"
    r"|fecha(?:\s+de\s+publicaci[oó]n)?|actualizado)(?:\s+(?i:on|at|el|:))?\s*[:\-–—]?\s*)?"
    # ("(24-10-2022 16:35)": in brackets)
    r"[(\[]?"
)
_TIME_OF_DAY = re.compile(
    r"\s*[,|•·–—-]?\s*(?:(?i:at|a\s+las)\s+)?"
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?|\d{1,2}\s*(?i:[ap]\.?m\.?))"
    r"(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?"
)


def date_line(line: str) -> DateMention | None:
    """The date of a line that holds nothing but a date (a label before it, a time, a byline
    or marks after it): "2015-05-25  []", "Published: 12 August 2017", "May 25, 2021 | By
    Staff". Spans are within `line`. None for any other line, and for a date with no year."""
    if len(line) > 160:
        return None
    days = [m for m in find_dates(line) if m.kind == "absolute" and m.value is not None]
    if len(days) != 1:
        return None
    day = days[0]
    if not _DATE_LINE_BEFORE.fullmatch(line[: day.start]):
        return None
    after = line[day.end :]
    time = _TIME_OF_DAY.match(after)
    if time:
        after = after[time.end() :]
    rest = after.strip()
    if not any(char.isalpha() for char in rest):
        return day
    rest = rest.lstrip(",;:[]() ")
    if rest[:1] in ("|", "•", "·", "-", "–", "—") or rest.lower().startswith(("by ", "por ")):
        return day
    return None


# A dateline: a place (capitalised words, maybe a news agency in brackets) before the date,
# and a colon or dash after it: "New Delhi, 25 May 2021:", "BEIJING, May 25 (Xinhua) --",
# "CHATTOGRAM, May 24:", "NEW YORK, May 25, 2021 /PRNewswire/ --", "May 25, 2021 — "
_PLACE_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_PLACE_PARTICLES = frozenset("de del di da do dos das of la le les el am an sur upon y and".split())
_NOT_A_PLACE = frozenset(
    """on in at by since from until till during the this last next as before after about
    around between el en la desde hasta durante este ayer hoy según""".split()
)
_DATELINE_BEFORE = re.compile(
    r"\s*(?P<place>[^\W\d_][\w.'’ ,-]{0,60}?)?\s*(?:\([^()\n]{1,40}\)\s*)?[,:–—-]*\s*"
    # ("Abha, Jumada Al-Awwal 11, 1446, November 13, 2024, SPA --": the Hijri date first)
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [0-9]{1,2},? 1[34][0-9]{2},\s*)?"
    # ("SIBU (Feb 25): …": the date in brackets; "ABU DHABI, (UrduPoint / WAM - 03rd Sep,
    # 2020) …": after the agencies)
    r"(?:\(\s*(?:[A-Z][^()\n]{1,60}?\s[-–—]\s*)?)?"
)
# after a dateline's date: a colon or a dash, or the end of its line ("Tashkent, 12.04.2022")
# ("Guwahati, Mar 5 (PTI) The …": after the agency, the report may begin at once)
_DATELINE_AFTER = re.compile(
    # ("Ulaanbaatar, May 29 (MONTSAME). The …")
    r"(?:\s*\))?\s*(?:\([^()\n]{1,40}\)\.?[ \t]+(?=[A-Z“\"])|(?<=\))[ \t]+(?=[A-Z“\"])|"
    # ("15 de mayo de 2025.- La Universidad …": a dot before the dash)
    # ("November 13, 2024, SPA --": the agency after a comma)
    # ("19 January 2025, Busan - A Memorandum …": the place after the date)
    r"(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/|,\s*[A-Z]{2,6}|"
    r",[ \t]*[A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){0,2}(?=[ \t]*(?:--|—|–|-\s)))?"
    r"\s*\.?(?::|--|—|–|-\s|[ \t]*(?:\n|$)))"
)


_WEEKDAY = re.compile("|".join(_ENGLISH_DAYS), re.IGNORECASE)


def _is_place(place: str) -> bool:
    words = _PLACE_WORD.findall(place)
    if not words or len(words) > 6 or words[0].lower() in _NOT_A_PLACE:
        return False
    return all(word[0].isupper() or word.lower() in _PLACE_PARTICLES for word in words)


def _line_dateline(line: str, published: date | None = None) -> DateMention | None:
    """The date of a dateline that begins `line`, with its span in `line`."""
    head = find_dates(line[:120], published=published)
    # a date, or a weekday after a place ("Lahore, Tuesday:")
    mentions = [
        m
        for m in head
        if m.precision == "day"
        and (m.kind != "relative" or _WEEKDAY.fullmatch(line[m.start : m.end].strip()))
    ]
    if not mentions or mentions[0].start > 70:
        return None
    first = mentions[0]
    before = _DATELINE_BEFORE.fullmatch(line[: first.start])
    if before is None or (before["place"] and not _is_place(before["place"])):
        return None
    if first.kind == "relative" and not before["place"]:
        return None
    if not _DATELINE_AFTER.match(line, first.end) and not (
        # "BAKU, Azerbaijan, September 25. Speaking …": a place in capitals, a full stop
        before["place"]
        # (its first part all in capitals: not "PNU Delegation Visits University of Leeds,
        # September 25. A delegation …", a title run into the text)
        and _CAPITALS_PLACE.fullmatch(before["place"].split(",")[0].strip())
        and _STOP_THEN_SENTENCE.match(line, first.end)
    ):
        return None
    return first


_CAPITALS_PLACE = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}\b")
_STOP_THEN_SENTENCE = re.compile(r"\.[ \t]+[A-Z“\"]")


def _head(text: str, lines: int = 6, within: int = 1500) -> Iterator[tuple[int, str]]:
    """The first non-blank lines of `text` with their offsets, until the body has begun (a
    long line is the first paragraph: nothing after it is a heading)."""
    offset = 0
    seen = 0
    for line in text[:within].split("\n"):
        if line.strip():
            yield offset, line
            seen += 1
            if seen >= lines or len(line) > 200:
                return
        offset += len(line) + 1


def dateline(text: str, *, published: date | None = None) -> DateMention | None:
    """The date of a dateline at the start of the body ("BEIJING, May 25 (Xinhua) --",
    "New Delhi, 25 May 2021:"), with its span in `text`; its value follows the rules of
    `find_dates` (a dateline without a year is resolved against `published`). A dateline
    dates the report, not what it reports: extractors leave it out of events."""
    for offset, line in _head(text):
        found = _line_dateline(line, published)
        if found is not None:
            return replace(found, start=offset + found.start, end=offset + found.end)
    return None


def publication_date(text: str, *, title: str | None = None) -> tuple[date, int, int] | None:
    """When the item was published, as the text says at its start: a date line under the title
    ("2015-05-25  []", "Published: 12 August 2017") or a dateline with a year ("New Delhi, 25
    May 2021:"). Returns the date and its span in `text`, or None (a dateline without a
    year, "BEIJING, May 25 (Xinhua) --", gives no publication date)."""
    wanted_title = " ".join(title.split()).casefold() if title else None
    for offset, line in _head(text):
        if wanted_title and " ".join(line.split()).casefold() == wanted_title:
            continue
        found = date_line(line) or _line_dateline(line)
        if found is not None and found.kind == "absolute" and found.value is not None:
            return found.value, offset + found.start, offset + found.end
    return None

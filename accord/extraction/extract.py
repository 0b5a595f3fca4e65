"""From a news text to proposals: organisations (resolved to the registry when the resolver
is sure), agreements, signatories, areas, dates and events, each with its character spans and
a confidence. No Django here: the resolver is passed in (`accord/resolver/registry.py` builds
one from the database; tests build their own).

`extract(text, published=…, resolver=…)` returns an `Extraction`; `as_json()` gives the
shape `accord extract --json` prints (see docs/cli.md).
"""

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from accord.extraction.agreements import (
    Agreement,
    Event,
    find_agreements,
    headline_told_again,
    of_its_own_time,
)
from accord.extraction.areas import with_tagged_areas
from accord.extraction.choice import (
    Model,
    agreement_signs,
    choose,
    keep,
    listed_together,
    shipped_keeper,
    shipped_model,
    signs,
)
from accord.extraction.dates import DateMention, dateline, find_dates, publication_date
from accord.extraction.orgs import (
    HEAD_WORDS,
    UNIT_HEADS,
    Institution,
    Mention,
    defined_acronyms,
    find_mentions,
    institutions,
    nationality_only,
    resolve_mentions,
    tagged_short_forms,
    unit_like,
    with_tagged_names,
    without_unknown_letters,
    words,
)
from accord.extraction.people import Person, find_people
from accord.extraction.tagger import Tagger
from accord.extraction.tagger import areas_tagger as shipped_areas_tagger
from accord.extraction.tagger import orgs_tagger as shipped_orgs_tagger
from accord.extraction.tagger import places_tagger as shipped_places_tagger
from accord.extraction.text import sentences
from accord.resolver.core import Resolver, name_key
from accord.resolver.normalise import country_words, normalise

# Texts longer than this are read up to it: a news item is a few thousand characters
MAX_CHARS = 200_000


@dataclass
class Extraction:
    text: str
    published: date | None
    institutions: list[Institution] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # every organisation the text names, and the signs the choice of `institutions` weighed
    found: list[Institution] = field(default_factory=list)
    signs: list[dict[str, float]] = field(default_factory=list)
    # for each of `found`, how likely the story is about it, by the model
    about: list[float] = field(default_factory=list)
    # the agreements the choice of organisations left, before the keeper chose among them,
    # and the signs it weighed of each
    proposed: list[Agreement] = field(default_factory=list)
    agreement_rows: list[dict[str, float]] = field(default_factory=list)
    # for each of `proposed`, how likely the story reports it, by the keeper
    kept_chances: list[float] = field(default_factory=list)


def extract(
    text: str,
    *,
    published: date | None = None,
    resolver: Resolver | None = None,
    context: tuple[str, ...] = (),
    model: Model | None = None,
    keeper: Model | None = None,
    areas_tagger: Tagger | None = None,
    places_tagger: Tagger | None = None,
    orgs_tagger: Tagger | None = None,
) -> Extraction:
    """Read one news text. `published` resolves relative dates ("on Tuesday", "May 23");
    without it, a dateline or a date line under the title is used when there is one.
    `context` are registry keys of organisations the text is likely to name (an alliance's
    members): their acronyms count. `model` chooses the organisations the story is about
    (the shipped one by default; `bench/train_press.py` trains others), `keeper` the
    agreements it reports among those the rules propose (the shipped one by default;
    `KEEP_ALL` keeps them all), `areas_tagger` the cooperation areas beside those the rules
    read, `places_tagger` the places of events the rules read none of and `orgs_tagger` the
    organisations' names beside those the rules find (the shipped ones by default;
    `Tagger(None)` reads none)."""
    written = text[:MAX_CHARS]
    # "Memorundum of Understanding": a document's name misspelt is read as spelt (letter for
    # letter, so that every span is the same in what was written)
    text = _MISSPELT_MEMORANDUM.sub(lambda m: _as_spelt(m.group()), written)
    found_date = publication_date(text)
    if published is None and found_date is not None:
        published = found_date[0]
    dates = find_dates(text, published=published)
    # a dateline ("CHATTOGRAM, May 24:") or a date line under the title dates the news, not
    # what it reports; "Today" and "on Monday" are read against it ("Tashkent, 12.04.2022
    # Today …" is the 12th, whenever it was published)
    line = dateline(text, published=published)
    reference = line.value if line is not None and line.value else published
    if reference is None:
        # no publication date: days without a year ("On 14 June"), weekdays and what is
        # history are read against the first full date the text gives ("13-15 June 2023")
        reference = next((d.value for d in dates if d.kind == "absolute" and d.value), None)
    if reference != published:
        dates = find_dates(text, published=reference)
    spans = [(line.start, line.end)] if line is not None else []
    spans += [(found_date[1], found_date[2])] if found_date is not None else []
    # "Por Luis Mario García | Campus Monterrey - 03/05/2018": a byline's date is the news's
    # (a byline: no sentence, "By Friday 3 May 2024, both universities had signed …")
    bylines = [(b.start(), b.end()) for b in _BYLINE.finditer(text[:1500])]
    spans += [(a, b) for a, b in bylines if not text[a:b].rstrip().endswith(".")]
    dates = [d for d in dates if not any(a <= d.start < b for a, b in spans)]
    # "Kilis 7 December University", "October 6 University": a day in a name is no date (one
    # with its year is: "On 5 May 2023 University of Nairobi and …")
    dates = [
        d
        for d in dates
        if not (_UNIVERSITY_AFTER.match(text, d.end) and not re.search(r"\d{4}", d.text))
    ]
    tokens = words(text)
    refused: list[Mention] = []
    mentions = find_mentions(text, resolver, tokens, refused)
    # names written as no rule expects, read from the words around them
    tagged = (orgs_tagger or shipped_orgs_tagger()).phrases(text)
    mentions = with_tagged_names(text, mentions, tagged, resolver, refused)
    if line is not None:
        # "ISLAMABAD, March 4 (APP):": the news agency that wrote it, not a party; "ABU DHABI,
        # Jan 14": a place, whatever the registry says
        line_start = text.rfind("\n", 0, line.start) + 1
        mentions = [
            m
            for m in mentions
            if not (line_start <= m.start < line.start)
            and (
                not re.fullmatch(r"\s*\(\s*", text[line.end : m.start])
                or text[m.end : m.end + 1] != ")"
            )
        ]
    # "By Zhang Huan (People's Daily Online)  16:24, November 27, 2017": who wrote it, and
    # for whom, is no party
    for start, end in bylines:
        mentions = [m for m in mentions if not start <= m.start < end]
    # "DUBAI, UAE (8 December 2009) WAM - A Memorandum …": the agency after the place and
    # day a paragraph opens with
    for agency in _AGENCY_AFTER_PLACE.finditer(text):
        mentions = [m for m in mentions if m.start != agency.start(1)]
    mentions = [_without_country_joined(text, m) for m in mentions]
    mentions = _possessive_names(text, mentions, resolver)
    mentions = _quoted_epithets(text, mentions, resolver)
    defined = defined_acronyms(text, mentions, resolver)
    defined.update(tagged_short_forms(text, mentions, defined))
    mentions = without_unknown_letters(mentions, defined)
    resolve_mentions(text, mentions, defined, resolver, context)
    _possessed_units(text, mentions)
    mentions = [m for m in mentions if not nationality_only(m, text[max(0, m.start - 8) : m.start])]
    mentions = _without_parent_before(text, mentions, resolver)
    found = institutions(text, mentions, defined, resolver)
    people = find_people(text, mentions, tokens)
    # a name the tagger read that is a person's ("Knut Hove"), there or elsewhere in the
    # text, is no organisation
    persons = [_name_span(text, p) for p in people]
    names = {p.name for p in people}
    # ("Michael A. McRobbie … McRobbie also signed …": a surname written like letters is
    # the signer named again, no organisation's acronym)
    surnames = {p.surname for p in people} - {None}
    apart = {id(m) for m in mentions if (m.how == "tagged" and (m.text in names or any(
        a <= m.start and m.end <= b for a, b in persons
    ))) or (m.how == "acronym" and m.text in surnames and not m.text.isupper())}  # fmt: skip
    if apart:
        mentions = [m for m in mentions if id(m) not in apart]
        found = institutions(text, mentions, defined, resolver)
    text_sentences = sentences(text)
    short_for: list[tuple[Institution, Institution]] = []
    agreements, events = find_agreements(
        text, text_sentences, found, people, dates, reference, short_for
    )
    # "Nazrul University … ink MoU" over the story's "Jatiya Kabi Kazi Nazrul Islam
    # University": one organisation
    found = _written_in_full(found, agreements, events, short_for)
    involved = _involved(found, agreements, events, people)
    rows = signs(text, found, involved, agreements, events, people, text_sentences, tagged)
    model = model or shipped_model()
    about = listed_together(text, found, [model.probability(row) for row in rows], model.threshold)
    chosen, proposed = choose(found, about, agreements, model.threshold)
    agreement_rows = agreement_signs(text, proposed, found, about)
    chosen, agreements, kept_chances = keep(
        found, about, chosen, proposed, agreement_rows, keeper or shipped_keeper(),
        model.threshold,
    )  # fmt: skip
    if len(agreements) < len(proposed):
        # the signing ceremony of only what the keeper left out is none the story reports
        aside = [a for a in proposed if not any(a is k for k in agreements)]
        events = [
            e
            for e in events
            if e.kind != "signing ceremony"
            or not any(a.start <= e.start < a.end for a in aside)
            or any(a.start <= e.start < a.end for a in agreements)
        ]
    kept = agreements
    agreements = _dated_where_told_again(agreements, proposed)
    if areas_tagger is None:
        areas_tagger = shipped_areas_tagger()
    agreements = with_tagged_areas(
        text, agreements, areas_tagger, [(m.start, m.end) for i in found for m in i.mentions]
    )
    agreements = [_signed_once(a) for a in agreements]
    events = _placed(text, events, places_tagger or shipped_places_tagger())
    events = _dated_as_its_signings(text, events, agreements)
    # the proposals kept, as they now read (dated, with their areas): still the ones kept
    now = {id(before): after for before, after in zip(kept, agreements, strict=True)}
    proposed = [now.get(id(p), p) for p in proposed]
    # "MPGU signed the cooperation agreement with Ankara University" over a story whose
    # agreement was read with a body the choice of organisations left out ("While the
    # Committee of the Russian-Turkish Public Forum was at work in Ankara, …"): now of the
    # headline's parties, the headline's agreement
    agreements = headline_told_again(agreements, text)
    return Extraction(
        written, published, chosen, agreements, events, people, dates, found, rows, about,
        proposed, agreement_rows, kept_chances,
    )  # fmt: skip


def _written_in_full(
    found: list[Institution],
    agreements: list[Agreement],
    events: list[Event],
    short_for: list[tuple[Institution, Institution]],
) -> list[Institution]:
    """The organisations with each written short in a headline (`short_for`: the short and
    the full) made one with its full name: its mentions the full one's, and wherever it was
    a party or took part (in `agreements` and `events`, changed in place), the full one."""
    if not short_for:
        return found
    full_of = {id(short): full for short, full in short_for}
    for short, full in short_for:
        full.mentions = sorted([*full.mentions, *short.mentions], key=lambda m: m.start)
    for agreement in agreements:
        agreement.parties = _once([full_of.get(id(p), p) for p in agreement.parties])
    for event in events:
        event.participants = _once([full_of.get(id(p), p) for p in event.participants])
    return [i for i in found if id(i) not in full_of]


def _once(institutions: list[Institution]) -> list[Institution]:
    """Each organisation once, in order."""
    return list({id(i): i for i in institutions}.values())


def _signed_once(agreement: Agreement) -> Agreement:
    """The agreement with each signer once: a name the text spells a second way, a letter
    apart ("Jo Midgely" and "Jo Midgley"), is the same person's."""
    kept: list[Person] = []
    for person in agreement.signatories:
        key = name_key(person.name)
        if not any(_a_letter_apart(key, name_key(p.name)) for p in kept):
            kept.append(person)
    if len(kept) == len(agreement.signatories):
        return agreement
    return replace(agreement, signatories=kept)


def _a_letter_apart(one: str, other: str) -> bool:
    """Two names of eight letters or more the same but for two letters side by side swapped
    ("Midgely", "Midgley") or one letter doubled ("Philip", "Phillip"); not one letter
    another ("Zhang Wei" and "Zhang Wen" are two people)."""
    if one == other or min(len(one), len(other)) < 8 or abs(len(one) - len(other)) > 1:
        return False
    start = next((n for n, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), None)
    longer, shorter = (one, other) if len(one) > len(other) else (other, one)
    if len(one) != len(other):
        at = len(shorter) if start is None else start
        return at > 0 and longer[at] == longer[at - 1] and longer[at + 1 :] == shorter[at:]
    assert start is not None
    return (
        one[start : start + 2] == other[start : start + 2][::-1]
        and one[start + 2 :] == other[start + 2 :]
    )


def _name_span(text: str, person: Person) -> tuple[int, int]:
    """Where a person's name is written in their mention (after a title, say)."""
    at = text.find(person.name, person.start, person.end)
    return (at, at + len(person.name)) if at >= 0 else (person.start, person.end)


_SIGNED_NOW = ("signed", "renewed")


def _dated_as_its_signings(
    text: str, events: list[Event], agreements: list[Agreement]
) -> list[Event]:
    """The events the text gives no day of, in a story whose dated agreements were all signed
    on one day, dated that day: the occasion it reports ("The delegation's visit was crowned
    by a ceremony in the Aula. … signed on 12 May": the ceremony of the 12th). Not a visit of
    days, at another time or told before what was signed (`of_its_own_time`)."""
    # (signed in this story: not "first signed on 12 March 2015", nor one to be signed)
    days = {a.date for a in agreements if a.date is not None and a.status in _SIGNED_NOW}
    if len(days) != 1:
        return events
    day = days.pop()
    return [
        e if e.date is not None or of_its_own_time(text, e) else replace(e, date=day)
        for e in events
    ]


def _placed(text: str, events: list[Event], tagger: Tagger) -> list[Event]:
    """The events the rules read no place of (their "at …" or "in …"), with the first place
    the tagger reads in the sentence that tells of each ("…; the venue was Leeds Town
    Hall"); only those sentences are read."""
    placed = []
    read: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for event in events:
        if not event.place:
            where = (event.start, event.end)
            if where not in read:
                read[where] = tagger.phrases(text, *where)
            if read[where]:
                a, b = read[where][0]
                event = replace(event, place=text[a:b].strip(" ,.;:"))
        placed.append(event)
    return placed


# "memorundum", "memorendum", "memorandom", "memorundums": misspellings news prints
_MISSPELT_MEMORANDUM = re.compile(r"\bmemor(?:und|end)(?:um|ums|a)\b|\bmemorandom\b", re.IGNORECASE)


def _as_spelt(word: str) -> str:
    """A misspelt "memorandum" spelt right, letter for letter, in its case."""
    spelt = word[:5] + "and" + word[8:] if word[5:8].lower() in ("und", "end") else word[:8] + "um"
    return spelt.upper() if word.isupper() else spelt


def _dated_where_told_again(kept: list[Agreement], proposed: list[Agreement]) -> list[Agreement]:
    """ "PKU, Australia-China Council sign MOU" above "On April 27, Peking University
    Executive Vice President Wu Zhipan and Australia-China Council President Mark Wainwright
    put their signatures to a Memorandum …": an agreement the story reports, undated, told
    again with a date by a sentence the keeper left out (its parties and another named
    there) is of that date, and signed by whom that sentence says of its parties."""
    dated: list[Agreement] = []
    for agreement in kept:
        if agreement.date is None or not agreement.signatories:
            parties = {id(p) for p in agreement.parties}
            again = next(
                (
                    p
                    for p in proposed
                    if not any(p is k for k in kept)
                    and p.status == agreement.status
                    # (the same kind of document: not a research contract with a third)
                    and p.type == agreement.type
                    and parties <= {id(q) for q in p.parties}
                    # (dated, for an undated one; of its day, for a dated one, that gives
                    # who signed it)
                    and (
                        p.date is not None
                        if agreement.date is None
                        else p.date == agreement.date and bool(p.signatories)
                    )
                ),
                None,
            )
            if again is not None:
                signers = agreement.signatories or [
                    s
                    for s in again.signatories
                    if any(s.organisation in p.mentions for p in agreement.parties)
                ]
                agreement = replace(agreement, date=again.date, signatories=signers)
        dated.append(agreement)
    return dated


_UNIVERSITY_AFTER = re.compile(
    r"[ \t]+(?:Universit(?:y|ies|é|à|ät|at|as|i|et)|Universidad|Universidade|Üniversitesi)\b"
)
_BYLINE = re.compile(r"(?m)^[ \t]*(?:By|Por)[ \t]+[A-Z][^\n]{0,120}$")
_AGENCY_AFTER_PLACE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{2,40}(?:,[ \t]*[A-Z][\w .'’-]{1,30})?[ \t]*"
    r"\([^()\n]*\d[^()\n]*\)[ \t]*(?<![A-Z])([A-Z]{2,8})[ \t]*[-–—:]"
)


def _without_country_joined(text: str, mention: Mention) -> Mention:
    """ "… strengthens University of Newcastle-China relationship": a country joined to a
    name by a hyphen, before a word in lower case, is what the relationship is with, not a
    word of the name."""
    joined = _COUNTRY_JOINED.search(mention.text)
    if (
        joined is None
        or normalise(joined.group(1)) not in country_words()
        or not _LOWER_NEXT.match(text, mention.end)
    ):
        return mention
    end = mention.start + joined.start()
    return replace(mention, text=text[mention.start : end], end=end)


_COUNTRY_JOINED = re.compile(r"[-–]([A-Z][\w]+)$")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


def _quoted_epithets(
    text: str, mentions: list[Mention], resolver: Resolver | None
) -> list[Mention]:
    """ "the Central University "Marta Abreu" de Las Villas", "la Universidad Católica Boliviana
    “San Pablo”": a name with whom it honours in quotes, and where after, one name when the
    registry knows it whole."""
    if resolver is None:
        return mentions
    found = []
    for mention in mentions:
        quoted = _QUOTED_AFTER.match(text, mention.end)
        if quoted is not None:
            written = text[mention.start : quoted.end()]
            if resolver.resolve(written).chosen is not None:
                found.append(Mention(written, mention.start, quoted.end(), mention.how))
                continue
        found.append(mention)
    return found


_QUOTED_AFTER = re.compile(
    r"[ \t]*[\"“«][A-Z][^\"”»\n]{1,40}[\"”»]"
    r"(?:[ \t]+(?:de|del|of)(?:[ \t]+(?:la|las|los|el|the))?(?:[ \t]+[A-Z][\w-]*){1,3})?"
)


def _possessive_names(
    text: str, mentions: list[Mention], resolver: Resolver | None
) -> list[Mention]:
    """ "the National Research University's Higher School of Economics": one name the registry
    holds, written with a possessive inside ("National Research University Higher School of
    Economics"), not a university and a school."""
    if resolver is None:
        return mentions
    for mention in list(mentions):
        if mention not in mentions:
            continue  # (merged into one before it)
        after = _POSSESSIVE_THEN_WORDS.match(text, mention.end)
        if after is None:
            continue
        words_ = list(re.finditer(r"\S+", after.group(1)))
        for n in range(len(words_), 0, -1):
            end = after.start(1) + words_[n - 1].end()
            name = f"{mention.text} {text[after.start(1) : end]}"
            # (word for word: not "the Ministry of Education's Higher Education Directorate" as
            # the Ministry of Education and Higher Education)
            if any(
                normalise(written) == normalise(name)
                for position in resolver.full.get(name_key(name), ())
                for written in (resolver.entries[position].name, *resolver.entries[position].names)
            ):
                merged = Mention(text[mention.start : end], mention.start, end, "pattern")
                mentions = [m for m in mentions if m.end <= mention.start or m.start >= end] + [
                    merged
                ]
                mentions.sort(key=lambda m: m.start)
                break
    return mentions


def _possessed_units(text: str, mentions: list[Mention]) -> None:
    """ "Qatar Foundation's (QF) Pre-University Education (PUE)": a name the registry does not
    know, right after a known organisation's possessive, is that organisation's unit (its
    part, not a party of its own)."""
    ends = {m.end: m for m in mentions if m.key is not None}
    for owned in mentions:
        # (not a body of its own: "SOCAR's Baku Higher Oil School", "UT Austin's Teresa
        # Lozano Long Institute", "the University's Dyal Singh Evening College")
        if (
            owned.key is not None
            or owned.how == "acronym"
            or any(w.lower() in HEAD_WORDS | UNIT_HEADS for w in owned.text.split())
        ):
            continue
        between = _POSSESSIVE_BEFORE.search(text, max(0, owned.start - 16), owned.start)
        owner = ends.get(between.start()) if between is not None else None
        if owner is not None:
            owned.key, owned.confidence, owned.unit = owner.key, owner.confidence, owned.text


_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \t]+(?:\([A-Z]{2,8}\)[ \t]+)?$")
_NAME_WORD = r"(?:[A-Z][\w-]*|of|and|for|the|de)"
_POSSESSIVE_THEN_WORDS = re.compile(rf"['’]s[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,7}})")


def _without_parent_before(
    text: str, mentions: list[Mention], resolver: Resolver | None
) -> list[Mention]:
    """ "a delegation of the University of Lisbon, Instituto Superior Tecnico": the parent
    written before its unit, as in an address, where the registry holds the unit as a body
    of its own whose parent that is; the unit is the one named."""
    if resolver is None:
        return mentions
    dropped: set[int] = set()
    for before, after in itertools.pairwise(mentions):
        if (
            before.key is not None
            and after.key is not None
            and _ADDRESS_COMMA.fullmatch(text, before.end, after.start)
            and after.key in resolver.by_key
            and before.key in resolver.entries[resolver.by_key[after.key]].parents
        ):
            dropped.add(id(before))
    return [m for m in mentions if id(m) not in dropped]


_ADDRESS_COMMA = re.compile(r",\s*|\s+[–—-]\s+")


def _involved(
    found: list[Institution],
    agreements: list[Agreement],
    events: list[Event],
    people: list[Person],
) -> list[Institution]:
    """The organisations the story is about: parties, signatories' organisations, event
    participants. A text that reports none of these keeps every organisation it names."""
    keep: list[Institution] = []
    for agreement in agreements:
        keep += agreement.parties
        for person in agreement.signatories:
            keep += [i for i in found if person.organisation in i.mentions and not unit_like(i)]
    for event in events:
        keep += event.participants
    if not keep:
        return found
    return [i for i in found if any(i is k for k in keep)]


def as_json(extraction: Extraction) -> dict[str, Any]:
    """The extraction as `accord extract --json` prints it."""
    institutions_ = extraction.institutions

    def employer(person: Person) -> str | None:
        for inst in institutions_:
            if person.organisation is not None and person.organisation in inst.mentions:
                return inst.name
        return None

    listed = {id(inst) for inst in institutions_}
    return {
        "published": extraction.published.isoformat() if extraction.published else None,
        "institutions": [_institution(inst) for inst in institutions_],
        "agreements": [
            _agreement(agreement, institutions_, employer) for agreement in extraction.agreements
        ],
        "units": [
            {"name": m.unit, "institution": inst.name, "mentions": [[m.start, m.end]]}
            for inst in institutions_
            for m in inst.mentions
            if m.unit
        ],
        "events": [
            {
                "kind": event.kind,
                "date": event.date.isoformat() if event.date else None,
                "place": event.place,
                "participants": [p.name for p in event.participants if p in institutions_],
                "span": [event.start, event.end],
                "confidence": event.confidence,
            }
            for event in extraction.events
        ],
        # the agreements the rules read that the choice of agreements set aside (a background
        # sentence, a second telling, a party hardly named): a reviewer may still accept one;
        # their confidence is how likely the story reports them, by that choice
        "set_aside_agreements": [
            {
                **_agreement(agreement, institutions_, employer),
                "parties": [p.name for p in agreement.parties],
                "confidence": round(keeper_chance, 2),
            }
            for agreement, keeper_chance in zip(
                extraction.proposed, extraction.kept_chances, strict=True
            )
            if not any(agreement is kept for kept in extraction.agreements)
        ],
        # the organisations the text names that the story is not about, by the extractor's
        # choice: a reviewer may still add one; their confidence is how likely the story is
        # about them
        "named": [
            {**_institution(inst), "confidence": round(about, 2)}
            for inst, about in zip(extraction.found, extraction.about, strict=True)
            if id(inst) not in listed
        ],
    }


def _agreement(
    agreement: Agreement,
    institutions: list[Institution],
    employer: Callable[[Person], str | None],
) -> dict[str, Any]:
    return {
        "parties": [p.name for p in agreement.parties if p in institutions],
        "type": agreement.type,
        "areas": agreement.areas,
        "date": agreement.date.isoformat() if agreement.date else None,
        "signatories": [
            {"name": s.name, "title": s.title or None, "institution": employer(s)}
            for s in agreement.signatories
        ],
        "status": agreement.status,
        "aggregate": agreement.aggregate,
        "span": [agreement.start, agreement.end],
        "confidence": agreement.confidence,
    }


def _institution(inst: Institution) -> dict[str, Any]:
    return {
        "name": inst.name,
        "canonical": inst.canonical,
        "id": inst.key,
        "country": inst.country,
        "kind": inst.kind,
        "mentions": [list(span) for span in inst.spans],
        "confidence": round(inst.confidence, 2),
    }

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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from accord.core.text import fold
from accord.extraction.orgs import (
    CONNECTORS,
    DOMAIN_WORDS,
    HEAD_WORDS,
    NOT_NAME_WORDS,
    NOT_NAMES,
    UNIT_HEADS,
    UNITS_OF,
    Mention,
    Token,
    given_name_before,
    words,
)
from accord.extraction.text import given_name_short, sentences, whole_words
from accord.resolver.normalise import country_words, normalise

# Words titles are made of (lower case); "of", "the" and "and" may join them
TITLE_WORDS = frozenset(
    """president vice vp vc pvc dvc chancellor rector provost registrar dean director secretary
    chair chairman chairwoman chairperson ceo cfo cto coo manager managing senior general
    additional surveyor
    executive chief officer head deputy assistant associate minister ambassador consul
    principal member committee standing party council board governor mayor founder partner
    commissioner controller treasurer coordinator advisor adviser counsellor counselor regional
    superintendent inspector leader permanent acting interim pro magnificus emeritus
    rectora vicerrector vicerrectora decano decana directora secretaria presidente presidenta
    titular ministro ministra viceministro viceministra coordinadora subdirector subdirectora
    vicepresidente vicepresidenta vicecanciller vicecancillera nacional
    decana gerente jefe jefa secretario prorrector prorrectora canciller académico académica
    ejecutivo ejecutiva adjunto adjunta reitor reitora vice-reitor vice-reitora
    undersecretary alcalde alcaldesa concejal concejala consejero consejera gobernador
    gobernadora intendente intendenta empresario empresaria businessman businesswoman""".split()
)
HONORIFICS = frozenset(
    """prof professor dr mr mrs ms miss sir madam dame lord ir engr malam mallam hajiya alhaji
    alhaja hon rev dott ing sr sra dra lic licda mtro mtra arq assoc asst ts drs brig brigadier atty
    col colonel maj lt capt cdr cmdr commodore datuk dato datin haji hajah tun doctor doctora
    maestro maestra licenciado licenciada ingeniero ingeniera mag br fr encik puan cik
    tuan univ eng agr agrónomo agronomo agrónoma shri smt hab mgr inż inz cr cra cpn abog rndr
    phdr mudr judr mvdr paeddr doc mg gen academician fray sor engineer clinical profesor
    profesora excellency excelencia admiral khun ca""".split()
)
# Military ranks before a name, and how "retired" is written after them
_RANKS = frozenset(
    "brig brigadier col colonel maj gen lt capt cdr cmdr commodore air admiral".split()
)
_RETIRED = frozenset({"R", "r", "Retd", "retd", "Rtd"})
# Honorifics written in lower case after another: "Prof. Dr. ir. Jeroen Hoekstra"
# Honorifics written out in lower case before a name ("professor K. Zh. Zhoroev", "ingeniero
# agrónomo Martín …")
_SPELT_OUT_HONORIFICS = frozenset(
    """professor prof dr mr ms mrs doctor doctora ingeniero ingeniera licenciado licenciada
    doc maestro maestra profesor profesora academician""".split()
)
# (Polish degrees: "prof. dr hab. Tomasz Nowicki", "mgr inż.")
_LOWER_HONORIFICS = frozenset(
    "ir ing dr drs mr univ agrónomo agronomo agrónoma hab mgr inż inz doc".split()
)
# Honorifics' short forms that are also syllables of names (Chinese and Malay ones: "Tan Eng
# Chye", "Lee Hon Kit", "Tun"; and others: "Gen", "Mag", "Doc", "Sor", "Ing")
_NAME_SYLLABLES = frozenset("eng hon tun tuan gen mag doc sor ing".split())
_WORD_THEN_COMMA = re.compile(r"[^\W\d_]+,")
# Initials of names written in Cyrillic, in two Latin letters
_DIGRAPHS = frozenset("Ts Sh Kh Ch Zh".split())
# Russian given names written with two letters: "Yu." (Yuri), "Ya." (Yakov), "Ye." (Yevgeny)
_IOTATED = frozenset("Yu Ya Ye".split())
# Words inside a name, before the surname: "Hendrik-Jan de Vries", "Omar bin Abdullah"
PARTICLES = frozenset(
    "de van von der den da di del della la le bin binti bint al el ibn dos du ter ten y zu".split()
)
# Particles that go in twos inside a name: "de la Fuente", "de los Santos", "van der Berg"
_SECOND_PARTICLES = {"de": ("la", "las", "los"), "van": ("der", "den", "de"), "von": ("der",)}
# Words a title in lower case may start with when a name follows it, as newspapers write
# them ("registrar Dr. Rahul Joglekar", "vice-chancellor Prof. Meera Deshpande")
LOWER_TITLES = frozenset(
    """president vice chancellor rector provost registrar dean director secretary chairman
    chairperson minister commissioner principal governor mayor ambassador consul""".split()
)
# Words after which a title may be written in lower case: "the registrar", "el rector"
DETERMINERS = frozenset("the its his her their our el la los las su sus por del al".split())
_JOINERS = frozenset({"of", "the", "and", "for"})
# What a title may end in without "for" before it, as Canadian universities write them
_TITLE_TAILS = frozenset("academic international research external administration".split())
MAX_NAME_WORDS = 6
# Words of the regions a title may be for ("Managing Director, Asia Pacific South, …")
_REGIONS = frozenset(
    "asia pacific europe africa america americas middle north south east west central global"
    " region".split()
)


# "…, Jr.", " Sr." after a name
# (not "Maria Santos, Sr. Deputy Vice-Chancellor", "Ana García, Sr. Luis Gómez": a title, a
# "Señor" before the next name)
_GENERATION = re.compile(r",?\s+(Jr|Sr)\.?(?=\s*[,;)]|\s*$|\s+(?:and|y)\b)")


@dataclass
class Person:
    name: str
    title: str
    start: int  # the span of the whole mention (title and name)
    end: int
    organisation: Mention | None = None
    # "… welcomed his Egyptian counterpart, Prof. X": the one whose title X has at another
    # organisation
    counterpart_of: "Person | None" = None

    @property
    def surname(self) -> str | None:
        """The last word of a name of two or more ("McRobbie" of "Michael A. McRobbie"), the
        one a text may name the person by again."""
        words = self.name.split()
        return words[-1] if len(words) > 1 else None


# The kinds of place a title may be for, never a word of a person's name ("the Governor
# Bungoma County, H.E. Kenneth Lusaka")
_PLACE_KINDS = frozenset(
    "county province district prefecture municipality governorate oblast".split()
)


def _is_name_word(token: Token) -> bool:
    text = token.text
    lower = text.lower()
    return (
        text[:1].isupper()
        and lower not in TITLE_WORDS
        and lower not in HONORIFICS
        and lower not in HEAD_WORDS
        and lower not in _PLACE_KINDS
        and lower not in _JOINERS
        # ("President of X Signs Agreement with …": a title's verb, no name)
        and text not in NOT_NAME_WORDS
        and not (len(text) > 1 and text.isupper() and len(text) > 4)  # an acronym
    )


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words of one name or title: a space or a hyphen between them, or a dot after an
    initial or an honorific ("K. Rambabu", "Prof. Rajashekar") — not a sentence's end."""
    between = text[left.end : right.start]
    if between.startswith("."):
        # "K. Zh. Zhoroev", "A. T. Toktosunova": a two-letter initial after another initial
        digraph = (
            len(left.text) == 2
            and left.text[0].isupper()
            and left.text[1].islower()
            and re.search(r"\b[A-Z]\.\s?$", text[max(0, left.start - 3) : left.start]) is not None
        )
        # "Ts.Enkhjargal", "Sh. Toshpulatov": the initial of a name written in Cyrillic
        digraph = digraph or (
            left.text in _DIGRAPHS and (between == "." or text[left.start - 1 : left.start] == " ")
        )
        # "Rector Yu. S. Borovikov": a Russian given name's two letters, then another initial
        # (not "President Li Yu. The …", a name's end)
        digraph = digraph or (
            left.text in _IOTATED
            and len(right.text) == 1
            and right.text.isupper()
            and text[right.end : right.end + 1] == "."
        )
        return between in (". ", ".", ".\n") and (
            len(left.text) == 1
            or left.lower in HONORIFICS
            or given_name_short(text, left.start, left.end)
            or digraph
        )
    # (a blank line between: a heading, then a paragraph — "EN CHINA\n\nAurelio Padilla, …")
    return between in (" ", "-", "\n") or (between.strip() == "" and between.count("\n") < 2)


def find_people(
    text: str, mentions: list[Mention], tokens: list[Token] | None = None
) -> list[Person]:
    """Everyone named with a title, in text order; then where the text names them again
    (their whole name, or its last words: "Restrepo Vélez" for "Camilo Ernesto Restrepo
    Vélez"). `tokens` are the text's words, when the caller has them already."""
    if tokens is None:
        tokens = words(text)
    starts = [t.start for t in tokens]
    in_org = {  # the words inside organisation mentions
        k for m in mentions for k in range(bisect_left(starts, m.start), bisect_left(starts, m.end))
    }
    found: list[Person] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].text[:1].isupper() and tokens[i].lower not in TITLE_WORDS:
            i += 1  # a person's mention starts with a capital or a title
            continue
        person = (
            _title_then_name(text, tokens, i, in_org, mentions)
            or _title_comma_name(text, tokens, i, in_org, mentions)
            or _name_then_title(text, tokens, i, in_org, mentions)
            or _by_one_name(text, tokens, i, in_org, found)
            or _signed_by_one_name(text, tokens, i, in_org, found)
            or _title_one_name_signed(text, tokens, i, in_org)
            or _honoured_signer_for(text, tokens, i, in_org, mentions)
            or _honoured_name_of(text, tokens, i, in_org, mentions)
            or _counterpart(text, tokens, i, in_org, mentions, found)
            or _counterpart_after(text, tokens, i, in_org, mentions, found)
            or _untitled_signer(text, tokens, i, in_org, found)
        )
        # ("… Mexico's ambassador to South Africa. Speaking …, South Africa, Ambassador Fajer
        # Flores predicted …": a country is nobody's name)
        if person is not None and normalise(person.name) in country_words():
            person = None
        # ("… en el Centro Regional de Investigación INIA Raihuén": a title read inside a
        # name in capitals that no rule found, then one word, is no one's)
        if (
            person is not None
            and " " not in person.name
            and person.start == tokens[i].start
            and i > 0
            and text[tokens[i - 1].end : tokens[i].start] == " "
            and tokens[i - 1].text[:1].isupper()
            and tokens[i - 1].lower not in TITLE_WORDS
            and tokens[i - 1].lower not in HONORIFICS
            and i - 1 not in in_org
        ):
            person = None
        if person is None:
            i += 1
            continue
        # "XJTU President Wang Shuguo, VP Xi Guang, VP Yan Hong": one organisation for the list
        listed = (
            person.organisation is None
            and found
            and 0 < person.start - found[-1].end <= 6
            and re.fullmatch(r"\s*(?:,|and|, and)\s*", text[found[-1].end : person.start])
        )
        if listed:
            person.organisation = found[-1].organisation
        # "Dr. Daniel A. Ariaso, Sr.", "Victor C. Canezo, Jr.": the generation is the name's
        generation = _GENERATION.match(text, person.end)
        if generation is not None:
            person.name = f"{person.name} {generation.group(1)}."
            person.end = generation.end()
        # "Dr. Dompak Pasaribu S.E, M.Si": a degree after the name, more after it, no initials
        degree = _LAST_DEGREE.search(person.name)
        if degree is not None and _MORE_DEGREES.match(text, person.end):
            person.name = person.name[: degree.start()]
            person.end -= len(degree.group())
        # "Dr Marieke van Dijk, director of the Wageningen Centre for …, signed on behalf of
        # WUR", "the High Commissioner to Fiji, Grant Whitford, on behalf of MFAT": whom they
        # sign for, over where the title says they work
        after = _SIGNED_FOR.match(text, person.end)
        signed_for = _for_whom(text, mentions, after.end()) if after else None
        if signed_for is not None:
            person.organisation = signed_for
        elif person.organisation is None:
            person.organisation = _organisation_around(text, mentions, person) or _ministry_of(
                person.title, mentions
            )
        _same_as_before(person, found, listed=bool(listed))
        found.append(person)
        i = bisect_left(starts, person.end, lo=i)
    under_one = _named_under_one_title(text, [p for p in found if p.title], mentions)
    # ("Presidents Jane Roe and John Smith signed": the second under the title too)
    found = [
        p
        for p in found
        if p.title
        or not any(q.start <= p.start < q.end or p.start <= q.start < p.end for q in under_one)
    ] + under_one
    return _named_again(text, sorted(found, key=lambda p: p.start))


def _named_under_one_title(text: str, found: list[Person], mentions: list[Mention]) -> list[Person]:
    """Two people named after their title in the plural: "los rectores de ambas
    universidades, Manuel Torralbo, y Santos Guzmán", "the rectors of the two universities,
    A and B," — each with the title, their organisation not told."""
    people: list[Person] = []
    for match in _PLURAL_TITLE_NAMES.finditer(text):
        title = match.group(1).lower()
        singular = _SINGULAR.get(title, title[:-1])
        if text[match.end(1) : match.end(1) + 1] == "," and not _WHOSE_TITLES.search(
            text, max(0, match.start(1) - 40), match.start(1)
        ):
            continue  # "attended by deans, directors, Student Union Leaders and …": a list
        for group in (2, 3):
            start, end = match.span(group)
            if any(p.start <= start < p.end for p in found):
                continue
            # (not "the two rectors, Andrei Zverev and TSTU Rector Odiljon Rakhimov": one
            # named with a title of their own)
            if any(w.lower() in TITLE_WORDS for w in match.group(group).split()):
                continue
            people.append(Person(_clean_name(match.group(group)), singular, start, end))
    # "Los rectores de la UNAM y de la Universidad de Salamanca, Enrique Graue Wiechers y
    # Daniel Hernández Ruipérez respectivamente, firmaron": each of whose is named, in turn;
    # "A y B, rectores de la X y de la Y, respectivamente, …": the names first
    # (the groups of each pattern: the title, whose, the two names)
    for pattern, groups in (
        (_PLURAL_TITLE_RESPECTIVELY, (1, 2, 3, 4)),
        (_NAMES_THEN_TITLE_RESPECTIVELY, (3, 4, 1, 2)),
    ):
        for match in pattern.finditer(text):
            title_group, whose_group, *name_groups = groups
            title = match.group(title_group).lower()
            singular = _SINGULAR.get(title, title[:-1])
            # (an acronym in brackets after a name is the same body's)
            bodies = [
                m
                for m in mentions
                if match.start(whose_group) <= m.start < match.end(whose_group)
                and text[max(0, m.start - 1) : m.start] != "("
            ]
            for n, group in enumerate(name_groups):
                start, end = match.span(group)
                if any(p.start <= start < p.end for p in found + people):
                    continue
                of = bodies[n] if len(bodies) == 2 else None
                people.append(Person(_clean_name(match.group(group)), singular, start, end, of))
    # "Los rectores Alberto Edgardo Barbieri (UBA), José Narro (UNAM) y Marco Antonio Zago
    # (USP) firmaron": each name with whose acronym it is, in brackets
    for match in _PLURAL_TITLE_LIST.finditer(text):
        title = match.group(1).lower()
        singular = _SINGULAR.get(title, title[:-1])
        for one in _NAME_BRACKETED.finditer(text, match.end(1), match.end()):
            start, end = one.span(1)
            if any(p.start <= start < p.end for p in found):
                continue
            whose = next((m for m in mentions if m.start == one.start(2)), None)
            people.append(Person(_clean_name(one.group(1)), singular, start, end, whose))
    return people


_NAME = (
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de\s+|del\s+|la\s+|dos\s+|das\s+|da\s+|do\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+){1,4}"
)
# An honorific before one of the names after a plural title, with its article: "Dr.", "el
# Doctor"
_HONOURED = (
    r"(?:(?:(?:el|la|the)\s+)?(?:Dr|Prof|Dra|Doctor|Doctora|Professor|Profesor|Profesora)\.?\s+)?"
)
_PLURAL_TITLE_NAMES = re.compile(
    r"\b(?:(?:[Ll]os|[Ll]as|[Tt]he|[Bb]oth)\s+)?([Rr]ectores|[Rr]ectoras|[Pp]residentes|[Dd]ecanos|"
    r"[Dd]irectores|[Rr]ectors|[Pp]residents|[Vv]ice-[Cc]hancellors|deans|directors),?\s+"
    # ("… of the two universities, A and B"; "the universities' respective presidents, A and
    # B"; "Los rectores A y B firmaron"; each name may have where they are from in brackets:
    # "José Regidor (Canarias) y Rubén Zardoya (La Habana)")
    # ("Los rectores de esta casa de estudios, A, y de la UCR, B": whose each is, before)
    # ("los rectores de ambas instituciones ─Carlos Andradas (UIMP) y Li Li (…)─": the names
    # between dashes)
    r"(?:(?:de|of)\s+[^,.;\n─—–]{1,40}(?:,\s+|\s*[─—–]\s*))?"
    # (or whom they sign for after a comma: "los rectores A, por la UdeC, y B, por la UNKRIS")
    rf"{_HONOURED}({_NAME})"
    r"(?:\s*\([^()\n]{1,60}\)|,\s+(?:por|for)\s+[^,.;\n]{1,60})?,?\s+(?:y|and)\s+"
    r"(?:(?:de|of)\s+[^,.;\n]{1,40},\s+)?"
    rf"{_HONOURED}({_NAME})"
)
# Whose titles in the plural, before a comma and the names: "the universities' respective
# presidents, A and B", "los Rectores de ambas …"
# ("the two university Rectors, A and B")
_WHOSE_TITLES = re.compile(
    r"\b(?:respective|both|two|three|ambas|ambos|los|las|the)\s+(?:university\s+|universities['’]\s+)?$",
    re.IGNORECASE,
)
_PLURAL_TITLE_RESPECTIVELY = re.compile(
    r"\b(?:[Ll]os|[Ll]as|[Tt]he)\s+(rectores|rectoras|presidentes|decanos|directores|[Rr]ectors|"
    r"[Pp]residents|[Vv]ice-[Cc]hancellors|deans|directors)\s+((?:de|of)\s+[^.;\n]{1,200}?),\s+"
    rf"(?:(?:Dr|Prof|Dra)\.?\s+)?({_NAME}),?\s+(?:y|and)\s+(?:(?:Dr|Prof|Dra)\.?\s+)?({_NAME}),?\s+"
    r"(?:respectivamente|respectively)\b"
)
# "Los doctores A y B, rectores de la UASD y de la Universidad de Ankara, respectivamente,
# firmaron": the names, then their title in the plural and whose each is, in turn
_NAMES_THEN_TITLE_RESPECTIVELY = re.compile(
    r"(?:\b(?:[Ll]os|[Ll]as)\s+(?:doctores|doctoras|profesores|profesoras)\s+)?"
    rf"{_HONOURED}({_NAME}),?\s+(?:y|and)\s+{_HONOURED}({_NAME}),\s+"
    r"(rectores|rectoras|presidentes|decanos|directores|rectors|presidents|vice-chancellors|"
    r"deans|directors)\s+((?:de|of)\s+[^.;\n]{1,200}?),?\s+(?:respectivamente|respectively)\b"
    # (who then signed: not "Tras la reunión con A y B, decanos de …, respectivamente, los
    # rectores firmaron")
    r"(?=,?\s+(?:han\s+|ha\s+|have\s+)?(?:firmaron|firmado|suscribieron|suscrito|rubricaron|"
    r"rubricado|signed))"
)
_NAME_BRACKETED = re.compile(rf"({_NAME})\s*\(([A-Z][\w&-]{{1,12}})\)")
_PLURAL_TITLE_LIST = re.compile(
    r"\b(?:[Ll]os|[Ll]as|[Tt]he)\s+(rectores|rectoras|presidentes|rectors|presidents|"
    r"vice-chancellors)\s+"
    rf"{_NAME}\s*\([^()]{{1,14}}\)(?:,\s*{_NAME}\s*\([^()]{{1,14}}\))*,?\s+(?:y|and)\s+"
    rf"{_NAME}\s*\([^()]{{1,14}}\)"
)
_SINGULAR = {"rectores": "rector", "rectoras": "rectora", "presidentes": "presidente",
             "decanos": "decano", "directores": "director"}  # fmt: skip


_PATRONYMIC = re.compile(r"(?:vich|vna|ovna|evna|ich)$")


def _same_as_before(person: Person, found: list[Person], *, listed: bool = False) -> None:
    """A name that is the last words of a name met before is that person ("el rector
    Restrepo Vélez" after "Camilo Ernesto Restrepo Vélez"), working where the text said
    before (over the organisation of the one `listed` right before them)."""
    own = person.name.split()

    def same(earlier: Person) -> None:
        if listed and earlier.organisation is not None:
            person.organisation = earlier.organisation
        person.organisation = person.organisation or earlier.organisation

    for earlier in reversed(found):
        if earlier.name == person.name:
            # "Rector Zhanat Seitkali" again: where the first mention said they work
            same(earlier)
            return
        words_before = earlier.name.split()
        # "B. Rakhimov" after "Bakhodir Rakhimov": an initial and the surname
        initial = (
            len(own) == 2
            and (len(own[0].rstrip(".")) == 1 or own[0].rstrip(".") in _DIGRAPHS)
            and len(words_before) >= 2
            and words_before[-1] == own[1]
            and words_before[0].startswith(own[0].rstrip("."))
            and len(words_before[0]) > 2
        )
        # "Ye.K. Sadykov", "Yu. S. Borovikov" after "Yerlan Kuanyshbayevich Sadykov": the
        # initials of the given name and the patronymic, and the surname
        initial = initial or _initials_of(own, words_before)
        # "Rector Cojocaru-Rusu" after "Valeriu Cojocaru-Rusu": a family name of two joined
        double = len(own) == 1 and "-" in own[0]
        # "Vice-Rector Sergey Vorontsov" after "Sergey Aleksandrovich Vorontsov": without the
        # patronymic
        patronymic = (
            len(own) == 2
            and len(words_before) == 3
            and _PATRONYMIC.search(words_before[1]) is not None
            and [words_before[0], words_before[2]] == own
        )
        # "Jeffrey Tsai" and "Jeffrey J.P. Tsai": one with the initials of middle names, the
        # other without (the fuller name for both)
        if _without_initials(own) == words_before and len(own) > len(words_before):
            for other in found:
                if other.name == earlier.name:
                    other.name = person.name
            same(earlier)
            return
        if (
            initial
            or patronymic
            or _without_initials(words_before) == own
            or (
                (len(own) >= 2 or double)
                and len(words_before) > len(own)
                and words_before[-len(own) :] == own
            )
        ):
            person.name = earlier.name
            same(earlier)
            return


def _initials_of(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` with its first words as initials, dotted ("Ye.K. Sadykov",
    "Yu. S. Borovikov" of "Yerlan Kuanyshbayevich Sadykov", "Yuri Sergeyevich Borovikov")."""
    if len(short) < 2 or len(full) < 3 or short[-1] != full[-1]:
        return False
    letters = [p for w in short[:-1] for p in w.split(".") if p]
    if not all(w.endswith(".") for w in short[:-1]) or len(letters) != len(full) - 1:
        return False
    return all(
        len(p) <= 2 and p[0].isupper() and f.startswith(p) and len(f) > len(p)
        for p, f in zip(letters, full[:-1], strict=True)
    )


def _without_initials(name: list[str]) -> list[str]:
    """A name's words without the initials between its first and last ("J.P.", "F.")."""
    if len(name) < 3:
        return name
    middle = [w for w in name[1:-1] if not _INITIALS.fullmatch(w)]
    return [name[0], *middle, name[-1]]


_INITIALS = re.compile(r"(?:[A-Z]\.?-?){1,3}")


def _named_again(text: str, found: list[Person]) -> list[Person]:
    """The people found, and every later place the text gives one's whole name (or its last
    two words or more) without a title ("The document was signed by Aigerim Sadykova"): the
    same person, title and organisation."""
    taken = [(p.start, p.end) for p in found]
    again: list[Person] = []
    for person in found:
        parts = person.name.split()
        forms = {" ".join(parts[k:]) for k in range(len(parts) - 1)}
        if len(parts) == 3 and _PATRONYMIC.search(parts[1]):
            forms.add(f"{parts[0]} {parts[2]}")  # "Alexei Vorontsov": without the patronymic
        if len(parts) == 3 and _PATRONYMIC.search(parts[2]):
            forms.add(f"{parts[0]} {parts[1]}")  # "Mamytov Bakyt" for "Mamytov Bakyt …ovich"
        for form in sorted(forms, key=len, reverse=True):
            for start, end in whole_words(text, form):
                if start < person.start or any(a <= start < b for a, b in taken):
                    continue
                taken.append((start, end))
                again.append(
                    Person(
                        name=person.name,
                        title=person.title,
                        start=start,
                        end=end,
                        organisation=person.organisation,
                    )
                )
    return sorted(found + again, key=lambda p: p.start)


# Words of a field a title may begin with ("research director", "Technical Director")
_FIELDS_BEFORE_TITLES = ("research", "academic", "scientific", "technical", "programme",
                         "program", "project", "marketing", "sales", "operations")  # fmt: skip


def _title_at(tokens: list[Token], j: int) -> bool:
    """Whether a title, in any case, begins at token j ("director", "research director")."""
    return j < len(tokens) and (
        _is_title(tokens[j], lower_ok=True)
        or (
            tokens[j].lower in _FIELDS_BEFORE_TITLES
            and j + 1 < len(tokens)
            and _is_title(tokens[j + 1], lower_ok=True)
        )
    )


def _is_title(token: Token, lower_ok: bool) -> bool:
    return token.lower in TITLE_WORDS and (
        token.text[:1].isupper() or lower_ok or token.lower == "vp"
    )


def _title_run(
    text: str,
    tokens: list[Token],
    i: int,
    *,
    lower_ok: bool = False,
    liberal: bool = False,
    in_org: set[int],
) -> int:
    """The end of a title starting at i ("Vice Chancellor and Chief Executive Officer",
    "Vice-Rector for International Affairs", "Deputy Vice-Chancellor: Research and
    Innovation"), or i when there is none. `lower_ok`: its words may be in lower case ("the
    registrar"); `liberal`: any capitalised words may say what it is about (where a comma, not
    a name, ends it)."""
    j = i
    while j < len(tokens):
        lower = tokens[j].lower
        if _admiral(tokens, j):
            break  # "Vice Admiral (R) Muhammad Shafique": a rank, not a title
        # "First Vice-Rector", "Second Secretary": an ordinal before a title
        # (and a field before it: "research director", "Academic Director")
        ordinal = (
            j == i
            and lower in ("first", "second", "executive", "high", *_FIELDS_BEFORE_TITLES)
            and j + 1 < len(tokens)
            and _is_title(tokens[j + 1], lower_ok)
        )
        # "Resident Representative", "Chief Representative", "Country Representative"
        represents = (
            tokens[j].text == "Representative"
            and j > i
            and tokens[j - 1].lower in ("resident", "chief", "country")
        ) or (
            j == i
            and tokens[j].text in ("Resident", "Country")
            and j + 1 < len(tokens)
            and tokens[j + 1].text == "Representative"
        )
        if (
            ordinal
            or represents
            or _is_title(tokens[j], lower_ok)
            or (
                lower in _JOINERS
                and j > i
                and j + 1 < len(tokens)
                and (_is_title(tokens[j + 1], lower_ok) or tokens[j + 1].lower in _JOINERS)
            )
        ):
            j += 1
        else:
            break
        # ("President & Vice-Chancellor": two titles joined by "&")
        if (
            j < len(tokens)
            and j > i
            and not _joined(text, tokens[j - 1], tokens[j])
            and not (
                text[tokens[j - 1].end : tokens[j].start] == " & "
                and _is_title(tokens[j - 1], lower_ok)
                and _is_title(tokens[j], lower_ok)
            )
        ):
            break
    while j > i and tokens[j - 1].lower in _JOINERS:
        j -= 1
    if j == i or j >= len(tokens):
        return j
    if (
        _NATIONALITY_AFTER.fullmatch(tokens[j].text)
        and j + 1 < len(tokens)
        and tokens[j + 1].text[:1].isupper()
        and _joined(text, tokens[j - 1], tokens[j])
    ):
        # "la viceministra cubana Aurora Fernández", "el embajador chino Li Wei": where the
        # title's holder is from, after the title
        return j + 1
    return _subject(text, tokens, j, liberal=liberal, in_org=in_org)


# A Spanish adjective of nationality in lower case: "cubana", "chino", "mexicanos",
# "estadounidense", "francés"
_NATIONALITY_AFTER = re.compile(
    r"[a-záéíóúñ]{2,}(?:an[oa]s?|in[oa]s?|es[ao]s?|eñ[oa]s?|ense|ic[oa]s?|és|és)"
)


def _subject(text: str, tokens: list[Token], j: int, *, liberal: bool, in_org: set[int]) -> int:
    """After a title's words: what it is about, if anything ("for International Affairs",
    ": Technology", "(Crops)"); the end of the title."""
    between = text[tokens[j - 1].end : tokens[j].start]
    k = j
    if between.strip() == "(":
        # "(Crops)", "(human resources)", "(Global Partnerships)": whatever the bracket holds
        close = text.find(")", tokens[j].start, tokens[j].start + 70)
        end = j
        while close > 0 and end < len(tokens) and tokens[end].end <= close:
            end += 1
        inside = text[tokens[j].start : close]
        mentioned = any(k in in_org for k in range(j, end))  # "(UTM)": an organisation
        # "(Crops)", "(Research, Innovation and Commercialization)"; not "(UTM, Malaysia)"
        listed = "," in inside and re.search(r"\band\b", inside) is not None
        plain = not re.search(r"[(,]", inside) or listed
        return end if close > 0 and not mentioned and plain else j
    if between.strip() in (":", "-", "–") and between != "-":  # "Head - Learning and …"
        pass
    elif between.strip() == "" and tokens[j].lower in ("for", "of", "de"):
        k = j + 1
        while k < len(tokens) and tokens[k].lower in ("the", "la", "el"):
            k += 1
    elif liberal and between == " " and tokens[j].lower == "to" and j + 1 < len(tokens):
        k = j + 1  # "High Commissioner to Fiji, Grant Whitford"
    elif (
        between == " "
        and tokens[j].lower in _TITLE_TAILS
        and tokens[j].text[:1].isupper()
        and j + 2 < len(tokens)
        and all(_is_name_word(t) for t in tokens[j + 1 : j + 3])
    ):
        return j + 1  # "Provost and Vice-President Academic Daniel Okafor"
    elif (
        liberal
        and between == " "
        and tokens[j].text[:1].isupper()
        and tokens[j].lower not in HONORIFICS
        and j not in in_org
    ):
        k = j  # "Pro Vice-Chancellor Pacific, Dr Mele Tuilagi": what the title is for
    else:
        return j
    end = k
    # "vice-rector for science Dr. …": a title in lower case, its subject too
    lower = tokens[j - 1].text.islower() and tokens[j].lower == "for"
    while end < len(tokens):
        if end in in_org:
            # "the Dean of UGM's Faculty of Medicine, …": an organisation's possessive inside
            # what the title is about
            past = end
            while past < len(tokens) and past in in_org:
                past += 1
            if not (
                liberal
                and past < len(tokens)
                and re.match(r"['’]s\s+$", text[tokens[past - 1].end : tokens[past].start])
                and tokens[past].lower in UNITS_OF
            ):
                break
            end = past + 1  # the organisation, its "'s" and the word after it
            continue
        token = tokens[end]
        gap = text[tokens[end - 1].end : token.start] if end > k else ""
        # "Research, Innovation and Engagement": a comma only inside a list closed by "and"
        # "Research, Community Service, Cooperation and Alumni": items of up to three words
        # between commas, the list closed by "and"
        listed = (
            gap.strip() == ","
            and token.lower not in HONORIFICS
            and any(
                tokens[k].lower in ("and", "y", "e")
                and k + 1 < len(tokens)
                and tokens[k + 1].lower not in HONORIFICS  # not ", and Prof. Dr. …"
                and tokens[k + 1].text[:1].isupper()  # not "…, Marco Ferretti, and by …"
                for k in range(end + 1, min(end + 4, len(tokens)))
            )
        )
        if (
            (token.text[:1].isupper() or (lower and token.lower in DOMAIN_WORDS))
            and (liberal or token.lower in DOMAIN_WORDS)
            and (gap.strip() in ("", "-") or listed)
        ):
            end += 1
            continue
        # "el presidente de la Universidad platense, Carlos Montenegro": an adjective after a
        # word bodies are named with, then the name
        if (
            liberal
            and end > k
            and token.text.isalpha()
            and token.text.islower()
            and tokens[end - 1].lower in HEAD_WORDS
            and gap.strip() == ""
            and text[token.end : token.end + 1] == ","
        ):
            end += 1
            continue
        if (
            end > k
            # ("the Consul General of Italy in Karachi, Danilo Giurdanella": where the office
            # is, after whose it is)
            and (token.lower in ("and", "of", "de", "y", "e") or (liberal and token.lower == "in"))
            and end + 1 < len(tokens)
            and end + 1 not in in_org
            and tokens[end + 1].text[:1].isupper()
            and tokens[end + 1].lower not in HONORIFICS
            and (liberal or tokens[end + 1].lower in DOMAIN_WORDS)
            # ", and Liu Bo, Chief Executive …" begins another person
            and (
                gap.strip() == "" or (gap.strip() == "," and tokens[end + 1].lower in DOMAIN_WORDS)
            )
        ):
            end += 1
            continue
        # "vice-rector for research and creation, Dr. …": a subject in lower case, its last
        # word after "and" right before the comma that ends the title
        if (
            lower
            and end > k
            and token.lower in ("and", "y")
            and gap.strip() == ""
            and end + 1 < len(tokens)
            and tokens[end + 1].text.isalpha()
            and tokens[end + 1].text.islower()
            and text[tokens[end + 1].end : tokens[end + 1].end + 1] == ","
        ):
            end += 2
            continue
        break
    return j if end == k else end


def _name_run(text: str, tokens: list[Token], i: int, in_org: set[int]) -> int:
    """The end of a person's name starting at i: capitalised words, with particles ("de",
    "van", "bin") before a last capitalised one."""
    j = i
    while j < len(tokens) and j - i < MAX_NAME_WORDS and j not in in_org:
        token = tokens[j]
        particle = (
            j > i
            and token.lower in PARTICLES
            and j + 1 < len(tokens)
            # "Nurul Aini binti Haji Yusof": a father's title is part of the name
            and (
                _is_name_word(tokens[j + 1])
                or (
                    token.lower in ("bin", "binti", "bint", "ibn")
                    and tokens[j + 1].lower in ("haji", "hajah")
                )
                # "Juan Ramón de la Fuente", "Jorge de los Santos", "Anne van der Berg"
                or (
                    tokens[j + 1].lower in _SECOND_PARTICLES.get(token.lower, ())
                    and j + 2 < len(tokens)
                    and _is_name_word(tokens[j + 2])
                    and j + 2 not in in_org
                )
            )
            and j + 1 not in in_org
            # ("Ortega y Gasset", one surname after "y"; not "Garza Salazar y Antonio Dieck,
            # Rector de la UDEM": two people)
            and not (
                token.lower == "y"
                and j + 2 < len(tokens)
                and _is_name_word(tokens[j + 2])
                and _joined(text, tokens[j + 1], tokens[j + 2])
            )
        )
        # (the second particle of two)
        particle = particle or (
            j > i + 1
            and token.lower in _SECOND_PARTICLES.get(tokens[j - 1].lower, ())
            and j + 1 < len(tokens)
            and _is_name_word(tokens[j + 1])
            and j + 1 not in in_org
        )
        # "… binti Haji Yusof": the honorific after the particle, then the name goes on
        father = j > i and token.lower in ("haji", "hajah") and tokens[j - 1].lower in PARTICLES
        # "President ISHIDA Masahiro": a family name in capitals, the given name after it
        capitals = (
            j == i
            and token.text.isupper()
            and token.text.isalpha()
            and len(token.text) > 1
            and j + 1 < len(tokens)
            and tokens[j + 1].text[:1].isupper()
            and tokens[j + 1].text[1:].islower()
        )
        # "Chia-hsin", "Jung-ho": a given name's second syllable after a hyphen
        syllable = j > i and token.text.isalpha() and text[tokens[j - 1].end : token.start] == "-"
        # "Murat KILIÇ": a family name in capitals after the given name
        # ("Hicham EL HABTI": and another after it)
        family = j not in in_org and (
            (j == i + 1 and given_name_before(text, tokens, j))
            or (
                j > i + 1
                and token.text.isupper()
                and token.text.isalpha()
                and tokens[j - 1].text.isupper()
                and given_name_before(text, tokens, i + 1)
            )
        )
        # "Tan Eng Chye", "Lee Hon Kit": a syllable of a name that is also an honorific's
        # short form, inside the name (no dot after it, a name's word after it)
        syllable = (
            syllable
            or (
                j > i
                and token.lower in _NAME_SYLLABLES
                and token.text[1:].islower()
                and text[token.end : token.end + 1] != "."
                and (
                    (
                        j + 1 < len(tokens)
                        and _is_name_word(tokens[j + 1])
                        and text[token.end : tokens[j + 1].start] == " "
                    )
                    # ("Professor Rocky Tuan, Vice-Chancellor of CUHK": the family name, last)
                    or text[token.end : token.end + 1] in (",", ")")
                )
            )
        )
        if not (_is_name_word(token) or particle or syllable or father or capitals or family):
            break
        if j > i and not _joined(text, tokens[j - 1], token):
            break
        # "Sharipov D.M. visited", "Mamasaliev Zh.T. Following": a family name, then its
        # initials written together; the name ends with them
        if (
            j - i >= 3
            and len(tokens[j - 1].text) <= 2
            and len(tokens[j - 2].text) <= 2
            and text[tokens[j - 2].end : tokens[j - 1].start] == "."
            and text[tokens[j - 1].end : token.start].startswith(". ")
            and any(len(t.text) > 2 for t in tokens[i : j - 2])
            # (not "Jeffrey J.P. Tsai, the Principal …": a given name, its initials, then the
            # family name before a comma)
            and not (
                _WORD_THEN_COMMA.match(text, token.start, token.end + 1)
                and token.lower not in NOT_NAMES
                and token.text[1:].islower()
            )
        ):
            break
        j += 1
    return j


def _admiral(tokens: list[Token], i: int) -> bool:
    """Whether the word at i begins the rank "Vice Admiral" or "Rear Admiral"."""
    return (
        tokens[i].lower in ("vice", "rear")
        and i + 1 < len(tokens)
        and tokens[i + 1].lower == "admiral"
    )


def _honorifics(tokens: list[Token], i: int) -> int:
    """The first word after the honorifics and ranks at i: "Prof. Dr. ir.", "Associate
    Professor", "Brig (R)"."""
    start = i
    while i < len(tokens):
        token = tokens[i]
        honorific = (
            token.lower in HONORIFICS
            and (
                token.text[:1].isupper()
                or (i > start and token.lower in _LOWER_HONORIFICS)
                # "rector of Osh State University professor K. Zh. Zhoroev"
                or (
                    token.lower in _SPELT_OUT_HONORIFICS
                    and tokens[i + 1 : i + 2] != []
                    # "professor K. Zh. Zhoroev", "prof.dr.ir. Hans Vermeulen"
                    and (tokens[i + 1].text[:1].isupper() or tokens[i + 1].lower in HONORIFICS)
                )
            )
        )
        rank = (
            (
                token.lower in ("associate", "assistant")
                and tokens[i + 1 : i + 2] != []
                and (tokens[i + 1].lower in ("professor", "prof"))
            )
            or _admiral(tokens, i)  # "Vice Admiral (R) Muhammad Shafique", "Rear Admiral"
        )
        retired = i > start and token.text in _RETIRED and tokens[i - 1].lower in _RANKS
        # "Dra. C. Yamila Fonseca": a doctor of sciences, as Cuba writes it
        sciences = i > start and token.text == "C" and tokens[i - 1].lower in ("dr", "dra")
        # Malaysian honours: "Tan Sri Dr. Rahim Osman", "Dato' Sri", "Puan Sri"
        sri = (token.lower in ("tan", "puan") and tokens[i + 1 : i + 2] != []) and tokens[
            i + 1
        ].lower in ("sri", "seri")
        # "H.E. Khalid Al Nuaimi": His (or Her) Excellency
        excellency = (
            token.text == "H"
            and tokens[i + 1 : i + 2] != []
            and tokens[i + 1].text == "E"
            and tokens[i + 1].start == token.end + 1
        )
        # "…, el doctor Qiu Yong": the article before an honorific spelt out
        article = (
            i == start
            and token.text in ("el", "la")
            and tokens[i + 1 : i + 2] != []
            and tokens[i + 1].lower in _SPELT_OUT_HONORIFICS
            and tokens[i + 2 : i + 3] != []
            and tokens[i + 2].text[:1].isupper()
        )
        if sri or excellency:
            i += 1
        elif article or (
            token.lower in ("sri", "seri")
            and i > start
            and tokens[i - 1].lower
            in (
                "dato",
                "datuk",
            )
        ):
            pass
        elif not (honorific or rank or retired or sciences):  # "Brig (R) Asif Mehmood": retired
            break
        i += 1
    return i


# what a place's name follows, never a person's
_PLACE_BEFORE = frozenset("at in inside near en".split())


def _rank_before_name(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the words at `i` are honorifics of more than one word, a rank, right before a
    name ("Associate Professor Ruth Herrero Martin"; not "…, associate professor, China
    Medical University")."""
    end = _honorifics(tokens, i)
    return (
        end > i + 1
        and end < len(tokens)
        and text[tokens[end - 1].end : tokens[end].start] in (" ", ". ")
        and tokens[end].text[:1].isupper()
    )


def _lower_ok(tokens: list[Token], i: int) -> bool:
    """A title may be in lower case after "the", "its", "el"… ("the Kenyan director"), or
    when it starts with a word that is nothing but a title ("registrar Dr. Rahul Joglekar":
    a name must still follow it)."""
    return (
        tokens[i].lower in LOWER_TITLES
        or (i > 0 and tokens[i - 1].lower in DETERMINERS)
        or (i > 1 and tokens[i - 2].lower in DETERMINERS and tokens[i - 1].text[:1].isupper())
    )


def _organisation_before(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """An organisation named right before a title ("CUET Vice Chancellor", "KALRO's Deputy
    Director", "for IPB University by its Vice Rector")."""
    for mention in mentions:
        gap = text[mention.end : position]
        if 0 <= position - mention.end <= 3 and re.fullmatch(r"\s?(?:['’]s\s)?", gap):
            return mention
        # "the UVAS' VC": the possessive of a name ending in "s"
        if mention.text.endswith(("s", "S")) and gap in ("’ ", "' "):
            return mention
        # "with the UoE, VC, Prof Dr …": the organisation, a comma, its officer's title
        if gap == ", " and re.search(r"\bwith\s+(?:the\s+)?$", text[: mention.start]):
            return mention
        # "signed for IPB University by its Vice Rector …"
        if 0 <= position - mention.end <= 12 and re.fullmatch(r"\s+by\s+its\s+", gap):
            return mention
    return None


def _organisation_around(text: str, mentions: list[Mention], person: Person) -> Mention | None:
    """Where a person named without their organisation works, from what is written around
    them: the delegation they lead, whom they signed for ("Prof. Alan McGregor, …, signed
    for the University of Glasgow", "…, who put pen to paper for Stavanger"), or the
    organisation right before ("Kyungpook National University (KNU, President Park
    Seong-jin)", "while Hawassa University was represented by its Vice President …", "The
    signature for Uniandes was that of its vice-rector …")."""
    led = _delegation_of(text, mentions, person.start)
    if led is not None:
        return led
    # "Dr. Goitom Tegegn, Director General, Head of International Relations at the Mekelle
    # University": a second title, then where it is held
    second = next(
        (
            m
            for m in mentions
            if person.end <= m.start <= person.end + 100
            and (title := _SECOND_TITLE_AT.fullmatch(text, person.end, m.start)) is not None
            and title.group(1).lower() in TITLE_WORDS
            # (a body, not a unit: not "…, Dean of the College of Computer Science")
            and m.text.split()[0].lower() not in UNIT_HEADS
        ),
        None,
    )
    if second is not None:
        return second
    after = _SIGNED_FOR.match(text, person.end)
    signed_for = _for_whom(text, mentions, after.end()) if after else None
    if signed_for is not None:
        return signed_for
    return next(
        (
            m
            for m in mentions
            if m.end <= person.start
            and (
                _BRACKETED_HEAD.fullmatch(text, m.end, person.start)
                or _REPRESENTED_BY.fullmatch(text, m.end, person.start)
            )
        ),
        None,
    )


_SECOND_TITLE_AT = re.compile(
    r",\s*([A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|of|for|and|&))*\s+(?:at|of)\s+(?:the\s+)?"
)


def _delegation_of(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """The organisation whose delegation a person leads: "a delegation of Nanjing University
    (NJU) headed by Vice President Prof. Zhou Lianhe", "a team from KFU, Russia, led by …"."""
    if not LED_BY.search(text, max(0, position - 24), position):
        # "headed by the Chairman of the Management Board - Rector, …": a title begun before
        led = _LED_BY_TITLE.search(text, max(0, position - 60), position)
        if led is None:
            return None
        position = led.start() + len(led.group(1))
    for mention in reversed(mentions):
        if mention.end > position or position - mention.end > 80:
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        between = text[mention.end : position]
        if _DELEGATION_OF.search(before) and _THEN_LED_BY.fullmatch(between):
            return mention
        # "during a visit by a JYU delegation led by Rector …"
        if _ITS_DELEGATION.fullmatch(between):
            return mention
    return None


_ITS_DELEGATION = re.compile(
    r"['’]?s?\s+(?:delegation|team)\s+(?:led|headed)\s+by\s+(?:its\s+|the\s+)?",
    re.IGNORECASE,
)


def _org_word_then_name(text: str, run: list[Token], mentions: list[Mention]) -> Person | None:
    """ "… of Rosatom Tatyana Melnikova": one word the text names an organisation by
    elsewhere, then a name of two words (the title is filled in by the caller)."""
    if not (
        len(run) == 3
        and all(t.text[:1].isupper() for t in run)
        and _is_name_word(run[1])
        and _is_name_word(run[2])
        and run[0].lower not in HEAD_WORDS
        and not any(run[0].start <= m.start < run[2].end for m in mentions)
        and len(list(whole_words(text, run[0].text))) > 1
        and not re.match(r"\s*,", text[run[2].end :])
    ):
        return None
    return Person(
        name=_clean_name(text[run[1].start : run[2].end]),
        title="",
        start=run[0].start,
        end=run[2].end,
        organisation=_for_whom(text, mentions, run[0].start),
    )


_SIGNS_FOR = re.compile(
    # ("Professor Alexander Wai (middle) signs the agreements for HKBU": a photo's caption)
    r"(?:\s*\((?:left|right|middle|centre|center|front|seated|(?:second|third) from "
    r"(?:left|right))\))?"
    r"\s+(?:also\s+)?(?:signed|signs|initial(?:l)?ed|inked)\s+"
    r"(?:the\s+(?:two\s+|three\s+)?\w+\s+)?(?:for|on behalf of)\s+(?:the\s+)?"
)


def _for_whom(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """The organisation named at `position`: a mention there, or one word there that is the
    telling word of an organisation named before ("for Stavanger", "on behalf of
    Kyungpook")."""
    there = next((m for m in mentions if m.start == position), None)
    if there is not None:
        return there
    word = re.match(r"[A-Z][\w'’-]+", text[position:])
    if word is None:
        return None
    return next(
        (
            m
            for m in mentions
            if m.end <= position
            and word.group() in m.text.split()
            and word.group().lower() not in HEAD_WORDS | CONNECTORS
        ),
        None,
    )


_SIGNED_FOR = re.compile(
    r"(?:[^.;]{0,60}?\b(?:signed|put pen to paper|inked)(?:\s+(?:the|all|both)\s+[\w\s]{0,30}?)?"
    r"\s+(?:on behalf of|for)|\s*,\s*on behalf of)\s+(?:the\s+)?"
    # "…, en representación del rector general de la UNAL"
    r"|[^.;,]{0,40}?,\s*en (?:nombre|representación) (?:de la|del?)\s+"
    r"(?:(?:rector|rectora|presidente|presidenta|director|directora)(?:\s+general)?\s+"
    r"(?:de la|del?)\s+)?"
)
_BRACKETED_HEAD = re.compile(r"\s*\(\s*(?:[A-Z][\w&-]{1,12}\s*,\s*)?")
_REPRESENTED_BY = re.compile(
    r"\s+(?:was|is|were|are)\s+(?:represented\s+by|that\s+of|those\s+of)\s+"
    r"(?:its\s+|their\s+|the\s+)?",
    re.IGNORECASE,
)
# "… headed by", "… encabezada por": who leads what was just named comes next
LED_BY = re.compile(
    r"\b(?:headed|led|chaired)\s+by\s+(?:its\s+|the\s+)?$|"
    r"\bencabezad[ao]\s+por\s+(?:el\s+|la\s+|su\s+)?$",
    re.IGNORECASE,
)
_LED_BY_TITLE = re.compile(
    r"(\b(?:headed|led|chaired)\s+by\s+(?:its\s+|the\s+)?)(?:[A-Z][\w-]*\s+|(?:of|the)\s+)+"
    r"(?:[–—-]\s+)?$"
)
_DELEGATION_OF = re.compile(
    r"\b(?:delegation|team|group|mission|delegación|comitiva)\s+(?:of|from|de|del)\s+"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.IGNORECASE,
)
# what comes between the organisation and "headed by": its acronym, its country, its size
_THEN_LED_BY = re.compile(
    # ("… (SamDU) of Uzbekistan headed by")
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:of|from|in)\s+[A-Z][\w'-]{1,30})?"
    r"(?:,?\s*[A-Z][\w .'-]{1,30},)?\s*(?:\([^()]{1,40}\)\s*)?,?\s*"
    r"(?:(?:headed|led|chaired)\s+by\s+(?:its\s+|the\s+)?|"
    r"encabezad[ao]\s+por\s+(?:el\s+|la\s+|su\s+)?)",
    re.IGNORECASE,
)


_ENVOYS = frozenset("ambassador consul consul-general envoy commissioner".split())


def _posted_to(tokens: list[Token], title_end: int) -> int | None:
    """After an envoy's title, "to Jordan", "in Amman", "to South Africa": where the place
    they are posted to ends, when a name may follow (a country's name, else one word)."""
    if not (
        title_end + 2 < len(tokens)
        and tokens[title_end - 1].lower in _ENVOYS
        and tokens[title_end].lower in ("to", "in")
        and tokens[title_end + 1].text[:1].isupper()
    ):
        return None
    for size in (3, 2):
        place = " ".join(t.text for t in tokens[title_end + 1 : title_end + 1 + size])
        if title_end + 1 + size < len(tokens) and normalise(place) in country_words():
            return title_end + 1 + size
    return title_end + 2


def _title_then_name(
    text: str, tokens: list[Token], i: int, in_org: set[int], mentions: list[Mention]
) -> Person | None:
    """ "Vice Chancellor Prof Dr M Rafiqul Alam", "President Wang Shuguo", "UrFU Vice-Rector
    for International Affairs Yevgeny Lavrentiev", "el rector Restrepo Vélez"."""
    title_end = _title_run(text, tokens, i, lower_ok=_lower_ok(tokens, i), in_org=in_org)
    if title_end == i or title_end >= len(tokens):
        return None
    # ("Associate Professor Ruth Herrero Martin": a rank, an honorific, no title)
    if title_end == i + 1 and _rank_before_name(text, tokens, i):
        return None
    gap = text[tokens[title_end - 1].end : tokens[title_end].start]
    if not _joined(text, tokens[title_end - 1], tokens[title_end]) and gap != ") ":
        return None  # "the Registrar, Malam …": another form
    # "Pro-Rector Academics NUST Dr. Shahid Iqbal Awan": what the title is about and whose
    # it is, between the title and the name
    after = title_end
    while (
        after < len(tokens)
        and after not in in_org
        and (
            tokens[after].lower in DOMAIN_WORDS
            # "Executive Vice President Technology and Innovation Daniel Kerr"
            or (
                tokens[after].lower in ("and", "&")
                and after > title_end
                and after + 1 < len(tokens)
                and tokens[after + 1].lower in DOMAIN_WORDS
                and tokens[after + 1].text[:1].isupper()
            )
        )
    ):
        after += 1
    # ("Vice-Chancellor the Islamia University of Bahawalpur Engr. Prof. Dr. Athar Mahboob":
    # whose, with its article)
    if (
        after == title_end
        and after + 1 < len(tokens)
        and tokens[after].text == "the"
        and any(m.start == tokens[after + 1].start for m in mentions)
    ):
        after += 1
    named = next(
        (m for m in mentions if after < len(tokens) and m.start == tokens[after].start), None
    )
    organisation = None
    if named is not None:
        organisation = named
        after = bisect_left([t.start for t in tokens], named.end, lo=after)
    if (
        after > title_end
        and (named is None or after >= len(tokens))
        # "Pro Vice-Chancellor Global Engagement Dr Liam Carroll": the subject, then the name
        and (after >= len(tokens) or _honorifics(tokens, after) == after)
        # "… President Technology and Innovation Daniel Kerr": a subject joined by "and"
        and not any(t.lower in ("and", "&") for t in tokens[title_end:after])
    ):
        after = title_end  # only a subject: no name after it here
    # "Mexican Ambassador in Amman Roberto Rodriguez Hernandez", "Ambassador to South Africa
    # Fajer Flores": where an envoy is posted, then the name
    posted = _posted_to(tokens, title_end) if after == title_end else None
    if posted is not None:
        after = posted
    name_start = _honorifics(tokens, after)
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2 and not (
        name_end - name_start == 1 and name_start > title_end  # "Prof. Rajashekar"
    ):
        return None
    if tokens[name_end - 1].lower in DOMAIN_WORDS and len(tokens[name_end - 1].text) > 3:
        return None  # "Vice President of Human Capital Development": still the title
    # "Pro Vice-Chancellor Global Engagement": the title with its subject
    last = after - 1 if named is None and after > title_end else title_end - 1
    title = _title_text(text, tokens[i].start, tokens[last].end)
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title=title,
        start=tokens[i].start,
        end=tokens[name_end - 1].end,
        organisation=organisation
        or _organisation_before(text, mentions, tokens[i].start)
        # "President WADA Takashi of Kanazawa University"
        or _of_after(text, mentions, tokens[name_end - 1].end),
    )


def _by_one_name(
    text: str, tokens: list[Token], i: int, in_org: set[int], found: list[Person]
) -> Person | None:
    """ "Rector Petrov", "Professor Marsh", "Dean Park": a title or an honorific and one name
    that is the family name (the first or the last word) of someone named before in full."""
    if not found:
        return None
    # ("el rector Fuentealba", "registrar Khairnar": a title in lower case)
    end = _title_run(text, tokens, i, lower_ok=_lower_ok(tokens, i), in_org=in_org)
    end = _honorifics(tokens, end)
    if end == i or end >= len(tokens) or not _joined(text, tokens[end - 1], tokens[end]):
        return None
    if _name_run(text, tokens, end, in_org) != end + 1:
        return None
    return _named_before(tokens[end].text, found, tokens[i].start, tokens[end].end)


def _named_before(word: str, found: list[Person], start: int, end: int) -> Person | None:
    """The person named before in full whose family name (the first or the last word of
    the name) `word` is, as mentioned again from `start` to `end`."""
    for earlier in reversed(found):
        parts = earlier.name.split()
        # ("Komatsu" after "KOMATSU Hiroshi": a family name written in capitals at first)
        # ("el rector Fuentealba" after "Luis Fuentealba Rivas": the first of two surnames)
        family = (parts[0], parts[-1], *(parts[-2:-1] if len(parts) >= 3 else []))
        if len(parts) >= 2 and word.lower() in (w.lower() for w in family):
            return Person(earlier.name, earlier.title, start, end, earlier.organisation)
    # "The MOU was signed by Prof Lee and Cai" after "director Ben Cai Jin Hua": a family name
    # inside a name given with an English name first, when one name alone holds it
    holding = {
        p.name: p
        for p in found
        if len(p.name.split()) >= 3 and word.lower() in (w.lower() for w in p.name.split()[1:-1])
    }
    if len(word) >= 2 and len(holding) == 1:
        earlier = next(iter(holding.values()))
        return Person(earlier.name, earlier.title, start, end, earlier.organisation)
    return None


# "Kessler and Wu signed …"
_PAIR_SIGNED = re.compile(
    r"[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\s+(?:also\s+|jointly\s+|then\s+)?(?:signed|inked|sealed)\b"
)
_AND_BEFORE = re.compile(r"\b[A-Z][\w-]+,?\s+and\s+$")  # ("Dr Anil Kulkarni, director, IITM, and")
# ("Ramamurthi and Graham Goldsmith, Chancellor of the Swinburne varsity, signed the pact": the
# other's title between commas)
# what one signs that is a document (not "the visitors' book")
_A_DOCUMENT = (
    r"(?:the|an?|this|both|two|their)\s+(?:[\w-]+\s+){0,3}?(?:pact|agreements?|memorand\w*|"
    r"mou|moa|accord|contract|deal|documents?|protocol|letter)\b"
)
_NAME_AND_SIGNED = re.compile(
    r"[A-Z][\w-]+\s+and\s+(?:[^.;,]{3,80}?\s(?:signed|inked|sealed)\b|"
    # (what they signed a document: not "Kim and the students, accompanied by their hosts,
    # signed the visitors' book")
    rf"[^.;,]{{3,40}},[^.;,]{{3,80}},\s(?:signed|inked|sealed)\s+{_A_DOCUMENT})"
)
_SIGNED_AFTER = re.compile(r"\s+(?:also\s+|jointly\s+|then\s+)?(?:signed|inked|sealed)\b")
_SIGNED_DOCUMENT_AFTER = re.compile(
    rf"\s+(?:also\s+|jointly\s+|then\s+)?(?:signed|inked|sealed)\s+{_A_DOCUMENT}", re.IGNORECASE
)


def _signed_by_one_name(
    text: str, tokens: list[Token], i: int, in_org: set[int], found: list[Person]
) -> Person | None:
    """ "signed by Zhou and by Elena Stepanova", "Kessler and Wu signed a letter of intent":
    after "by", or two names and "signed", one name that is the family name of someone named
    before in full."""
    if i == 0 or not found:
        return None
    start, end = tokens[i].start, tokens[i].end
    pair = _PAIR_SIGNED.match(text, start) or (
        # "… and Wu signed", "Wang also signed a memorandum with …" (a sentence's subject)
        (
            _AND_BEFORE.search(text, max(0, start - 30), start)
            or re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, start - 3) : start])
        )
        and _SIGNED_AFTER.match(text, end)
    )
    # "On March 3, Whitfield and Tohoku University Executive Vice-President Hiroshi Tanabe
    # signed …": a clause's subject, and another signer
    pair = pair or (
        re.search(r"(?:^|[.!?]\s+|\n|,\s)$", text[max(0, start - 3) : start])
        and _NAME_AND_SIGNED.match(text, start)
    )
    # "The MOU was signed by Prof Lee and Cai": the second of those it was signed by
    pair = pair or _SIGNERS_BEFORE.search(text, max(0, start - 80), start)
    if tokens[i - 1].lower != "by" and not pair:
        return None
    if _name_run(text, tokens, i, in_org) != i + 1:
        return None
    return _named_before(tokens[i].text, found, tokens[i].start, tokens[i].end)


# "signed by Anna Berg and Jon Dahl", "Signees Mr. Mitsuyuki Unno and Prof. Sverre Steen"
_SIGNERS_BEFORE = re.compile(
    r"(?:\bsigned\s+by|\bSignees|\bsignatories\s+(?:were|are))\s*:?\s+"
    r"(?:(?:[A-Z][\w.'’-]*\s+){1,6}and\s+)?$",
    re.IGNORECASE,
)
# what ends a list of names ("…, and Jon Dahl.", "… and Jon Dahl, in the presence of …")
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;)]|\s+and\s|\s+(?:shak|shook|exchang)\w*\b|$)")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence that holds `position` starts."""
    starts = _sentence_starts(text)
    return starts[bisect_right(starts, position) - 1] if starts else 0


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    """Where each of the text's sentences (`sentences`) starts, in order."""
    return [s.start for s in sentences(text)]


# a signing of documents later in the sentence
_SIGNS_LATER = re.compile(
    r"[^.;]{0,200}?\b(?:signed|inked|sealed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:mo[ua]s?|memorand\w*|agreements?|pacts?|accords?)\b"
)


_AS_DID = re.compile(r"\b(?:signed|inked|sealed)\b[^.;]{0,160}?,?\s+as\s+did\s+$")


def _untitled_signer(
    text: str, tokens: list[Token], i: int, in_org: set[int], found: list[Person]
) -> Person | None:
    """ "Istvan Fabian rector and Zhou Chuangbing signed the agreement", "signed by Anna Berg
    and Jon Dahl", "Signees Mr. Mitsuyuki Unno and Prof. Sverre Steen": someone the text
    names in full with no title (or a title in lower case after the name), only as who
    signed a document."""
    if i > 0 and any(w in TITLE_WORDS for w in (tokens[i - 1].lower, tokens[i - 1].lower[:-1])):
        return None  # "Presidents Jane Roe and John Smith": named under a title
    name = _untitled_name(text, tokens, i, in_org, found)
    if name is None:
        return None
    name_start, name_end, end = name
    start = tokens[i].start
    after = tokens[end - 1].end
    sentence_start = _sentence_start(text, start)
    before = text[sentence_start:start]
    if _SIGNERS_BEFORE.search(text, sentence_start, start):
        signed = _LIST_GOES_ON.match(text, after) is not None
    elif re.search(r"\band\s+$", before):
        # the second subject of "… and … signed a document"
        signed = _SIGNED_DOCUMENT_AFTER.match(text, after) is not None
    elif _AS_DID.search(before):
        # "Barbara Snyder, president of AAU, signed the MoU, as did Abhay Karandikar on
        # behalf of the IIT Council"
        signed = True
    elif name_start > i and re.search(r"(?:^|,)\s*$", before) and _SIGNS_LATER.match(text, after):
        # "Dr Abdollah Motamedi held meetings with … and, on 17 January 2024, signed MoUs on
        # …": someone with an honorific, the subject of a signing later in the sentence
        signed = True
    else:
        # the first: what opens the sentence (a few words, a day) or a clause, then the name,
        # "and" and another name like it, then "signed a document"
        opening = re.fullmatch(r"\s*(?:[\w-]+\s+){0,4}?(?:on\s+[^,]{3,30},\s*)?", before)
        pair = re.match(r"\s+and\s+", text[after:])
        k = bisect_left([t.start for t in tokens], after + pair.end()) if pair else len(tokens)
        other = _untitled_name(text, tokens, k, in_org, found) if k < len(tokens) else None
        signed = (
            (opening is not None or re.search(r"(?:^|,)\s*$", before) is not None)
            and other is not None
            and _SIGNED_DOCUMENT_AFTER.match(text, tokens[other[2] - 1].end) is not None
        )
    if not signed:
        return None
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title=text[tokens[name_end].start : tokens[end - 1].end] if end > name_end else "",
        start=start,
        end=after,
    )


def _untitled_name(
    text: str, tokens: list[Token], i: int, in_org: set[int], found: list[Person]
) -> tuple[int, int, int] | None:
    """Where the name at i (after its honorifics) starts and ends, and where a title in lower
    case after it ends ("Istvan Fabian rector"): two or more words that look like a person's
    name (not a place, not degrees, not words the text also writes in lower case, not part of
    the name of someone named before); None if they do not."""
    name_start = _honorifics(tokens, i)
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2 or tokens[name_start].lower in NOT_NAMES:
        return None
    run = tokens[name_start:name_end]
    if any(w in HEAD_WORDS or w in TITLE_WORDS for t in run for w in (t.lower, t.lower[:-1])):
        return None  # ("Presidents Jane Roe and John Smith signed": theirs under one title)
    if all(len(t.text) < 3 for t in run):
        return None  # "Budi Santoso, S.T., M.T.": degrees, not a name
    words_ = {t.lower for t in run}
    if words_ & _PLACE_KINDS or "city" in words_:
        return None  # "Gyeongbuk Province and Pohang City signed an MOU with …"
    if words_ & _lower_case_words(text):
        return None  # "Scientific Research" where the text writes "research"
    # (one named before in full, named again: "Mamytov Bakyt" after "Rector Mamytov Bakyt
    # Toktogulovich" is theirs)
    if any(words_ <= {w.lower() for w in re.findall(r"[\w'’]+", p.name)} for p in found):
        return None
    end = name_end
    if end < len(tokens) and tokens[end].text.islower() and tokens[end].lower in TITLE_WORDS:
        end += 1
    return name_start, name_end, end


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case."""
    return frozenset(w for w in re.findall(r"\w+", text) if w.islower())


def _title_one_name_signed(
    text: str, tokens: list[Token], i: int, in_org: set[int]
) -> Person | None:
    """ "President Herrmann and CEU Rector Michael Ignatieff signed …": a head's title and
    their family name only, as the subject of a signing (the text never gives the rest)."""
    token = tokens[i]
    if token.lower not in _HEAD_TITLES or not token.text[:1].isupper():
        return None
    k = _honorifics(tokens, i + 1)
    if k >= len(tokens) or k in in_org or _name_run(text, tokens, k, in_org) != k + 1:
        return None
    surname = tokens[k]
    if not (surname.text[:1].isupper() and surname.text[1:].islower() and len(surname.text) > 2):
        return None
    if surname.lower in NOT_NAMES or surname.lower in HEAD_WORDS or surname.lower in TITLE_WORDS:
        return None
    if not (_NAME_AND_SIGNED.match(text, surname.start) or _SIGNED_AFTER.match(text, surname.end)):
        return None
    return Person(name=surname.text, title=token.text, start=token.start, end=surname.end)


def _honoured_signer_for(
    text: str, tokens: list[Token], i: int, in_org: set[int], mentions: list[Mention]
) -> Person | None:
    """ "The MoU was signed in Cairo by Prof. Mashhoor Al-Refai for PSUT": a name with only
    an honorific, after "signed … by", for the organisation named after "for" ("was signed
    by Prof. Dr. Pablo Navas on 13 November": whose, the text around tells, if anything)."""
    if i == 0 or tokens[i].lower not in HONORIFICS:
        return None
    before = tokens[i - 1].lower
    signed_by = before == "by" and _SIGNED_THEN_BY.search(
        text, max(0, tokens[i].start - 60), tokens[i].start
    )
    # "signed by Professor A, Chancellor of the ADU, and Professor B, the Rector's Delegate
    # …": the second signer of the clause, after "and" (honorifics' dots are no sentence's
    # end)
    listed = before == "and" and _SIGNED_BY_THEN_AND.search(
        _HONORIFIC_DOT.sub(r"\1 ", text[max(0, tokens[i].start - 200) : tokens[i].start])
    )
    if not signed_by and not listed and before != "and":
        return None
    start = _honorifics(tokens, i)
    end = _name_run(text, tokens, start, in_org)
    if end - start < 2 or end >= len(tokens):
        return None
    # "Rector Magnificus Elmer Sterken and Prof. Shojiro Nishio signed the updated
    # agreement": the second of two who signed, named with an honorific only
    # (a document: not "… and Prof. B signed the visitors' book")
    if not signed_by and not listed and not _SIGNED_DOCUMENT_AFTER.match(text, tokens[end - 1].end):
        return None
    # (after "and": a signer of the list, their title or whose after them; not "…, and Dr.
    # B, who heads the office, gave a speech")
    if listed and not _LISTED_SIGNER_AFTER.match(text, tokens[end - 1].end):
        return None
    after = re.match(r"\s+(?:for|on behalf of)\s+(?:the\s+)?", text[tokens[end - 1].end :])
    whose = (
        next((m for m in mentions if m.start == tokens[end - 1].end + after.end()), None)
        if after is not None
        else None
    )
    if after is not None and whose is None:
        return None
    if after is None and _HONOURED_OF.match(text, tokens[end - 1].end):
        return None  # "signed by Prof. Jane Doe of the University of Leeds": whose, told after
    return Person(
        name=_clean_name(text[tokens[start].start : tokens[end - 1].end]),
        title="",
        start=tokens[i].start,
        end=tokens[end - 1].end,
        organisation=whose,
    )


_SIGNED_THEN_BY = re.compile(r"\b(?:signed|inked|sealed)\b[^.;]{0,40}?\bby\s+$")
_LISTED_SIGNER_AFTER = re.compile(
    r"\s*(?:[.;]|,(?!\s*(?:who|which|whose|said|says|told|gave|added|noted|spoke)\b)|\(|"
    r"\s(?:of|for|from|on behalf of)\b)"
)
_SIGNED_BY_THEN_AND = re.compile(
    r"\b(?:signed|inked|sealed)\b[^.;]{0,40}?\bby\s+[A-Z][^.;]*?,?\s+and\s+(?:by\s+)?$"
)
_HEAD_TITLES = frozenset("president rector chancellor vice-chancellor provost dean".split())


def _honoured_name_of(
    text: str, tokens: list[Token], i: int, in_org: set[int], mentions: list[Mention]
) -> Person | None:
    """ "Professor Dorcas Araba Quansah of UCC", "Dr Sita Kumari Pun on behalf of Gandaki
    University", "Dr Joseph Isaac initialed for AME University": an honorific, a name, and
    the organisation they are of or sign for (no title)."""
    name_start = _honorifics(tokens, i)
    if name_start == i or not tokens[i].text[:1].isupper():
        return None
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2 or name_end >= len(tokens):
        return None
    of = _HONOURED_OF.match(text, tokens[name_end - 1].end)
    signs = _SIGNS_FOR.match(text, tokens[name_end - 1].end) if of is None else None
    bracket = (
        _BRACKET_ORGANISATION.match(text, tokens[name_end - 1].end)
        if of is None and signs is None
        else None
    )
    if bracket is not None:
        # "Dr. Haipa A. Salain (BaSC), Dr. Charisma S. Ututalum, CESE (SSC), and … formally
        # signed the agreement": whose each signer is, in brackets, the list then signing
        organisation = next((m for m in mentions if m.start == bracket.end()), None)
        rest = _HONORIFIC_DOT.sub(r"\1 ", text[bracket.end() : bracket.end() + 400])
        if organisation is None or not _LIST_THEN_SIGNED.match(rest):
            return None
    elif signs is not None:
        organisation = _for_whom(text, mentions, signs.end())
    # "It was signed by the Vice-Chancellors …, Professor A of UCC and Professor B of UHAS":
    # of an organisation, among the signers a sentence names (not "Professor S of the
    # University of Turin told Xinhua that the deal signed …")
    elif of is None or (
        of.group(1) is None
        and not _SIGNED_BY_BEFORE.search(
            # (honorifics' dots are no sentence's end: "signed by Prof. A of X and Prof. B of
            # Y")
            _HONORIFIC_DOT.sub(r"\1 ", text[max(0, tokens[i].start - 160) : tokens[i].start])
        )
        and not _signed_after_whose(text, mentions, of.end())
    ):
        return None
    else:
        organisation = next((m for m in mentions if m.start == of.end()), None)
        if organisation is None:
            return None
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title="",
        start=tokens[i].start,
        end=tokens[name_end - 1].end,
        organisation=organisation,
    )


def _ministry_of(title: str, mentions: list[Mention]) -> Mention | None:
    """ "la ministra de Ciencia, Tecnología e Innovación": the ministry of what the minister's
    title says, when the text names it ("Ministerio de Ciencia, Tecnología e Innovación")."""
    field = _MINISTER_OF.match(title)
    if field is None:
        return None
    said = fold(field.group(1))
    return next(
        (
            m
            for m in mentions
            if (named := _MINISTRY_OF.match(m.text)) is not None and fold(named.group(1)) == said
        ),
        None,
    )


_MINISTER_OF = re.compile(r"(?i:minist(?:er|ra|ro|re))\s+(?:of|for|de|del)\s+(?:the\s+)?(.+)$")
_MINISTRY_OF = re.compile(
    r"(?:(?:[A-Z][\w-]*\s+){0,3})?(?i:ministry|ministerio|minist[eè]re|ministero)\s+"
    r"(?:of|for|de|del)\s+(?:the\s+)?(.+)$"
)


def _counterpart(
    text: str,
    tokens: list[Token],
    i: int,
    in_org: set[int],
    mentions: list[Mention],
    found: list[Person],
) -> Person | None:
    """ "UJ President Prof. A welcomed his Egyptian counterpart, Prof. B": B holds A's title,
    at the organisation named after "counterpart" ("… counterpart from Alexandria
    University, …") or at one the text says elsewhere."""
    said = _COUNTERPART.search(text, max(0, tokens[i].start - 120), tokens[i].start)
    if said is None or not found or found[-1].start >= said.start():
        return None
    name_start = _honorifics(tokens, i)
    name_end = _name_run(text, tokens, name_start, in_org)
    # ("… K. Baskar and his counterpart Jeyasingam, …": one name only, as many in South
    # India and Sri Lanka are written, right after "counterpart" and before a comma or a
    # stop)
    one_name = (
        name_end - name_start == 1
        and said.end() == tokens[i].start
        and len(tokens[name_start].text) > 3
        and tokens[name_start].text[1:].islower()
        and tokens[name_start].lower not in NOT_NAMES
        and text[tokens[name_start].end : tokens[name_start].end + 1] in (",", ".", ";")
        # (not a word of a body's name: "his counterpart Leeds, as the University of Leeds
        # is known")
        and not any(tokens[name_start].text in m.text.split() for m in mentions)
    )
    if name_end - name_start < 2 and not one_name:
        return None
    organisation = next((m for m in mentions if m.start == said.start(1)), None)
    return _counterpart_of(text, tokens, i, name_end, organisation, found[-1])


def _counterpart_after(
    text: str,
    tokens: list[Token],
    i: int,
    in_org: set[int],
    mentions: list[Mention],
    found: list[Person],
) -> Person | None:
    """ "A, the rector of X, signed a pact with B, his counterpart at Y": B holds A's title,
    at the organisation named after "counterpart"."""
    if not found or found[-1].start >= tokens[i].start:
        return None
    name_start = _honorifics(tokens, i)
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2:
        return None
    said = _COUNTERPART_AFTER.match(text, tokens[name_end - 1].end)
    if said is None:
        return None
    organisation = next((m for m in mentions if m.start == said.end()), None)
    if organisation is None:
        return None
    # whose counterpart: the last person the sentence names before, not one it names as
    # watching or coming along ("A, the rector of X, accompanied by B, dean of …, signed a
    # pact with C, his counterpart at Y": A's; "In the presence of President B, Dean A signed
    # … with C, his counterpart": A's)
    begins = _sentence_start(text, tokens[i].start)
    named = [
        p
        for p in found
        if p.start >= begins and not _ASIDE_BEFORE.search(text, max(begins, p.start - 60), p.start)
    ]
    if not named:
        return None
    return _counterpart_of(text, tokens, i, name_end, organisation, named[-1])


def _counterpart_of(
    text: str,
    tokens: list[Token],
    i: int,
    name_end: int,
    organisation: Mention | None,
    of: Person,
) -> Person:
    """The person named from tokens[i] (honorifics first) to tokens[name_end], with the
    title of the one they are the counterpart of."""
    name_start = _honorifics(tokens, i)
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title=of.title,
        start=tokens[i].start,
        end=tokens[name_end - 1].end,
        organisation=organisation,
        counterpart_of=of,
    )


# Who is named as watching or coming along: "accompanied by", "in the presence of"
_ASIDE_BEFORE = re.compile(
    r"\b(?:(?:accompanied|joined|flanked|watched|witnessed)\s+by|in the presence of)\s+"
    r"(?:[\w.-]+\s+){0,6}$",
    re.IGNORECASE,
)
_COUNTERPART_AFTER = re.compile(
    r",\s+(?:his|her|their|su|sus)\s+(?:[A-Z][\w-]*\s+)?(?:counterpart|hom[oó]log[oa])\s+"
    r"(?:at|from|of|in|de|del|en)\s+(?:the\s+|la\s+|el\s+)?"
)


# "his Egyptian counterpart, ", "her counterpart from the University of X, ", "su homólogo
# de la Universidad de La Habana, "
_COUNTERPART = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]u|[Ss]us)\s+(?:[A-Z][\w-]*\s+)?(?:counterpart|homólog[oa]s?)"
    r"(?:\s+[a-záéíóúñ]+(?<!de)(?<!del))?,?\s+"
    r"(?:(?:from|of|at|de|del)\s+(?:the\s+|la\s+|el\s+)?"
    r"([A-Z][\w'-]*(?:\s+(?:(?:de|del|di|da|do|des|du|la|las|los|of|the|y|and)\s+)*[A-Z][\w'-]*)*)"
    # ("… de Madrid (UPM) - España, Dr. …": its acronym and country after it)
    r"(?:\s*\([^()]{1,12}\))?(?:\s*[-–—]\s*[A-Z][\w'-]+)?,\s+)?$"
)
_HONOURED_OF = re.compile(r"\s+(?:of|from|(on behalf of))\s+(?:the\s+)?")
_SIGNED_BY_BEFORE = re.compile(r"\b(?:signed|inked|sealed)\s+by\b[^.;]*$")
_HONORIFIC_DOT = re.compile(r"\b(Prof|Dr|Mr|Mrs|Ms|Dra|Sra|Sr|Engr|Assoc|Asst)\.")


def _signed_after_whose(text: str, mentions: list[Mention], position: int) -> bool:
    """Whether the organisation named at `position` (after "of") is followed by the signing:
    "Prof. A of X signed the memorandum", or "Dr. A of X and Dr. B of Y signed the
    agreement" (the first of two who signed)."""
    end = next((m.end for m in mentions if m.start == position), position)
    return bool(
        _SIGNED_RIGHT_AFTER.match(text, end)
        or _SIGNED_AFTER_THE_NEXT.match(_HONORIFIC_DOT.sub(r"\1 ", text[end : end + 200]))
    )


_HONORIFICS_BEFORE = r"(?:(?:Prof|Professor|Dr|Dra|Mr|Mrs|Ms|Engr)\.?\s+)+"
_SIGNING_VERB = r"(?:also\s+|then\s+|jointly\s+|formally\s+)?(?:signed|inked|sealed)\b"
# (whose the second is, a name, then the verb: not "… of Moi University welcomed guests
# before the two rectors signed")
_SIGNED_AFTER_THE_NEXT = re.compile(
    rf",?\s+and\s+{_HONORIFICS_BEFORE}(?:[A-Z][\w'’-]*\s+){{1,4}}(?:of|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&.-]*\s+|(?:of|for|and|de|la|y)\s+){1,10}?" + _SIGNING_VERB
)
# "(BaSC)" after a signer's name, then the others so named and "formally signed the …"
# (a degree or a rank's letters between: "…, Ph.D. (MSU-TCTO)", "…, CESE (SSC)")
_BRACKET_ORGANISATION = re.compile(r"(?:,\s+(?:Ph\.\s?D\.|PhD|[A-Z]{2,5}))?\s*\(")
_LIST_THEN_SIGNED = re.compile(
    r"[^()]{0,20}\)(?:,?\s+(?:and\s+)?(?:[^.;()]|(?<=\s[A-Z])\.|(?<=Ph)\.|(?<=Ph\.D)\.)"
    r"{2,80}?\([^()]{1,20}\))*,?\s+" + _SIGNING_VERB + r"\s+(?:the|an?|this)\s+"
)
# "Prof. A of X signed the memorandum": the one named signs right after whose they are
_SIGNED_RIGHT_AFTER = re.compile(
    r"\s+(?:also\s+|then\s+|jointly\s+)?(?:signed|inked|sealed|co-signed|countersigned)\b"
)


_LAST_DEGREE = re.compile(r"\s+[A-Z]\.\s?[A-Z][a-z]{0,3}\.?$")
_MORE_DEGREES = re.compile(
    r"\.?,\s*(?:[A-Z]\.\s?[A-Z][a-z]{1,3}\b|MBA\b|MM\b|Ph\.?\s?D\b|M\.?Sc\b|[A-Z]\.[A-Z]\.?,)"
)
_LEGAL_FORM_AFTER = re.compile(r"\s+(?:Tbk|Ltd|Inc|PLC|LLC|GmbH|Bhd|Co\.,?\s*Ltd)\b\.?")


def _title_comma_name(
    text: str, tokens: list[Token], i: int, in_org: set[int], mentions: list[Mention]
) -> Person | None:
    """ "the Vice-Rector for International Cooperation, Aigerim Sadykova", "the Registrar of
    the university, Malam Aminu Bello Ahmed", "el rector de la Universidad de Salamanca, Luis
    Miguel Sánchez Benito": a title (and whose it is), a comma, the name."""
    if tokens[i].lower in _SAID_AFTER_A_TITLE:
        return None  # "Cooperación Académica, Científica y Cultural": no title begins so
    # ("UEGCL chief executive officer, Mr Harrison Mutikanga": a title in lower case after
    # whose it is)
    after_org = i > 0 and i - 1 in in_org and text[tokens[i - 1].end : tokens[i].start] == " "
    title_end = _title_run(
        text, tokens, i, lower_ok=_lower_ok(tokens, i) or after_org, liberal=True, in_org=in_org
    )
    if title_end == i or title_end >= len(tokens):
        return None
    # "of the university", "de la Universidad de Salamanca", "at Wits": whose title it is
    end = title_end
    organisation = _organisation_before(text, mentions, tokens[i].start)
    named = None
    if (
        tokens[end].lower in ("of", "at", "de", "del")
        # "the Pro-Vice-Chancellor (International) of the University of Leicester"
        and text[tokens[end - 1].end : tokens[end].start].strip() in ("", ")")
    ):
        stop = end + 1
        while stop < len(tokens) and tokens[stop].lower in ("the", "la", "el"):
            stop += 1
        named = next((m for m in mentions if m.start == tokens[stop].start), None)
        if named is not None:
            # "el rector de la Universidad de Salamanca (USAL), Dr. …": its acronym after it
            bracket = re.match(r"\s*\([^()]{1,20}\)", text[named.end :])
            after_name = named.end + (bracket.end() if bracket else 0)
            # "the President Director of PT Mark Dynamics Indonesia (MDI) Tbk, Ridwan Goh":
            # its legal form after its acronym
            legal = _LEGAL_FORM_AFTER.match(text, after_name) if bracket else None
            after_name = legal.end() if legal is not None else after_name
            # "el Rector del Tecnológico de Antioquía de Colombia, Leonardo García Botero":
            # the country it is in after it
            # (or set off by commas: "el vicerrector de la Universidad Politécnica de Wuhan,
            # China, Songhe Xie")
            country = _COUNTRY_AFTER.match(text, after_name) or _COUNTRY_SET_OFF.match(
                text, after_name
            )
            if country is not None and normalise(country.group(1)) in country_words():
                after_name = country.end()
            stop = bisect_left([t.start for t in tokens], after_name, lo=stop)
        else:
            while stop < len(tokens) and stop - end <= 7:
                gap = text[tokens[stop - 1].end : tokens[stop].start].strip()
                if gap not in ("", "-", "&"):
                    break
                stop += 1
            person = _org_word_then_name(text, tokens[end + 1 : stop], mentions)
            if person is not None:
                person.title = _title_text(text, tokens[i].start, tokens[title_end - 1].end)
                person.start = tokens[i].start
                return person
        inside = [m for m in mentions if tokens[end].start <= m.start < tokens[stop - 1].end]
        organisation = inside[0] if inside else organisation
        end = stop
    elif title_end - 4 > i and tokens[title_end - 4].lower == "of":
        # (the same, read as what the title is about)
        person = _org_word_then_name(text, tokens[title_end - 3 : title_end], mentions)
        if person is not None:
            person.title = _title_text(text, tokens[i].start, tokens[title_end - 5].end)
            person.start = tokens[i].start
            return person
    # "… Ciencias Sociales y Humanidades (CUCSH), Dra. …": the acronym of whose title it is
    bracket = re.match(r"\s*\([^()]{1,20}\)", text[tokens[end - 1].end :])
    if bracket is not None and end < len(tokens):
        end = bisect_left([t.start for t in tokens], tokens[end - 1].end + bracket.end(), lo=end)
    if end >= len(tokens):
        return None
    # "The Deputy Vice-Chancellor, Industry and Community Network, Professor Dr. Azlan
    # Amran": what the title is about between commas, then an honorific and the name
    portfolio = _PORTFOLIO_THEN_HONORIFIC.match(text, tokens[end - 1].end)
    if (
        portfolio is not None
        and named is None
        and not any(portfolio.start() <= m.start < portfolio.end() for m in mentions)
    ):
        end = title_end = bisect_left([t.start for t in tokens], portfolio.end(), lo=end)
    # "Vice-Chancellor, MSU, K. Baskar": whose title it is between commas, then the name
    between = next(
        (
            m
            for m in (mentions if named is None else [])
            if m.start == tokens[end].start
            and text[tokens[end - 1].end : m.start].strip() == ","
            and text[m.end : m.end + 2] == ", "
        ),
        None,
    )
    if between is not None:
        organisation = between
        end = bisect_left([t.start for t in tokens], between.end, lo=end)
    gap = text[tokens[end - 1].end : tokens[end].start]
    if gap.strip(" )") != "," and not (
        # "President of CUPB Wang Jianqiang": the organisation's name ends the title
        named is not None and gap == " " and tokens[end - 1].end == named.end
    ):
        return None
    # "the rector, doctor of economic sciences, professor Mamasaliev Zh.T.": a degree between
    degree = _SCIENCES_DEGREE.match(text, tokens[end].start)
    if degree is not None:
        end = bisect_left([t.start for t in tokens], degree.end(), lo=end)
        if end >= len(tokens):
            return None
    name_start = _honorifics(tokens, end)
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2 or tokens[name_start].lower in DOMAIN_WORDS:
        return None  # not "Head, Academic Interface Programme"
    if any(t.lower in _REGIONS for t in tokens[name_start:name_end]):
        return None  # not "Managing Director, Asia Pacific South"
    after = text[tokens[name_end - 1].end : tokens[name_end - 1].end + 2] if name_end else ""
    if (
        name_end < len(tokens)
        # ("…, el rector de la Universidad herculina, José María Barja-, la Cátedra …": the
        # dash closing an aside)
        and not re.match(r"\s*(?:[,.;:)]|[-–—](?=,)|and\b|y\b|[a-z]|$)", after + " ")
        # "the UVAS' VC, Prof Dr Nasim Ahmad (SI)": an honour or a degree in brackets after
        and not _BRACKETED_HONOUR.match(text, tokens[name_end - 1].end)
    ):
        return None
    if organisation is None:
        # "the Dean of UGM's Faculty of Medicine, Dr. …": the organisation the title holds
        organisation = next(
            (
                m
                for m in mentions
                if tokens[i].start <= m.start < tokens[title_end - 1].end
                and re.match(r"['’]s\s", text[m.end : m.end + 3])
            ),
            None,
        )
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title=_title_text(text, tokens[i].start, tokens[title_end - 1].end),
        start=tokens[i].start,
        end=tokens[name_end - 1].end,
        organisation=organisation,
    )


# " de Colombia", " of Kenya", " in Nepal": where an organisation named just before is
_COUNTRY_AFTER = re.compile(r"\s+(?:de|of|in|en|from)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_COUNTRY_SET_OFF = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*,)")
_BRACKETED_HONOUR = re.compile(r"\s*\((?:[A-Z][A-Za-z.]{0,5})\)")
_BRACKETED_DEGREE = re.compile(
    # ("Tassew Weldehanna (Professor), President of AAU": an honorific, in brackets after)
    r"\s*\((?:Ph\.?\s?D|M\.?D|MBA|D\.?Phil|D\.?Sc|M\.?Sc|Eng|Hons|Retd?|Professor|Prof|Dr|"
    r"Doctor)\.?\)"
)
_PORTFOLIO_THEN_HONORIFIC = re.compile(
    r"\s*,\s*[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|&|of|for)){0,5}"
    r"(?=\s*,\s*(?:Prof|Professor|Dr|Mr|Mrs|Ms|Dato|Datuk|Assoc|Associate Professor)\b)"
)
# Words said after a title, never first: "Vicerrectora Académica", "Secretario Adjunto"
_SAID_AFTER_A_TITLE = frozenset("académico académica adjunto adjunta".split())
# "doctor of physical and mathematical sciences, ", "candidate of pedagogical sciences, "
_SCIENCES_DEGREE = re.compile(
    r"(?i:doctor|candidate)\s+of\s+(?:[\w-]+\s+){1,4}?(?i:sciences?)\s*,\s*"
)


def _name_then_title(
    text: str, tokens: list[Token], i: int, in_org: set[int], mentions: list[Mention]
) -> Person | None:
    """ "Parhat Jarat, President of Xinjiang Normal University", "Wang Hong, vice president
    of PKU", "Thandeka Mokoena, Executive Vice President: Technology at Sasol", "Yoon
    Gap-sik (Dean of Student and Employment Support, Dong-A University)"."""
    name_start = _honorifics(tokens, i)
    name_end = _name_run(text, tokens, name_start, in_org)
    if name_end - name_start < 2 or name_end >= len(tokens):
        return None
    if tokens[name_start].lower in NOT_NAMES:
        return None  # "On Tuesday, KIT's President …"
    if name_start == i and i > 0 and tokens[i - 1].lower in _PLACE_BEFORE:
        return None  # "At a function held at Crawford Hall, UoM Registrar …": a place
    if (
        name_start == i
        and i > 1
        and tokens[i - 1].lower in ("for", "of")
        and (tokens[i - 2].text[:1].isupper() or tokens[i - 2].lower in TITLE_WORDS)
    ):
        # "…, Associate Vice Chancellor for Engineering Research, Deputy Director": what a
        # title is for, not a name (but "the signatures of Jerry Inzerillo, GCEO of DGDA")
        return None
    # "Budi Santoso Wibowo, M.Eng., IPU (Rector, UGM)", "Siti Nurjanah, M.Si., Vice Rector
    # …": degrees after the name, then the title
    k = name_end
    degrees = _DEGREES_AFTER.match(text, tokens[name_end - 1].end)
    if degrees is not None and any(degrees.start() < m.start < degrees.end() for m in mentions):
        degrees = None  # ("Nektarios Nasikas, H.F.R.I. Director": an acronym, no degree)
    # ("Nigussie Meshesha (PhD), Managing Director for …": a degree in brackets)
    honour = _BRACKETED_DEGREE.match(text, tokens[name_end - 1].end) if degrees is None else None
    if honour is not None and text[honour.end() : honour.end() + 1] == ",":
        degrees = honour
    if degrees is not None:
        k = bisect_left([t.start for t in tokens], degrees.end(), lo=name_end)
        if k >= len(tokens):
            return None
    between = text[degrees.end() if degrees else tokens[name_end - 1].end : tokens[k].start]
    if between.strip() not in (",", "(", "—", "–", "─"):
        return None
    # "Dinara Sabirova, KFU's vice-rector for international affairs": whose title, first
    title_start = k
    before = next((m for m in mentions if m.start == tokens[k].start), None)
    if before is not None and re.match(r"['’]s\s", text[before.end : before.end + 3]):
        title_start = bisect_left([t.start for t in tokens], before.end + 2, lo=k)
    elif before is not None and re.match(r"\.? \w", text[before.end : before.end + 3]):
        # "Yulia Petrova, TPU Vice-Rector for International Affairs", "Nektarios Nasikas,
        # H.F.R.I. Director"
        after_org = bisect_left([t.start for t in tokens], before.end, lo=k)
        if _title_at(tokens, after_org):
            title_start = after_org
    elif (
        before is None
        and tokens[k].lower == "the"
        and k + 1 < len(tokens)
        and (owner_ := next((m for m in mentions if m.start == tokens[k + 1].start), None))
        and re.match(r" \w", text[owner_.end : owner_.end + 2])
        and _title_at(tokens, after := bisect_left([t.start for t in tokens], owner_.end, lo=k))
    ):
        # "Hua Guo, the CSIRO research director for coal mining, …"
        before, title_start = owner_, after
    elif before is None and (owner := _owner_words(text, tokens, k)):
        title_start = owner  # "Natalia Vorobyeva, Rosatom's Director for …", "Lyon 1's …"
    elif (
        before is None
        and tokens[k].lower == "the"
        and k + 2 < len(tokens)
        and re.match(r"['’]s\s", text[tokens[k + 1].end : tokens[k + 1].end + 3])
    ):
        title_start = k + 2  # "Nadia Fathy, the university's vice president for …"
    elif before is None and tokens[k].lower == "the" and _title_at(tokens, k + 1):
        title_start = k + 1  # "Kwabena Asante-Darko, the Vice-Chancellor of UCC"
    # "Simon Zhang, the Channel Service Project Manager, …": what they manage, in capitals,
    # before the title word
    first = _described_title(text, tokens, title_start + (tokens[k].lower == "the"), in_org)
    if first is not None:
        title_end = _title_run(text, tokens, first[1], lower_ok=True, liberal=True, in_org=in_org)
        # (a title, then a comma: not "…, LZU Vice President Zhao Mingyuan welcomed"; "…,
        # International Dean for the College of Physical Sciences, …": what it is for between)
        if re.match(
            r"\s*(?:(?:for|of|at)\s+[^,;.()]{1,80})?[,;]", text[tokens[title_end - 1].end :]
        ):
            title_start = first[0]
        else:
            first = None
    if first is None:
        title_end = _title_run(
            text, tokens, title_start, lower_ok=True, liberal=True, in_org=in_org
        )
        # ("Ruth Herrero Martin, Associate Professor Antonio García-Martin": the next one's
        # rank, no title)
        if title_end == title_start + 1 and _rank_before_name(text, tokens, title_start):
            title_end = title_start
    if title_end == title_start and name_start > i:
        # "Dr. Dimitris Lagoudas, University Distinguished Professor, Senior Associate Dean
        # for Research, …": a name after an honorific, its titles listed between commas; the
        # first the list holds
        for m in range(k + 1, min(k + 25, len(tokens))):
            if re.search(r"[.;:]\s*$", text[tokens[m - 1].end : tokens[m].start]):
                break
            if "," not in text[tokens[m - 1].end : tokens[m].start] or m in in_org:
                continue
            end = _title_run(text, tokens, m, lower_ok=True, liberal=True, in_org=in_org)
            if end > m:
                title_start, title_end = m, end
                break
    if title_end == title_start:
        return None
    title = _title_text(text, tokens[title_start].start, tokens[title_end - 1].end)
    org = before if title_start > k else None
    org = org or _mention_after(text, mentions, tokens[title_end - 1].end)
    return Person(
        name=_clean_name(text[tokens[name_start].start : tokens[name_end - 1].end]),
        title=title,
        start=tokens[i].start,
        end=tokens[title_end - 1].end,
        organisation=org,
    )


def _described_title(
    text: str, tokens: list[Token], i: int, in_org: set[int]
) -> tuple[int, int] | None:
    """Where a title told with what it is about in capitals begins, and where its title word
    is: "Channel Service Project Manager" (i, i + 3); None when tokens[i] is a title itself
    or no title word follows within three words in capitals."""
    if i >= len(tokens) or _is_title(tokens[i], lower_ok=True):
        return None
    for m in range(i, min(i + 4, len(tokens))):
        token = tokens[m]
        if m > i and text[tokens[m - 1].end : token.start] != " ":
            return None
        if _is_title(token, lower_ok=False):
            return (i, m) if m > i else None
        if (
            not token.text[:1].isupper()
            or token.text.isupper()
            or m in in_org
            or token.lower in HEAD_WORDS
            or token.lower in CONNECTORS
        ):
            return None
    return None


def _owner_words(text: str, tokens: list[Token], i: int) -> int:
    """Where the title begins after up to three words in capitals (a number among them) that
    end in "'s" ("Rosatom's", "Lyon 1's"); 0 when they are not there."""
    for k in range(i, min(i + 3, len(tokens))):
        if not (tokens[k].text[:1].isupper() or (k > i and tokens[k].text[:1].isdigit())):
            return 0
        if re.match(r"['’]s\s", text[tokens[k].end : tokens[k].end + 3]) or re.search(
            r"\d['’]s$", tokens[k].text
        ):
            return k + 1
        if text[tokens[k].end : tokens[k + 1].start if k + 1 < len(tokens) else None] != " ":
            return 0
    return 0


def _title_text(text: str, start: int, end: int) -> str:
    """A title as written, its bracket closed ("Deputy Director General (Crops)")."""
    title = text[start:end]
    if title.count("(") > title.count(")") and text[end : end + 1] == ")":
        title += ")"
    return title


def _clean_name(name: str) -> str:
    """The name without extra spaces, without honours after it ("Helen Carmody AO") and
    without a degree before it ("M.Sc. Gabriela Andrade Villacís")."""
    name = _DEGREE_BEFORE.sub("", name)
    return _HONOURS_AFTER.sub("", re.sub(r"\s+", " ", name).strip(" ,.")).strip(" ,.")


_DEGREE_BEFORE = re.compile(r"^(?:M\.?\s?Sc|Ph\.?\s?D|MBA|Mgtr|MSc|Mg)\.?\s+")
# Honours and degrees written after a name
# Degrees after a name, each with its dots ("M.Eng.", "Ph.D."), and letters in capitals after
# them ("IPU"): ", M.Eng., IPU"
_DEGREES_AFTER = re.compile(
    r"(?:\s*,\s*(?:[A-Z][a-z]{0,3}\.\s?(?:[A-Z][a-z]{0,3}\.)+|[A-Z][a-z]{1,3}\.))+"
    r"(?:\s*,\s*[A-Z]{2,4}(?=\s*[,(]))*"
)
_HONOURS_AFTER = re.compile(
    r"(?:\s+(?:AO|AC|AM|OAM|OBE|CBE|MBE|KBE|DBE|CMG|KCMG|FRS|FREng|FRSE|FAA|FTSE|FRSC|PhD|"
    # (and Papua New Guinea's: "Professor Ora Renagi OL", of the Order of Logohu)
    r"FSC|SJ|OP|OSB|CSC|IAS|IPS|IFS|HI|SI|TI|OL|GCL|CSM|ML)(?:\s*\(M\))?)+$"
)


def _of_after(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """An organisation right after a name, behind "of" ("… Takashi of Kanazawa University")."""
    for mention in mentions:
        if 0 <= mention.start - position <= 9 and re.fullmatch(
            r"\s+(?:of|at)\s+(?:the\s+)?", text[position : mention.start]
        ):
            return mention
    return None


def _mention_after(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """An organisation named right after a title: " of Xinjiang Normal University", ", Dong-A
    University", " at the University of Melbourne", "(International) of the University of
    Melbourne" (from inside the bracket that ends the title), " de la Universidad de
    Chihuahua", " da Universidade do Porto"."""
    for mention in mentions:
        gap = text[position : mention.start]
        if 0 <= mention.start - position <= 12 and re.fullmatch(
            r"\)?\s*(?:,|of|at|,\s*the|of the|at the|\)\s*,?|de(?:\s+la)?|del|da|do|di|della)?"
            r"\s*",
            gap,
        ):
            return mention
    return None

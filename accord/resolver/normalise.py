"""How names and affiliation strings are compared: folded (accents, case, punctuation), common
abbreviations written out, and country mentions recognised. No Django here."""

import gettext
import re
from collections import defaultdict
from functools import cache, lru_cache

import pycountry
from anyascii import anyascii

from accord.core.text import fold

# Abbreviations in affiliation strings, written out (after folding, so without dots).
ABBREVIATIONS = {
    "univ": "university", "uni": "university", "universitaet": "universitat",
    "inst": "institute", "instit": "institute", "tech": "technology", "technol": "technology",
    "natl": "national", "nat": "national",
    "sch": "school", "coll": "college", "dept": "department", "dep": "department",
    "lab": "laboratory", "labs": "laboratories",
    "sci": "science", "hosp": "hospital", "acad": "academy",
    "ctr": "center", "cntr": "center", "centre": "center", "med": "medical",
    "res": "research", "intl": "international", "int": "international",
    "engn": "engineering", "eng": "engineering", "fac": "faculty",
    "polytech": "polytechnic", "politech": "polytechnic", "assoc": "association",
    "telecommun": "telecommunications", "ltd": "limited", "corp": "corporation",
    "accel": "accelerator", "comput": "computing", "hlth": "health", "engg": "engineering",
    "mt": "mount", "ft": "fort", "st": "saint", "ste": "sainte",
    # numbered universities: "Lyon III" and "Lyon 3", "Paris VII" and "Paris 7" ("I", "V"
    # and "X" stay words: a letter of a name, "Division X")
    "ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
    "xi": "11", "xii": "12", "xiii": "13",
}  # fmt: skip
# The generic words of organisation names in the languages names are commonly written in, as
# one word: "Universidad de Chile" and "University of Chile", "Technische Universität
# Ilmenau" and "Technical University of Ilmenau" hold the same words.
SAME_WORD = {
    word: common
    for common, spellings in {
        "university": "universite universidad universidade universita universitat universitaet"
        " universiteit universitet uniwersytet univerzita universitas universiti universitesi"
        " universitatea",
        "institute": "institut instituto istituto instytut",
        "technical": "technische technischen tecnica tecnico technique technicka",
        "technology": "technologie tecnologia tecnologica tecnologico technologii technological",
        "national": "nacional nazionale nationale nationales",
        "center": "centre centro zentrum centrum",
        "hospital": "hopital ospedale krankenhaus",
        "school": "ecole escuela escola scuola",
        "academy": "academie academia akademie akademia akademiya",
        "research": "recherche recherches investigacion investigacao ricerca ricerche forschung",
        "polytechnic": "politecnico polytechnique politecnica politechnika polytechnique"
        " politeknik politehnica",
        "agriculture": "agricultural agricola agricole agraria",
        "laboratory": "laboratoire laboratorio",
        "foundation": "fondation fundacion fundacao fondazione stiftung",
        "medicine": "medecine medicina medizin",
        "federal": "federale",
        "international": "internacional internationale internazionale internacionais",
        "science": "ciencia ciencias scienze sciences scienza nauk",
        "medical": "medica medico medicale medizinische medicas",
        "state": "estatal estadual statale staatliche",
        "catholic": "catolica catholique cattolica katholische",
    }.items()
    for word in spellings.split()
}
# Words that say nothing about which organisation is meant.
STOPWORDS = frozenset(
    "the of and for in at de di du des la le da do dos das der die und y e et a del della"
    " degli delle dello los las el".split()
)
# "… named after M. Tynyshpayev", "… imeni Lomonosova": how a name honours a person
_NAMED_AFTER = re.compile(r"\b(?:named after|named for|imeni|im\.)\s(.*)$", re.IGNORECASE)
# What often comes before an affiliation: "Currently at Google", "Present address: …"
_BOILERPLATE = re.compile(
    r"^\W*(?:(?:current|present|permanent)(?:ly)?\s+(?:address|at|with)|now\s+(?:at|with)|"
    r"also\s+(?:at|with)|formerly\s+(?:at|with))\b[\s:,]*",
    re.IGNORECASE,
)
# A company's legal form at the end of its name: "Canon Inc.", "Fujitsu Ltd", "Bosch GmbH"
_LEGAL_FORM = re.compile(
    r"(?:[\s,]+(?:inc|ltd|llc|plc|gmbh|ag|s\.?a|s\.?r\.?l|s\.?p\.?a|b\.?v|n\.?v|"
    r"co|corp|corporation|company|pvt|pty|limited|incorporated)\.?)+\s*$",
    re.IGNORECASE,
)
# The words of a company's legal form (as normalised): the last words the legal form's
# pattern can remove
LEGAL_WORDS = frozenset(
    "inc ltd llc plc gmbh ag sa srl spa bv nv co corp corporation company pvt pty limited"
    " incorporated".split()
)
# ROR tells companies apart by their country: "Canon (Japan)"
_COUNTRY_AFTER = re.compile(r"\s*\(([^()]+)\)\s*$")
# An article or "of" run into the next word by an apostrophe ("dell'Università", "d'Histoire"):
# said nothing, like "de" and "la"
_ELIDED = re.compile(r"\b(dell|dall|nell|sull|l|d)['’](?=\w)", re.IGNORECASE)
# "Università degli Studi di Firenze": "of studies" in an Italian university's name says
# nothing; it is the "Università di Firenze"
_OF_STUDIES = re.compile(r"\bdegli studi\b", re.IGNORECASE)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# A short word with a capital inside is one word, not two run together: "TianJin", "McGill"
# (not "DiegoLa Jolla": a word and an article run together)
_COMPOUND = re.compile(r"\b[A-Z][a-z]{1,5}([A-Z][a-z]{1,5})\b")
_RUN_TOGETHER = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
# "#TAB#" and "#N#": a tab and a line break as some affiliation exports escape them
_SPLIT = re.compile(r"(?:[,;()\[\]\n|/]|#TAB#|#N#)+|\s[-–—]\s|\s@\s")


@lru_cache(maxsize=1 << 16)  # the parts of affiliation strings repeat
def normalise(text: str) -> str:
    """A name as compared: folded, "&" as "and", abbreviations written out, a leading "the"
    dropped. "Univ. of Illinois @ Urbana-Champaign" → "university of illinois urbana champaign"."""
    if not text.islower():
        text = _COMPOUND.sub(_one_word, text)
    if "'" in text or "’" in text:
        text = _ELIDED.sub("", text)
    if "tudi" in text:
        text = _OF_STUDIES.sub(" ", text)
    text = _RUN_TOGETHER.sub(" ", text)  # "PennsylvaniaPhiladelphia", "University1-21"
    words = fold(text.replace("&", " and ").replace("@", " at ")).split()
    words = [ABBREVIATIONS.get(w, w) for w in words]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _one_word(match: re.Match[str]) -> str:
    word = match.group()
    return word if match.group(1).lower() in STOPWORDS else word.lower()


def tokens(normalised: str) -> list[str]:
    """The words that tell names apart: stopwords left out, a plural "s" dropped ("sciences"
    and "science" are one word), the generic words of other languages as their English one
    ("Universität" is "university"). One-letter words stay: "Zhejiang A & F University" is not
    "Zhejiang University"."""
    return [_token(w) for w in normalised.split() if w not in STOPWORDS]


@lru_cache(maxsize=1 << 16)
def _token(word: str) -> str:
    return SAME_WORD.get(word) or singular(word)


def variants(name: str) -> list[str]:
    """Other ways the same name is written: German vowels spelled out ("Würzburg" as
    "Wuerzburg"), other scripts in Latin letters ("Московский…" as "Moskovskiy…"), and
    without the person it is named after."""
    found = [name.translate(_UMLAUTS)]
    if not name.isascii() and not fold(name).isascii():
        found.append(anyascii(name))
    found += [without_named_after(name), without_country(name)]
    return [variant for variant in found if variant != name]


def without_country(name: str) -> str:
    """ "Canon (Japan)" → "Canon": how ROR tells companies of one name apart."""
    qualified = _COUNTRY_AFTER.search(name) if name.endswith(")") else None
    if qualified and normalise(qualified.group(1)) in country_words():
        return name[: qualified.start()]
    return name


@lru_cache(maxsize=1 << 16)
def bare(text: str) -> str:
    """An organisation's name without what is said around it: "Currently at Canon Inc." →
    "Canon", "… named after M. Tynyshpayev" dropped (the text itself when there is nothing
    to drop)."""
    text = _RUN_TOGETHER.sub(" ", text)
    stripped = without_named_after(_BOILERPLATE.sub("", text))
    # (the legal form's pattern only where the last word can be one: it is costly to try)
    last = stripped.rstrip(" .,").rpartition(" ")[2].rstrip(".").lower().replace(".", "")
    if last in LEGAL_WORDS:
        stripped = _LEGAL_FORM.sub("", stripped)
    return stripped.strip() or text


def without_named_after(text: str) -> str:
    """ "Kazakh Academy of Transport and Communications named after M. Tynyshpayev" → "Kazakh
    Academy of Transport and Communications" (the text itself when it names nobody)."""
    found = _named_after(text)
    if found is None:
        return text.strip(" ,.-")
    return (text[: found.start()] + text[found.end() :]).strip(" ,.-")


def _named_after(text: str) -> re.Match[str] | None:
    """Where a name says whom it honours ("named after M. Tynyshpayev"), if it does (the
    regex runs only where its words are)."""
    lower = text.lower()
    if "named" not in lower and "imeni" not in lower and "im." not in lower:
        return None
    return _NAMED_AFTER.search(text)


def named_after(text: str) -> str | None:
    """Whom a name honours, initials left out: "Kazakh National University named after
    Al-Farabi" → "Al-Farabi", "… named after S.Seifullin" → "Seifullin" (None when it names
    nobody)."""
    found = _named_after(text)
    if found is None:
        return None
    person = re.sub(r"\b[A-ZА-Я]\.\s*", "", found.group(1)).strip(" ,.-")
    return person or None


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def segments(text: str) -> list[str]:
    """The parts of an affiliation string: "Dept. of Physics, Univ. of Liverpool, UK" →
    ["Dept. of Physics", "Univ. of Liverpool", "UK"]; parentheses too ("NUST (Pakistan)")."""
    return [p.strip() for p in _SPLIT.split(text) if p and p.strip()]


def acronym_form(text: str) -> str:
    """How an acronym is looked up: letters and digits only, upper case ("N.U.S.T." → NUST)."""
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def looks_like_acronym(text: str) -> bool:
    stripped = text.strip()
    letters = acronym_form(stripped)
    return 2 <= len(letters) <= 10 and " " not in stripped and stripped.upper() == stripped


@cache
def country_name(code: str) -> str:
    """A country's name in English ("" for an unknown code)."""
    country = pycountry.countries.get(alpha_2=code)
    return (getattr(country, "common_name", None) or country.name) if country else ""


@cache
def country_words() -> dict[str, str]:
    """Normalised country names and codes as written in addresses → ISO alpha-2."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names[normalise(value)] = country.alpha_2
        names[country.alpha_3.lower()] = country.alpha_2
    # "Palestine" for "Palestine, State of", "Micronesia" for "Micronesia, Federated States
    # of": the name before the comma, when no other country is named so (not "Virgin
    # Islands", British or U.S.)
    before_comma: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        if ", " in country.name:
            before_comma[normalise(country.name.split(", ")[0])].add(country.alpha_2)
    for name, codes in before_comma.items():
        if len(codes) == 1:
            names.setdefault(name, codes.pop())
    names.update({
        "usa": "US", "u s a": "US", "united states of america": "US", "us": "US",
        "uk": "GB", "u k": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
        "northern ireland": "GB", "great britain": "GB", "britain": "GB",
        "p r china": "CN", "pr china": "CN", "peoples republic of china": "CN",
        "people s republic of china": "CN", "china": "CN", "korea": "KR", "south korea": "KR",
        "republic of korea": "KR", "russia": "RU", "iran": "IR", "vietnam": "VN",
        "taiwan": "TW", "czech republic": "CZ", "turkey": "TR", "turkiye": "TR",
        "the netherlands": "NL", "holland": "NL", "kosovo": "XK",
        "uae": "AE", "u a e": "AE", "ksa": "SA",
    })  # fmt: skip
    return names


@cache
def country_words_translated() -> dict[str, str]:
    """Normalised country names in Spanish, Portuguese and French (pycountry's translations)
    → ISO alpha-2: "Japón", "Estados Unidos", "Coreia do Sul". Not among `country_words`,
    which reads addresses: there "Granada" is a city, not Grenada. The extractor reads them
    only in a name's "de <country>" ending, and cuts it only when the registry knows the rest
    of the name in that country."""
    names: dict[str, str] = {}
    for language in ("es", "pt", "fr"):
        translated = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        for country in pycountry.countries:
            for attribute in ("name", "common_name"):
                value = getattr(country, attribute, None)
                if value:
                    names.setdefault(normalise(translated.gettext(value)), country.alpha_2)
    return names


# Two-letter codes that in addresses are more often a state or province than a country: US
# states, Canadian provinces and territories, Australian states
SUBDIVISIONS = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
    " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR"
    " AB BC MB NB NL NS NT NU ON PE QC SK YT"
    " SA WA NT".split()
)


def _country_code(word: str) -> str | None:
    """A country written as its ISO code after a name ("Hebei University of Technology CN"):
    upper case, and not a state's or province's code ("…, Boston, MA")."""
    if word.strip("IVX") == "":
        return None  # "Université Paris VI": a number, not the Virgin Islands
    if len(word) == 2 and word.isalpha() and word.isupper() and word not in SUBDIVISIONS:
        return word if country_name(word) else None
    return None


@lru_cache(maxsize=1 << 16)
def country_after(text: str) -> tuple[str, str] | None:
    """A name and the country written after it, without a comma: "National Research Council
    of Italy", "University of Wisconsin Madison US", "… Sciences China" → (the name, its
    ISO code); None when the text does not end so or too little comes before."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size + 1:
            continue
        tail = " ".join(words[-size:])
        if not tail.replace(" ", "").isalpha() or words[-size - 1].endswith((",", ";")):
            continue  # "… (Italy)", "…, Italy": a part of its own, looked up as such
        code = country_words().get(normalise(tail)) if size > 1 or len(tail) > 3 else None
        code = code or (_country_code(tail) if size == 1 else None)
        if code is None:
            continue
        rest = words[:-size]
        if rest[-1].lower() == "of":
            rest = rest[:-1]
        if len(rest) >= 2:
            return " ".join(rest).strip(" ,"), code
    return None


@lru_cache(maxsize=1 << 16)
def countries_in(text: str) -> frozenset[str]:
    """ISO codes of the countries a string names as one of its parts ("…, Pakistan",
    "NUST (Pakistan)") or as its last words ("… Jeollanam-do Korea")."""
    found: set[str] = set()
    words = country_words()
    for part in segments(text):
        name = normalise(part)
        if name in words:
            found.add(words[name])
            continue
        tail = name.split()
        for size in (3, 2, 1):  # "… Beijing 100084 China", "… Seoul, South Korea"
            code = words.get(" ".join(tail[-size:])) if len(tail) > size else None
            if code is not None and not tail[-size].isdigit():
                # a last word of 2-3 letters is no country ("… Boston, MA"), unless a postcode
                # comes before it ("… MA 02139 USA")
                if size > 1 or len(tail[-1]) > 3 or (len(tail[-1]) == 3 and tail[-2].isdigit()):
                    found.add(code)
                break
    after = country_after(text.strip(" ,.;"))
    if after is not None:
        found.add(after[1])
    return frozenset(found)

"""How names and affiliation strings are compared: folded (accents, case, punctuation), common
abbreviations written out, and country mentions recognised. No Django here."""

import re
from functools import cache

import pycountry

from accord.core.text import fold

# Abbreviations in affiliation strings, written out (after folding, so without dots).
ABBREVIATIONS = {
    "univ": "university", "uni": "university", "universitaet": "universitat",
    "inst": "institute", "instit": "institute", "tech": "technology", "technol": "technology",
    "natl": "national", "nat": "national", "nationale": "nationale",
    "sch": "school", "coll": "college", "dept": "department", "dep": "department",
    "lab": "laboratory", "labs": "laboratories", "lab.": "laboratory",
    "sci": "science", "sciences": "sciences", "hosp": "hospital", "acad": "academy",
    "ctr": "center", "cntr": "center", "centre": "center", "med": "medical",
    "res": "research", "intl": "international", "int": "international",
    "engn": "engineering", "eng": "engineering", "fac": "faculty",
    "polytech": "polytechnic", "politech": "polytechnic", "assoc": "association",
    "mt": "mount", "ft": "fort", "st": "saint", "ste": "sainte",
}  # fmt: skip
# Words that say nothing about which organisation is meant.
STOPWORDS = frozenset(
    "the of and for in at de di du des la le da do dos das der die und y e".split()
)
_RUN_TOGETHER = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_SPLIT = re.compile(r"[,;()\[\]\n|/]+|\s[-–—]\s|\s@\s")


def normalise(text: str) -> str:
    """A name as compared: folded, "&" as "and", abbreviations written out, a leading "the"
    dropped. "Univ. of Illinois @ Urbana-Champaign" → "university of illinois urbana champaign"."""
    text = _RUN_TOGETHER.sub(" ", text)  # "PennsylvaniaPhiladelphia", "University1-21"
    words = fold(text.replace("&", " and ").replace("@", " at ")).split()
    words = [ABBREVIATIONS.get(w, w) for w in words]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def tokens(normalised: str) -> list[str]:
    """The words that tell names apart: stopwords and one-letter words left out, a plural
    "s" dropped ("sciences" and "science" are one word)."""
    return [_singular(w) for w in normalised.split() if w not in STOPWORDS and len(w) > 1]


def _singular(word: str) -> str:
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
    names.update({
        "usa": "US", "u s a": "US", "united states of america": "US", "us": "US",
        "uk": "GB", "u k": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
        "northern ireland": "GB", "great britain": "GB", "britain": "GB",
        "p r china": "CN", "pr china": "CN", "peoples republic of china": "CN",
        "people s republic of china": "CN", "china": "CN", "korea": "KR", "south korea": "KR",
        "republic of korea": "KR", "russia": "RU", "iran": "IR", "vietnam": "VN",
        "taiwan": "TW", "czech republic": "CZ", "turkey": "TR", "turkiye": "TR",
        "the netherlands": "NL", "holland": "NL", "kosovo": "XK",
    })  # fmt: skip
    return names


def countries_in(text: str) -> set[str]:
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
            if len(tail) > size and " ".join(tail[-size:]) in words and not tail[-size].isdigit():
                code = words[" ".join(tail[-size:])]
                if size > 1 or len(tail[-1]) > 3:  # a last word of 2-3 letters is no country
                    found.add(code)
                break
    return found

"""Text helpers with no Django in them, so any layer (a model, a selector, a name resolver, a
script) folds text the same way."""

import unicodedata

# Letters that carry their mark in the letter itself, so decomposition leaves them alone.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
# Dropped, not spaced: "Xi'an" folds to "xian", so typing either "xian" or "xi an" finds it.
_APOSTROPHES = frozenset("'’‘ʼ`´")


# The same for ASCII text, done in one pass (most names are ASCII: the resolver folds
# hundreds of thousands of them)
_ASCII = {c: " " for c in range(128) if not chr(c).isalnum()} | {ord("'"): None, ord("`"): None}


def fold(text: str) -> str:
    """A search key for a name: compatibility forms decomposed (NFKD: full-width letters,
    ligatures), accents and other combining marks dropped, case folded, punctuation and
    symbols turned into spaces, whitespace collapsed. "Université Libre, Bruxelles" and
    "universite libre bruxelles" fold alike; Chinese and other scripts without case keep
    their characters."""
    if text.isascii():
        return " ".join(text.lower().translate(_ASCII).split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) or char in _APOSTROPHES:
            continue
        category = unicodedata.category(char)
        if category == "Cf":  # soft hyphens, zero-width joiners: invisible, so dropped
            continue
        kept.append(" " if category[0] in "PSZC" else char)
    return " ".join("".join(kept).translate(_LETTERS).split())

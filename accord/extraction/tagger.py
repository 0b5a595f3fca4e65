"""Phrases read from how the words around them are written: a linear-chain conditional
random field (CRFsuite, through python-crfsuite) over a text's words, trained on phrases the
project's labelled news items mark.

The extractor uses one for cooperation areas (`areas.crfsuite`, trained by
`bench/train_areas.py`): the labelled items lift areas from the text as written ("joint
supervision of PhD students", "marine renewable energy", "movilidad de investigadores"), in
lists after many cues and in many shapes no handful of patterns covers. The weights are
shipped beside this module: nothing is downloaded, and a text is tagged the same way on every
machine. No Django here.
"""

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path

import pycrfsuite

AREAS_MODEL = Path(__file__).with_name("areas.crfsuite")
PLACES_MODEL = Path(__file__).with_name("places.crfsuite")

# a word (with the hyphens, apostrophes, dots and ampersands inside it), or one sign (a
# sentence's full stop apart from its last word)
_TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")
_UPPER = re.compile(r"[^\W\d_a-zß-ÿ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_DIGIT = re.compile(r"\d")
_REPEATS = re.compile(r"(.)\1{2,}")
# Words that name a cooperation's document: areas are told in or near their sentences
_DOCUMENT_WORDS = frozenset(
    """agreement agreements mou mous moa memorandum memoranda partnership partnerships pact
    accord convenio convenios acuerdo acuerdos memorando memorándum protocol protocolo
    cooperation collaboration cooperación colaboración""".split()
)


def tokens(text: str) -> list[tuple[int, int]]:
    """The text's words and signs, as character spans."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1 << 16)
def _shape(word: str) -> str:
    """ "Xx" for "University", "XX" for "MIT", "dd" for "2024": letters' case, digits."""
    shape = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _REPEATS.sub(r"\1\1", shape)


def features(text: str, spans: Sequence[tuple[int, int]]) -> list[list[str]]:
    """Each word's signs: the word in lower case, its shape, its first and last three
    letters, whether a line begins with it, whether its sentence names a document
    ("agreement", "MoU", "convenio"), the pairs it makes with the words before and after
    it, and the word, shape and capital of the three words either side."""
    own = []
    for start, end in spans:
        word = text[start:end]
        lower = word.lower()
        own.append(
            (
                lower,
                _shape(word),
                word[:1].isupper(),
                "\n" in text[max(0, start - 2) : start],
                lower[:3],
                lower[-3:],
            )
        )
    rows = []
    count = len(own)
    # each word's sentence, and whether it names a document ("agreement", "MoU", "convenio")
    sentence = []
    documents: list[bool] = [False]
    for n, item in enumerate(own):
        if item[3] and n:
            documents.append(False)  # a line begins a sentence
        sentence.append(len(documents) - 1)
        if item[0] in _DOCUMENT_WORDS:
            documents[-1] = True
        if item[0] in (".", "!", "?"):
            documents.append(False)
    for n, (lower, shape, capital, line, first, last) in enumerate(own):
        row = [f"w={lower}", f"s={shape}", f"p={first}", f"x={last}"]
        if documents[sentence[n]]:
            row.append("doc")
        if capital:
            row.append("cap")
        if line:
            row.append("line")
        if n > 0:
            row.append(f"b={own[n - 1][0]}|{lower}")
        if n + 1 < count:
            row.append(f"a={lower}|{own[n + 1][0]}")
        for step in (-3, -2, -1, 1, 2, 3):
            m = n + step
            if 0 <= m < count:
                other = own[m]
                row.append(f"{step}w={other[0]}")
                row.append(f"{step}s={other[1]}")
                if other[2]:
                    row.append(f"{step}cap")
            else:
                row.append(f"{step}edge")
        rows.append(row)
    return rows


def labels(spans: Sequence[tuple[int, int]], phrases: Iterable[tuple[int, int]]) -> list[str]:
    """ "B" for the first word of a phrase, "I" for its others, "O" for the rest: what the
    tagger learns from (`phrases`: their character spans)."""
    tags = ["O"] * len(spans)
    for start, end in phrases:
        inside = [n for n, (s, e) in enumerate(spans) if s >= start and e <= end]
        for k, n in enumerate(inside):
            tags[n] = "B" if k == 0 else "I"
    return tags


def _decoded(spans: Sequence[tuple[int, int]], tags: Sequence[str]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    current: list[int] | None = None
    for (start, end), tag in zip(spans, tags, strict=True):
        if tag == "B" or (tag == "I" and current is None):
            if current is not None:
                found.append((current[0], current[1]))
            current = [start, end]
        elif tag == "I" and current is not None:
            current[1] = end
        elif current is not None:
            found.append((current[0], current[1]))
            current = None
    if current is not None:
        found.append((current[0], current[1]))
    return found


class Tagger:
    """A trained tagger, read from its file; `Tagger(None)` reads nothing."""

    def __init__(self, path: Path | None) -> None:
        self._tagger: pycrfsuite.Tagger | None = None
        if path is None:
            return
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no tagger weights there")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def phrases(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """The character spans the tagger reads as its phrases in `text[start:end]` (a
        sentence, say: only its words are weighed), in text order."""
        if self._tagger is None:
            return []
        end = len(text) if end is None else end
        spans = [(s + start, e + start) for s, e in tokens(text[start:end])]
        if not spans:
            return []
        return _decoded(spans, self._tagger.tag(features(text, spans)))


@cache
def areas_tagger() -> Tagger:
    """The tagger of cooperation areas shipped with Accord (`areas.crfsuite`)."""
    return Tagger(AREAS_MODEL)


@cache
def places_tagger() -> Tagger:
    """The tagger of events' places shipped with Accord (`places.crfsuite`)."""
    return Tagger(PLACES_MODEL)


def train(
    examples: Iterable[tuple[str, Iterable[tuple[int, int]]]],
    path: Path,
    *,
    c1: float = 1.0,
    c2: float = 0.01,
    iterations: int = 150,
) -> None:
    """Train a tagger on (text, phrases' character spans) pairs and write it to `path`. The
    same examples and settings give the same file."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, phrases in examples:
        spans = tokens(text)
        if spans:
            trainer.append(features(text, spans), labels(spans, phrases))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(path))

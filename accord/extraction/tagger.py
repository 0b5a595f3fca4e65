"""Phrases read from how the words around them are written: a linear-chain conditional
random field (CRFsuite, through python-crfsuite) over a text's words, trained on phrases the
project's labelled news items mark.

The extractor uses three, trained by `bench/train_areas.py`:
- cooperation areas (`areas.crfsuite`): the labelled items lift areas from the text as
  written ("joint supervision of PhD students", "marine renewable energy", "movilidad de
  investigadores"), in lists after many cues and in many shapes no handful of patterns
  covers;
- events' places (`places.crfsuite`);
- the names of the organisations a story is about (`orgs.crfsuite`): every form the labels
  give of each ("Qatar Fund For Development", "QFFD"), wherever the text writes it. The rules
  find names by how they are built ("University of …", "… Co., Ltd."); the tagger also finds
  those written as no rule expects ("COLFUTURO", "la Embajada", "Wageningen UR"), from the
  words around them.

The weights are shipped beside this module: nothing is downloaded, and a text is tagged the
same way on every machine. No Django here.
"""

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path

import pycrfsuite

AREAS_MODEL = Path(__file__).with_name("areas.crfsuite")
PLACES_MODEL = Path(__file__).with_name("places.crfsuite")
ORGS_MODEL = Path(__file__).with_name("orgs.crfsuite")

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


def _shape(word: str) -> str:
    """ "Xx" for "University", "XX" for "MIT", "dd" for "2024": letters' case, digits."""
    shape = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _REPEATS.sub(r"\1\1", shape)


def features(text: str, spans: Sequence[tuple[int, int]]) -> list[list[str]]:
    """Each word's signs: the word in lower case, its shape, its first and last three
    letters, whether a line begins with it, whether its sentence names a document
    ("agreement", "MoU", "convenio"), the pairs it makes with the words before and after
    it, and the word, shape and capital of the three words either side."""
    own = [_word_signs(text[start:end]) for start, end in spans]
    lines = [start > 0 and "\n" in text[max(0, start - 2) : start] for start, _ in spans]
    count = len(own)
    # each word's sentence, and whether it names a document ("agreement", "MoU", "convenio")
    sentence = []
    documents: list[bool] = [False]
    for n, item in enumerate(own):
        if lines[n] and n:
            documents.append(False)  # a line begins a sentence
        sentence.append(len(documents) - 1)
        if item[0] in _DOCUMENT_WORDS:
            documents[-1] = True
        if item[0] in (".", "!", "?"):
            documents.append(False)
    rows = []
    for n, (lower, capital, mine, _) in enumerate(own):
        row = list(mine)
        if documents[sentence[n]]:
            row.append("doc")
        if capital:
            row.append("cap")
        if lines[n]:
            row.append("line")
        if n > 0:
            row.append(f"b={own[n - 1][0]}|{lower}")
        if n + 1 < count:
            row.append(f"a={lower}|{own[n + 1][0]}")
        for k, step in enumerate(_STEPS):
            m = n + step
            if 0 <= m < count:
                row.extend(own[m][3][k])
            else:
                row.append(_EDGES[k])
        rows.append(row)
    return rows


_STEPS = (-3, -2, -1, 1, 2, 3)
_EDGES = tuple(f"{step}edge" for step in _STEPS)


@lru_cache(maxsize=1 << 16)
def _word_signs(
    word: str,
) -> tuple[str, bool, tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What a word says of itself (its lower case, whether it begins with a capital, its
    own signs) and, seen from the three words either side, of a neighbour (one tuple per
    step): the same strings for the same word, made once."""
    lower = word.lower()
    shape = _shape(word)
    capital = word[:1].isupper()
    mine = (f"w={lower}", f"s={shape}", f"p={lower[:3]}", f"x={lower[-3:]}")
    around = tuple(
        (f"{step}w={lower}", f"{step}s={shape}", f"{step}cap")
        if capital
        else (f"{step}w={lower}", f"{step}s={shape}")
        for step in _STEPS
    )
    return lower, capital, mine, around


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
        if start == 0 and end is None:
            # the whole text: its words' signs are the same for every tagger, read once
            spans, items = _whole(text)
        else:
            end = len(text) if end is None else end
            spans = [(s + start, e + start) for s, e in tokens(text[start:end])]
            items = pycrfsuite.ItemSequence(features(text, spans))
        if not spans:
            return []
        return _decoded(spans, self._tagger.tag(items))


@lru_cache(maxsize=2)
def _whole(text: str) -> tuple[list[tuple[int, int]], pycrfsuite.ItemSequence]:
    """A whole text's words and their signs, kept for the next tagger of the same text (as
    CRFsuite's own sequence: turning the signs into one costs as much as tagging them)."""
    spans = tokens(text)
    return spans, pycrfsuite.ItemSequence(features(text, spans))


@cache
def areas_tagger() -> Tagger:
    """The tagger of cooperation areas shipped with Accord (`areas.crfsuite`)."""
    return Tagger(AREAS_MODEL)


@cache
def orgs_tagger() -> Tagger:
    """The tagger of the names of the organisations a story is about, shipped with Accord
    (`orgs.crfsuite`)."""
    return Tagger(ORGS_MODEL)


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
    same examples and settings give the same file. No example with words is a ValueError
    (CRFsuite would crash the process)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    read = 0
    for text, phrases in examples:
        spans = tokens(text)
        if spans:
            trainer.append(features(text, spans), labels(spans, phrases))
            read += 1
    if not read:
        raise ValueError(f"{path}: no text to train on")
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(path))

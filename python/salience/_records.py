"""The value objects of a summary: spans, sentences, their features, and budgets.

A leaf of the package (see salience/__init__.py): it imports only the compiled core, so that
the presenters (_html, _frame) and the checks (_validation) can use these types without
importing Summary.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Literal

from salience import _core

SpanKind = Literal["sentence", "title", "dateline", "speaker"]
BudgetKind = Literal["sentences", "ratio", "words", "chars"]

FEATURE_NAMES: tuple[str, ...] = _core.FEATURE_NAMES


def shorten(text: str, width: int = 60) -> str:
    """``text``, cut to ``width`` code points with an ellipsis when it is longer."""
    return text if len(text) <= width else text[: width - 1] + "…"


# Characters of scripts written without spaces between sentences, and their punctuation:
# CJK symbols and punctuation, kana, Bopomofo, CJK ideographs, compatibility and fullwidth
# forms. Hangul is not among them: Korean puts spaces between words and sentences.
_UNSPACED_RANGES = (
    (0x3000, 0x30FF),
    (0x3100, 0x312F),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFF60),
    (0x20000, 0x3134F),
)


def _unspaced(character: str) -> bool:
    code = ord(character)
    return any(low <= code <= high for low, high in _UNSPACED_RANGES)


def join_sentences(parts: list[str]) -> str:
    """Join sentences as their text does: nothing between two sentences when the characters
    at the join (the last of one, the first of the next) are both of scripts written without
    spaces, such as Chinese and Japanese (``"。"`` then ``"数"``); a space otherwise. Decided
    by the characters, not by the language, so mixed texts join each pair as they read."""
    joined: list[str] = []
    for part in parts:
        if joined and part and not (_unspaced(joined[-1][-1]) and _unspaced(part[0])):
            joined.append(" ")
        joined.append(part)
    return "".join(joined)


@dataclass(frozen=True, slots=True)
class Span:
    """A segment of a text: ``text[span.start:span.end] == span.text`` (code points).

    ``kind`` is ``"sentence"``, ``"title"`` (a headline line), ``"dateline"`` (such as
    ``"WASHINGTON (Reuters) -"``) or ``"speaker"`` (in a transcript, the name of the label
    that opens a turn, ``"Project Manager"`` of ``"Project Manager: So."``); ``paragraph``
    counts paragraphs from 0.
    """

    text: str
    start: int
    end: int
    index: int
    kind: SpanKind = "sentence"
    paragraph: int = 0


class Features(Mapping[str, float]):
    """Read-only mapping of feature names to their contributions to a sentence's score."""

    __slots__ = ("_values",)

    def __init__(self, values: tuple[float, ...]) -> None:
        if len(values) != len(FEATURE_NAMES):
            raise ValueError(f"expected {len(FEATURE_NAMES)} feature values, got {len(values)}")
        self._values = tuple(values)

    @classmethod
    def _trusted(cls, values: tuple[float, ...]) -> Features:
        """The features of ``values``, a tuple of the right length (the core's rows)."""
        features = object.__new__(cls)
        features._values = values
        return features

    def __getitem__(self, name: str) -> float:
        try:
            return self._values[FEATURE_NAMES.index(name)]
        except ValueError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(FEATURE_NAMES)

    def __len__(self) -> int:
        return len(FEATURE_NAMES)

    def __hash__(self) -> int:
        return hash(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Features):
            return self._values == other._values
        return Mapping.__eq__(self, other)

    def __reduce__(self) -> tuple[type[Features], tuple[tuple[float, ...]]]:
        return (Features, (self._values,))

    def __repr__(self) -> str:
        pairs = zip(FEATURE_NAMES, self._values, strict=True)
        items = ", ".join(f"{name}={value:.4f}" for name, value in pairs)
        return f"Features({items})"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A candidate sentence of a summarized text.

    ``index`` is its position among the text's spans (as :func:`salience.split_sentences`
    numbers them), ``start``/``end`` are code-point offsets into the text, ``score`` is the
    sum of ``features``' contributions and ``rank`` is 1 for the best sentence.
    ``document`` is the index of the text it is from among those given to
    :func:`salience.summarize_documents` (its offsets are into that text); 0 in the summary
    of a single text, which is a cluster of one. In a transcript, ``speaker`` is the name
    of the label that opens the sentence's turn (``"Project Manager"``); it is ``None`` in
    other texts and in a paragraph without one.
    """

    text: str
    index: int
    start: int
    end: int
    score: float
    rank: int
    words: int
    features: Features
    document: int = 0
    speaker: str | None = None

    def __setstate__(self, state: list[object]) -> None:
        # A Sentence pickled before a field was added holds fewer values: the fields after
        # them keep their defaults.
        for field in fields(self)[len(state) :]:
            object.__setattr__(self, field.name, field.default)
        for field, value in zip(fields(self), state, strict=False):
            object.__setattr__(self, field.name, value)

    def __repr__(self) -> str:
        document = f", document={self.document}" if self.document else ""
        return (
            f"Sentence(rank={self.rank}, index={self.index}{document}, score={self.score:.4f}, "
            f"text={shorten(self.text)!r})"
        )


@dataclass(frozen=True, slots=True)
class Budget:
    """The length budget a summary was made for: ``kind`` and its ``value`` (an int for
    sentences, words and chars; a float in (0, 1] for ratio)."""

    kind: BudgetKind
    value: int | float

    def __str__(self) -> str:
        return f"{self.kind}={self.value}"


# These classes pickle, and print their type, under "salience._results", the module they
# were defined in up to 0.1.0, so that pickles made before and after the move are the same
# bytes and load in either version: salience._results imports them (and the types their
# annotations name), so that the name resolves. Set after the class statements, since
# dataclass() reads the module the class is defined in.
for _pickled in (Span, Features, Sentence, Budget):
    _pickled.__module__ = "salience._results"
del _pickled

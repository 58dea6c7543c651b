"""The value objects of a summary: spans, sentences, their features, and budgets.

A leaf of the package (see salience/__init__.py): it imports only the compiled core, so that
the presenters (_html, _frame) and the checks (_validation) can use these types without
importing Summary.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from salience import _core

SpanKind = Literal["sentence", "title", "dateline", "speaker"]
BudgetKind = Literal["sentences", "ratio", "words", "chars"]

FEATURE_NAMES: tuple[str, ...] = _core.FEATURE_NAMES


def shorten(text: str, width: int = 60) -> str:
    """``text``, cut to ``width`` code points with an ellipsis when it is longer."""
    return text if len(text) <= width else text[: width - 1] + "…"


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
    sum of ``features``' contributions and ``rank`` is 1 for the best sentence. In a
    transcript, ``speaker`` is the name of the label that opens the sentence's turn
    (``"Project Manager"``); it is ``None`` in other texts and in a paragraph without one.
    """

    text: str
    index: int
    start: int
    end: int
    score: float
    rank: int
    words: int
    features: Features
    speaker: str | None = None

    def __repr__(self) -> str:
        return (
            f"Sentence(rank={self.rank}, index={self.index}, score={self.score:.4f}, "
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

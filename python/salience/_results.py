"""Immutable result objects: spans, sentences with their scores, and summaries."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from salience import _core

SpanKind = Literal["sentence", "title", "dateline"]
BudgetKind = Literal["sentences", "ratio", "words", "chars"]

FEATURE_NAMES: tuple[str, ...] = _core.FEATURE_NAMES


def _shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True, slots=True)
class Span:
    """A segment of a text: ``text[span.start:span.end] == span.text`` (code points).

    ``kind`` is ``"sentence"``, ``"title"`` (a headline line) or ``"dateline"`` (such as
    ``"WASHINGTON (Reuters) -"``); ``paragraph`` counts paragraphs from 0.
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
    """

    text: str
    index: int
    start: int
    end: int
    score: float
    rank: int
    words: int
    features: Features

    def __repr__(self) -> str:
        return (
            f"Sentence(rank={self.rank}, index={self.index}, score={self.score:.4f}, "
            f"text={_shorten(self.text)!r})"
        )


@dataclass(frozen=True, slots=True)
class Budget:
    """The length budget a summary was made for: ``kind`` and its ``value`` (an int for
    sentences, words and chars; a float in (0, 1] for ratio)."""

    kind: BudgetKind
    value: int | float

    def __str__(self) -> str:
        return f"{self.kind}={self.value}"


@dataclass(frozen=True, slots=True)
class Summary:
    """The sentences chosen from a text, in document order, and how they were chosen.

    ``sentences`` are the chosen sentences in document order; ``ranking`` holds every
    candidate sentence, best first; ``spans`` every segment of the text, title and dateline
    included; ``title`` the headline, if the text has one. ``str(summary)`` and
    ``summary.text`` join the chosen sentences with a space.
    """

    sentences: tuple[Sentence, ...]
    ranking: tuple[Sentence, ...]
    spans: tuple[Span, ...]
    title: str | None
    budget: Budget
    language: str
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        title = f", title={_shorten(self.title, 40)!r}" if self.title is not None else ""
        return (
            f"Summary({len(self.sentences)} of {len(self.ranking)} sentences, {self.budget}"
            f"{title}, text={_shorten(self.text)!r})"
        )


def make_spans(text: str, rows: tuple[tuple[int, int, str, int], ...]) -> tuple[Span, ...]:
    return tuple(
        Span(text[start:end], start, end, index, kind, paragraph)  # type: ignore[arg-type]
        for index, (start, end, kind, paragraph) in enumerate(rows)
    )


def make_summary(text: str, result: _core.SummaryRows, budget: Budget, language: str) -> Summary:
    span_rows, ranking_rows, selected, title_index = result
    spans = make_spans(text, span_rows)
    ranking = tuple(
        Sentence(text[start:end], index, start, end, score, rank, words, Features(contributions))
        for index, start, end, words, score, rank, contributions in ranking_rows
    )
    chosen = tuple(ranking[position] for position in selected)
    title = spans[title_index].text if title_index is not None else None
    return Summary(chosen, ranking, spans, title, budget, language, text)

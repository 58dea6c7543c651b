"""Immutable result objects: spans, sentences with their scores, and summaries."""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from salience import _core

if TYPE_CHECKING:
    import pandas

    from salience._keywords import Keyword

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


class _Rows:
    """The core's rows for one text, read in place from the flat arrays it returns.

    A row is unpacked by a precompiled ``struct.Struct`` straight from its bytes object:
    summarize_many reads a few rows of thousands of texts, and that is the cheapest way to
    turn one into Python numbers.
    """

    __slots__ = ("floats", "ints", "selected", "spans", "title")

    INTS = 5  # index, start, end, words, rank
    FLOATS = 1 + len(FEATURE_NAMES)  # score, then each contribution

    def __init__(self, wire: _core.SummaryRows) -> None:
        spans, ints, floats, selected, title = wire
        self.spans = spans
        self.ints = ints
        self.floats = floats
        self.selected: list[int] = memoryview(selected).cast("q").tolist()
        self.title = title

    def candidates(self) -> int:
        return len(self.ints) // _INT_ROW.size

    def bounds(self, position: int) -> tuple[int, int]:
        """(start, end) of the candidate at ``position`` of the ranking."""
        return _PAIR.unpack_from(self.ints, position * _INT_ROW.size + _INT64)

    def sentence(self, source: str, position: int) -> Sentence:
        index, start, end, words, rank = _INT_ROW.unpack_from(self.ints, position * _INT_ROW.size)
        values = _FLOAT_ROW.unpack_from(self.floats, position * _FLOAT_ROW.size)
        features = Features._trusted(values[1:])
        return Sentence(source[start:end], index, start, end, values[0], rank, words, features)


# Native int64 and float64, as memoryview.cast("q") / cast("d") would read them.
_INT64 = struct.calcsize("@q")
_INT_ROW = struct.Struct(f"@{_Rows.INTS}q")
_FLOAT_ROW = struct.Struct(f"@{_Rows.FLOATS}d")
_PAIR = struct.Struct("@2q")  # (start, end): ints 1-2 of a ranking row, ints 0-1 of a span's
_SPAN_ROW = 4 * _INT64  # bytes of a span row: start, end, kind code, paragraph


class Summary:
    """The sentences chosen from a text, in document order, and how they were chosen.

    ``sentences`` are the chosen sentences in document order; ``ranking`` holds every
    candidate sentence, best first; ``spans`` every segment of the text, title and dateline
    included; ``title`` the headline, if the text has one; ``source`` the text itself.
    ``str(summary)`` and ``summary.text`` join the chosen sentences with a space.

    A Summary is immutable. Its parts are built from the core's rows on first use, so that
    summarizing many texts does not pay for objects nobody looks at.
    """

    __slots__ = (
        "_budget",
        "_language",
        "_parsed",
        "_ranking",
        "_sentences",
        "_source",
        "_spans",
        "_wire",
    )

    _budget: Budget
    _language: str
    _parsed: _Rows | None
    _source: str
    _wire: _core.SummaryRows
    _ranking: tuple[Sentence, ...] | None
    _sentences: tuple[Sentence, ...] | None
    _spans: tuple[Span, ...] | None

    def __init__(self, source: str, rows: _core.SummaryRows, budget: Budget, language: str):
        # Spelled out rather than looped: summarize_many makes one a text.
        _set = object.__setattr__
        _set(self, "_source", source)
        _set(self, "_wire", rows)
        _set(self, "_budget", budget)
        _set(self, "_language", language)
        _set(self, "_parsed", None)
        _set(self, "_ranking", None)
        _set(self, "_sentences", None)
        _set(self, "_spans", None)

    @property
    def _rows(self) -> _Rows:
        """The core's rows, read on first use."""
        if self._parsed is None:
            object.__setattr__(self, "_parsed", _Rows(self._wire))
        return self._parsed  # type: ignore[return-value]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        if self._sentences is None:
            rows, source = self._rows, self._source
            chosen = tuple([rows.sentence(source, i) for i in rows.selected])
            object.__setattr__(self, "_sentences", chosen)
        return self._sentences  # type: ignore[return-value]

    @property
    def ranking(self) -> tuple[Sentence, ...]:
        if self._ranking is None:
            rows = self._rows
            source = self._source
            ranking = tuple([rows.sentence(source, i) for i in range(rows.candidates())])
            object.__setattr__(self, "_ranking", ranking)
        return self._ranking  # type: ignore[return-value]

    @property
    def spans(self) -> tuple[Span, ...]:
        if self._spans is None:
            object.__setattr__(self, "_spans", make_spans(self._source, self._wire[0]))
        return self._spans  # type: ignore[return-value]

    @property
    def title(self) -> str | None:
        title_index = self._rows.title
        if title_index is None:
            return None
        start, end = _PAIR.unpack_from(self._rows.spans, _SPAN_ROW * title_index)
        return self._source[start:end]

    @property
    def budget(self) -> Budget:
        return self._budget

    @property
    def language(self) -> str:
        return self._language

    @property
    def source(self) -> str:
        return self._source

    @property
    def text(self) -> str:
        rows, source = self._rows, self._source
        parts = []
        for position in rows.selected:
            start, end = rows.bounds(position)
            parts.append(source[start:end])
        return " ".join(parts)

    def __len__(self) -> int:
        return len(self._rows.selected)

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __str__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Summary):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[str, _core.SummaryRows, Budget, str]:
        return (self._source, self._wire, self._budget, self._language)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Summary is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Summary is immutable")

    def __reduce__(self) -> tuple[type[Summary], tuple[str, _core.SummaryRows, Budget, str]]:
        return (Summary, self._key())

    def __repr__(self) -> str:
        title = f", title={_shorten(self.title, 40)!r}" if self.title is not None else ""
        return (
            f"Summary({len(self)} of {self._rows.candidates()} sentences, {self._budget}"
            f"{title}, text={_shorten(self.text)!r})"
        )

    def keywords(self, k: int = 10) -> tuple[Keyword, ...]:
        """The at most ``k`` top terms of the text by TF-IDF, best first: see
        :func:`salience.keywords`."""
        from salience._keywords import keywords

        return keywords(self._source, k=k, language=self._language)

    def to_frame(self) -> pandas.DataFrame:
        """A pandas DataFrame with one row per candidate sentence, in document order:
        text, start, end, index, words, score, rank, one column per feature, selected.

        Needs pandas (``pip install 'salience[pandas]'``); the core package does not.
        """
        from salience._frame import summary_frame

        return summary_frame(self)

    def _repr_html_(self) -> str:
        """The view Jupyter shows: the text with the chosen sentences highlighted and every
        candidate shaded by salience, the title, budget, keywords and a table of scores."""
        from salience._html import summary_html

        return summary_html(self)


SPAN_KINDS: tuple[SpanKind, ...] = ("sentence", "title", "dateline")


def make_spans(text: str, rows: bytes) -> tuple[Span, ...]:
    """Span objects from the core's int64 rows of (start, end, kind code, paragraph)."""
    values = memoryview(rows).cast("q")
    return tuple(
        Span(text[start:end], start, end, index, SPAN_KINDS[kind], paragraph)
        for index, (start, end, kind, paragraph) in enumerate(
            values[at : at + 4] for at in range(0, len(values), 4)
        )
    )

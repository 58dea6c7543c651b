"""Summary, the result of summarizing a text, read lazily from the core's rows.

Summary sits above its presenters (_keywords, _frame, _html) and imports them; they know
Summary only as a type. The value objects it is made of live in _records and are imported
here under their names of 0.1.0, which their pickles use.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from operator import itemgetter
from typing import TYPE_CHECKING, cast

from salience import _core
from salience._frame import summary_frame
from salience._html import summary_html
from salience._keywords import Keyphrase, Keyword, keyphrases, keywords
from salience._records import (
    FEATURE_NAMES,
    Budget,
    BudgetKind,
    Features,
    Sentence,
    Span,
    SpanKind,
    join_sentences,
    shorten,
)

if TYPE_CHECKING:
    import pandas

# Re-exported: the value objects pickle under this module's name (see _records).
__all__ = [
    "FEATURE_NAMES",
    "SPAN_KINDS",
    "Budget",
    "BudgetKind",
    "Features",
    "Sentence",
    "Span",
    "SpanKind",
    "Summary",
    "join_sentences",
    "make_spans",
]


# The core's rows (their format is defined once, in bindings/rows.h) are read by the names
# of their fields, which _core exports. Native int64 and float64, as memoryview.cast("q") /
# cast("d") read them.
_INT64 = struct.calcsize("@q")


def _fields(fields: tuple[str, ...], *names: str) -> itemgetter[tuple[object, ...]]:
    """What picks ``names``, in that order, out of a row of ``fields``."""
    return itemgetter(*(fields.index(name) for name in names))


def _start_end_offset(fields: tuple[str, ...]) -> int:
    """The byte offset in an int64 row of ``fields`` of (start, end), which lie side by side."""
    start = fields.index("start")
    if fields[start : start + 2] != ("start", "end"):
        raise ImportError(f"salience._core's rows hold start and end apart: {fields}")
    return start * _INT64


def _feature_slice(fields: tuple[str, ...]) -> slice:
    """Where the features' contributions lie, in FEATURE_NAMES order, in a row of ``fields``."""
    first = fields.index(FEATURE_NAMES[0])
    if fields[first : first + len(FEATURE_NAMES)] != FEATURE_NAMES:
        raise ImportError(f"salience._core's rows hold the features apart: {fields}")
    return slice(first, first + len(FEATURE_NAMES))


_SUMMARY_PARTS = _fields(
    _core.SUMMARY_FIELDS, "spans", "ranking_ints", "ranking_floats", "selected", "title", "genre"
)
# Rows pickled by salience 0.1.0 end before this field.
_QUERY_MATCHED = _core.SUMMARY_FIELDS.index("query_matched")
_INT_ROW = struct.Struct(f"@{len(_core.RANKING_INT_FIELDS)}q")
_SENTENCE_INTS = _fields(
    _core.RANKING_INT_FIELDS, "index", "start", "end", "words", "rank", "document", "speaker"
)
_FLOAT_ROW = struct.Struct(f"@{len(_core.RANKING_FLOAT_FIELDS)}d")
_SCORE = _core.RANKING_FLOAT_FIELDS.index("score")
_FEATURES = _feature_slice(_core.RANKING_FLOAT_FIELDS)
_PAIR = struct.Struct("@2q")  # (start, end)
_RANKING_PAIR = _start_end_offset(_core.RANKING_INT_FIELDS)
_SPAN_WIDTH = len(_core.SPAN_FIELDS)
_SPAN_ROW = _SPAN_WIDTH * _INT64  # bytes of a span row
_SPAN_PAIR = _start_end_offset(_core.SPAN_FIELDS)
_SPAN_VALUES = _fields(_core.SPAN_FIELDS, "start", "end", "kind", "paragraph")

# The rows of a text with no span (errors="empty" of summarize_many): no rows, no title,
# the genre of an empty text.
_EMPTY_PARTS: dict[str, object] = {"title": None, "query_matched": None, "genre": "general"}
EMPTY_ROWS = cast(
    "_core.SummaryRows", tuple(_EMPTY_PARTS.get(name, b"") for name in _core.SUMMARY_FIELDS)
)


class _Rows:
    """The core's rows for one text, read in place from the flat arrays it returns.

    A row is unpacked by a precompiled ``struct.Struct`` straight from its bytes object:
    summarize_many reads a few rows of thousands of texts, and that is the cheapest way to
    turn one into Python numbers.
    """

    __slots__ = ("floats", "genre", "ints", "selected", "spans", "title")

    def __init__(self, wire: _core.SummaryRows) -> None:
        spans, ints, floats, selected, title, genre = _SUMMARY_PARTS(wire)
        self.spans: bytes = spans
        self.ints: bytes = ints
        self.floats: bytes = floats
        self.selected: list[int] = memoryview(selected).cast("q").tolist()
        self.title: int | None = title
        self.genre: str = genre

    def candidates(self) -> int:
        return len(self.ints) // _INT_ROW.size

    def bounds(self, position: int) -> tuple[int, int]:
        """(start, end) of the candidate at ``position`` of the ranking."""
        return _PAIR.unpack_from(self.ints, position * _INT_ROW.size + _RANKING_PAIR)

    def sentence(self, source: str, position: int) -> Sentence:
        row = _INT_ROW.unpack_from(self.ints, position * _INT_ROW.size)
        index, start, end, words, rank, document, speaker = _SENTENCE_INTS(row)
        values = _FLOAT_ROW.unpack_from(self.floats, position * _FLOAT_ROW.size)
        features = Features._trusted(values[_FEATURES])
        name = None
        if speaker >= 0:  # the speaker span of its turn
            first, last = _PAIR.unpack_from(self.spans, _SPAN_ROW * speaker + _SPAN_PAIR)
            name = source[first:last]
        return Sentence(
            source[start:end],
            index,
            start,
            end,
            values[_SCORE],
            rank,
            words,
            features,
            document,
            name,
        )


class Summary:
    """The sentences chosen from a text, in document order, and how they were chosen.

    ``sentences`` are the chosen sentences in document order; ``ranking`` holds every
    candidate sentence, best first; ``spans`` every segment of the text, title and dateline
    included; ``title`` the headline, if the text has one; ``source`` the text itself;
    ``query`` the query it was focused on (None without one) and ``query_matched`` whether
    some sentence holds one of its terms (False: the ranking is the one without a query);
    ``language`` and ``genre`` how the text was read.
    ``str(summary)`` and ``summary.text`` join the chosen sentences as the text does: with a
    space, or with nothing where both characters at the join are of scripts written without
    spaces (Chinese, Japanese: ``"…。数据…"``); see ``join_sentences``.

    A Summary is immutable. Its parts are built from the core's rows on first use, so that
    summarizing many texts does not pay for objects nobody looks at.
    """

    __slots__ = (
        "_budget",
        "_language",
        "_parsed",
        "_query",
        "_ranking",
        "_sentences",
        "_source",
        "_spans",
        "_wire",
    )

    _budget: Budget
    _language: str
    _parsed: _Rows | None
    _query: str | None
    _source: str
    _wire: _core.SummaryRows
    _ranking: tuple[Sentence, ...] | None
    _sentences: tuple[Sentence, ...] | None
    _spans: tuple[Span, ...] | None

    def __init__(
        self,
        source: str,
        rows: _core.SummaryRows,
        budget: Budget,
        language: str,
        query: str | None = None,
    ):
        # Spelled out rather than looped: summarize_many makes one a text.
        _set = object.__setattr__
        _set(self, "_query", query)
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
        start, end = _PAIR.unpack_from(self._rows.spans, _SPAN_ROW * title_index + _SPAN_PAIR)
        return self._source[start:end]

    @property
    def budget(self) -> Budget:
        return self._budget

    @property
    def language(self) -> str:
        return self._language

    @property
    def genre(self) -> str:
        """The genre whose scoring defaults were used: the summarizer's ``genre=``, or with
        "auto" the one recognized in the text ("general", "news", "transcript", "reviews"
        or "paper")."""
        return self._rows.genre

    @property
    def source(self) -> str:
        return self._source

    @property
    def query(self) -> str | None:
        """The query the summary was focused on, or None."""
        return self._query

    @property
    def query_matched(self) -> bool:
        """Whether some candidate sentence holds a term of :attr:`query`: False without a
        query, and for one none of whose terms the text's sentences hold (only stopwords,
        another language, other words), whose summary is then the one without a query."""
        wire = self._wire
        return len(wire) > _QUERY_MATCHED and wire[_QUERY_MATCHED] is True

    @property
    def text(self) -> str:
        rows, source = self._rows, self._source
        parts = []
        for position in rows.selected:
            start, end = rows.bounds(position)
            parts.append(source[start:end])
        return join_sentences(parts)

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

    def _key(self) -> tuple[str, _core.SummaryRows, Budget, str, str | None]:
        return (self._source, self._wire, self._budget, self._language, self._query)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Summary is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Summary is immutable")

    def __reduce__(
        self,
    ) -> tuple[type[Summary], tuple[str, _core.SummaryRows, Budget, str, str | None]]:
        return (Summary, self._key())

    def __repr__(self) -> str:
        title = f", title={shorten(self.title, 40)!r}" if self.title is not None else ""
        query = ""
        if self._query is not None:
            matched = "" if self.query_matched else " (not matched)"
            query = f", query={shorten(self._query, 40)!r}{matched}"
        return (
            f"Summary({len(self)} of {self._rows.candidates()} sentences, {self._budget}"
            f"{title}{query}, text={shorten(self.text)!r})"
        )

    def keywords(self, k: int = 10) -> tuple[Keyword, ...]:
        """The at most ``k`` top terms of the text by TF-IDF, best first: see
        :func:`salience.keywords`."""
        return keywords(self._source, k=k, language=self._language)

    def keyphrases(self, k: int = 10) -> tuple[Keyphrase, ...]:
        """The at most ``k`` key phrases of the text, best first: see
        :func:`salience.keyphrases`."""
        return keyphrases(self._source, k=k, language=self._language)

    def to_frame(self) -> pandas.DataFrame:
        """A pandas DataFrame with one row per candidate sentence, in document order:
        text, start, end, index, words, score, rank, one column per feature, selected.

        Needs pandas (``pip install 'salience[pandas]'``); the core package does not.
        """
        return summary_frame(self)

    def _repr_html_(self) -> str:
        """The view Jupyter shows: the text with the chosen sentences highlighted and every
        candidate shaded by salience, the title, budget, keywords and a table of scores."""
        return summary_html(self)


# A span's kind code is its index here.
SPAN_KINDS = cast("tuple[SpanKind, ...]", _core.SPAN_KINDS)


def make_spans(text: str, rows: bytes) -> tuple[Span, ...]:
    """Span objects from the core's int64 rows of SPAN_FIELDS."""
    values = memoryview(rows).cast("q")
    return tuple(
        Span(text[start:end], start, end, index, SPAN_KINDS[kind], paragraph)
        for index, (start, end, kind, paragraph) in enumerate(
            _SPAN_VALUES(values[at : at + _SPAN_WIDTH]) for at in range(0, len(values), _SPAN_WIDTH)
        )
    )

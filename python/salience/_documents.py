"""ClusterSummary, the result of summarizing many documents, and the checks of a cluster.

The core reads each document as a single-document summary does (its language, spans,
title, position prior) and scores and selects over the candidates of all of them at once
(see cpp/include/salience/documents.h). Each document's part is a plain Summary; a
ClusterSummary holds them (Summary is only a type here: _summarizer makes them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from salience._frame import cluster_frame
from salience._html import cluster_html
from salience._records import Budget, Sentence, join_sentences, shorten
from salience._validation import not_text

if TYPE_CHECKING:
    import pandas

    from salience._results import Summary


class ClusterSummary:
    """One summary of a cluster of documents, and how it was chosen.

    ``documents`` holds one :class:`Summary` per text given, in their order: that text's
    language, spans and title, its candidate sentences in ``ranking`` and the sentences
    chosen from it in ``sentences``, with offsets into that text (``documents[i].source``).
    A blank text keeps its place with an empty Summary. Every :class:`Sentence` says the
    text it is from in ``document``, and its ``rank`` counts over the candidates of all
    documents (1 for the best of the cluster).

    ``sentences`` are the chosen sentences ordered by document, then by position in it;
    ``text`` joins them. ``ranking`` is every candidate of the cluster, best first.
    ``source`` is the tuple of the texts; ``languages`` the language each was read in.
    A ClusterSummary is immutable, hashable and picklable.
    """

    __slots__ = ("_budget", "_documents")

    _budget: Budget
    _documents: tuple[Summary, ...]

    def __init__(self, documents: Iterable[Summary], budget: Budget) -> None:
        object.__setattr__(self, "_documents", tuple(documents))
        object.__setattr__(self, "_budget", budget)

    @property
    def documents(self) -> tuple[Summary, ...]:
        return self._documents

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(sentence for document in self._documents for sentence in document.sentences)

    @property
    def ranking(self) -> tuple[Sentence, ...]:
        every = [sentence for document in self._documents for sentence in document.ranking]
        return tuple(sorted(every, key=lambda sentence: sentence.rank))

    @property
    def source(self) -> tuple[str, ...]:
        return tuple(document.source for document in self._documents)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(document.language for document in self._documents)

    @property
    def budget(self) -> Budget:
        return self._budget

    @property
    def text(self) -> str:
        return join_sentences([sentence.text for sentence in self.sentences])

    def __len__(self) -> int:
        return sum(len(document) for document in self._documents)

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __str__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ClusterSummary):
            return NotImplemented
        return (self._documents, self._budget) == (other._documents, other._budget)

    def __hash__(self) -> int:
        return hash((self._documents, self._budget))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ClusterSummary is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("ClusterSummary is immutable")

    def __reduce__(self) -> tuple[type[ClusterSummary], tuple[tuple[Summary, ...], Budget]]:
        return (ClusterSummary, (self._documents, self._budget))

    def __repr__(self) -> str:
        candidates = sum(len(document.ranking) for document in self._documents)
        return (
            f"ClusterSummary({len(self)} of {candidates} sentences from "
            f"{len(self._documents)} documents, {self._budget}, text={shorten(self.text)!r})"
        )

    def to_frame(self) -> pandas.DataFrame:
        """A pandas DataFrame with one row per candidate sentence of every document, ordered
        by document then position: a ``document`` column, then the columns of
        :meth:`Summary.to_frame`. Needs pandas."""
        return cluster_frame(self._documents)

    def _repr_html_(self) -> str:
        """The view Jupyter shows: the summary with each sentence's document, then each
        document's own view (see :meth:`Summary._repr_html_`)."""
        return cluster_html(self.sentences, self._documents, self._budget)


def check_texts(texts: Iterable[str]) -> list[str]:
    """``texts`` as a list of str: TypeError naming the first item that is not one (or for a
    single str or bytes), ValueError for an empty cluster."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of str, not a single str or bytes")
    try:
        items = list(texts)
    except TypeError:
        raise TypeError(f"texts must be an iterable of str, not {type(texts).__name__}") from None
    for index, text in enumerate(items):
        if not isinstance(text, str):
            raise TypeError(f"text {index}: {not_text(text)}")
    if not items:
        raise ValueError("texts is empty: a cluster needs at least one document")
    return items

"""Keywords and key phrases: a text's top terms and runs of terms by TF-IDF, in the form the
text writes them."""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import TYPE_CHECKING

from salience import _core
from salience._language import AUTO, check_language
from salience._validation import LARGEST_COUNT, check_text, number_in_words

if TYPE_CHECKING:
    from salience._core import CorpusFrequencies

DEFAULT_KEYWORDS = 10


@dataclass(frozen=True, slots=True)
class Keyword:
    """A term that weighs much in a text, with its weight.

    ``text`` is the term as the text writes it most often outside sentence starts
    (``"negotiations"``, ``"Lavrov"``); ``term`` is the normalized stem the scoring counts
    (``"negoti"``, ``"lavrov"``), so that every form of a word counts towards one keyword;
    ``count`` is how often the term occurs in the candidate sentences (not the title or
    dateline) and ``score`` is ``count * idf``, with the smoothed in-document IDF of
    :class:`salience.Summarizer`'s TF-IDF feature, ``ln((1 + N) / (1 + df)) + 1`` over the
    N candidate sentences (times the root of the corpus's IDF for
    :meth:`salience.Summarizer.keywords` of a fitted summarizer).
    """

    text: str
    term: str
    score: float
    count: int

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """A run of words that weighs much in a text, with its weight.

    ``text`` is the phrase as the text writes it most often outside sentence starts and the
    title (``"New START"``, ``"arms control"``); ``terms`` are the normalized stems the
    scoring counts (``("new", "start")``), one to four of them; ``count`` is how often the
    phrase occurs in the title and the candidate sentences; ``score`` is ``count`` times the sum of
    its terms' IDF (that of :class:`Keyword`) times ``1 + 5 / sqrt(1 + r)``, ``r`` the
    ordinal of the first sentence holding it (0: the title, or the first sentence).
    """

    text: str
    terms: tuple[str, ...]
    score: float
    count: int

    def __str__(self) -> str:
        return self.text


def _check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or int(k) < 1:
        raise ValueError(f"k must be a whole number >= 1, got {number_in_words(k)}")
    return min(int(k), LARGEST_COUNT)  # more than the core can count is every term


def keywords(text: str, *, k: int = DEFAULT_KEYWORDS, language: str = AUTO) -> tuple[Keyword, ...]:
    """The at most ``k`` terms of ``text`` with the highest TF-IDF, best first.

    Terms are those the summarizer scores: words NFKC case-folded, stopwords left out,
    stemmed with Snowball; numbers are left out. Ties go to the term that occurs first.
    Empty or blank text has none. ``language`` is an ISO 639-1 code or ``"auto"`` (the
    default: detected, as :func:`salience.summarize` does).

    Raises TypeError when ``text`` is not a str, ValueError for ``k`` < 1, an unknown
    language or a str holding a lone surrogate.

    >>> [keyword.text for keyword in keywords("Cats purr. Cats sleep a lot. Dogs bark.", k=2)]
    ['Cats', 'purr']
    """
    return keywords_weighed(text, k, check_language(language), None)


def keywords_weighed(
    text: str, k: int, language: str, corpus: CorpusFrequencies | None
) -> tuple[Keyword, ...]:
    """keywords(), with the IDF of a fitted summarizer's corpus when there is one."""
    rows = _core.keywords(check_text(text), language, _check_k(k), corpus)
    return tuple(Keyword(surface, term, score, count) for surface, term, score, count in rows)


def keyphrases(
    text: str, *, k: int = DEFAULT_KEYWORDS, language: str = AUTO
) -> tuple[Keyphrase, ...]:
    """The at most ``k`` key phrases of ``text``, best first.

    A key phrase is a run of one to four words with no stopword, number or punctuation
    between them, inside one sentence or the title, scored by how often it occurs, the IDF of
    its terms (that of :func:`salience.keywords`) and how early it first occurs. No phrase is
    repeated as its parts: once ``"United States"`` is chosen, ``"States"`` is not, and a
    longer phrase the text repeats takes the place of its chosen part. A phrase that replaced
    its part keeps the part's rank, so scores need not decrease down the list.
    Empty or blank text has none. ``language`` is an ISO 639-1 code or ``"auto"`` (the
    default: detected, as :func:`salience.summarize` does).

    Raises TypeError when ``text`` is not a str, ValueError for ``k`` < 1, an unknown
    language or a str holding a lone surrogate.

    >>> text = "Wavelength services are hyped. Wavelength services sell. Buyers compare prices."
    >>> [phrase.text for phrase in keyphrases(text, k=2)]
    ['Wavelength services', 'Buyers compare prices']
    """
    return keyphrases_weighed(text, k, check_language(language), None)


def keyphrases_weighed(
    text: str, k: int, language: str, corpus: CorpusFrequencies | None
) -> tuple[Keyphrase, ...]:
    """keyphrases(), with the IDF of a fitted summarizer's corpus when there is one."""
    rows = _core.keyphrases(check_text(text), language, _check_k(k), corpus)
    return tuple(
        Keyphrase(surface, tuple(terms), score, count) for surface, terms, score, count in rows
    )

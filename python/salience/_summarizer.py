"""The configured summarizer and the module-level conveniences built on it."""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, SupportsIndex, cast

from salience import _core, _model_file
from salience._batching import check_jobs, chunks, renumbered, run_ahead
from salience._documents import ClusterSummary, check_texts
from salience._keywords import Keyphrase, Keyword, keyphrases_weighed, keywords_weighed
from salience._language import AUTO, check_language
from salience._progress import with_progress
from salience._records import Budget, Span
from salience._results import EMPTY_ROWS, Summary, make_spans
from salience._validation import (
    LARGEST_COUNT,
    check_count,
    check_query,
    check_real,
    check_text,
    make_budget,
    not_text,
)
from salience._version import __version__

if TYPE_CHECKING:
    # Named apart: inside the Summarizer class body, "_core" is its attribute.
    from salience._core import CorpusFrequencies, PendingBatch, SummaryRows
    from salience._core import Summarizer as CoreSummarizer


PositionCurve = Literal["exponential", "inverse", "linear", "none"]
Genre = Literal["auto", "general", "news", "transcript", "reviews", "paper"]
ErrorPolicy = Literal["raise", "skip", "empty"]

# 1: options only (salience 0.1.0); 2: options and the fitted document frequencies.
_PICKLE_VERSION = 2


class Summarizer:
    """An extractive summarizer, configured once and cheap to call many times.

    Each sentence's score is the sum of weighted features, each in [0, 1] before its weight:

    - ``tfidf_weight``: cosine of the sentence's TF-IDF vector to the document centroid;
    - ``position_weight``: a prior on the sentence's rank in the text, shaped by
      ``position_curve`` (``"exponential"``: exp(-i/decay), ``"inverse"``: 1/(1+i/decay),
      ``"linear"``: 1-i/n, ``"none"``) with ``position_decay`` in sentences;
    - ``title_weight``: cosine to the headline, when the text has one;
    - ``length_weight``: minus the share of ``min_words`` that a shorter sentence lacks,
      or the share of ``max_words`` by which a longer one (a run-on) exceeds it, at most 1
      (``max_words=0``: no run-on penalty);
    - ``noise_weight``: minus 1 for boilerplate (bylines, time stamps such as
      "PUBLISHED: ...", "Click here", "Scroll down for video", credits). The position
      prior counts only sentences that are not boilerplate, so a byline block does not
      push the story's lead down;
    - ``query_weight``: cosine of the sentence's TF-IDF vector to the query's terms, for a
      summary asked for with ``query=`` (0 for every sentence without one). When some
      sentence holds a term of the query, ``query_position_weight`` weighs the position
      prior in place of ``position_weight``: a query asks about something wherever the text
      says it.

    IDF comes from the text's own sentences, and in a summarizer that :meth:`fit` returns,
    also from the documents it was fitted on. Selection walks the ranking and skips a
    sentence whose cosine to one already chosen exceeds ``redundancy_threshold``. A sentence
    that opens by pointing back ("It", "However", "These") while the sentence before it is
    not chosen ranks ``coherence_weight`` lower, so that a summary rarely shows a reference
    without what it refers to (0 turns this off).
    ``language`` is an ISO 639-1 code (see :func:`supported_languages`) or ``"auto"``, the
    default: each text is read in the language :func:`detect_language` finds, which
    ``Summary.language`` reports. A Summarizer is immutable, thread-safe, hashable and
    picklable; :meth:`save` and :meth:`load` keep it in a file.

    >>> summarizer = Summarizer(language="en", position_weight=0.5)
    >>> summarizer.summarize("One fact. Another fact here. A third one.", sentences=1).text
    'One fact.'
    """

    __slots__ = ("_core", "_corpus", "_corpus_bytes", "_options")

    _core: CoreSummarizer  # reads each text in its language, "auto" included
    _corpus: CorpusFrequencies | None
    _corpus_bytes: bytes  # the corpus serialized (b"" when not fitted): compared, hashed, pickled
    _options: dict[str, Any]

    # The defaults are the core's (_core.DEFAULT_OPTIONS, from salience::Options), written
    # out for readers and IDEs; tests/python/test_binding_contract.py holds them equal. A
    # scoring option left None takes the genre's default (_core.GENRE_OPTIONS).
    def __init__(
        self,
        *,
        language: str = AUTO,
        genre: Genre = "auto",
        tfidf_weight: float | None = None,
        position_weight: float | None = None,
        position_curve: PositionCurve | None = None,
        position_decay: float | None = None,
        title_weight: float | None = None,
        length_weight: float | None = None,
        min_words: SupportsIndex | None = None,
        redundancy_threshold: float = 0.4,
        noise_weight: float | None = None,
        max_words: SupportsIndex | None = None,
        query_weight: float | None = None,
        query_position_weight: float | None = None,
        coherence_weight: float = 0.1,
    ) -> None:
        if position_curve is not None and not isinstance(position_curve, str):
            raise TypeError(
                f"position_curve must be a str or None, not {type(position_curve).__name__}"
            )
        options: dict[str, Any] = {
            "language": check_language(language),
            "genre": check_genre(genre),
            "tfidf_weight": _or_none(check_real, "tfidf_weight", tfidf_weight),
            "position_weight": _or_none(check_real, "position_weight", position_weight),
            "position_curve": position_curve,
            "position_decay": _or_none(check_real, "position_decay", position_decay),
            "title_weight": _or_none(check_real, "title_weight", title_weight),
            "length_weight": _or_none(check_real, "length_weight", length_weight),
            "min_words": _or_none(check_count, "min_words", min_words),
            "redundancy_threshold": check_real("redundancy_threshold", redundancy_threshold),
            "noise_weight": _or_none(check_real, "noise_weight", noise_weight),
            "max_words": None
            if max_words is None
            else check_count("max_words", max_words, " (0: no run-on penalty)"),
            "query_weight": _or_none(check_real, "query_weight", query_weight),
            "query_position_weight": _or_none(
                check_real, "query_position_weight", query_position_weight
            ),
            "coherence_weight": check_real("coherence_weight", coherence_weight),
        }
        self._configure(options, None)

    def _configure(self, options: dict[str, Any], corpus: CorpusFrequencies | None) -> None:
        object.__setattr__(self, "_core", _core.Summarizer(options, corpus))
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_corpus", corpus)
        object.__setattr__(self, "_corpus_bytes", corpus.serialize() if corpus else b"")

    @classmethod
    def _with_corpus(cls, options: dict[str, Any], corpus: CorpusFrequencies | None) -> Summarizer:
        """A summarizer of ``options`` (checked as keyword options) weighing terms by
        ``corpus``."""
        summarizer = cls(**options)
        if corpus is not None:
            summarizer._configure(summarizer._options, corpus)
        return summarizer

    def fit(
        self,
        documents: Iterable[str],
        *,
        n_jobs: int | None = None,
        min_df: int = 1,
        max_terms: int | None = None,
        progress: bool = False,
    ) -> Summarizer:
        """A new summarizer with these options that takes IDF from ``documents``.

        Each document counts once for every distinct term (stem) it holds. A fitted
        summarizer multiplies a term's IDF over the text's own sentences by the square root
        of its IDF over the corpus, ln((1 + N) / (1 + df)) + 1, where N is the number of
        documents fitted on plus the one being summarized and df the number of them holding
        the term. So a word common in the corpus ("said", a newspaper's name) weighs less,
        even when a text uses it in a single sentence. With ``language="auto"`` each
        document is counted in its detected language; a text in a language no document was
        in is weighed by its own sentences, as without fitting. Fitting again starts from
        nothing: the result holds only these documents' counts.

        ``documents`` may be any iterable of str, read once in chunks on ``n_jobs`` C++
        threads (``None`` or ``-1``: one per core; at most 4 per core and one per document),
        so a generator of any length can be fitted on; Ctrl-C stops it within milliseconds.
        Memory grows with the number of distinct terms, not of documents: ``max_terms``
        bounds it, keeping (per language) the terms held by most documents. Once a table
        grows past twice that, it is cut back during the pass, so the counts of terms rarer
        than the kept ones may be undercounted. ``min_df`` drops, at the end,
        the terms held by fewer documents than that. ``progress=True`` shows a tqdm bar.

        Raises TypeError for a document that is not a str, ValueError for one with a lone
        surrogate (naming its position) and for invalid arguments; nothing is learned then.

        >>> fitted = Summarizer(language="en").fit(["Stocks rose. Bonds fell.", "Stocks fell."])
        >>> fitted.fitted_documents
        {'en': 2}
        """
        threads = check_jobs(n_jobs, _core.THREADS_PER_CORE)
        min_documents = check_count("min_df", min_df)
        kept = LARGEST_COUNT if max_terms is None else check_count("max_terms", max_terms)
        if kept == 0:
            raise ValueError("max_terms must be None (no bound) or a whole number >= 1, got 0")
        if isinstance(documents, (str, bytes)):
            raise TypeError("documents must be an iterable of str, not a single str or bytes")
        stream: Iterator[object] = iter(documents)
        if progress:
            stream = with_progress(stream, documents, desc="fitting")
        corpus = _core.CorpusFrequencies()
        position = 0
        for chunk in chunks(stream):
            for offset, document in enumerate(chunk):
                if not isinstance(document, str):
                    error = not_text(document)
                    raise TypeError(f"document {position + offset}: {error}")
            texts = cast("list[str]", chunk)
            try:
                corpus.count(texts, self.language, threads)
            except ValueError as error:
                raise ValueError(renumbered(str(error), position)) from None
            position += len(chunk)
            if max_terms is not None and _largest_table(corpus) > 2 * kept:
                corpus.prune(1, kept)
        corpus.prune(min_documents, kept)
        return Summarizer._with_corpus(self._options, corpus)

    def keywords(self, text: str, *, k: int = 10) -> tuple[Keyword, ...]:
        """The at most ``k`` top terms of ``text`` by TF-IDF, best first, read as this
        summarizer reads it: in its language and, once fitted, weighed by the corpus's IDF
        too, so that words common to every document of the corpus drop out (see
        :func:`salience.keywords`)."""
        return keywords_weighed(text, k, self.language, self._corpus)

    def keyphrases(self, text: str, *, k: int = 10) -> tuple[Keyphrase, ...]:
        """The at most ``k`` key phrases of ``text``, best first, read as this summarizer
        reads it: in its language and, once fitted, with its terms weighed by the corpus's
        IDF too (see :func:`salience.keyphrases` and :meth:`keywords`)."""
        return keyphrases_weighed(text, k, self.language, self._corpus)

    @property
    def fitted_documents(self) -> dict[str, int]:
        """The number of documents :meth:`fit` counted, per language code; empty when this
        summarizer was not fitted."""
        if self._corpus is None:
            return {}
        return {language: documents for language, (documents, _) in self._corpus.sizes().items()}

    def document_frequency(self, term: str, *, language: str | None = None) -> int:
        """How many of the fitted documents hold ``term``, a term as the summarizer makes
        it (case-folded and stemmed: see :attr:`Keyword.term`); 0 when not fitted.
        ``language`` defaults to the summarizer's own (required with ``"auto"``)."""
        code = language if language is not None else self.language
        if code == AUTO:
            raise ValueError("this summarizer reads texts in 'auto': name the language=")
        code = check_language(code)
        return 0 if self._corpus is None else self._corpus.frequency(code, term)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write this summarizer (its options and what :meth:`fit` learned) to ``path``,
        replacing the file atomically. :meth:`load` reads it back; the format is versioned,
        checksummed and documented in ``salience/_model_file.py``.

        A symbolic link is followed (the file it points to is replaced); a file replaced
        keeps its permissions, and a new one gets those of the umask. Raises
        FileExistsError when ``path`` is a directory, a device, a pipe or a socket: only a
        regular file is replaced."""
        _model_file.write(path, self._options, self._corpus_bytes, __version__)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Summarizer:
        """The summarizer that :meth:`save` wrote to ``path``.

        Raises :class:`salience.ModelFileError` (a ValueError) for a file that is not one
        (another kind of file, a damaged one, one from a newer format, one whose sizes pass
        the format's limits) and OSError when it cannot be read.
        """
        options, table = _model_file.read(path)
        try:
            corpus = _core.CorpusFrequencies.deserialize(table) if table else None
            return cls._with_corpus(options, corpus)
        except (TypeError, ValueError, OverflowError) as error:
            raise _model_file.ModelFileError(
                f"{os.fspath(path)!s} holds a model this version cannot use: {error}"
            ) from None

    @property
    def options(self) -> dict[str, Any]:
        """The options this summarizer was made with (a copy)."""
        return dict(self._options)

    @property
    def language(self) -> str:
        """The ISO 639-1 code this summarizer reads texts in, or "auto" (each text's own,
        detected; ``Summary.language`` says which)."""
        return str(self._options["language"])

    def summarize(
        self,
        text: str,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        chars: int | None = None,
        query: str | None = None,
    ) -> Summary:
        """Summarize ``text`` within one budget (3 sentences when none is given).

        ``sentences``: at most that many sentences; ``ratio``: that share of the text's
        candidate sentences, in (0, 1], at least one; ``words`` / ``chars``: at most that many
        words / code points in ``Summary.text``, filled with whole sentences by best fit.
        Empty or blank text gives an empty Summary.

        ``query``: focus the summary on it. Its words are read as the text's (in its
        language, stopwords dropped, stemmed), and each sentence's ``query`` feature is its
        cosine to them, times ``query_weight``. A query none of whose terms a sentence holds
        is not an error: the summary is the one without a query, and
        ``Summary.query_matched`` is False.

        Raises TypeError when ``text`` is not a str or ``query`` neither a str nor None,
        ValueError for an invalid budget, an empty or blank query, or a str holding a lone
        surrogate. Ctrl-C stops a long text within milliseconds.
        """
        checked = check_text(text)
        budget = make_budget(sentences, ratio, words, chars)
        asked = check_query(query)
        rows, language = self._core.summarize(checked, budget.kind, float(budget.value), asked)
        return Summary(checked, rows, budget, language, asked)

    def summarize_documents(
        self,
        texts: Iterable[str],
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        chars: int | None = None,
    ) -> ClusterSummary:
        """One summary of ``texts``, a cluster of related documents (articles on one event,
        the reviews of one product), within one budget (3 sentences when none is given).

        The budgets are those of :meth:`summarize`; ``ratio`` is a share of the candidates
        of all documents. Each document is read as :meth:`summarize` reads a text: in its
        own language (with ``"auto"``, each document's detected one), with its own title,
        and with the position prior counted within it, so that each document's lead counts
        as a lead. The TF-IDF feature and the selection run over the candidates of all
        documents at once: a sentence is scored by how central it is to the cluster, and
        one that repeats a sentence already chosen, from any document, is skipped. IDF is
        counted over the sentences of all documents. Terms are pooled by their string, so
        documents in different languages share only the terms they write alike (names,
        numbers), each keeping its own stemming and stopwords; a fitted summarizer's IDF
        counts when every document is in one language it was fitted on. Cost: linear in
        the total length of the texts.

        The sentences are ordered by document, then by position; each says its
        ``document``, the index of its text, and its offsets are into that text. A cluster
        of one text gives, in ``documents[0]``, the Summary that :meth:`summarize` gives it.
        A blank text keeps its index with an empty part.

        Raises ValueError for an empty cluster, an invalid budget or a text holding a lone
        surrogate, TypeError for a text that is not a str; both name the text's index.
        """
        checked = check_texts(texts)
        budget = make_budget(sentences, ratio, words, chars)
        parts = self._core.summarize_documents(checked, budget.kind, float(budget.value))
        documents = [
            Summary(text, rows, budget, language)
            for text, (rows, language) in zip(checked, parts, strict=True)
        ]
        return ClusterSummary(documents, budget)

    def summarize_many(
        self,
        texts: Iterable[str],
        *,
        n_jobs: int | None = None,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        chars: int | None = None,
        errors: ErrorPolicy = "raise",
        progress: bool = False,
        query: str | Iterable[str | None] | None = None,
    ) -> Iterator[Summary]:
        """Summarize every text of ``texts``, yielding the summaries in input order.

        ``texts`` may be any iterable: a list, a pandas Series, a generator. The work runs on
        ``n_jobs`` C++ threads (``None`` or ``-1``: one per core; at most 4 per core and one
        per text, whatever is asked) without the GIL, language detection ("auto") included,
        a chunk of texts at a time, so memory stays bounded for an endless generator; with
        more than one job, the next two chunks are queued on the core's threads while the
        caller reads this one. Threads left idle for 5 s end. Budgets are those of
        :meth:`summarize`. A text that cannot be summarized (not a ``str``, a lone surrogate)
        raises its error with ``errors="raise"``, is left out with ``"skip"``, or gives an
        empty Summary with ``"empty"``. Ctrl-C stops the work within milliseconds, the texts
        under way included.

        ``query``: one str focuses every summary on it; an iterable (a list, a Series)
        gives one query a text, in order, None for a text without one; see
        :meth:`summarize`. A query that is not a str or None, or a blank one, raises at
        once whatever ``errors`` says (an argument, not a text, is wrong), and so do fewer
        or more queries than texts, once that shows.

        The arguments are checked at once; the texts as they are reached.

        ``progress=True`` shows a tqdm progress bar (a widget in a notebook), counting
        summaries as they are taken out of the iterator, out of ``len(texts)`` when the texts
        have a length. Without tqdm installed it raises ImportError at once, saying so.

        >>> summarizer = Summarizer()
        >>> [s.text for s in summarizer.summarize_many(["A b c d. E f.", "G h."], sentences=1)]
        ['A b c d.', 'G h.']
        """
        budget = make_budget(sentences, ratio, words, chars)
        threads = check_jobs(n_jobs, _core.THREADS_PER_CORE)
        if errors not in ("raise", "skip", "empty"):
            raise ValueError(f"errors must be 'raise', 'skip' or 'empty', got {errors!r}")
        if isinstance(texts, (str, bytes)):
            raise TypeError("texts must be an iterable of str, not a single str or bytes")
        queries = _query_stream(query)
        summaries = self._summarize_chunks(iter(texts), budget, threads, errors, queries)
        if progress:
            return with_progress(summaries, texts)
        return summaries

    def _summarize_chunks(
        self,
        texts: Iterator[object],
        budget: Budget,
        threads: int,
        errors: ErrorPolicy,
        queries: _QueryStream | None = None,
    ) -> Iterator[Summary]:
        for chunk, results, languages in self._batches(texts, budget, threads, queries):
            asked = queries.taken.popleft() if queries is not None else [None] * len(chunk)
            for text, result, language, query in zip(chunk, results, languages, asked, strict=True):
                if isinstance(text, str) and not isinstance(result, BaseException):
                    yield Summary(text, result, budget, language, query)
                    continue
                if errors == "raise":
                    raise result if isinstance(result, BaseException) else not_text(text)
                if errors == "empty":
                    source = text if isinstance(text, str) else ""
                    yield Summary(source, EMPTY_ROWS, budget, language, query)
        if queries is not None:
            queries.check_exhausted()

    def _batches(
        self,
        texts: Iterator[object],
        budget: Budget,
        threads: int,
        queries: _QueryStream | None = None,
    ) -> Iterator[tuple[list[object], list[SummaryRows | BaseException], list[str]]]:
        """Each chunk of ``texts`` with the core's results for it and their languages, the
        next chunks started ahead on the core's threads (see :func:`run_ahead`)."""
        return run_ahead(
            chunks(texts),
            lambda chunk: self._start_batch(chunk, budget, threads, queries),
            threads,
        )

    def _start_batch(
        self,
        chunk: list[object],
        budget: Budget,
        threads: int,
        queries: _QueryStream | None = None,
    ) -> PendingBatch:
        """Starts the core on the texts of ``chunk`` (a non-str counts as ""); with "auto",
        the core detects each text's language on its worker threads."""
        strings = [text if isinstance(text, str) else "" for text in chunk]
        asked = queries.take(len(chunk)) if queries is not None else None
        return self._core.start_batch(strings, budget.kind, float(budget.value), threads, asked)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Summarizer is immutable: make a new one with other options")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Summarizer is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Summarizer):
            return NotImplemented
        return self._options == other._options and self._corpus_bytes == other._corpus_bytes

    def __hash__(self) -> int:
        return hash((tuple(sorted(self._options.items())), self._corpus_bytes))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (_PICKLE_VERSION, self._options, self._corpus_bytes))

    def __repr__(self) -> str:
        options = ", ".join(f"{name}={value!r}" for name, value in self._options.items())
        if self._corpus is None:
            return f"Summarizer({options})"
        sizes = self._corpus.sizes()
        documents = sum(count for count, _ in sizes.values())
        languages = ", ".join(f"{code}: {count:,}" for code, (count, _) in sizes.items())
        return f"Summarizer({options}).fit(<{documents:,} documents; {languages}>)"


_NO_QUERY = object()


class _QueryStream:
    """The queries of summarize_many, one a text, taken a chunk at a time: each chunk's are
    kept in ``taken`` (oldest first) from when its batch starts until its summaries are
    made, since chunks are started ahead of being read."""

    __slots__ = ("_given", "_one", "_queries", "taken")

    def __init__(self, query: str | Iterable[str | None]) -> None:
        self._one: str | None = query if isinstance(query, str) else None
        self._given = 0
        self._queries: Iterator[object] | None = None
        if self._one is not None:
            check_query(self._one)
        elif isinstance(query, bytes):
            raise TypeError("query must be a str, an iterable of str or None, or None, not bytes")
        else:
            try:
                self._queries = iter(query)
            except TypeError:
                raise TypeError(
                    "query must be a str, an iterable of str or None, or None, "
                    f"not {type(query).__name__}"
                ) from None
        self.taken: deque[list[str | None]] = deque()

    def take(self, count: int) -> list[str | None]:
        if self._queries is None:
            queries: list[str | None] = [self._one] * count
        else:
            queries = []
            for query in itertools.islice(self._queries, count):
                try:
                    queries.append(check_query(query))
                except (TypeError, ValueError) as error:
                    raise type(error)(f"query {self._given + len(queries)}: {error}") from None
            if len(queries) < count:
                raise ValueError(
                    f"query= holds {self._given + len(queries)} queries, fewer than the texts"
                )
        self._given += count
        self.taken.append(queries)
        return queries

    def check_exhausted(self) -> None:
        if self._queries is not None and next(self._queries, _NO_QUERY) is not _NO_QUERY:
            raise ValueError(f"query= holds more queries than the {self._given} texts")


def _query_stream(query: str | Iterable[str | None] | None) -> _QueryStream | None:
    return None if query is None else _QueryStream(query)


def _restore(version: int, options: dict[str, Any], table: bytes = b"") -> Summarizer:
    if version not in (1, _PICKLE_VERSION):
        raise ValueError(
            f"this Summarizer was pickled by another version of salience (format {version}, "
            f"this one reads 1 to {_PICKLE_VERSION})"
        )
    corpus = _core.CorpusFrequencies.deserialize(table) if table else None
    return Summarizer._with_corpus(options, corpus)


def _or_none(check: Callable[[str, object], Any], name: str, value: object) -> Any:
    """``value`` checked by ``check``, or None (the genre's default) when it is None."""
    return None if value is None else check(name, value)


def check_genre(genre: object) -> str:
    """``genre`` when it names a genre (``_core.GENRE_OPTIONS``) or is "auto"."""
    allowed = (AUTO, *_core.GENRE_OPTIONS)
    if not isinstance(genre, str):
        raise TypeError(f"genre must be a str, not {type(genre).__name__}")
    if genre not in allowed:
        names = ", ".join(repr(name) for name in allowed)
        raise ValueError(f"genre must be one of {names}, got {genre!r}")
    return genre


def genre_options(genre: str) -> dict[str, Any]:
    """The scoring options ``genre`` gives, by name: what a Summarizer uses for each
    scoring option left None when it reads a text as that genre (``Summary.genre``).

    >>> genre_options("transcript")["position_weight"] < genre_options("news")["position_weight"]
    True
    """
    checked = check_genre(genre)
    if checked == AUTO:
        raise ValueError("genre must be one of the genres, not 'auto': name the genre")
    return dict(_core.GENRE_OPTIONS[checked])


def _largest_table(corpus: CorpusFrequencies) -> int:
    """The number of terms in the corpus's largest table (one a language)."""
    return max((terms for _, terms in corpus.sizes().values()), default=0)


@lru_cache(maxsize=64)
def default_summarizer(language: str) -> Summarizer:
    return Summarizer(language=language)


def summarize(
    text: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    chars: int | None = None,
    language: str = AUTO,
    query: str | None = None,
) -> Summary:
    """Summarize ``text`` with the default settings, focused on ``query`` when given; see
    :meth:`Summarizer.summarize`.

    >>> summary = summarize("Cats purr. Dogs bark loudly at night. Birds sing.", sentences=2)
    >>> [sentence.text for sentence in summary.sentences]
    ['Cats purr.', 'Dogs bark loudly at night.']
    """
    return default_summarizer(check_language(language)).summarize(
        text, sentences=sentences, ratio=ratio, words=words, chars=chars, query=query
    )


def summarize_documents(
    texts: Iterable[str],
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    chars: int | None = None,
    language: str = AUTO,
) -> ClusterSummary:
    """One summary of ``texts``, a cluster of related documents, with the default
    settings; see :meth:`Summarizer.summarize_documents`.

    >>> texts = ["Cats purr. Cats sleep all day long.", "Dogs bark loudly at night."]
    >>> summary = summarize_documents(texts, sentences=2)
    >>> [(sentence.document, sentence.text) for sentence in summary.sentences]
    [(0, 'Cats sleep all day long.'), (1, 'Dogs bark loudly at night.')]
    """
    return default_summarizer(check_language(language)).summarize_documents(
        texts, sentences=sentences, ratio=ratio, words=words, chars=chars
    )


def split_sentences(text: str, *, language: str = AUTO) -> tuple[Span, ...]:
    """Split ``text`` into its spans (sentences, and the title and dateline if any), read in
    ``language`` (an ISO 639-1 code, or "auto": the detected one).

    Offsets are code points: ``text[span.start:span.end] == span.text``.

    >>> [span.text for span in split_sentences("Mr. Smith left. He was tired.")]
    ['Mr. Smith left.', 'He was tired.']
    """
    checked = check_text(text)
    return make_spans(checked, _core.split_sentences(checked, check_language(language)))

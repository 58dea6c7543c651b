"""pandas integration: ``import salience.pandas`` adds a ``.salience`` accessor to Series.

>>> import pandas as pd
>>> import salience.pandas
>>> texts = pd.Series(["Cats purr. Dogs bark loudly at night.", None], index=["a", "b"])
>>> summaries = texts.salience.summarize(sentences=1)
>>> summaries["a"]
'Dogs bark loudly at night.'
>>> summaries.isna().tolist()
[False, True]

The accessor summarizes every text of the Series on the C++ thread pool
(:meth:`salience.Summarizer.summarize_many`) and returns a Series with the same index and
name. A missing value (``None``, ``NaN``, ``pd.NA``) stays missing, as with pandas' own
``.str`` methods; any other value that is not a ``str`` raises TypeError.

For one summary's sentences as rows, see :meth:`salience.Summary.to_frame`. Needs pandas:
``pip install 'salience[pandas]'``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from salience._frame import PANDAS_MISSING

try:
    import pandas as pd
except ImportError as error:
    raise ImportError(PANDAS_MISSING.format(feature="salience.pandas"), name="pandas") from error

from salience._keywords import DEFAULT_KEYWORDS, Keyword, keywords
from salience._language import AUTO, check_language
from salience._results import Summary
from salience._summarizer import Summarizer, default_summarizer

__all__ = ["SalienceAccessor"]

T = TypeVar("T")


@pd.api.extensions.register_series_accessor("salience")
class SalienceAccessor:
    """``series.salience``: summaries and keywords of a Series of texts.

    Registered when ``salience.pandas`` is imported.
    """

    def __init__(self, series: pd.Series[Any]) -> None:
        self._series = series

    def summaries(
        self,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        chars: int | None = None,
        language: str | None = None,
        summarizer: Summarizer | None = None,
        n_jobs: int | None = None,
        progress: bool = False,
        query: str | pd.Series[Any] | Sequence[str | None] | None = None,
    ) -> pd.Series[Any]:
        """A Series of :class:`salience.Summary` objects, one per text (missing stays
        ``None``). The options are those of :meth:`summarize`."""
        chosen = _chosen_summarizer(language, summarizer)
        mask = self._series.isna()
        texts = self._series[~mask].tolist()
        made = chosen.summarize_many(
            texts,
            sentences=sentences,
            ratio=ratio,
            words=words,
            chars=chars,
            n_jobs=n_jobs,
            progress=progress,
            query=self._queries(query, mask),
        )
        return self._spread(list(made), mask, dtype=object)

    def summarize(
        self,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        chars: int | None = None,
        language: str | None = None,
        summarizer: Summarizer | None = None,
        n_jobs: int | None = None,
        progress: bool = False,
        query: str | pd.Series[Any] | Sequence[str | None] | None = None,
    ) -> pd.Series[Any]:
        """A Series of summary texts (``Summary.text``) with the same index and name.

        At most one budget (``sentences``, ``ratio``, ``words``, ``chars``; by default 3
        sentences), as in :func:`salience.summarize`. ``language`` (by default ``"auto"``:
        detected per text) picks the default settings for a language; ``summarizer`` is a configured
        :class:`salience.Summarizer` to use instead (give one or the other). ``n_jobs``
        threads (``None``: one per core; at most 4 per core); ``progress=True`` shows a tqdm
        bar. ``query`` focuses the summaries (see :meth:`salience.Summarizer.summarize`): one
        str for every text, or one query a text, a Series aligned on the index or a
        sequence in order, a missing one (None, NaN) for a text without a query.
        """
        summaries = self.summaries(
            sentences=sentences,
            ratio=ratio,
            words=words,
            chars=chars,
            language=language,
            summarizer=summarizer,
            n_jobs=n_jobs,
            progress=progress,
            query=query,
        )
        return _map(summaries, lambda summary: summary.text, self._series.isna())

    def keywords(self, *, k: int = DEFAULT_KEYWORDS, language: str = AUTO) -> pd.Series[Any]:
        """A Series of each text's top ``k`` keywords (tuples of :class:`salience.Keyword`,
        best first; see :func:`salience.keywords`). Missing stays missing."""
        mask = self._series.isna()
        found: list[tuple[Keyword, ...]] = [
            keywords(text, k=k, language=language) for text in self._series[~mask]
        ]
        return self._spread(found, mask, dtype=object)

    def _queries(
        self, query: str | pd.Series[Any] | Sequence[str | None] | None, mask: pd.Series[bool]
    ) -> str | list[str | None] | None:
        """``query`` as summarize_many takes it for the texts that are not missing."""
        if query is None or isinstance(query, str):
            return query
        if isinstance(query, pd.Series):
            aligned = query.reindex(self._series.index)
        else:
            if isinstance(query, bytes) or not isinstance(query, Sequence):
                raise TypeError(
                    "query must be a str, a Series or a sequence of str, or None, "
                    f"not {type(query).__name__}"
                )
            if len(query) != len(self._series):
                raise ValueError(
                    f"query holds {len(query)} queries for {len(self._series)} texts: "
                    "give one a text"
                )
            aligned = pd.Series(list(query), index=self._series.index, dtype=object)
        kept = aligned[~mask.to_numpy()].astype(object)
        return [None if _missing(value) else value for value in kept.tolist()]

    def _spread(
        self, values: list[Any], mask: pd.Series[bool], dtype: Any = None
    ) -> pd.Series[Any]:
        """A Series like the accessor's with ``values`` where it is not missing, else None."""
        filled: list[Any] = [None] * len(mask)
        positions = [i for i, missing in enumerate(mask.tolist()) if not missing]
        for position, value in zip(positions, values, strict=True):
            filled[position] = value
        spread: pd.Series[Any] = pd.Series(
            filled, index=self._series.index, name=self._series.name, dtype=dtype
        )
        return spread


def _missing(value: object) -> bool:
    """None, NaN, pd.NA or NaT: a row without a query."""
    if value is None:
        return True
    if isinstance(value, str) or not pd.api.types.is_scalar(value):
        return False
    return bool(pd.isna(value))  # type: ignore[call-overload]


def _chosen_summarizer(language: str | None, summarizer: Summarizer | None) -> Summarizer:
    if summarizer is None:
        return default_summarizer(check_language(language if language is not None else AUTO))
    if not isinstance(summarizer, Summarizer):
        raise TypeError(
            f"summarizer must be a salience.Summarizer, not {type(summarizer).__name__}"
        )
    if language is not None and language != summarizer.language:
        raise ValueError(
            f"language={language!r} and a summarizer for {summarizer.language!r} were both given: "
            "give one of them"
        )
    return summarizer


def _map(
    summaries: pd.Series[Any], function: Callable[[Summary], T], mask: pd.Series[bool]
) -> pd.Series[Any]:
    values = [
        None if missing else function(summary)
        for summary, missing in zip(summaries, mask, strict=True)
    ]
    mapped: pd.Series[Any] = pd.Series(values, index=summaries.index, name=summaries.name)
    return mapped

"""scikit-learn integration: :class:`SummaryTransformer`, a text-to-summary pipeline step.

>>> from sklearn.feature_extraction.text import TfidfVectorizer
>>> from sklearn.pipeline import make_pipeline
>>> from salience.sklearn import SummaryTransformer
>>> pipeline = make_pipeline(SummaryTransformer(sentences=1), TfidfVectorizer())
>>> pipeline.fit_transform(["Cats purr. Dogs bark loudly.", "Birds sing."]).shape
(2, 4)

Needs scikit-learn: ``pip install 'salience[sklearn]'``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

try:
    import numpy as np
    from scipy.sparse import issparse
    from sklearn.base import BaseEstimator, TransformerMixin
    from sklearn.utils.validation import check_is_fitted
except ImportError as error:
    raise ImportError(
        "salience.sklearn needs scikit-learn, which is not installed: "
        "pip install 'salience[sklearn]'",
        name=error.name,
    ) from error

from salience._summarizer import ErrorPolicy, Summarizer
from salience._validation import make_budget

__all__ = ["SummaryTransformer"]


class SummaryTransformer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Turns each text into its summary: a pipeline step before a vectorizer.

    ``transform(X)`` takes an iterable of texts (a list, a 1-D array, a pandas Series, or a
    one-column 2-D array or DataFrame, as ``ColumnTransformer`` hands over with
    ``["text"]``) and returns a 1-D numpy array of ``str`` (dtype object), one summary per
    text, in order: the input that text vectorizers such as ``TfidfVectorizer`` take.

    Parameters:

    - ``summarizer``: a configured :class:`salience.Summarizer`; ``None`` means
      ``Summarizer()``, the default settings in English. Search over settings by giving
      several, ``{"summarizer": [Summarizer(position_weight=w) for w in (0.2, 0.4)]}``.
    - ``sentences``, ``ratio``, ``words``, ``chars``: at most one budget, as in
      :func:`salience.summarize` (3 sentences when none is given).
    - ``n_jobs``: C++ threads for a batch (``None``: one per core; at most four per core).
    - ``errors``: what a text that is not a ``str`` (such as a missing value) does:
      ``"raise"`` (TypeError), or ``"empty"`` (an empty summary, ``""``; fitting skips it).
    - ``fit_idf``: whether ``fit`` learns IDF from ``X`` (the default) or keeps the
      summarizer as given.

    ``fit(X)`` checks the parameters and sets ``summarizer_``, the summarizer that
    ``transform`` uses: ``summarizer.fit(X)`` (see :meth:`salience.Summarizer.fit`), which
    weighs terms by how common they are across the texts of ``X`` as well as within each
    text, or ``summarizer`` itself with ``fit_idf=False``.

    The transformer clones, pickles and takes ``get_params``/``set_params`` like any
    scikit-learn estimator.
    """

    def __init__(
        self,
        summarizer: Summarizer | None = None,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        chars: int | None = None,
        n_jobs: int | None = None,
        errors: ErrorPolicy = "raise",
        fit_idf: bool = True,
    ) -> None:
        self.summarizer = summarizer
        self.sentences = sentences
        self.ratio = ratio
        self.words = words
        self.chars = chars
        self.n_jobs = n_jobs
        self.errors = errors
        self.fit_idf = fit_idf

    def fit(self, X: Any, y: Any = None) -> SummaryTransformer:
        """Checks the parameters, learns IDF from the texts of ``X`` (unless ``fit_idf`` is
        False) and sets ``summarizer_``; returns the transformer."""
        summarizer = self._checked_summarizer()
        texts = _texts(X)
        if not self.fit_idf:
            self.summarizer_: Summarizer = summarizer
            return self
        if self.errors == "empty":
            texts = [text for text in texts if isinstance(text, str)]
        self.summarizer_ = summarizer.fit(cast("list[str]", texts), n_jobs=self.n_jobs)
        return self

    def transform(self, X: Any) -> np.ndarray[Any, np.dtype[np.object_]]:
        """The summary text of every text of ``X``, as a 1-D array of ``str``."""
        check_is_fitted(self, "summarizer_")
        texts = _texts(X)
        summaries = self.summarizer_.summarize_many(
            cast("list[str]", texts),  # what is not a str meets the `errors` policy
            sentences=self.sentences,
            ratio=self.ratio,
            words=self.words,
            chars=self.chars,
            n_jobs=self.n_jobs,
            errors=self.errors,
        )
        out = np.empty(len(texts), dtype=object)
        for position, summary in enumerate(summaries):
            out[position] = summary.text
        return out

    def _checked_summarizer(self) -> Summarizer:
        if self.summarizer is not None and not isinstance(self.summarizer, Summarizer):
            kind = type(self.summarizer).__name__
            raise TypeError(f"summarizer must be a salience.Summarizer or None, not {kind}")
        make_budget(self.sentences, self.ratio, self.words, self.chars)
        if self.errors not in ("raise", "empty"):
            raise ValueError(f"errors must be 'raise' or 'empty', got {self.errors!r}")
        return self.summarizer if self.summarizer is not None else Summarizer()

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.one_d_array = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = True
        return tags


_ACCEPTED = (
    "a list, a pandas Series or a 1-D array of str, or a 2-D array or DataFrame with one "
    "column of str"
)


def _texts(X: Any) -> list[object]:
    """The texts of X as a list: X is an iterable of texts or a one-column 2-D table."""
    if isinstance(X, (str, bytes)):
        raise TypeError(
            "X must be an iterable of texts, not a single str or bytes: wrap it in a list"
        )
    if issparse(X):
        # A sparse matrix holds numbers (a vectorizer's output), never texts.
        raise TypeError(f"X must be texts: {_ACCEPTED}; not a sparse {type(X).__name__}")
    ndim = getattr(X, "ndim", None)
    if ndim == 2:
        columns = X.shape[1]
        if columns != 1:
            raise ValueError(
                f"X must be 1-D or have exactly one column of texts, got {columns} columns"
            )
        values = X.to_numpy() if hasattr(X, "to_numpy") else np.asarray(X, dtype=object)
        return list(values[:, 0])
    if ndim is not None and ndim != 1:
        raise ValueError(f"X must be an iterable of texts (1-D), got a {ndim}-D array")
    items: Iterable[object] = X.tolist() if hasattr(X, "tolist") else X
    try:
        return list(items)
    except TypeError:
        raise TypeError(f"X must be texts: {_ACCEPTED}; not {type(X).__name__}") from None

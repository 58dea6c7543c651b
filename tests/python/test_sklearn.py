"""scikit-learn: SummaryTransformer in pipelines, clone, params, pickling and the API checks."""

from __future__ import annotations

import doctest
import importlib
import pickle
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest
import salience
from salience.sklearn import SummaryTransformer
from sklearn import clone
from sklearn.compose import ColumnTransformer
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.utils import estimator_checks

TEXTS = [
    "Cats purr when they are content. Dogs bark loudly at strangers. Birds sing at dawn.",
    "The council approved the library budget. Critics wanted road repairs. The mayor agreed.",
    "Markets rallied on Monday. Stocks rose sharply in early trading. Bonds fell slightly.",
    "The team won the final match. Fans celebrated in the streets. The coach praised them.",
]
LABELS = [0, 1, 1, 0]

# The checks of sklearn.utils.estimator_checks that do not feed the estimator numbers: the
# rest need numeric arrays, and check_estimator itself skips an estimator of text input.
# (check_fit_check_is_fitted fits on numbers, which fit, learning IDF from texts, refuses;
# test_transform_before_fit_raises and the fitted tests below cover what it checks.)
API_CHECKS = [
    "check_parameters_default_constructible",
    "check_no_attributes_set_in_init",
    "check_get_params_invariance",
    "check_set_params",
    "check_estimator_cloneable",
    "check_estimator_repr",
    "check_valid_tag_types",
    "check_estimator_tags_renamed",
    "check_mixin_order",
    "check_do_not_raise_errors_in_init_or_set_params",
    "check_estimators_unfitted",
]


@pytest.mark.parametrize("check", API_CHECKS)
def test_scikit_learn_api_checks(check: str) -> None:
    function: Callable[[str, Any], None] | None = getattr(estimator_checks, check, None)
    if function is None:
        pytest.skip(f"this scikit-learn has no {check}")
    function("SummaryTransformer", SummaryTransformer())


def test_transform_returns_one_summary_text_per_text() -> None:
    out = SummaryTransformer(sentences=1).fit_transform(TEXTS)
    assert isinstance(out, np.ndarray)
    assert out.shape == (len(TEXTS),) and out.dtype == object
    assert out.tolist() == [salience.summarize(text, sentences=1).text for text in TEXTS]


def test_budgets_and_summarizer_are_used() -> None:
    summarizer = salience.Summarizer(position_weight=0.0)
    transformer = SummaryTransformer(summarizer, words=8).fit(TEXTS)
    # summarizer_ is the given one, or (once Summarizer.fit exists) one fitted from it.
    assert transformer.summarizer_.options == summarizer.options
    expected = [transformer.summarizer_.summarize(text, words=8).text for text in TEXTS]
    assert transformer.transform(TEXTS).tolist() == expected


@pytest.mark.parametrize(
    "make",
    [
        lambda: TEXTS,
        lambda: tuple(TEXTS),
        lambda: np.array(TEXTS, dtype=object),
        lambda: np.array(TEXTS),
        lambda: np.array(TEXTS, dtype=object).reshape(-1, 1),
        lambda: (text for text in TEXTS),
    ],
    ids=["list", "tuple", "object-array", "str-array", "one-column", "generator"],
)
def test_accepts_iterables_and_one_column_tables(make: Callable[[], Any]) -> None:
    out = SummaryTransformer(sentences=1).fit(TEXTS).transform(make())
    assert out.tolist() == [salience.summarize(text, sentences=1).text for text in TEXTS]


def test_accepts_pandas_series_and_one_column_frames() -> None:
    expected = [salience.summarize(text, sentences=1).text for text in TEXTS]
    transformer = SummaryTransformer(sentences=1).fit(TEXTS)
    assert transformer.transform(pd.Series(TEXTS, index=[9, 8, 7, 6])).tolist() == expected
    assert transformer.transform(pd.DataFrame({"text": TEXTS})).tolist() == expected


@pytest.mark.parametrize(
    ("X", "error", "match"),
    [
        ("one text", TypeError, "not a single str"),
        (np.array([TEXTS, TEXTS]).T, ValueError, "exactly one column"),
        (np.zeros((2, 2, 2)), ValueError, "3-D"),
        ([TEXTS[0], 3], TypeError, "text must be str, not int"),
    ],
    ids=["str", "two-columns", "3-d", "not-text"],
)
def test_bad_input_raises(X: Any, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        SummaryTransformer().fit(TEXTS).transform(X)


@pytest.mark.parametrize("method", ["fit", "transform"])
@pytest.mark.parametrize("X", [[[1.0, 0.0]], [[1.0]]], ids=["two-columns", "one-column"])
def test_a_sparse_matrix_is_refused_saying_what_is_accepted(method: str, X: Any) -> None:
    from scipy.sparse import csr_matrix

    transformer = SummaryTransformer().fit(TEXTS)
    with pytest.raises(TypeError, match=r"X must be texts: a list, a pandas Series.*csr_matrix"):
        getattr(transformer, method)(csr_matrix(X))  # before the fix: IndexError


@pytest.mark.parametrize("X", [5, object()], ids=["int", "object"])
def test_what_is_no_collection_is_refused_saying_what_is_accepted(X: Any) -> None:
    with pytest.raises(TypeError, match="X must be texts: a list, a pandas Series"):
        SummaryTransformer().fit(X)


@pytest.mark.parametrize(
    "budget", [{"ratio": 10**400}, {"sentences": -(10**400)}], ids=["ratio", "sentences"]
)
def test_huge_budgets_are_refused_by_fit(budget: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be a"):
        SummaryTransformer(**budget).fit(TEXTS)


def test_missing_values_give_empty_summaries_when_asked() -> None:
    out = SummaryTransformer(sentences=1, errors="empty").fit(TEXTS).transform([TEXTS[0], None])
    assert out.tolist() == [salience.summarize(TEXTS[0], sentences=1).text, ""]


@pytest.mark.parametrize(
    ("params", "error", "match"),
    [
        ({"sentences": 0}, ValueError, "whole number >= 1"),
        ({"sentences": 1, "words": 3}, ValueError, "at most one budget"),
        ({"errors": "skip"}, ValueError, "'raise' or 'empty'"),
        ({"summarizer": "en"}, TypeError, "salience.Summarizer or None"),
    ],
    ids=["zero", "two-budgets", "skip", "summarizer"],
)
def test_fit_checks_the_parameters(
    params: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        SummaryTransformer(**params).fit(TEXTS)


def test_docstring_examples_run() -> None:
    module = importlib.import_module("salience.sklearn")
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_transform_before_fit_raises() -> None:
    with pytest.raises(NotFittedError):
        SummaryTransformer().transform(TEXTS)


def test_get_params_set_params_and_clone() -> None:
    summarizer = salience.Summarizer(language="de")
    transformer = SummaryTransformer(summarizer, sentences=2, n_jobs=1)
    params = transformer.get_params()
    assert params == {
        "summarizer": summarizer,
        "sentences": 2,
        "ratio": None,
        "words": None,
        "chars": None,
        "n_jobs": 1,
        "errors": "raise",
        "fit_idf": True,
    }
    assert transformer.set_params(sentences=None, ratio=0.5) is transformer
    assert (transformer.sentences, transformer.ratio) == (None, 0.5)
    copy = clone(transformer)
    assert copy is not transformer
    assert copy.get_params() == transformer.get_params()
    assert not hasattr(copy, "summarizer_")


def test_pickles_fitted_and_unfitted() -> None:
    transformer = SummaryTransformer(salience.Summarizer(title_weight=0.0), sentences=1)
    assert pickle.loads(pickle.dumps(transformer)).get_params() == transformer.get_params()
    transformer.fit(TEXTS)
    restored = pickle.loads(pickle.dumps(transformer))
    assert restored.transform(TEXTS).tolist() == transformer.transform(TEXTS).tolist()


def test_pipeline_into_a_vectorizer_and_a_classifier() -> None:
    pipeline = make_pipeline(
        SummaryTransformer(sentences=1), TfidfVectorizer(), LogisticRegression()
    )
    pipeline.fit(TEXTS, LABELS)
    assert pipeline.predict(TEXTS).shape == (len(TEXTS),)
    vectorizer = pipeline.named_steps["tfidfvectorizer"]
    summary_words = {
        w.lower().strip(".") for t in TEXTS for w in salience.summarize(t, sentences=1).text.split()
    }
    assert set(vectorizer.vocabulary_) <= summary_words, "the vectorizer saw the summaries only"
    assert (
        pickle.loads(pickle.dumps(pipeline)).predict(TEXTS).tolist()
        == pipeline.predict(TEXTS).tolist()
    )


def test_grid_search_over_budgets_and_summarizers() -> None:
    pipeline = Pipeline(
        [
            ("summary", SummaryTransformer()),
            ("counts", CountVectorizer()),
            ("model", LogisticRegression()),
        ]
    )
    grid = GridSearchCV(
        pipeline,
        {
            "summary__sentences": [1, 2],
            "summary__summarizer": [None, salience.Summarizer(position_weight=0.0)],
        },
        cv=2,
    )
    grid.fit(TEXTS * 2, LABELS * 2)
    assert set(grid.best_params_) == {"summary__sentences", "summary__summarizer"}


def test_column_transformer_on_a_text_column() -> None:
    frame = pd.DataFrame({"body": TEXTS, "length": [len(text) for text in TEXTS]})
    columns = ColumnTransformer(
        [
            ("summary", make_pipeline(SummaryTransformer(sentences=1), CountVectorizer()), "body"),
            ("length", "passthrough", ["length"]),
        ]
    )
    features = columns.fit_transform(frame)
    vocabulary = columns.named_transformers_["summary"].named_steps["countvectorizer"].vocabulary_
    assert features.shape == (len(TEXTS), len(vocabulary) + 1)

"""pandas: the Series accessor of salience.pandas and Summary.to_frame."""

from __future__ import annotations

import doctest
import importlib
import subprocess
import sys
import textwrap
from typing import Any

import pandas as pd
import pytest
import salience
from salience.pandas import SalienceAccessor

TEXTS = [
    "Cats purr when they are content. Dogs bark loudly at strangers near the house. "
    "Birds sing early in the morning.",
    "The council approved the library budget. Critics wanted road repairs instead. "
    "The mayor defended the plan.",
    "One short sentence only.",
]


def accessor(series: pd.Series[Any]) -> SalienceAccessor:
    """``series.salience``, typed: pandas-stubs cannot know of registered accessors."""
    found = series.salience
    assert isinstance(found, SalienceAccessor)
    return found


def run_isolated(code: str) -> subprocess.CompletedProcess[str]:
    """Runs code in a fresh interpreter, so that hiding a module affects nothing here."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )


def test_accessor_summarizes_every_text_keeping_index_and_name() -> None:
    series = pd.Series(TEXTS, index=["x", "y", "z"], name="body")
    summaries = accessor(series).summarize(sentences=1)
    assert isinstance(summaries, pd.Series)
    assert list(summaries.index) == ["x", "y", "z"]
    assert summaries.name == "body"
    assert summaries.tolist() == [salience.summarize(text, sentences=1).text for text in TEXTS]


@pytest.mark.parametrize(
    "budget", [{}, {"sentences": 2}, {"ratio": 0.5}, {"words": 12}, {"chars": 60}], ids=str
)
def test_accessor_takes_every_budget(budget: dict[str, Any]) -> None:
    series = pd.Series(TEXTS)
    expected = [salience.summarize(text, **budget).text for text in TEXTS]
    assert accessor(series).summarize(**budget).tolist() == expected


def test_missing_values_stay_missing() -> None:
    series = pd.Series([TEXTS[0], None, float("nan"), pd.NA, TEXTS[1]], index=[5, 4, 3, 2, 1])
    summaries = accessor(series).summarize(sentences=1)
    assert list(summaries.index) == [5, 4, 3, 2, 1]
    assert summaries.isna().tolist() == [False, True, True, True, False]
    assert summaries[5] == salience.summarize(TEXTS[0], sentences=1).text


def test_values_that_are_not_text_raise() -> None:
    with pytest.raises(TypeError, match="text must be str, not int"):
        accessor(pd.Series([TEXTS[0], 42])).summarize()


def test_summarizer_or_language_chooses_the_settings() -> None:
    series = pd.Series(TEXTS)
    summarizer = salience.Summarizer(position_weight=0.0, length_weight=0.0)
    by_summarizer = accessor(series).summarize(sentences=1, summarizer=summarizer)
    assert by_summarizer.tolist() == [summarizer.summarize(t, sentences=1).text for t in TEXTS]
    german = pd.Series(["Die Katze schläft. Der Hund bellt laut in der Nacht."])
    assert accessor(german).summarize(sentences=1, language="de").tolist() == [
        salience.summarize(german[0], sentences=1, language="de").text
    ]
    with pytest.raises(ValueError, match="give one of them"):
        accessor(series).summarize(summarizer=summarizer, language="de")
    with pytest.raises(TypeError, match=r"salience\.Summarizer"):
        accessor(series).summarize(summarizer="en")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="supported"):
        accessor(series).summarize(language="xx")


def test_summaries_are_summary_objects() -> None:
    series = pd.Series([TEXTS[0], None])
    summaries = accessor(series).summaries(sentences=1)
    assert isinstance(summaries[0], salience.Summary)
    assert summaries[0] == salience.summarize(TEXTS[0], sentences=1)
    assert summaries[1] is None


def test_keywords_accessor() -> None:
    keywords = accessor(pd.Series([TEXTS[1], None])).keywords(k=2)
    assert keywords[0] == salience.keywords(TEXTS[1], k=2)
    assert keywords[1] is None


def test_docstring_examples_run() -> None:
    module = importlib.import_module("salience.pandas")
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_empty_series() -> None:
    empty = pd.Series([], dtype=object)
    assert accessor(empty).summarize().tolist() == []


def test_invalid_budget_raises_before_any_work() -> None:
    with pytest.raises(ValueError, match="at most one budget"):
        accessor(pd.Series(TEXTS)).summarize(sentences=1, words=3)


def test_to_frame_has_one_row_per_candidate_in_document_order(article: str) -> None:
    summary = salience.summarize(article)
    frame = summary.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == [
        "text",
        "start",
        "end",
        "index",
        "words",
        "score",
        "rank",
        *salience.FEATURE_NAMES,
        "selected",
        "speaker",
    ]
    assert len(frame) == len(summary.ranking)
    assert frame["index"].is_monotonic_increasing
    by_index = {sentence.index: sentence for sentence in summary.ranking}
    for row in frame.to_dict("records"):
        sentence = by_index[row["index"]]
        assert row["text"] == sentence.text == article[row["start"] : row["end"]]
        assert (row["score"], row["rank"], row["words"]) == (
            sentence.score,
            sentence.rank,
            sentence.words,
        )
        for name in salience.FEATURE_NAMES:
            assert row[name] == sentence.features[name]
    chosen = frame[frame["selected"]]
    assert chosen["text"].tolist() == [sentence.text for sentence in summary.sentences]
    assert frame.sort_values("rank")["text"].tolist() == [s.text for s in summary.ranking]


def test_to_frame_dtypes() -> None:
    frame = salience.summarize(TEXTS[0]).to_frame()
    for column in ("start", "end", "index", "words", "rank"):
        assert frame[column].dtype == "int64"
    for column in ("score", *salience.FEATURE_NAMES):
        assert frame[column].dtype == "float64"
    assert frame["selected"].dtype == "bool"


def test_to_frame_of_an_empty_summary_has_the_columns() -> None:
    frame = salience.summarize("").to_frame()
    assert frame.empty
    assert "selected" in frame.columns and "tfidf" in frame.columns


def test_core_package_does_not_import_pandas_numpy_or_tqdm() -> None:
    done = run_isolated(
        """
        import sys
        import salience
        summary = salience.summarize("Cats purr. Dogs bark loudly at night.", sentences=1)
        summary._repr_html_(), summary.keywords()
        list(salience.Summarizer().summarize_many(["A b."]))
        heavy = {"pandas", "numpy", "sklearn", "tqdm"} & set(sys.modules)
        assert not heavy, heavy
        """
    )
    assert done.returncode == 0, done.stderr


def test_missing_pandas_names_the_extra() -> None:
    done = run_isolated(
        """
        import sys
        sys.modules["pandas"] = None  # as if pandas were not installed
        import salience
        try:
            salience.summarize("Cats purr.").to_frame()
        except ImportError as error:
            print(error)
        try:
            import salience.pandas
        except ImportError as error:
            print(error)
        """
    )
    assert done.returncode == 0, done.stderr
    to_frame, accessor = done.stdout.splitlines()
    assert to_frame.startswith("Summary.to_frame() needs pandas")
    assert accessor.startswith("salience.pandas needs pandas")
    for message in (to_frame, accessor):
        assert "pip install 'salience[pandas]'" in message

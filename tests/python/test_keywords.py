"""salience.keywords and Summary.keywords: ranking, surface forms, errors."""

from __future__ import annotations

import dataclasses
import doctest
import math
import pickle

import pytest
import salience
from hypothesis import given
from hypothesis import strategies as st

NEWS = (
    "Council Approves Library Budget\n"
    "\n"
    "The city council approved new library funding on Tuesday. Libraries will open longer. "
    "Council members said the libraries had record visitors. Critics of the council wanted "
    "road repairs instead. The mayor praised the library plan in 2024."
)


def test_article_keywords_name_its_subjects(article: str) -> None:
    keywords = salience.keywords(article)
    assert len(keywords) == 10
    assert all(isinstance(keyword, salience.Keyword) for keyword in keywords)
    texts = [keyword.text for keyword in keywords]
    assert texts[:2] == ["Lavrov", "Russia"]
    assert {"Trump", "Pompeo"} <= set(texts)


def test_best_first_with_positive_scores_and_counts(article: str) -> None:
    keywords = salience.keywords(article, k=40)
    scores = [keyword.score for keyword in keywords]
    assert scores == sorted(scores, reverse=True)
    for keyword in keywords:
        assert keyword.count >= 1 and keyword.score > 0 and math.isfinite(keyword.score)
        assert keyword.text in article, "the surface is a word of the text"
        assert keyword.term == keyword.term.casefold()


def test_score_is_count_times_smoothed_idf() -> None:
    text = "Cats purr. Cats sleep a lot. Dogs bark at cats."
    (cats,) = [keyword for keyword in salience.keywords(text) if keyword.term == "cat"]
    sentences, containing = 3, 3
    assert cats.count == 3
    assert cats.score == pytest.approx(3 * (math.log((1 + sentences) / (1 + containing)) + 1))


def test_k_limits_and_ties_go_to_the_first_term() -> None:
    assert [k.text for k in salience.keywords("Zebras graze. Lions hunt.", k=3)] == [
        "Zebras",
        "graze",
        "Lions",
    ]


def test_surface_is_the_form_the_text_uses_inside_sentences() -> None:
    keywords = {keyword.term: keyword for keyword in salience.keywords(NEWS, k=50)}
    assert keywords["librari"].text == "library"  # library x2 (+ title), libraries x2
    assert keywords["librari"].count == 4
    assert keywords["council"].text == "council"  # never "Council", the title's form
    assert keywords["council"].count == 3


def test_title_stopwords_and_numbers_are_not_keywords() -> None:
    terms = {keyword.term for keyword in salience.keywords(NEWS, k=100)}
    assert "budget" not in terms, "the title is not counted"
    assert not terms & {"the", "of", "on", "2024"}


def test_summary_keywords_are_those_of_its_text(article: str) -> None:
    summary = salience.summarize(article, sentences=1)
    assert summary.keywords() == salience.keywords(article)
    assert summary.keywords(k=3) == salience.keywords(article, k=3)


def test_summary_keywords_use_its_language() -> None:
    text = "Die Regierung plant neue Gesetze. Die Regierung trifft sich morgen wieder."
    summary = salience.Summarizer(language="de").summarize(text)
    assert summary.keywords(k=1)[0].text == "Regierung"
    assert summary.keywords() == salience.keywords(text, language="de")


@pytest.mark.parametrize("text", ["", "  \n\t ", "... !!!", "2019 1,550 42."])
def test_texts_without_words_have_no_keywords(text: str) -> None:
    assert salience.keywords(text) == ()


@pytest.mark.parametrize("k", [0, -1, 1.5, True, "3", None])
def test_k_must_be_a_whole_number_from_one(k: object) -> None:
    with pytest.raises(ValueError, match="k must be a whole number >= 1"):
        salience.keywords("Cats purr.", k=k)  # type: ignore[arg-type]


def test_errors_are_those_of_summarize() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        salience.keywords(b"Cats purr.")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="supported"):
        salience.keywords("Cats purr.", language="xx")
    with pytest.raises(ValueError, match="lone surrogate"):
        salience.keywords("Cats \ud800 purr.")


def test_docstring_examples_run() -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in doctest.DocTestFinder().find(salience.keywords, globs=vars(salience)):
        runner.run(test)
    assert runner.summarize(verbose=False) == (0, 1)  # none failed of the one example


def test_keyword_is_immutable_and_pickles() -> None:
    keyword = salience.keywords("Cats purr. Cats sleep.")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        keyword.text = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(keyword)) == keyword
    assert str(keyword) == keyword.text


@given(st.text(max_size=300), st.integers(min_value=1, max_value=20))
def test_any_text_gives_well_formed_keywords(text: str, k: int) -> None:
    try:
        keywords = salience.keywords(text, k=k)
    except ValueError as error:  # lone surrogates only
        assert "surrogate" in str(error)
        return
    assert len(keywords) <= k
    assert [keyword.score for keyword in keywords] == sorted(
        (keyword.score for keyword in keywords), reverse=True
    )
    assert len({keyword.term for keyword in keywords}) == len(keywords)
    for keyword in keywords:
        assert keyword.text and keyword.text in text
        assert keyword.count >= 1 and keyword.score > 0

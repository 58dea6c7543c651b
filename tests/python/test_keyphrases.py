"""salience.keyphrases, Summarizer.keyphrases and Summary.keyphrases: phrases, parts, errors."""

from __future__ import annotations

import dataclasses
import doctest
import math
import pickle

import pytest
import salience
from hypothesis import given
from hypothesis import strategies as st


def test_article_phrases_name_its_subjects(article: str) -> None:
    phrases = salience.keyphrases(article)
    assert len(phrases) == 10
    assert all(isinstance(phrase, salience.Keyphrase) for phrase in phrases)
    texts = [phrase.text for phrase in phrases]
    assert texts[0] == "Lavrov"
    # What a reader names the story by: the two countries, the treaty talk, the third party.
    assert {"United States", "North Korea", "Trump", "Pompeo"} <= set(texts)
    assert any("arms control" in text for text in texts)
    assert "United" not in texts and "States" not in texts, "no phrase repeated as its parts"


def test_phrases_are_written_as_the_text_writes_them(article: str) -> None:
    phrases = salience.keyphrases(article, k=60)
    for phrase in phrases:
        assert phrase.text in article
        assert 1 <= len(phrase.terms) <= 4
        assert phrase.count >= 1 and phrase.score > 0 and math.isfinite(phrase.score)
    by_terms = {phrase.terms: phrase for phrase in phrases}
    assert by_terms[("new", "start")].text == "New START"


def test_no_phrase_holds_another(article: str) -> None:
    phrases = salience.keyphrases(article, k=200)
    for a in phrases:
        for b in phrases:
            if a is not b:
                n = len(b.terms)
                runs = {a.terms[i : i + n] for i in range(len(a.terms) - n + 1)}
                assert b.terms not in runs, f"{a.text!r} holds {b.text!r}"


def test_stopwords_numbers_and_punctuation_break_phrases() -> None:
    text = "Treaty of Moscow signed. Missile 2019 launch seen. Pilots, engineers agreed."
    for phrase in salience.keyphrases(text, k=100):
        assert " of " not in phrase.text and "2019" not in phrase.text and "," not in phrase.text


def test_the_title_is_a_source() -> None:
    text = "Wavelength Services Explained\n\nOperators sell capacity. Buyers compare prices."
    assert salience.keyphrases(text, k=1)[0].text == "Wavelength Services Explained"


def test_k_limits_and_large_k_gives_all(article: str) -> None:
    assert len(salience.keyphrases(article, k=3)) == 3
    everything = salience.keyphrases(article, k=10**9)
    assert everything[:10] == salience.keyphrases(article)


def test_deterministic(article: str) -> None:
    assert salience.keyphrases(article) == salience.keyphrases(article)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "北京是中国的首都。中国经济发展很快。中国经济很大。", "中国经济"),
        ("ja", "東京は日本の首都です。日本経済は大きい。日本経済が成長した。", "日本経済"),
        ("ru", "Красная площадь большая. Туристы любят Красная площадь.", "Красная площадь"),
        ("de", "Die Bundesregierung plant Gesetze. Die Bundesregierung tagt.", "Bundesregierung"),
    ],
)
def test_other_languages(language: str, text: str, expected: str) -> None:
    texts = [phrase.text for phrase in salience.keyphrases(text, language=language)]
    assert any(expected in phrase for phrase in texts), texts
    if language in ("zh", "ja"):
        assert all(" " not in phrase for phrase in texts), "CJK words join without spaces"
        assert salience.keyphrases(text) == salience.keyphrases(text, language=language)


def test_summary_and_summarizer_keyphrases(article: str) -> None:
    summary = salience.summarize(article, sentences=1)
    assert summary.keyphrases() == salience.keyphrases(article)
    assert summary.keyphrases(k=3) == salience.keyphrases(article, k=3)
    assert salience.Summarizer().keyphrases(article) == salience.keyphrases(article)


def test_fitted_summarizer_weighs_phrases_as_keywords(article: str) -> None:
    corpus = ["Lavrov met officials.", "Lavrov spoke.", "Lavrov left.", "Weather was mild."]
    plain, fitted = (
        salience.Summarizer(language="en"),
        salience.Summarizer(language="en").fit(corpus),
    )

    def phrase(summarizer: salience.Summarizer) -> float:
        return next(p.score for p in summarizer.keyphrases(article, k=20) if p.text == "Lavrov")

    def word(summarizer: salience.Summarizer) -> float:
        return next(w.score for w in summarizer.keywords(article, k=20) if w.text == "Lavrov")

    # The same IDF as keywords: a one-word phrase moves with the corpus as the keyword does.
    phrase_ratio = phrase(fitted) / phrase(plain)
    assert phrase_ratio == pytest.approx(word(fitted) / word(plain))
    assert phrase_ratio != pytest.approx(1.0)


@pytest.mark.parametrize("text", ["", "  \n\t ", "... !!!", "2019 1,550 42."])
def test_texts_without_words_have_no_keyphrases(text: str) -> None:
    assert salience.keyphrases(text) == ()


@pytest.mark.parametrize("k", [0, -1, 1.5, True, "3", None])
def test_k_must_be_a_whole_number_from_one(k: object) -> None:
    with pytest.raises(ValueError, match="k must be a whole number >= 1"):
        salience.keyphrases("Cats purr.", k=k)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="k must be a whole number >= 1"):
        salience.Summarizer().keyphrases("Cats purr.", k=k)  # type: ignore[arg-type]


def test_errors_are_those_of_keywords() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        salience.keyphrases(b"Cats purr.")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="supported"):
        salience.keyphrases("Cats purr.", language="xx")
    with pytest.raises(ValueError, match="lone surrogate"):
        salience.keyphrases("Cats \ud800 purr.")
    with pytest.raises(TypeError):
        salience.keyphrases("Cats purr.", 3)  # type: ignore[call-arg]


def test_docstring_examples_run() -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in doctest.DocTestFinder().find(salience.keyphrases, globs=vars(salience)):
        runner.run(test)
    assert runner.summarize(verbose=False) == (0, 2)  # none failed of the two lines


def test_keyphrase_is_immutable_and_pickles() -> None:
    phrase = salience.keyphrases("Arms control matters. We want arms control.")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        phrase.text = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(phrase)) == phrase
    assert str(phrase) == phrase.text
    assert isinstance(phrase.terms, tuple)


@given(st.text(max_size=300), st.integers(min_value=1, max_value=20))
def test_any_text_gives_well_formed_keyphrases(text: str, k: int) -> None:
    try:
        phrases = salience.keyphrases(text, k=k)
    except ValueError as error:  # lone surrogates only
        assert "surrogate" in str(error)
        return
    assert len(phrases) <= k
    assert len({phrase.terms for phrase in phrases}) == len(phrases)
    for phrase in phrases:
        assert phrase.text and phrase.text in text
        assert phrase.count >= 1 and phrase.score > 0


def test_any_whole_k_and_a_huge_negative_one_refused() -> None:
    text = "Arms control talks resumed. Arms control matters to Europe."
    everything = salience.keyphrases(text, k=1000)
    assert salience.keyphrases(text, k=2**80) == everything
    with pytest.raises(ValueError, match="k must be a whole number >= 1, got -an int of about"):
        salience.keyphrases(text, k=-(2**4000))

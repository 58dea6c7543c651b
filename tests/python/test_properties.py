"""Hypothesis properties: any valid str is summarized without error and keeps the contract."""

# Non-ASCII look-alikes are the point of the samples here.
# ruff: noqa: RUF001

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest
import salience
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

# Every str Python can encode as UTF-8: all of Unicode, control characters included.
any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]))

WORDS = [
    "the", "cat", "sat", "on", "mat", "market", "fell", "Russia", "talks", "Lavrov",
    "東京", "北京", "です", "café", "naïve", "Cafe\u0301", "مرحبا", "שלום", "Привет",
    "👨‍👩‍👧‍👦", "🇺🇸", "🇯🇵", "👋🏽", "🏳️‍🌈", "3.14", "$5", "2,000", "e.g.", "Mr.", "Dr.",
    "U.S.", "co-op", "don't", "x\u200by", "\u00a0", "ä", "ＡＢＣ", "𝔘𝔫𝔦", "\x00", "\x07",
]  # fmt: skip
TERMINALS = [".", "!", "?", "...", "…", "。", "！", "？", '."', ".”", "?)", ""]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "\u3000", "\u2029", ""]
HEADLINES = ["", "Breaking News Today\n\n", "REVIEW - Big Story: Part One\n", "Headline\n"]
DATELINES = ["", "WASHINGTON (Reuters) - ", "LONDON (AP) — ", "(CNN) ", "TOKYO, Jan 5 - "]


@st.composite
def sentence_like_text(draw: st.DrawFn) -> str:
    word = st.one_of(st.sampled_from(WORDS), st.text(alphabet="abcdefghij", min_size=1))
    sentence = st.builds(
        lambda words, end: " ".join(words) + end,
        st.lists(word, min_size=1, max_size=12),
        st.sampled_from(TERMINALS),
    )
    sentences = draw(st.lists(sentence, max_size=15))
    separators = draw(
        st.lists(st.sampled_from(SEPARATORS), min_size=len(sentences), max_size=len(sentences))
    )
    body = "".join(part for pair in zip(sentences, separators, strict=True) for part in pair)
    lead = draw(st.sampled_from(HEADLINES)) + draw(st.sampled_from(DATELINES))
    padding = draw(st.sampled_from(["", " ", "\n", "  \n\t"]))
    return padding + lead + body + padding


texts = st.one_of(any_text, sentence_like_text())

budgets = st.one_of(
    st.just({}),
    st.builds(lambda n: {"sentences": n}, st.integers(1, 20)),
    st.builds(lambda r: {"ratio": r}, st.floats(1e-6, 1.0)),
    st.builds(lambda n: {"words": n}, st.integers(1, 150)),
    st.builds(lambda n: {"chars": n}, st.integers(1, 600)),
)

languages = st.sampled_from(["en", "de", "fr", "ru", "ja", "zh", "ar", "he", "th", "ko"])

options = st.fixed_dictionaries(
    {},
    optional={
        "tfidf_weight": st.floats(0, 5),
        "position_weight": st.floats(0, 5),
        "position_curve": st.sampled_from(["exponential", "inverse", "linear", "none"]),
        "position_decay": st.floats(0.01, 100),
        "title_weight": st.floats(0, 5),
        "length_weight": st.floats(0, 5),
        "min_words": st.integers(0, 30),
        "redundancy_threshold": st.floats(0, 1),
    },
)


@given(text=any_text)
@example(text="")
@example(text="\x00")
@example(text="\ufeff")
@example(text="\U0010ffff. \ufffe.")
@example(text="\n" * 50)
@example(text=".")
@example(text="👨‍👩‍👧‍👦")
def test_any_text_is_split_and_summarized(
    text: str, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    spans = salience.split_sentences(text)
    summary = salience.summarize(text)
    summary_check(text, summary)
    assert summary.spans == spans


@given(text=texts, budget=budgets)
def test_budget_offsets_and_order_hold(
    text: str, budget: dict[str, Any], summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text, **budget)
    summary_check(text, summary)


@given(text=sentence_like_text(), budget=budgets, language=languages)
def test_every_language_keeps_the_contract(
    text: str,
    budget: dict[str, Any],
    language: str,
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    summary = salience.summarize(text, language=language, **budget)
    summary_check(text, summary)
    assert summary.language == language
    assert summary.spans == salience.split_sentences(text, language=language)


@given(text=sentence_like_text(), budget=budgets, chosen=options)
def test_any_valid_options_keep_the_contract(
    text: str,
    budget: dict[str, Any],
    chosen: dict[str, Any],
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    summarizer = salience.Summarizer(**chosen)
    summary = summarizer.summarize(text, **budget)
    summary_check(text, summary)
    # The options left None are the genre's the text was read as.
    weights = {**salience.genre_options(summary.genre), **chosen}
    for sentence in summary.ranking:
        features = sentence.features
        slack = 1e-9
        assert -slack <= features["tfidf"] <= weights["tfidf_weight"] + slack
        assert -slack <= features["position"] <= weights["position_weight"] + slack
        assert -slack <= features["title"] <= weights["title_weight"] + slack
        assert -weights["length_weight"] - slack <= features["length"] <= slack
        if summary.title is None:
            assert features["title"] == 0


@given(text=texts, budget=budgets)
def test_summaries_are_deterministic(text: str, budget: dict[str, Any]) -> None:
    first = salience.summarize(text, **budget)
    again = salience.summarize(text, **budget)
    fresh = salience.Summarizer().summarize(text, **budget)
    assert first == again == fresh
    assert first.text == fresh.text


@given(text=sentence_like_text(), chosen=options)
def test_pickled_summarizer_gives_identical_summaries(text: str, chosen: dict[str, Any]) -> None:
    summarizer = salience.Summarizer(**chosen)
    restored = pickle.loads(pickle.dumps(summarizer))
    assert restored == summarizer and hash(restored) == hash(summarizer)
    assert restored.summarize(text) == summarizer.summarize(text)


@given(text=texts, budget=budgets)
def test_selected_sentences_are_split_sentences(text: str, budget: dict[str, Any]) -> None:
    spans = {span.index: span for span in salience.split_sentences(text)}
    summary = salience.summarize(text, **budget)
    for sentence in summary.ranking:
        span = spans[sentence.index]
        assert span.kind == "sentence"
        assert (span.start, span.end, span.text) == (sentence.start, sentence.end, sentence.text)


@given(text=texts)
def test_sentence_budget_takes_min_of_budget_and_candidates(text: str) -> None:
    everything = salience.summarize(text, ratio=1.0)
    candidates = len(everything.ranking)
    assert len(everything) == candidates
    for count in (1, 2, 3, 7):
        assert len(salience.summarize(text, sentences=count)) == min(count, candidates)


@given(text=texts, extra=st.integers(0, 40))
def test_larger_word_budget_never_uses_fewer_words_than_the_best_single_fit(
    text: str, extra: int
) -> None:
    summary = salience.summarize(text, ratio=1.0)
    assume(summary.ranking)
    shortest = min(sentence.words for sentence in summary.ranking)
    limited = salience.summarize(text, words=shortest + extra)
    assert len(limited) >= 1


@given(before=any_text, after=any_text, surrogate=st.integers(0xD800, 0xDFFF))
def test_lone_surrogate_raises_value_error_with_its_offset(
    before: str, after: str, surrogate: int
) -> None:
    text = before + chr(surrogate) + after
    for call in (salience.summarize, salience.split_sentences):
        with pytest.raises(ValueError, match=f"offset {len(before)}\\b"):
            call(text)


# A CRLF sentence that wraps is one code point longer, so a chars budget may differ.
@given(text=sentence_like_text(), budget=budgets.filter(lambda budget: "chars" not in budget))
def test_crlf_and_lf_give_the_same_sentences(text: str, budget: dict[str, Any]) -> None:
    text = text.replace("\r", "")
    lf = salience.summarize(text, **budget)
    crlf = salience.summarize(text.replace("\n", "\r\n"), **budget)
    assert [s.text.replace("\r\n", "\n") for s in crlf.sentences] == [s.text for s in lf.sentences]
    assert [(s.kind, s.paragraph) for s in crlf.spans] == [(s.kind, s.paragraph) for s in lf.spans]
    assert [s.score for s in crlf.ranking] == pytest.approx([s.score for s in lf.ranking])


@settings(max_examples=60)
@given(batch=st.lists(texts, max_size=8), budget=budgets, n_jobs=st.sampled_from([1, 2, None]))
def test_summarize_many_equals_one_at_a_time(
    batch: list[str], budget: dict[str, Any], n_jobs: int | None
) -> None:
    summarizer = salience.Summarizer()
    expected = [summarizer.summarize(text, **budget) for text in batch]
    assert list(summarizer.summarize_many(batch, n_jobs=n_jobs, **budget)) == expected

"""The bundled article, examples/lavrov_visit.txt: a news story with a headline and dateline."""

# Non-ASCII look-alikes are the point of the samples here.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import salience

TITLE = "REVIEW - Lavrov Blitz To US: No Breakthroughs, But Optimism In The Air"
# A sentence ends with . ! or ?, possibly followed by closing quotes or brackets.
TERMINAL = re.compile(r"[.!?][\"'”’»)\]]*$")


def test_title(article_summary: salience.Summary) -> None:
    assert article_summary.title == TITLE
    assert article_summary.spans[0].kind == "title"
    assert article_summary.spans[0].text == TITLE


def test_dateline_is_split_from_the_first_sentence(article: str) -> None:
    spans = salience.split_sentences(article)
    assert spans[1].kind == "dateline"
    assert spans[1].text.startswith("WASHINGTON (")
    assert spans[2].kind == "sentence"
    assert spans[2].text.startswith("Russia's Foreign Minister")


def test_default_summary_has_three_sentences(
    article: str,
    article_summary: salience.Summary,
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    summary_check(article, article_summary)
    assert len(article_summary) == 3
    assert article_summary.budget == salience.Budget("sentences", 3)
    assert len(article_summary.ranking) > 40


def test_no_title_or_dateline_is_chosen(article_summary: salience.Summary) -> None:
    for sentence in article_summary.ranking:
        assert sentence.text != TITLE
        assert not sentence.text.startswith("WASHINGTON")
        assert "Pakistan Point News / Sputnik" not in sentence.text
    kinds = {span.index: span.kind for span in article_summary.spans}
    assert all(kinds[sentence.index] == "sentence" for sentence in article_summary.ranking)


def test_chosen_sentences_end_with_terminal_punctuation(article_summary: salience.Summary) -> None:
    for sentence in article_summary.sentences:
        assert TERMINAL.search(sentence.text), sentence.text


def test_first_chosen_sentence_is_the_lead(article_summary: salience.Summary) -> None:
    first = article_summary.sentences[0]
    assert first.text.startswith("Russia's Foreign Minister")
    assert first.text.endswith("building on the positive ones.")


def test_text_output_is_the_chosen_sentences_joined(
    article: str, article_summary: salience.Summary
) -> None:
    assert str(article_summary) == " ".join(s.text for s in article_summary.sentences)
    for sentence in article_summary.sentences:
        assert article[sentence.start : sentence.end] == sentence.text
        assert "\n" not in sentence.text


@pytest.mark.parametrize("count", [1, 2, 5, 10])
def test_more_sentences_keep_document_order(
    article: str, count: int, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(article, sentences=count)
    summary_check(article, summary)
    assert len(summary) == count
    for sentence in summary.sentences:
        assert TERMINAL.search(sentence.text), sentence.text


def test_quote_sentences_keep_their_closing_quote(article: str) -> None:
    spans = salience.split_sentences(article)
    quoted = [span.text for span in spans if span.text.startswith('"We have offered')]
    assert quoted == [
        '"We have offered Washington to consider any options to extend the agreement," '
        "Lavrov told journalists after the meeting with Trump."
    ]


@pytest.mark.parametrize(
    "budget", [{"ratio": 0.1}, {"words": 100}, {"chars": 600}], ids=["ratio", "words", "chars"]
)
def test_other_budgets(
    article: str, budget: dict[str, Any], summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(article, **budget)
    summary_check(article, summary)
    assert len(summary) >= 1


def test_crlf_copy_gives_the_same_sentences(article: str) -> None:
    crlf = article.replace("\n", "\r\n")
    assert [s.text for s in salience.summarize(crlf).sentences] == [
        s.text for s in salience.summarize(article).sentences
    ]

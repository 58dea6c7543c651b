"""Selection keeps a sentence that opens by pointing back ("It", "However") from appearing
without the sentence before it (coherence_weight; docs/scoring.md, Selection)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import salience

ARTICLE = Path(__file__).resolve().parents[2] / "examples" / "lavrov_visit.txt"

SCHOOLS = (
    "The council approved the new budget for the city schools on Monday. "
    "Teachers had asked for the money for years. "
    "It pays for new libraries in every school and for teachers in the village schools. "
    "The storm delayed the vote by a week. "
    "Power returned to the village on Sunday."
)


def chosen(text: str, coherence_weight: float = 0.1) -> list[int]:
    summarizer = salience.Summarizer(language="en", coherence_weight=coherence_weight)
    return [sentence.index for sentence in summarizer.summarize(text, sentences=2).sentences]


def test_a_reference_without_its_antecedent_ranks_lower() -> None:
    # "It pays ..." ranks second, but the sentence it refers to is not chosen: off, the
    # summary shows "It" with nothing to refer to; by default the next sentence comes first.
    assert chosen(SCHOOLS, coherence_weight=0.0) == [0, 2]
    assert chosen(SCHOOLS) == [0, 1]


def test_a_reference_follows_its_antecedent_once_chosen() -> None:
    summary = salience.Summarizer(language="en").summarize(SCHOOLS, sentences=3)
    assert [sentence.index for sentence in summary.sentences] == [0, 1, 2]
    # The ranking and the scores are the same either way: only selection changes.
    plain = salience.Summarizer(language="en", coherence_weight=0.0).summarize(SCHOOLS, sentences=3)
    assert [s.index for s in summary.ranking] == [s.index for s in plain.ranking]
    assert [s.score for s in summary.ranking] == [s.score for s in plain.ranking]


@pytest.mark.parametrize(
    "budget", [{"sentences": 3}, {"sentences": 5}, {"words": 60}, {"words": 120}]
)
def test_the_bundled_article_shows_it_prompted_after_its_antecedent(budget: dict[str, Any]) -> None:
    # The article's "It prompted minister's joke ..." refers to the sentence before it
    # (Washington's impeachment proceedings): whenever it is chosen, so is that one.
    text = ARTICLE.read_text(encoding="utf-8")
    summary = salience.summarize(text, **budget)
    indices = {sentence.index for sentence in summary.sentences}
    for sentence in summary.sentences:
        if sentence.text.startswith("It prompted"):
            assert sentence.index - 1 in indices


def test_a_language_without_openers_is_unchanged() -> None:
    text = "東京は日本の首都です。それは大きな都市です。人口は多いです。"
    for budget in (1, 2):
        default = salience.Summarizer(language="ja").summarize(text, sentences=budget)
        plain = salience.Summarizer(language="ja", coherence_weight=0.0).summarize(
            text, sentences=budget
        )
        assert default.text == plain.text

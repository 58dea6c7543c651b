"""Selection costs time linear in the text whatever the budget.

A budget that takes every sentence compares each candidate for redundancy with up to 512
chosen sentences; a long chosen sentence must not make each of those comparisons cost its
length. The guard times two sizes and fails when four times the text takes more than eight
times as long: linear is four times, quadratic sixteen.
"""

from __future__ import annotations

import math
import string
import time
from collections.abc import Callable
from typing import Any

import pytest
import salience


def distinct_word(n: int) -> str:
    """A word of letters only, different for each n."""
    letters = string.ascii_lowercase
    word = ""
    n += 26 * 26
    while n:
        n, digit = divmod(n, 26)
        word += letters[digit]
    return "zq" + word


def long_lead(size: int, first_word: int = 0) -> tuple[str, int]:
    """A first sentence of N distinct words, then N one-word sentences of the same words,
    about `size` bytes in all; and N. Texts made with first words far apart share no word."""
    words: list[str] = []
    total = 0
    while total < size:
        words.append(distinct_word(first_word + len(words)))
        total += 2 * len(words[-1]) + 3
    text = "Lead " + " ".join(words) + ".\n" + " ".join(f"{w.capitalize()}." for w in words)
    return text, len(words)


def best_times(rounds: list[list[Callable[[], object]]]) -> list[float]:
    """The least CPU time of each call over the rounds, the calls interleaved, so that other
    processes on a loaded machine slow neither size more than the other."""
    best = [math.inf] * len(rounds[0])
    for calls in rounds:
        for i, call in enumerate(calls):
            start = time.process_time()
            call()
            best[i] = min(best[i], time.process_time() - start)
    return best


# A budget that counts sentences (as `sentences` does) and one that counts size (as `words`
# does): the two ways selection fills a budget.
@pytest.mark.parametrize(
    "budget", [{"ratio": 1.0}, {"chars": 10**12}], ids=lambda budget: next(iter(budget))
)
def test_a_budget_for_everything_after_a_long_first_sentence_takes_linear_time(
    budget: dict[str, Any],
) -> None:
    summarizer = salience.Summarizer(language="en")
    # Every call gets words no call before it saw, so that none finds them in the term
    # cache: a cached half would make a step that is no growth.
    texts = [
        (long_lead(1_200_000, 10**8 * 2 * r)[0], long_lead(4_800_000, 10**8 * (2 * r + 1)))
        for r in range(3)
    ]
    count = texts[0][1][1]
    summaries: list[salience.Summary] = []

    def summarize(text: str) -> Callable[[], object]:
        return lambda: summaries.append(summarizer.summarize(text, **budget))

    small_time, large_time = best_times(
        [[summarize(small), summarize(large)] for small, (large, _) in texts]
    )
    assert len(summaries[1].sentences) == count + 1  # every sentence, of the first large text
    print(f"{small_time:.3f} s, four times the text {large_time:.3f} s")
    # Four times the text: linear is four times the time, quadratic sixteen.
    assert large_time < 8 * small_time + 0.05, (small_time, large_time)

"""Selection costs time linear in the text whatever the budget.

A budget that takes every sentence compares each candidate for redundancy with up to 512
chosen sentences; a long chosen sentence must not make each of those comparisons cost its
length. The guard times two sizes and fails when doubling the text more than triples the
time: linear is twice, quadratic four times.
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


def long_lead(size: int) -> tuple[str, int]:
    """A first sentence of N distinct words, then N one-word sentences of the same words,
    about `size` bytes in all; and N."""
    words: list[str] = []
    total = 0
    while total < size:
        words.append(distinct_word(len(words)))
        total += 2 * len(words[-1]) + 3
    text = "Lead " + " ".join(words) + ".\n" + " ".join(f"{w.capitalize()}." for w in words)
    return text, len(words)


def best_times(calls: list[Callable[[], object]], rounds: int = 3) -> list[float]:
    """The least CPU time of each call over `rounds` rounds, the calls interleaved, so that
    other processes on a loaded machine slow neither size more than the other."""
    best = [math.inf] * len(calls)
    for _ in range(rounds):
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
    small, _ = long_lead(1_200_000)
    large, count = long_lead(2_400_000)
    summaries: list[salience.Summary] = []
    small_time, large_time = best_times(
        [
            lambda: summarizer.summarize(small, **budget),
            lambda: summaries.append(summarizer.summarize(large, **budget)),
        ]
    )
    assert len(summaries[0].sentences) == count + 1  # every sentence
    print(f"{small_time:.3f} s, twice the text {large_time:.3f} s")
    # Twice the text: linear is twice the time, quadratic four times.
    assert large_time < 3 * small_time + 0.05, (small_time, large_time)

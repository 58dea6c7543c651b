"""Latency of one call on a one-sentence text, and the cost of pickling a Summarizer."""

from __future__ import annotations

import pickle
import timeit
from collections.abc import Callable
from typing import Any

from common import Spread

ONE_SENTENCE = "The quick brown fox jumps over the lazy dog near the river bank."


def per_call_us(statement: Callable[[], object], number: int, repeat: int) -> Spread:
    times = timeit.Timer(statement).repeat(repeat=repeat, number=number)
    return Spread([t / number * 1e6 for t in times])


def measure_latency() -> dict[str, Spread]:
    import salience

    summarizer = salience.Summarizer()
    core = summarizer._core  # private: only to split the call's cost between facade and core
    text = ONE_SENTENCE
    salience.summarize(text)
    return {
        "salience.summarize(text)": per_call_us(lambda: salience.summarize(text), 2000, 15),
        "Summarizer.summarize(text)": per_call_us(lambda: summarizer.summarize(text), 2000, 15),
        "Summarizer.summarize(text).text": per_call_us(
            lambda: summarizer.summarize(text).text, 2000, 15
        ),
        "_core.Summarizer.summarize (binding alone)": per_call_us(
            lambda: core.summarize(text, "sentences", 3.0), 2000, 15
        ),
    }


def measure_pickle() -> dict[str, Any]:
    import salience

    summarizer = salience.Summarizer()
    data = pickle.dumps(summarizer)
    return {
        "bytes": len(data),
        "dumps_us": per_call_us(lambda: pickle.dumps(summarizer), 2000, 7).summary(),
        "loads_us": per_call_us(lambda: pickle.loads(data), 2000, 7).summary(),
    }

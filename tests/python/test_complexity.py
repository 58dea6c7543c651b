"""The time to read a text grows linearly with its length, whatever the text.

Short patterns repeated without white space ("X?X?X?...", "我?A我?A...") once made sentence
splitting, and so every entry point, quadratic in the length of the text (issue 17). Here
random short patterns, drawn from letters, terminals, quotation marks, brackets, CJK, Greek
and digits (white space rarely), and the reported reproducers are each repeated to two
sizes: doubling the text must not more than triple the time (linear is about twice).

Robust on a loaded machine: the time is CPU time, each measurement repeats the call until it
lasts long enough to measure, and a ratio above the bound is measured again (the least of
each size counts). Bounded: a pattern that stays linear takes a few tenths of a second, a
quadratic one is given up after PATTERN_BUDGET seconds; the module takes ~20 s.
"""

# Non-ASCII look-alikes (fullwidth punctuation) are the point of the patterns here.
# ruff: noqa: RUF001

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable

import pytest
import salience

# Characters. Both above 64 K: a buffer that crosses an allocation threshold there costs
# summarize() a fixed millisecond, which is no growth but would read as one on short texts.
SMALL = 100_000
LARGE = 2 * SMALL
MAX_GROWTH = 3.0  # time(LARGE) / time(SMALL); linear is 2, quadratic 4
MEASURABLE = 0.05  # seconds of CPU time per measurement
PATTERN_BUDGET = 20.0  # seconds spent re-measuring one pattern before it fails

# Reproducers of issue 17 and of a search over random patterns on the quadratic code.
REPRODUCERS = ["X?", "我?A", "Ω!", "A.“", "!)X", '"Dr.', "[?A", "?Ω)”", ";!」Ω", "Mr?"]

PIECES = [*"aAXzé", *".?!…", *"“”„«»'\"「」", *"()[]", "我", "。", "！", *"Ωα", *"19", ",", "-"]


def _random_patterns(count: int, seed: int = 17) -> list[str]:
    rng = random.Random(seed)
    patterns: list[str] = []
    while len(patterns) < count:
        size = rng.randint(1, 4)
        pattern = "".join(" " if rng.random() < 0.04 else rng.choice(PIECES) for _ in range(size))
        if pattern.strip() and pattern not in patterns:
            patterns.append(pattern)
    return patterns


PATTERNS = REPRODUCERS + _random_patterns(16)

ENTRY_POINTS: dict[str, Callable[[str], object]] = {
    "split_sentences": lambda text: salience.split_sentences(text, language="en"),
    "summarize": lambda text: salience.summarize(text, language="en"),
}


def _seconds(call: Callable[[str], object], text: str, repeats: int) -> float:
    start = time.process_time()
    for _ in range(repeats):
        call(text)
    return time.process_time() - start


def _repeat_to(pattern: str, length: int) -> str:
    return pattern * (length // len(pattern) + 1)


@pytest.mark.parametrize("entry_point", sorted(ENTRY_POINTS))
@pytest.mark.parametrize("pattern", PATTERNS, ids=ascii)
def test_doubling_the_text_at_most_triples_the_time(pattern: str, entry_point: str) -> None:
    call = ENTRY_POINTS[entry_point]
    small = _repeat_to(pattern, SMALL)
    large = _repeat_to(pattern, LARGE)
    started = time.monotonic()
    gc_was_enabled = gc.isenabled()
    gc.disable()  # a collection in the middle of one measurement is noise
    try:
        repeats = 1
        while (small_seconds := _seconds(call, small, repeats)) < MEASURABLE:
            repeats *= 2
        large_seconds = _seconds(call, large, repeats)
        while (
            large_seconds > MAX_GROWTH * small_seconds
            and time.monotonic() - started < PATTERN_BUDGET
        ):
            small_seconds = min(small_seconds, _seconds(call, small, repeats))
            large_seconds = min(large_seconds, _seconds(call, large, repeats))
    finally:
        if gc_was_enabled:
            gc.enable()
    assert large_seconds <= MAX_GROWTH * small_seconds, (
        f"{entry_point}({pattern!r} * n): {small_seconds / repeats:.4f} s at {SMALL} characters, "
        f"{large_seconds / repeats:.4f} s at {LARGE}"
    )

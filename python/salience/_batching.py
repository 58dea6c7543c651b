"""Batches: how many threads ``n_jobs`` gets, the chunks an iterable of texts is cut into,
and the pipeline that keeps the core's threads busy with the next chunks while the caller
reads one.

A leaf of the package (see salience/__init__.py): it knows the core's pending batches only
by the two methods it calls.
"""

from __future__ import annotations

import itertools
import numbers
import os
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from salience._core import SummaryRows

# summarize_many hands the core chunks of at most this many texts or code points, so that
# memory stays bounded however long the input iterable is.
CHUNK_TEXTS = 512
CHUNK_CODE_POINTS = 8_000_000


def check_jobs(n_jobs: object, per_core: int) -> int:
    """The number of C++ threads for ``n_jobs``: one per core for None or -1, else n_jobs,
    at most ``per_core`` per core (the core's worker pool runs no more than
    ``_core.THREADS_PER_CORE``, since more threads only add memory and switching)."""
    cores = os.cpu_count() or 1
    if n_jobs is None or n_jobs == -1:
        return cores
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, numbers.Integral) or int(n_jobs) < 1:
        raise ValueError(
            f"n_jobs must be None, -1 (all cores) or a whole number >= 1, got {n_jobs!r}"
        )
    return min(int(n_jobs), per_core * cores)


def chunks(texts: Iterator[object]) -> Iterator[list[object]]:
    """Consecutive runs of texts, each short enough to hold in memory twice over."""
    while True:
        chunk: list[object] = []
        size = 0
        for text in itertools.islice(texts, CHUNK_TEXTS):
            chunk.append(text)
            size += len(text) if isinstance(text, str) else 0
            if size >= CHUNK_CODE_POINTS:
                break
        if not chunk:
            return
        yield chunk


def renumbered(message: str, offset: int) -> str:
    """The core's "document i: ..." message of a chunk, with i counted from the first
    document of the whole input."""
    prefix, found, rest = message.partition(": ")
    words = prefix.split(" ")
    if found and len(words) == 2 and words[0] == "document" and words[1].isdigit():
        return f"document {int(words[1]) + offset}: {rest}"
    return message


class Batch(Protocol):
    """A chunk's work started on the core's threads: a ``_core.PendingBatch``."""

    def results(self) -> tuple[list[SummaryRows | BaseException], list[str]]:
        """Waits for the chunk's results and their languages."""

    def stop(self) -> None:
        """Stops the work under way; its results are not taken."""


def run_ahead(
    chunks: Iterator[list[object]],
    start: Callable[[list[object]], Batch],
    threads: int,
) -> Iterator[tuple[list[object], list[SummaryRows | BaseException], list[str]]]:
    """Each of ``chunks`` with the core's results for it (``start`` starts the core on a
    chunk) and their languages.

    With more than one thread, the core's pool has the next chunk queued before the
    caller reads this one, so that the caller's own work (its loop, the results'
    conversion) never leaves the core's threads idle, and the pool needs no GIL to go on
    from one chunk to the next. At most three chunks are held at once: the one read, the
    one the core works on, and the one queued. When the caller stops reading (Ctrl-C, an
    error, ``break``), the chunks under way are stopped.
    """
    ahead = 2 if threads > 1 else 0  # chunks kept started while the caller reads one
    in_flight: deque[tuple[list[object], Batch]] = deque()

    def start_next() -> bool:
        chunk = next(chunks, None)
        if chunk is None:
            return False
        in_flight.append((chunk, start(chunk)))
        return True

    def top_up() -> None:
        while len(in_flight) < ahead and start_next():
            pass

    try:
        start_next()
        top_up()
        while in_flight:
            chunk, batch = in_flight[0]
            results, languages = batch.results()
            in_flight.popleft()
            top_up()
            yield chunk, results, languages
            if not in_flight:
                start_next()
    finally:
        for _, batch in in_flight:
            batch.stop()

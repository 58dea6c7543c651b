"""summarize_many under load: shared by threads, over many chunks, and stopped by Ctrl-C or
by the caller.

Its results must equal summarize's, whichever threads run it and however many jobs each
uses; a KeyboardInterrupt must stop it within a fraction of a second and leave the
process (and the worker pool) usable.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import salience
from salience._batching import run_ahead

if TYPE_CHECKING:
    from salience._core import SummaryRows

REPO_ROOT = Path(__file__).resolve().parents[2]


def shipped_texts() -> list[str]:
    """The bundled article and the multilingual test paragraphs: texts in many languages."""
    texts = [(REPO_ROOT / "examples" / "lavrov_visit.txt").read_text(encoding="utf-8")]
    texts += [
        path.read_text(encoding="utf-8")
        for path in sorted(REPO_ROOT.glob("tests/data/multilingual/*.txt"))
    ]
    return texts


def test_threads_sharing_summarize_many_get_the_serial_results() -> None:
    summarizer = salience.Summarizer()
    texts = shipped_texts() * 20
    expected = [summarizer.summarize(text) for text in texts]
    results: dict[int, list[salience.Summary]] = {}
    errors: list[BaseException] = []

    def work(thread: int) -> None:
        try:
            results[thread] = list(summarizer.summarize_many(texts, n_jobs=1 + thread % 3))
        except BaseException as error:  # handed to the main thread
            errors.append(error)

    threads = [threading.Thread(target=work, args=(thread,)) for thread in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(results[thread] == expected for thread in range(4))


INTERRUPTED = textwrap.dedent(
    """
    import os, signal, sys, threading, time
    import salience

    text = " ".join(f"Sentence number {i} talks about topic {i % 97}." for i in range(400))
    summarizer = salience.Summarizer()
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    start = time.perf_counter()
    try:
        for _ in summarizer.summarize_many([text] * 1_000_000, n_jobs=2):
            pass
    except KeyboardInterrupt:
        print(f"interrupted after {time.perf_counter() - start:.3f}")
    else:
        sys.exit("summarize_many was not interrupted")
    again = list(summarizer.summarize_many([text] * 50, n_jobs=2))
    assert again == [summarizer.summarize(text)] * 50
    print("usable")
    """
)


def test_ctrl_c_stops_summarize_many_promptly_and_leaves_it_usable() -> None:
    run = subprocess.run(
        [sys.executable, "-c", INTERRUPTED], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.split()
    seconds = float(lines[lines.index("after") + 1])
    # The signal comes at 0.5 s; the pool polls every 20 ms and stops after the texts
    # under way, each a few milliseconds. A generous bound for a loaded machine.
    assert seconds < 5.0
    assert "usable" in run.stdout


# summarize_many hands the core chunks of 512 texts: more than two chunks' worth.
MANY = 1100


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_mixed_languages_over_many_chunks_equal_summarize(n_jobs: int) -> None:
    summarizer = salience.Summarizer()
    texts = list(itertools.islice(itertools.cycle(shipped_texts()), MANY))
    expected = [summarizer.summarize(text, sentences=2) for text in texts]
    got = list(summarizer.summarize_many(texts, n_jobs=n_jobs, sentences=2))
    assert got == expected
    assert [summary.language for summary in got] == [summary.language for summary in expected]


def test_fixed_language_reports_it_for_every_text() -> None:
    summarizer = salience.Summarizer(language="de")
    texts = list(itertools.islice(itertools.cycle(shipped_texts()), MANY))
    got = list(summarizer.summarize_many(texts, n_jobs=2))
    assert {summary.language for summary in got} == {"de"}
    assert got == [summarizer.summarize(text) for text in texts]


def test_errors_keep_their_place_across_chunks() -> None:
    texts: list[object] = ["A first sentence. A second one."] * MANY
    texts[3] = b"bytes"
    texts[700] = "lone \ud800 surrogate"
    summarizer = salience.Summarizer()
    summaries = list(summarizer.summarize_many(texts, n_jobs=2, errors="empty"))  # type: ignore[arg-type]
    assert len(summaries) == MANY
    assert summaries[3].text == "" and summaries[700].text == ""
    assert summaries[701].text == "A first sentence. A second one."
    skipped = list(summarizer.summarize_many(texts, n_jobs=2, errors="skip"))  # type: ignore[arg-type]
    assert len(skipped) == MANY - 2
    with pytest.raises(ValueError, match="lone surrogate"):
        list(summarizer.summarize_many(texts[4:], n_jobs=2))  # type: ignore[arg-type]


CHUNK = 512  # texts a chunk holds


class CountedTexts:
    """``count`` texts, counting how many have been read."""

    def __init__(self, count: int, text: str = "One sentence here. Another one there.") -> None:
        self.count = count
        self.text = text
        self.read = 0

    def __iter__(self) -> Iterator[str]:
        for _ in range(self.count):
            self.read += 1
            yield self.text


def test_stopping_early_reads_no_further_than_the_chunks_under_way() -> None:
    texts = CountedTexts(100_000)
    summaries = salience.Summarizer().summarize_many(texts, n_jobs=2)
    assert len(list(itertools.islice(summaries, 3))) == 3
    # The chunk read and the two started behind it, and no more.
    assert texts.read == 3 * CHUNK
    del summaries  # dropping the generator closes it
    assert texts.read == 3 * CHUNK


def test_one_job_reads_a_chunk_only_once_the_caller_has_read_the_last() -> None:
    texts = CountedTexts(MANY)
    summaries = salience.Summarizer().summarize_many(texts, n_jobs=1)
    assert len(list(itertools.islice(summaries, CHUNK))) == CHUNK
    assert texts.read == CHUNK
    next(summaries)
    assert texts.read == 2 * CHUNK
    assert len(list(summaries)) == MANY - CHUNK - 1
    assert texts.read == MANY


def test_an_error_in_the_input_reaches_the_caller() -> None:
    def texts() -> Iterator[str]:
        yield from ["Fine text. Really fine."] * MANY
        raise RuntimeError("the input broke")

    summarizer = salience.Summarizer()
    with pytest.raises(RuntimeError, match="the input broke"):
        list(summarizer.summarize_many(texts(), n_jobs=2))
    assert [s.text for s in summarizer.summarize_many(["Still usable."])] == ["Still usable."]


# Whether the pipeline stops the batches it started shows from outside only as CPU time.
# run_ahead takes the function that starts a batch as an argument: the seam these tests use
# to watch what it starts, takes and stops, with batches of their own.


class RecordedBatch:
    """A batch that remembers whether its results were taken or it was stopped."""

    def __init__(self, chunk: list[object]) -> None:
        self.chunk = chunk
        self.taken = False
        self.stopped = False

    def results(self) -> tuple[list[SummaryRows | BaseException], list[str]]:
        self.taken = True
        return [], []

    def stop(self) -> None:
        self.stopped = True


def recorded_pipeline(
    chunks: Iterator[list[object]], threads: int
) -> tuple[Iterator[object], list[RecordedBatch]]:
    """run_ahead over ``chunks``, and the batches it starts, as it starts them."""
    started: list[RecordedBatch] = []

    def start(chunk: list[object]) -> RecordedBatch:
        started.append(RecordedBatch(chunk))
        return started[-1]

    return run_ahead(chunks, start, threads), started


def numbered_chunks(count: int) -> Iterator[list[object]]:
    return iter([[number] for number in range(count)])


def test_dropping_the_pipeline_stops_the_chunks_under_way() -> None:
    pipeline, started = recorded_pipeline(numbered_chunks(100), threads=2)
    next(pipeline)
    assert len(started) == 3  # the chunk read and the two started behind it
    del pipeline  # dropping the generator closes it, as when summarize_many's is dropped
    assert len(started) == 3
    assert started[0].taken and started[1].stopped and started[2].stopped


def test_an_error_in_the_input_stops_the_chunks_under_way() -> None:
    def chunks() -> Iterator[list[object]]:
        yield from numbered_chunks(5)
        raise RuntimeError("the input broke")

    pipeline, started = recorded_pipeline(chunks(), threads=2)
    with pytest.raises(RuntimeError, match="the input broke"):
        list(pipeline)
    assert len(started) == 5 and all(batch.taken or batch.stopped for batch in started)
    assert any(batch.stopped for batch in started)


def test_one_thread_starts_a_chunk_only_once_the_caller_has_read_the_last() -> None:
    pipeline, started = recorded_pipeline(numbered_chunks(3), threads=1)
    next(pipeline)
    assert len(started) == 1
    assert len(list(pipeline)) == 2
    assert len(started) == 3 and all(batch.taken for batch in started)


FORKED = textwrap.dedent(
    """
    import os
    import salience

    texts = ["One sentence here. Another sentence there. " * 200] * 5000
    summaries = salience.Summarizer().summarize_many(texts, n_jobs=2)
    next(summaries)  # chunks are now queued on the parent's threads
    child = os.fork()
    if child == 0:
        summaries.close()  # the child has none of those threads to wait for
        os._exit(0)
    _, status = os.waitpid(child, 0)
    print("child exit", os.waitstatus_to_exitcode(status))
    print("parent", len(list(summaries)) + 1)
    """
)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_can_drop_the_summaries_its_parent_was_making() -> None:
    run = subprocess.run(
        [sys.executable, "-W", "ignore::DeprecationWarning", "-c", FORKED],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "child exit 0" in run.stdout
    assert "parent 5000" in run.stdout


THREAD_COUNTS = textwrap.dedent(
    """
    import os, time
    import salience

    def threads():
        return len(os.listdir("/proc/self/task"))

    before = threads()
    summarizer = salience.Summarizer(language="en")
    texts = ["One sentence here. Another one there."] * 2000
    assert len(list(summarizer.summarize_many(texts, n_jobs=10**6))) == 2000
    print("summarize_many", threads() - before)
    summarizer.fit(texts, n_jobs=2**70)
    print("fit", threads() - before)
    started = time.monotonic()
    while threads() > before and time.monotonic() - started < 60:
        time.sleep(0.1)
    print("idle", threads() - before)
    """
)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_a_huge_n_jobs_starts_at_most_four_threads_a_core_and_idle_threads_end() -> None:
    run = subprocess.run(
        [sys.executable, "-c", THREAD_COUNTS], capture_output=True, text=True, timeout=180
    )
    assert run.returncode == 0, run.stderr
    counts = dict(line.split() for line in run.stdout.splitlines())
    most = 4 * (os.cpu_count() or 1)
    assert 1 <= int(counts["summarize_many"]) <= most
    assert 1 <= int(counts["fit"]) <= most
    # The pool's threads end once idle for 5 s; the child waits up to 60 s for them.
    assert int(counts["idle"]) == 0

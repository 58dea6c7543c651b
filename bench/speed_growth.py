"""Growth: one long document per size, each summarized in a fresh process.

The document is BBC articles joined by blank lines, the corpus repeated as often as needed,
cut to the size. The child process (this file, run as a script by ``measure_growth``) reads
it, makes the system ready, resets the peak RSS, then times its calls: the first call's peak
RSS above the RSS with the text loaded, and every call's seconds, come back as JSON.
"""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import peers
from common import MB
from speed_latency import ONE_SENTENCE
from speed_memory import peak_rss_bytes, reset_peak_rss, ru_maxrss_bytes
from speed_throughput import BUDGET

GROWTH_SIZES = (10**4, 10**5, 10**6, 10**7, 10**8)
LEXRANK_SIZES = (10**4, 10**5, 3 * 10**5)


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
        summarize = peers.SYSTEMS[system].factory({})
        split = peers.make_splitter()
        start = time.perf_counter()
        doc = peers.Document("growth", text, (), peers.split_document(text, split))
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
            ru_maxrss = ru_maxrss_bytes()
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
            command = [sys.executable, __file__, system, str(path), str(calls)]
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


if __name__ == "__main__":  # the child of measure_growth: SYSTEM PATH CALLS
    if len(sys.argv) != 4:
        raise SystemExit(
            "usage: speed_growth.py SYSTEM PATH CALLS (the child process of "
            "speed.py's growth measure; run python bench/speed.py --help)"
        )
    system, path, calls = sys.argv[1:]
    print(json.dumps(child_measure(system, Path(path), int(calls))))

#!/usr/bin/env python3
"""Speed harness: throughput of salience and its peers, growth with length, latency.

One run measures, on the BBC News development set:

- throughput (MB/s of UTF-8 article text, docs/s) of salience with 1 and 2 threads
  (``summarize_many(n_jobs=...)``) and of ``Summarizer.summarize`` in a loop; of every peer
  through the adapters of bench/peers.py (sumy, summa, lede, the scikit-learn ranker),
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

It prints Markdown and writes it with a JSON of every number to bench/results/. The parts
live in speed_throughput.py, speed_growth.py (with speed_memory.py), speed_latency.py and
speed_report.py; this file is the command line.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# The peers run on one thread, as salience's 1-thread rows do: OpenBLAS (numpy, scipy:
# LSA's SVD, summa's PageRank) would otherwise use every core. Set before numpy loads; the
# growth harness's child processes inherit it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import peers
from common import BBC_NEWS, MB, RESULTS_DIR, read_articles, utf8_size
from speed_growth import GROWTH_SIZES, LEXRANK_SIZES, measure_growth, parse_size, size_label
from speed_latency import measure_latency, measure_pickle
from speed_report import Results, header, load_average, render, to_json
from speed_throughput import (
    control_passes,
    core_rows,
    floor_passes,
    peer_passes,
    salience_passes,
    time_passes,
)

PEERS = ("tfidf", "lexrank", "lsa", "luhn", "textrank", "summa", "lede")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=BBC_NEWS, help="JSONL with an 'article' field")
    parser.add_argument("--limit", type=int, help="use the first N articles")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per system (default 5)")
    parser.add_argument(
        "--systems",
        default=",".join(PEERS),
        help=f"peers to time, comma list from bench/peers.py (default {','.join(PEERS)})",
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
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    args.load_start = load_average()
    articles = read_articles(args.data, args.limit)
    n_bytes = utf8_size(articles)
    docs, _ = peers.load_documents(args.data, {}, args.limit, peers.make_splitter())
    print(f"{len(articles)} articles, {n_bytes / MB:.2f} MB", file=sys.stderr)

    results = Results()
    peer_names = [s.strip() for s in args.systems.split(",") if s.strip()]
    peer_rows, skipped = peer_passes(peer_names, docs)
    floors, floor_skipped = floor_passes(articles)
    results.skipped = {**skipped, **floor_skipped}
    with multiprocessing.get_context("fork").Pool(2) as pool:
        passes = {**salience_passes(articles), **control_passes(pool), **peer_rows, **floors}
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
    raw = to_json(results)
    args.out.with_suffix(".json").write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    print(report)
    print(f"written to {args.out} and {args.out.with_suffix('.json')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

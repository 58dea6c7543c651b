#!/usr/bin/env python3
"""Quality harness: ROUGE of salience against peer extractive summarizers.

Every system runs in this process, on the same documents, with the same budgets
(``--sentences N`` or ``--ratio R``, and ``--words W``; one table each). Peers and
Lead get the same pre-split sentences (the shared splitter, see ``split_document``);
salience splits with its own segmenter, because that is part of the product measured.

Scores are rouge-score F1 (rouge1, rouge2, rougeLsum, Porter stemming); a failed
document (an exception or an empty summary) scores 0 and is counted. The result is
a Markdown table per budget, printed and written under bench/results/. Beside ROUGE,
each table gives the share of chosen sentences that open with an unresolved reference
(common.opening_reference, the sentence before it in the document not chosen).

Peer outputs are cached (PeerCache: bench/.cache or $SALIENCE_BENCH_CACHE), so that a re-run
after a change to salience recomputes salience and Lead only; ``--no-cache`` runs every peer.

Run ``python bench/quality.py --help`` for the options; bench/README.md explains
the choices made for each peer.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import (
    BENCH_DIR,
    CNNDM_DEV,
    NEWS_BOILERPLATE,
    REPO_ROOT,
    RESULTS_DIR,
    command_line,
    count_words,
    file_sha256,
    opening_reference,
    package_versions,
    strip_news_boilerplate,
    table_head,
    table_row,
    utc_now,
    write_report,
)
from peers import (
    SPLITTER_NOTE,
    SYSTEMS,
    VERSIONED_PACKAGES,
    Budget,
    Document,
    Picked,
    Summarize,
    System,
    build_systems,
    load_documents,
    make_splitter,
    peer_identity,
    splitter_identity,
)

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


# ---------------------------------------------------------------------------
# Running and scoring


@dataclass
class Run:
    """One system's outputs over all documents at one budget (None where it failed)."""

    system: System
    outputs: list[list[str] | None] = field(default_factory=list)
    unresolved: list[int] = field(default_factory=list)  # per document that did not fail
    seconds: float = 0.0  # all budgets' calls of this system, shared by its runs
    failures: int = 0
    first_failure: str = ""

    def fail(self, message: str) -> None:
        self.failures += 1
        if not self.first_failure:
            self.first_failure = message


def unresolved_count(picked: Picked) -> int:
    """Chosen sentences that open with a reference (common.opening_reference) while the
    sentence before them in the document was not chosen. The first sentence of a document
    has none before it and never counts; one whose position is unknown counts when it opens
    with a reference."""
    chosen = {p for p in picked.positions if p is not None}
    count = 0
    for sentence, position in zip(picked.sentences, picked.positions, strict=True):
        if opening_reference(sentence) is None:
            continue
        before = picked.before(position) if position is not None else -1
        if before is not None and before not in chosen:
            count += 1
    return count


# ---------------------------------------------------------------------------
# The cache of peer outputs

CACHE_ENV = "SALIENCE_BENCH_CACHE"
DEFAULT_CACHE_DIR = BENCH_DIR / ".cache"
# What a ROUGE score depends on besides the two texts (a float survives JSON exactly).
SCORER_IDENTITY = " ".join(
    [package_versions(("rouge-score", "nltk")), *ROUGE_TYPES, "use_stemmer=True"]
)
# An outcome: the summary a system returned, or the message of the exception it raised.
Outcome = Picked | str


def cache_dir() -> Path:
    """Where peer outputs are kept: $SALIENCE_BENCH_CACHE, else bench/.cache (ignored by git)."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE_DIR)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PeerCache:
    """Peer outputs, so that a re-run computes only what changed.

    One SQLite file (peers.sqlite in cache_dir()). An entry of `calls` is one summarize call:
    its key is the digest of (the system's peer_identity: name, package versions, adapter
    source digest; the shared splitter's identity; the dataset file's sha256; the document
    id; the sha256 of the article text the systems saw, after --clean-news; the budget). Its
    value is the outcome (the chosen sentences with their positions, or the exception's
    message) and the seconds the call took when it ran, with that run's date: a cached peer's
    docs/s is the speed measured then. Entries are written after each document, so an
    interrupted run keeps what it finished. The `scores` table keeps the ROUGE F1 of every
    (reference, summary) pair scored, for any system (salience's and Lead's too: a score is
    a function of the two texts and the scorer's version), as scoring is most of the time of
    a cached run."""

    def __init__(self, directory: Path, dataset_sha256: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / "peers.sqlite"
        self._db = sqlite3.connect(self.path, timeout=120)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS calls (key TEXT PRIMARY KEY, system TEXT, "
            "dataset TEXT, doc_id TEXT, budget TEXT, outcome TEXT, seconds REAL, run TEXT)"
        )
        self._db.execute("CREATE TABLE IF NOT EXISTS scores (key TEXT PRIMARY KEY, f1 TEXT)")
        self._splitter = splitter_identity()
        self._dataset = dataset_sha256
        self._run = utc_now()
        self.hits = 0
        self.misses = 0
        self.runs_used: set[str] = set()

    def key(self, identity: dict[str, str], doc: Document, budget: Budget) -> str:
        parts = {
            **identity,
            "splitter": self._splitter,
            "dataset": self._dataset,
            "doc": doc.doc_id,
            "text": text_sha256(doc.article),
            "budget": budget.slug,
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()

    def get(self, key: str) -> tuple[Outcome, float] | None:
        row = self._db.execute(
            "SELECT outcome, seconds, run FROM calls WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        self.runs_used.add(row[2])
        return decode_outcome(row[0]), row[1]

    def put(
        self, key: str, system: str, doc: Document, budget: Budget, outcome: Outcome, seconds: float
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO calls VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                system,
                self._dataset,
                doc.doc_id,
                budget.slug,
                encode_outcome(outcome),
                seconds,
                self._run,
            ),
        )

    def _score_key(self, reference: str, summary: str) -> str:
        parts = [SCORER_IDENTITY, reference, summary]
        return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()

    def get_scores(self, reference: str, summary: str) -> list[float] | None:
        """The F1 of ROUGE_TYPES for this pair, if it was scored before."""
        key = self._score_key(reference, summary)
        row = self._db.execute("SELECT f1 FROM scores WHERE key = ?", (key,)).fetchone()
        return None if row is None else [float(v) for v in json.loads(row[0])]

    def put_scores(self, reference: str, summary: str, f1: Sequence[float]) -> None:
        key = self._score_key(reference, summary)
        self._db.execute("INSERT OR REPLACE INTO scores VALUES (?, ?)", (key, json.dumps(f1)))

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.commit()
        self._db.close()


def encode_outcome(outcome: Outcome) -> str:
    if isinstance(outcome, str):
        return json.dumps({"error": outcome})
    previous = None if outcome.previous is None else sorted(outcome.previous.items())
    return json.dumps(
        {"sentences": outcome.sentences, "positions": outcome.positions, "previous": previous},
        ensure_ascii=False,
    )


def decode_outcome(text: str) -> Outcome:
    value = json.loads(text)
    if "error" in value:
        return str(value["error"])
    previous = None if value["previous"] is None else dict(map(tuple, value["previous"]))
    return Picked(tuple(value["sentences"]), tuple(value["positions"]), previous)


def call(summarize: Summarize, doc: Document, budget: Budget) -> tuple[Outcome, float]:
    """One timed summarize call; a peer's exception on one document is data, not a crash."""
    start = time.perf_counter()
    try:
        outcome: Outcome = summarize(doc, budget)
    except Exception as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    return outcome, time.perf_counter() - start


def run_system(
    system: System,
    summarize: Summarize,
    docs: Sequence[Document],
    budgets: Sequence[Budget],
    cache: PeerCache | None = None,
) -> list[Run]:
    """Summarize every document at every budget (one Run per budget); only the summarize
    calls are timed, all budgets together. A cached system's calls are looked up in `cache`
    first, with the seconds they took when they ran."""
    runs = [Run(system) for _ in budgets]
    identity = peer_identity(system) if cache is not None and system.cached else None
    seconds = 0.0
    for doc in docs:
        for budget, run in zip(budgets, runs, strict=True):
            found = None
            if identity is not None:
                assert cache is not None
                key = cache.key(identity, doc, budget)
                found = cache.get(key)
            if found is None:
                outcome, elapsed = call(summarize, doc, budget)
                if identity is not None:
                    assert cache is not None
                    cache.put(key, system.name, doc, budget, outcome, elapsed)
            else:
                outcome, elapsed = found
            seconds += elapsed
            if isinstance(outcome, str):
                run.fail(f"{doc.doc_id}: {outcome}")
                run.outputs.append(None)
                continue
            sentences = [s.strip() for s in outcome.sentences if s.strip()]
            if not sentences:
                run.fail(f"{doc.doc_id}: empty summary")
            else:
                run.unresolved.append(unresolved_count(outcome))
            run.outputs.append(sentences or None)
        if identity is not None:
            assert cache is not None
            cache.commit()
    for run in runs:
        run.seconds = seconds
    return runs


@dataclass(frozen=True)
class Scores:
    """Per-document F1 in [0, 1], one list per ROUGE type, aligned with the documents."""

    by_type: dict[str, list[float]]


def score_run(
    run: Run, docs: Sequence[Document], scorer: Any, cache: PeerCache | None = None
) -> Scores:
    """F1 of every output against its reference; with a cache, a pair already scored (by
    this scorer's versions and settings) is looked up, whichever system wrote it."""
    by_type: dict[str, list[float]] = {t: [] for t in ROUGE_TYPES}
    for doc, output in zip(docs, run.outputs, strict=True):
        if output is None:
            for t in ROUGE_TYPES:
                by_type[t].append(0.0)
            continue
        reference, summary = "\n".join(doc.reference), "\n".join(output)
        found = cache.get_scores(reference, summary) if cache is not None else None
        if found is None:
            result = scorer.score(reference, summary)
            found = [result[t].fmeasure for t in ROUGE_TYPES]
            if cache is not None:
                cache.put_scores(reference, summary, found)
        for t, value in zip(ROUGE_TYPES, found, strict=True):
            by_type[t].append(value)
    if cache is not None:
        cache.commit()
    return Scores(by_type)


def paired_difference(a: Sequence[float], b: Sequence[float]) -> tuple[float, float]:
    """Mean of a - b per document and its standard error (sample SD / sqrt n)."""
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    if len(diffs) < 2:
        return statistics.fmean(diffs), math.nan
    return statistics.fmean(diffs), statistics.stdev(diffs) / math.sqrt(len(diffs))


# ---------------------------------------------------------------------------
# Report


def markdown_cell(text: str, limit: int = 120) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rate_cell(count: int, seconds: float) -> str:
    """Items a second, as a table cell: no decimals from 100 up, one below."""
    rate = count / seconds if seconds > 0 else math.inf
    return f"{rate:,.0f}" if rate >= 100 else f"{rate:.1f}"


def failures_cell(failures: int, first_failure: str) -> str:
    """The failure count, and the first failure's message when there was one."""
    if not failures:
        return str(failures)
    return f"{failures} (first: {markdown_cell(first_failure)})"


def table_head_for(reference: str | None) -> list[str]:
    delta = f"ΔR-1 vs {reference} (± SE)" if reference else "ΔR-1"
    columns = ["system", "R-1", "R-2", "R-Lsum", delta, "sents/doc", "words/doc"]
    columns += ["unresolved refs", "summaries with one", "docs/s"]
    return table_head([*columns, "failures"], "lrrrrrrrrrl")


def system_row(run: Run, scores: dict[str, Scores], reference: str | None) -> str:
    """One system's line: mean F1 x100, R-1 difference to the reference, length, speed."""
    name = run.system.name
    means = [100 * statistics.fmean(scores[name].by_type[t]) for t in ROUGE_TYPES]
    delta = "—"
    if reference is not None and name != reference:
        rouge1 = scores[name].by_type["rouge1"]
        diff, se = paired_difference(rouge1, scores[reference].by_type["rouge1"])
        delta = f"{100 * diff:+.2f} ± {100 * se:.2f}"
    kept = [o for o in run.outputs if o is not None] or [[]]
    sents = statistics.fmean(len(o) for o in kept)
    words = statistics.fmean(sum(count_words(s) for s in o) for o in kept)
    chosen = sum(len(o) for o in kept)
    unresolved = f"{100 * sum(run.unresolved) / chosen:.1f}%" if chosen else "—"
    with_one = sum(1 for n in run.unresolved if n)
    with_one_text = f"{100 * with_one / len(run.unresolved):.1f}%" if run.unresolved else "—"
    means_text = [f"{mean:.2f}" for mean in means]
    return table_row(
        [
            name,
            *means_text,
            delta,
            f"{sents:.2f}",
            f"{words:.1f}",
            unresolved,
            with_one_text,
            rate_cell(len(run.outputs), run.seconds),
            failures_cell(run.failures, run.first_failure),
        ]
    )


def reference_lengths(docs: Sequence[Document]) -> str:
    """The median reference length of the set, in words and in sentences."""
    words = statistics.median(sum(count_words(s) for s in d.reference) for d in docs)
    sentences = statistics.median(len(d.reference) for d in docs)
    return f"median {words:g} words, {sentences:g} sentences"


WORD_BUDGET_NOTE = (
    "- word budget: salience runs `summarize(words=W)`. Every other system walks its own "
    "ranking best first and takes each sentence that still fits in W words, passing over "
    "one too long for what is left, as salience does (words: whitespace tokens holding a "
    "letter or digit, common.count_words; a sentence without one is never taken); the "
    "choice is then put in document order. The rankings: Lead, document order; sumy, its "
    "own rating order (the whole SentenceInfo list its `_get_best_sentences` sorts); summa, "
    "lede-topk and tfidf, their scores. lede's public API takes characters: W times the "
    "document's characters per word (shared split), filled by lede itself"
)
UNRESOLVED_NOTE = (
    "- unresolved refs: the share of all chosen sentences that open (after a speaker label "
    "and quotes) with a third-person pronoun, a demonstrative (not 'this year' and the "
    "like) or a connective (common.opening_reference lists them) while the sentence before "
    "it in the document (the system's own split) was not chosen; summaries with one: the "
    "share of summaries holding at least one"
)


def report_header(
    args: argparse.Namespace,
    docs: Sequence[Document],
    budgets: Sequence[Budget],
    reference: str | None,
    split_seconds: float,
    stripped: dict[str, int] | None,
    cache: PeerCache | None = None,
) -> list[str]:
    data_path = Path(args.data).resolve()
    dataset = os.path.relpath(data_path, REPO_ROOT)
    split_speed = len(docs) / split_seconds if split_seconds > 0 else math.inf
    subset = f" [{', '.join(args.filter)}]" if args.filter else ""
    clean = ", boilerplate removed" if stripped is not None else ""
    labels = "; ".join(b.label for b in budgets)
    lines = [
        f"# Quality: {data_path.stem}{subset}{clean}, {labels}",
        "",
        f"- command: `{command_line()}`",
        f"- dataset: `{dataset}` (sha256 {file_sha256(data_path)[:16]}…), "
        f"filters: {', '.join(args.filter) or 'none'}, limit: {args.limit or 'none'}, "
        f"n = {len(docs)} documents",
        f"- references: {reference_lengths(docs)}",
        f"- budgets: {labels}; the same for every system, one table each",
    ]
    if any(b.words is not None for b in budgets):
        lines.append(WORD_BUDGET_NOTE)
    if stripped is not None:
        found = ", ".join(f"{p.name} {stripped.get(p.name, 0)}" for p in NEWS_BOILERPLATE)
        lines.append(
            "- boilerplate removed from every article before any system sees it "
            f"(common.strip_news_boilerplate; matches per pattern: {found})"
        )
    lines += [
        f"- sentence splitter for peers and lead: {SPLITTER_NOTE} "
        f"({split_speed:,.0f} docs/s, not counted in the peers' docs/s)",
        "- scores: rouge-score F1 x100, use_stemmer=True, rougeLsum over newline-joined "
        "sentences; a failure (exception or empty summary) scores 0",
        f"- ΔR-1: mean per-document R-1 difference to {reference or '(none)'} "
        "± its paired standard error",
        "- sents/doc, words/doc: summary length, over the documents that did not fail "
        "(words: common.count_words, for every system)",
        UNRESOLVED_NOTE,
        "- docs/s: wall time of each system's summarization calls only (not scoring), "
        "all budgets of the run together",
        cache_note(cache),
        f"- salience options: {args.salience_options or 'defaults'}",
        *(
            [f"- salience fitted (corpus IDF) on the articles of `{args.salience_fit}`"]
            if args.salience_fit
            else []
        ),
        f"- date: {utc_now()}, {platform.platform()}",
        f"- versions: {package_versions(VERSIONED_PACKAGES)}",
    ]
    return lines


def cache_note(cache: PeerCache | None) -> str:
    """The header line that says where the peers' outputs and timings come from."""
    if cache is None:
        return "- peer outputs: computed in this run (--no-cache)"
    calls = cache.hits + cache.misses
    if not cache.hits:
        return f"- peer outputs: computed in this run ({calls} calls, kept in the cache)"
    runs = sorted(cache.runs_used)
    when = runs[0] if len(runs) == 1 else f"{runs[0]} to {runs[-1]}"
    return (
        f"- peer outputs: {cache.hits} of {calls} calls from the cache ({CACHE_ENV} or "
        f"bench/.cache; salience and lead are never cached); peer timings from the run "
        f"that filled the cache, {when}; ROUGE of a (reference, summary) pair scored "
        "before is read from it too"
    )


def render_report(
    header: list[str],
    budgets: Sequence[Budget],
    runs: dict[str, list[Run]],
    scores: dict[str, list[Scores]],
    reference: str | None,
    skipped: dict[str, str],
) -> str:
    lines = [*header, *(f"- skipped: {name} ({reason})" for name, reason in skipped.items())]
    for b, budget in enumerate(budgets):
        by_budget = {name: s[b] for name, s in scores.items()}
        lines += ["", f"## {budget.label}", "", *table_head_for(reference)]
        lines += [system_row(r[b], by_budget, reference) for r in runs.values()]
    return "\n".join([*lines, ""])


def default_output(
    data: Path, filters: Sequence[str], limit: int | None, budgets: Sequence[Budget], clean: bool
) -> Path:
    parts = [data.stem, *(["clean"] if clean else []), *(f.replace("=", "-") for f in filters)]
    if limit is not None:
        parts.append(f"n{limit}")
    parts += [b.slug for b in budgets]
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", "_".join(parts))
    return RESULTS_DIR / f"quality_{slug}.md"


# ---------------------------------------------------------------------------
# Command line


def parse_value(text: str) -> int | float | bool | str:
    """An option value as int, float or bool when it reads as one, else str."""
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    return text


def key_values(items: Sequence[str], option: str) -> dict[str, str]:
    """The KEY=VALUE arguments of a repeatable option, as a dict."""
    pairs: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SystemExit(f"{option} wants key=value, got {item!r}")
        pairs[key] = value
    return pairs


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=CNNDM_DEV, help="JSONL of {article, summary}")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=int, help="summary length in sentences (default 3)")
    length.add_argument(
        "--ratio", type=float, help="summary length as a ratio of the article's sentences"
    )
    parser.add_argument(
        "--words",
        type=int,
        help="also (or only) a budget of W words, whole sentences best first: a second table",
    )
    parser.add_argument(
        "--clean-news",
        action="store_true",
        help="strip CNN/Daily Mail page furniture from every article first "
        "(common.NEWS_BOILERPLATE)",
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="SYSTEM=REASON",
        help="leave a system out of this run; the reason is printed in the report (repeatable)",
    )
    parser.add_argument("--limit", type=int, help="use the first N matching documents")
    parser.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="keep records whose field equals VALUE (repeatable, all must match)",
    )
    parser.add_argument(
        "--systems",
        default=",".join(SYSTEMS),
        help="comma list (default: all) of: "
        + "; ".join(f"{s.name} ({s.note})" for s in SYSTEMS.values()),
    )
    parser.add_argument(
        "--reference",
        default="salience",
        help="system the R-1 differences are taken to (falls back to lead if absent)",
    )
    parser.add_argument(
        "--salience-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="keyword option for salience.Summarizer (repeatable; int/float/bool/str)",
    )
    parser.add_argument(
        "--salience-fit",
        type=Path,
        metavar="JSONL",
        help="fit salience (Summarizer.fit, corpus IDF) on the articles of this JSONL first",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help=f"run every peer afresh and leave the cache alone (default: peer outputs are "
        f"kept in ${CACHE_ENV}, else bench/.cache; salience and lead are never cached)",
    )
    parser.add_argument(
        "--cache-status",
        action="store_true",
        help="print what the cache holds (calls and their seconds per data set and system) "
        "and exit",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="Markdown output (default bench/results/quality_<dataset>_<budget>.md)",
    )
    args = parser.parse_args(argv)
    if args.sentences is None and args.ratio is None and args.words is None:
        args.sentences = 3
    if args.sentences is not None and args.sentences < 1:
        parser.error("--sentences must be at least 1")
    if args.words is not None and args.words < 1:
        parser.error("--words must be at least 1")
    if args.ratio is not None and not 0 < args.ratio <= 1:
        parser.error("--ratio must be in (0, 1]")
    args.skipped = key_values(args.skip, "--skip")
    args.system_names = [
        s.strip() for s in args.systems.split(",") if s.strip() and s.strip() not in args.skipped
    ]
    unknown = [s for s in [*args.system_names, *args.skipped] if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    args.salience_options = {
        key: parse_value(value)
        for key, value in key_values(args.salience_option, "--salience-option").items()
    }
    return args


def ensure_fixed_hash_seed() -> None:
    """Re-run under PYTHONHASHSEED=0: some peers sum floats over sets, whose order
    (and so the last bits of a score, and so near ties) depends on the hash seed."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])


def cache_status(data_files: Sequence[Path]) -> str:
    """The cache's calls and their measured seconds per data set and system, as a
    Markdown table (a data set is named when it is one of `data_files`)."""
    path = cache_dir() / "peers.sqlite"
    if not path.is_file():
        return f"no cache at {path}"
    names = {file_sha256(f): os.path.relpath(f, REPO_ROOT) for f in data_files if f.is_file()}
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=120)
    rows = db.execute(
        "SELECT dataset, system, GROUP_CONCAT(DISTINCT budget), COUNT(*), SUM(seconds), "
        "MIN(run), MAX(run) FROM calls GROUP BY dataset, system ORDER BY dataset, system"
    ).fetchall()
    db.close()
    head = table_head(["data set", "system", "budgets", "calls", "seconds", "run"], "lllrrl")
    lines = [f"{path} (--clean-news calls share their data set's rows)", "", *head]
    for dataset, system, budget, calls, seconds, first, last in rows:
        when = first if first == last else f"{first} to {last}"
        name = names.get(dataset, dataset[:16] + "…")
        lines.append(table_row([name, system, budget, calls, f"{seconds:.1f}", when]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ensure_fixed_hash_seed()
    args = parse_args(argv)
    if args.cache_status:
        genres = sorted((CNNDM_DEV.parent.parent / "genres").glob("*.jsonl"))
        print(cache_status([args.data, *genres]))
        return 0
    from rouge_score import rouge_scorer

    budgets = [
        *([Budget(args.sentences, args.ratio)] if args.sentences or args.ratio else []),
        *([Budget(words=args.words)] if args.words is not None else []),
    ]
    stripped: dict[str, int] | None = {} if args.clean_news else None
    docs, split_seconds = load_documents(
        args.data,
        key_values(args.filter, "--filter"),
        args.limit,
        make_splitter(),
        (lambda text: strip_news_boilerplate(text, stripped)) if args.clean_news else None,
    )
    if not docs:
        raise SystemExit(f"no documents in {args.data} match {args.filter}")
    labels = "; ".join(b.label for b in budgets)
    print(f"{len(docs)} documents, budgets {labels}", file=sys.stderr)

    systems, skipped = build_systems(args.system_names, args.salience_options, args.salience_fit)
    skipped = {**{name: f"--skip: {why}" for name, why in args.skipped.items()}, **skipped}
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    cache = None if args.no_cache else PeerCache(cache_dir(), file_sha256(args.data))
    runs: dict[str, list[Run]] = {}
    scores: dict[str, list[Scores]] = {}
    for system, summarize in systems:
        hits = cache.hits if cache is not None else 0
        runs[system.name] = run_system(system, summarize, docs, budgets, cache)
        failures = ", ".join(str(r.failures) for r in runs[system.name])
        seconds = runs[system.name][0].seconds
        cached = f", {cache.hits - hits} calls cached" if cache is not None else ""
        print(f"{system.name}: {seconds:.1f} s{cached}, failures {failures}", file=sys.stderr)
        scores[system.name] = [score_run(r, docs, scorer, cache) for r in runs[system.name]]

    reference = next((r for r in (args.reference, "lead") if r in runs), None)
    if cache is not None:
        cache.close()
    header = report_header(args, docs, budgets, reference, split_seconds, stripped, cache)
    report = render_report(header, budgets, runs, scores, reference, skipped)
    out = args.out or default_output(args.data, args.filter, args.limit, budgets, args.clean_news)
    write_report(report, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

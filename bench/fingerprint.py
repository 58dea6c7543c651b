"""Fingerprints of salience's output on the development sets, to prove a change neutral.

A refactor or a fix that must not change ordinary output is checked by running this before
and after and comparing the two files: one line per document and configuration, holding a
SHA-256 of everything a user sees (spans with offsets and kinds, the chosen sentences with
their scores and features, the ranking, the detected language, the keywords).

    python bench/fingerprint.py > /tmp/before.tsv      # on the old build
    python bench/fingerprint.py > /tmp/after.tsv       # on the new build
    python bench/fingerprint.py --compare /tmp/before.tsv /tmp/after.tsv

The sets are read from ../shared/data (never shipped); a missing set is skipped with a note
on standard error.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import salience
from common import BBC_NEWS, CNNDM_DEV, REPO_ROOT, SHARED_DATA, read_records

SETS = {
    "cnndm_dev": CNNDM_DEV,
    "bbc": BBC_NEWS,
    "ami": SHARED_DATA / "genres" / "ami.jsonl",
    "fewsum": SHARED_DATA / "genres" / "fewsum.jsonl",
    "qmsum_topics": SHARED_DATA / "genres" / "qmsum_topics.jsonl",
    "scisummnet": SHARED_DATA / "genres" / "scisummnet.jsonl",
    "multilingual": REPO_ROOT / "tests" / "data" / "multilingual",
}
# Budgets a user reaches for: the default, a word budget, and everything (the whole ranking
# through selection, which exercises redundancy on every sentence).
BUDGETS: dict[str, dict[str, Any]] = {
    "default": {},
    "words100": {"words": 100},
    "ratio1": {"ratio": 1.0},
}


def documents(path: Path) -> Iterator[tuple[str, str]]:
    if path.is_dir():  # one text per language, named by its code
        for text_path in sorted(path.glob("*.txt")):
            yield text_path.stem, text_path.read_text(encoding="utf-8")
        return
    for record in read_records(path):
        yield record["id"], record["article"]


def describe(summary: salience.Summary) -> str:
    """Everything of a summary that a user can see, as one canonical string."""
    spans = [(s.start, s.end, s.kind, s.paragraph) for s in summary.spans]
    chosen = [
        (s.start, s.end, repr(s.score), sorted(dict(s.features).items())) for s in summary.sentences
    ]
    ranking = [(s.start, repr(s.score)) for s in summary.ranking]
    return repr((summary.language, summary.text, spans, chosen, ranking))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def fingerprint(text: str, budget: dict[str, Any]) -> str:
    summary = salience.summarize(text, **budget)
    keywords = [(k.text, k.term, repr(k.score), k.count) for k in salience.keywords(text, k=10)]
    return digest(describe(summary) + repr(keywords))


def write(names: list[str]) -> None:
    for name in names:
        path = SETS[name]
        if not path.exists():
            print(f"fingerprint: {path} is missing; {name} skipped", file=sys.stderr)
            continue
        named = list(documents(path))
        for identifier, text in named:
            for budget_name, budget in BUDGETS.items():
                print(f"{name}\t{identifier}\t{budget_name}\t{fingerprint(text, budget)}")
        # The batch path detects languages and builds its cores apart from single calls.
        batch = salience.Summarizer().summarize_many([text for _, text in named], n_jobs=2)
        for (identifier, _), summary in zip(named, batch, strict=True):
            print(f"{name}\t{identifier}\tbatch\t{digest(describe(summary))}")


def compare(before: Path, after: Path) -> int:
    def read(path: Path) -> dict[tuple[str, ...], str]:
        rows = (line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8"))
        return {tuple(row[:3]): row[3] for row in rows}

    old, new = read(before), read(after)
    changed = sorted(key for key in old.keys() & new.keys() if old[key] != new[key])
    missing = sorted(old.keys() ^ new.keys())
    for key in changed:
        print("changed\t" + "\t".join(key))
    for key in missing:
        print("only in one\t" + "\t".join(key))
    compared = len(old.keys() & new.keys())
    print(f"{compared} compared, {len(changed)} changed, {len(missing)} in one file only")
    return 1 if changed or missing else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=sorted(SETS))
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    arguments = parser.parse_args()
    if arguments.compare:
        return compare(*arguments.compare)
    write(arguments.sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What every harness of bench/ needs: where things are, the JSONL sets, repeated
measurements, and the pieces of a Markdown report (command line, date, versions, tables).

The harnesses run as scripts (``python bench/quality.py``), so this module is imported by
its plain name from the bench directory.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
import re
import shlex
import statistics
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
# The data sets live next to the repository, never in it: they may be used for research only.
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
CNNDM_DEV = SHARED_DATA / "cnndm_dev" / "cnndm_dev.jsonl"
BBC_NEWS = SHARED_DATA / "bbc_news_summary" / "bbc_news_summary.jsonl"
MB = 1e6  # megabytes are 10^6 bytes of UTF-8 throughout

# ---------------------------------------------------------------------------
# Data


def read_records(
    path: Path, filters: dict[str, str] | None = None, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """JSONL records that match every filter (compared as strings), at most `limit`."""
    filters = filters or {}
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


def read_articles(path: Path, limit: int | None = None) -> list[str]:
    """The `article` field of the first `limit` records (all of them by default)."""
    return [record["article"] for record in read_records(path, limit=limit)]


def utf8_size(texts: Iterable[str]) -> int:
    """Bytes of UTF-8, the unit of every rate in bench/."""
    return sum(len(text.encode("utf-8")) for text in texts)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------
# Words and stems, as the key phrase and query harnesses match them

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _porter() -> Any:
    from nltk.stem import PorterStemmer  # needs no NLTK data

    return lru_cache(maxsize=1 << 18)(PorterStemmer().stem)


def stem_words(text: str) -> list[str]:
    """The words (``\\w+``) of ``text``, lowercased and Porter-stemmed (NLTK's PorterStemmer)."""
    stem = _porter()
    return [stem(word) for word in _WORD.findall(text.lower())]


# ---------------------------------------------------------------------------
# Repeated measurements


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


# ---------------------------------------------------------------------------
# Report


def command_line() -> str:
    """This run's command, as the report's header shows it."""
    return " ".join(["python", *map(shlex.quote, sys.argv)])


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def package_versions(packages: Sequence[str], *, python: bool = True) -> str:
    """'name version' of each package (or 'name (not installed)'), comma-separated."""
    parts = [f"python {platform.python_version()}"] if python else []
    for name in packages:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return ", ".join(parts)


def table_row(cells: Iterable[object]) -> str:
    """One row of a Markdown table."""
    return "| " + " | ".join(map(str, cells)) + " |"


def table_head(columns: Sequence[str], align: str) -> list[str]:
    """A Markdown table's head; `align` has one letter a column: l(eft) or r(ight)."""
    if len(align) != len(columns):
        raise ValueError(f"{len(columns)} columns, {len(align)} alignments")
    return [table_row(columns), "|" + "".join("---|" if a == "l" else "---:|" for a in align)]


def write_report(report: str, out: Path) -> None:
    """Print the Markdown report and write it to `out` (its folder made if missing)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)
    print(f"written to {out}", file=sys.stderr)

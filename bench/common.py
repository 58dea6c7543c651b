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

_STEMMED_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _porter() -> Any:
    from nltk.stem import PorterStemmer  # needs no NLTK data

    return lru_cache(maxsize=1 << 18)(PorterStemmer().stem)


def stem_words(text: str) -> list[str]:
    """The words (``\\w+``) of ``text``, lowercased and Porter-stemmed (NLTK's PorterStemmer)."""
    stem = _porter()
    return [stem(word) for word in _STEMMED_WORD.findall(text.lower())]


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


# ---------------------------------------------------------------------------
# Summary text: words, unresolved references, news boilerplate
#
# The quality harness reads these; they live here, beside no import of a peer, so that
# tests/python/test_bench_quality.py can load this file alone.

_TOKEN = re.compile(r"\S+")


def count_words(text: str) -> int:
    """Words as salience's word budget counts them, near enough for the peers' budget: the
    whitespace-separated tokens that hold a letter or a digit (a hyphenated compound is one
    word, a lone dash or quote none). salience counts ICU's words, joining a compound's parts
    likewise; the words/doc column uses this count for every system, salience included."""
    return sum(1 for token in _TOKEN.findall(text) if any(c.isalnum() for c in token))


# English openers that point back to what came before. A chosen sentence that opens with
# one of them while the sentence before it in the document was not chosen leaves the
# reader without the antecedent. A surface test: it also counts an expletive "It is ..."
# or a "That ..." clause, alike for every system, so shares compare across systems.
# Third-person pronouns only: "I", "we" and "you" point at the speaker, not back.
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


REFERENCE_PRONOUNS = _word_set(
    "he she it they him her them his its their theirs hers himself herself itself themselves"
)
REFERENCE_DEMONSTRATIVES = _word_set("this that these those such")
# "This year" and the like point at the time of writing, not at the sentence before.
TIME_NOUNS = _word_set(
    "year years week weeks month months morning afternoon evening night weekend season "
    "summer winter spring autumn fall time century decade"
)
REFERENCE_CONNECTIVES = _word_set(
    "however but and or nor so also thus therefore hence moreover furthermore meanwhile "
    "nevertheless nonetheless still yet instead otherwise besides additionally consequently "
    "then likewise similarly accordingly indeed again too"
)
REFERENCE_PHRASES = (
    ("in", "addition"),
    ("as", "a", "result"),
    ("for", "example"),
    ("for", "instance"),
    ("on", "the", "other", "hand"),
    ("in", "contrast"),
    ("by", "contrast"),
    ("even", "so"),
    ("after", "that"),
    ("the", "former"),
    ("the", "latter"),
    ("the", "same"),
)
# A transcript turn's speaker ("Project Manager: ", "A: ") is not part of what is said.
_SPEAKER_LABEL = re.compile(r"^[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}: ")
_OPENING_NOISE = "\"'\u2018\u2019\u201c\u201d«»([{-\u2013—…*• \t"
_OPENING_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def opening_reference(sentence: str) -> str | None:
    """The pronoun, demonstrative or connective that `sentence` opens with, lower-cased
    (a phrase joined by spaces), or None. A speaker label and leading quotes, brackets and
    dashes are skipped first.

    >>> opening_reference("It prompted the minister's joke.")
    'it'
    >>> opening_reference("Project Manager: So, we start with the remote.")
    'so'
    >>> opening_reference("This year the festival moved.") is None
    True
    """
    text = _SPEAKER_LABEL.sub("", sentence.strip(), count=1).lstrip(_OPENING_NOISE)
    words = [w.lower() for w in _OPENING_WORD.findall(text[:80])[:4]]
    if not words:
        return None
    for phrase in REFERENCE_PHRASES:
        if tuple(words[: len(phrase)]) == phrase:
            return " ".join(phrase)
    first = words[0]
    if first in REFERENCE_DEMONSTRATIVES:
        return None if len(words) > 1 and words[1] in TIME_NOUNS else first
    if first in REFERENCE_PRONOUNS or first in REFERENCE_CONNECTIVES:
        return first
    return None


@dataclass(frozen=True)
class NewsPattern:
    """One kind of page furniture in CNN/Daily Mail article text, with a document that shows it."""

    name: str
    pattern: re.Pattern[str]
    example: str  # a cnndm_dev id where it occurs
    note: str


_SENTENCE_START = r"(?:^|(?<=[.!?'\u2019\"\u201d] ))"
NEWS_BOILERPLATE = (
    NewsPattern(
        "byline",
        re.compile(r"^By \. [^.]{1,60} \. (?:and [^.]{1,60} \. )?"),
        "dm-train-003c99210ffb08a21ff004000cac7e2efcfd48de",
        "Daily Mail byline block: 'By . John Hall . and Ted Thornhill . '",
    ),
    NewsPattern(
        "timestamp",
        re.compile(
            r"(?:PUBLISHED: \. [^|]{1,40} \. \| \. )?UPDATED: \. [^|.]{1,40} \. "
            r"|[Ll]ast updated at [^.]{1,40} \. "
        ),
        "dm-train-0001d1afc246a7964130f43ae940af6bc6c57f01",
        "Daily Mail time stamps: 'PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . "
        "15:36 EST, 25 October 2013 . ', 'Last updated at 1:25 AM on 3rd August 2011 . '",
    ),
    NewsPattern(
        "scroll-down",
        re.compile(r"(?i)(?:VIDEO )?scroll down for [^.]{1,40}\. ?"),
        "dm-train-0006021f772fad0aa78a977ce4a31b3faa6e6fe5",
        "'Scroll down for video . ', 'SCROLL DOWN FOR VIDEOS . '",
    ),
    NewsPattern(
        "video-header",
        re.compile(_SENTENCE_START + r"VIDEO [^.]{1,80} \. "),
        "dm-train-00189f37b1c8bdc2b132b40270bb28ffcc622af1",
        "a Daily Mail video link: 'VIDEO Gerrard denies Rodgers rift . '",
    ),
    NewsPattern(
        "caption",
        re.compile(
            _SENTENCE_START
            + r"[A-Z][\w'\u2019-]*(?: [\w'\u2019&-]+){0,3}: (?![\u2018'\"\u201c])[^.]*?[^.\s] \. "
        ),
        "dm-train-0003ad6ef0c37534f80b55b4235108024b407f0b",
        "a labelled photo caption ending in ' . ' (Daily Mail: 'In the lead: Jose Baxter (right) "
        "celebrates opening the scoring for Sheffield United . '); on CNN the same shape is a "
        "related link ('READ MORE: 5 key issues for next Israeli leader . ', "
        "cnn-val-d4094bbe4c1d30d4920d41fe21751a8277f4b95c)",
    ),
    NewsPattern(
        "no-comments",
        re.compile(r"Sorry we are not currently accepting comments on this article\."),
        "dm-train-000c835555db62e319854d9f8912061cdca1893e",
        "'Sorry we are not currently accepting comments on this article.'",
    ),
    NewsPattern(
        "cnn-dateline",
        re.compile(r"^(?:[A-Z][^()\n]{0,60} )?\(CNN\)(?: ?--)? ?"),
        "cnn-val-a4942dd663020ca54575471657a0af38d82897d6",
        "'(CNN)' or 'Beirut (CNN) -- ' before the first sentence",
    ),
    NewsPattern(
        "contributed",
        re.compile(_SENTENCE_START + r"[^.!?]{0,200}\bcontributed to this report\."),
        "cnn-val-d093aa07380f75e63265793fcaa171772a6f4616",
        'a credit: "CNN\'s Barry Neild contributed to this report."',
    ),
    NewsPattern(
        "follow",
        re.compile(r"(?:Social media \. )?Follow @\w+ on Twitter[^.]*\. ?"),
        "cnn-val-e9571190e464540fd1d0970b243bfdeb973c1432",
        "'Social media . Follow @CNNPhotos on Twitter to join the conversation about photography.'",
    ),
    NewsPattern(
        "click-here",
        re.compile(_SENTENCE_START + r"Click here[^.!]*[.!] ?"),
        "cnn-val-bdf542b05c1717ae9ef064e5fafa4a2946785d09",
        "'Click here to access the transcript of today's CNN Student News program.'",
    ),
)


def strip_news_boilerplate(text: str, counts: dict[str, int] | None = None) -> str:
    """`text` without the page furniture of NEWS_BOILERPLATE, each pattern applied once in
    order; `counts`, when given, adds up the matches per pattern name. Spaces are collapsed
    where a match was cut out. Article paragraphs (blank lines) are kept.

    >>> strip_news_boilerplate("By . Daily Mail Reporter . Scroll down for video . A man won.")
    'A man won.'
    """
    for item in NEWS_BOILERPLATE:
        text, n = item.pattern.subn("", text)
        if counts is not None and n:
            counts[item.name] = counts.get(item.name, 0) + n
    return re.sub(r"[ \t]{2,}", " ", text).strip()

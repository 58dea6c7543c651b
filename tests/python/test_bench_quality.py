"""The quality harness's text rules (bench/common.py): the word count of a word budget, the
unresolved-reference test of a summary's sentences, and the news boilerplate stripper.
They decide numbers in bench/results/, so they are held to examples here. bench/ is not
part of the package: the file is loaded by its path, and the tests skip without it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

COMMON = Path(__file__).resolve().parents[2] / "bench" / "common.py"


@pytest.fixture(scope="module")
def common() -> ModuleType:
    if not COMMON.is_file():
        pytest.skip("bench/common.py is not in this checkout")
    spec = importlib.util.spec_from_file_location("bench_common", COMMON)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("A well-known man -- aged 40 -- left.", 6),
        ("' \" -- ...", 0),
        ("It's 5% of U.S. sales.", 5),
    ],
)
def test_count_words_counts_tokens_with_a_letter_or_digit(
    common: ModuleType, text: str, words: int
) -> None:
    assert common.count_words(text) == words


@pytest.mark.parametrize(
    ("sentence", "opener"),
    [
        ("It prompted minister's joke.", "it"),
        ("They said no.", "they"),
        ("However, the vote failed.", "however"),
        ("But the vote failed.", "but"),
        ("In addition, prices rose.", "in addition"),
        ("On the other hand, nobody came.", "on the other hand"),
        ("These figures are new.", "these"),
        ('"This is wrong," she said.', "this"),
        ("Project Manager: So we start with the remote.", "so"),
        ("A: And then the buttons.", "and"),
        ("This year the festival moved.", None),
        ("That night he left.", None),
        ("The minister joked.", None),
        ("I think so.", None),
        ("Itinerary changes were made.", None),
        ("Thesis: none.", None),
        ("", None),
        ("...", None),
    ],
)
def test_opening_reference_finds_pronouns_demonstratives_and_connectives(
    common: ModuleType, sentence: str, opener: str | None
) -> None:
    assert common.opening_reference(sentence) == opener


@pytest.mark.parametrize(
    ("article", "clean", "pattern"),
    [
        (
            "By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . | . "
            "UPDATED: . 15:36 EST, 25 October 2013 . The bishop fell ill.",
            "The bishop fell ill.",
            "timestamp",
        ),
        ("By . John Hall . and Ted Thornhill . A dog attacked.", "A dog attacked.", "byline"),
        (
            "By . Ted Thornhill . Last updated at 2:18 PM on 30th December 2011 . Bored?",
            "Bored?",
            "timestamp",
        ),
        ("He warned them. Scroll down for video . He left.", "He warned them. He left.", None),
        (
            "The Blades led. In the lead: Jose Baxter (right) celebrates . Posh lost.",
            "The Blades led. Posh lost.",
            "caption",
        ),
        ("(CNN)Share, and your gift will multiply.", "Share, and your gift will multiply.", None),
        ("Beirut (CNN) -- Syria struck.", "Syria struck.", "cnn-dateline"),
        (
            "Police came. CNN's Barry Neild contributed to this report.",
            "Police came.",
            "contributed",
        ),
        (
            "He denies it. Sorry we are not currently accepting comments on this article.",
            "He denies it.",
            "no-comments",
        ),
        ("Lindsay Pennell, prosecuting, said: 'It was bad.'", None, None),
        ("The Fargo Catholic Diocese (pictured) is closed.", None, None),
    ],
)
def test_strip_news_boilerplate_removes_page_furniture_only(
    common: ModuleType, article: str, clean: str | None, pattern: str | None
) -> None:
    counts: dict[str, int] = {}
    assert common.strip_news_boilerplate(article, counts) == (clean or article)
    if clean is None:
        assert counts == {}
    if pattern is not None:
        assert counts.get(pattern) == 1


def test_every_boilerplate_pattern_names_an_example(common: ModuleType) -> None:
    for item in common.NEWS_BOILERPLATE:
        assert item.example.startswith(("dm-", "cnn-")), item.name
        assert item.note, item.name


# ---------------------------------------------------------------------------
# The cache of peer outputs: a cached run reports what a fresh run reports

QUALITY = COMMON.parent / "quality.py"
SYNTHETIC = [
    {
        "id": "a",
        "article": "The council approved the new bridge on Monday. It will cost ten million "
        "dollars. Work starts in spring.\n\nResidents welcomed the plan. Some worried "
        "about traffic during the works. The mayor said the bridge was overdue.",
        "summary": "The council approved a ten million dollar bridge.\nWork starts in spring.",
    },
    {
        "id": "b",
        "article": "A storm cut power to thousands of homes. Crews worked through the night. "
        "Most homes had power again by morning. The storm also closed two schools.",
        "summary": "A storm cut power to thousands.\nMost had it back by morning.",
    },
    # Only stop words: scikit-learn's TfidfVectorizer raises on it, a failure to cache too.
    {"id": "c", "article": "It is what it is. Was it?", "summary": "It is."},
]


def _table_lines(report: str) -> list[str]:
    """The report's tables without the docs/s column (timings differ from run to run)."""
    lines = report[report.index("\n## ") :].splitlines()
    return [
        "|".join(cells[:-3] + cells[-2:]) if len(cells := line.split("|")) > 3 else line
        for line in lines
    ]


def test_cached_run_reports_the_tables_of_a_fresh_run(tmp_path: Path) -> None:
    import json
    import os
    import subprocess

    for module in ("rouge_score", "punkt", "sklearn", "sumy", "nltk"):
        pytest.importorskip(module)
    if not QUALITY.is_file():
        pytest.skip("bench/quality.py is not in this checkout")
    data = tmp_path / "synthetic.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in SYNTHETIC), encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": "0", "SALIENCE_BENCH_CACHE": str(tmp_path / "cache")}

    def report(name: str, *extra: str) -> str:
        out = tmp_path / f"{name}.md"
        command = [sys.executable, str(QUALITY), "--data", str(data), "--out", str(out)]
        command += ["--systems", "lead,luhn,tfidf", "--sentences", "2", "--words", "12"]
        subprocess.run([*command, *extra], env=env, check=True, capture_output=True)
        return out.read_text(encoding="utf-8")

    fresh = report("fresh", "--no-cache")
    filling = report("filling")
    cached = report("cached")
    assert "computed in this run (--no-cache)" in fresh
    assert "computed in this run (12 calls, kept in the cache)" in filling
    assert "12 of 12 calls from the cache" in cached
    assert "peer timings from the run that filled the cache" in cached
    assert _table_lines(cached) == _table_lines(fresh) == _table_lines(filling)
    assert "| tfidf |" in cached and "(first: c: ValueError" in cached
    assert (tmp_path / "cache" / "peers.sqlite").is_file()

    # The cross-set summary reads the report back: one row per budget kind, best peer named.
    named = tmp_path / "quality_synthetic_2sent_12words.md"
    named.write_text(cached, encoding="utf-8")
    summary_out = tmp_path / "summary.md"
    summary = [sys.executable, str(QUALITY.with_name("quality_summary.py")), str(named)]
    subprocess.run([*summary, "--out", str(summary_out)], check=True, capture_output=True)
    rows = [line for line in summary_out.read_text().splitlines() if "| synthetic" in line]
    assert [row.split(" | ")[1] for row in rows] == ["2 sentences", "12 words"]
    lead = next(line for line in cached.splitlines() if line.startswith("| lead |"))
    assert " / ".join(lead.split(" | ")[1:4]) in rows[0]

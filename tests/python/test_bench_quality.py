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

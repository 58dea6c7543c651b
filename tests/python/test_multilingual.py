"""News-like text in every bundled language (tests/data/multilingual): the contract holds and
the sentences are the expected ones (expected.json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import salience

DATA = Path(__file__).resolve().parents[1] / "data" / "multilingual"
SAMPLES = sorted(DATA.glob("*.txt"))
IDS = [path.stem for path in SAMPLES]


def language_of(path: Path) -> str:
    language = path.stem
    if language not in salience.supported_languages():
        pytest.skip(f"{language} is not a supported language")
    return language


@pytest.fixture(scope="module")
def expected() -> dict[str, list[str]]:
    with (DATA / "expected.json").open(encoding="utf-8") as file:
        sentences: dict[str, list[str]] = json.load(file)
    return sentences


@pytest.mark.parametrize("path", SAMPLES, ids=IDS)
@pytest.mark.parametrize("budget", [{}, {"ratio": 0.5}, {"words": 25}, {"chars": 120}], ids=str)
def test_sample_keeps_the_contract(
    path: Path, budget: dict[str, Any], summary_check: Callable[[str, salience.Summary], None]
) -> None:
    language = language_of(path)
    text = path.read_text(encoding="utf-8")
    summary = salience.summarize(text, language=language, **budget)
    summary_check(text, summary)
    assert summary.spans == salience.split_sentences(text, language=language)
    assert summary.language == language


@pytest.mark.parametrize("path", SAMPLES, ids=IDS)
def test_sample_splits_into_the_expected_sentences(
    path: Path, expected: dict[str, list[str]]
) -> None:
    language = language_of(path)
    if language not in expected:
        pytest.skip(f"expected.json has no sentences for {language}")
    text = path.read_text(encoding="utf-8")
    spans = salience.split_sentences(text, language=language)
    assert [span.text for span in spans] == expected[language]
    assert all(span.kind == "sentence" for span in spans)

"""Sentence splitting of text in the formats users have it (tests/data/formats): Wikipedia
and web text with footnote markers, terminals in runs and with ellipses, pre-tokenized
(Penn Treebank) text, initials and spaced abbreviations, e-books. Each file says where its
cases come from; cases are compared by exact match of the stripped sentences."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import salience

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"

# (file stem, case id) -> why salience splits otherwise.
KNOWN_DIFFERENCES: dict[tuple[str, int], str] = {
    ("initials", 3): "spaced initials before a capitalized word that is no stopword: "
    "'the U. K. Next' reads like 'J. R. R. Tolkien' to the rules",
}


def _load() -> list[Any]:
    params = []
    for path in sorted(DATA.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            reason = KNOWN_DIFFERENCES.get((path.stem, case["id"]))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            slug = re.sub(r"[^a-z0-9]+", "-", case["name"].lower()).strip("-")
            params.append(
                pytest.param(case, id=f"{path.stem}-{case['id']:02d}-{slug}", marks=marks)
            )
    return params


@pytest.mark.parametrize("case", _load())
def test_format_case(case: dict[str, Any]) -> None:
    sentences = [span.text for span in salience.split_sentences(case["input"], language="en")]
    assert sentences == case["expected"]


def test_every_format_file_names_its_source_and_licence() -> None:
    for path in sorted(DATA.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] and data["source"] and data["license"], path.name
        assert [case["id"] for case in data["cases"]] == list(range(1, len(data["cases"]) + 1))

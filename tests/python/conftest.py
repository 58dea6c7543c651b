"""Shared fixtures: the reference article, hypothesis profiles and the summary invariants.

The invariants are the contract every Summary must keep whatever the text, so the example
tests and the hypothesis properties check them through one fixture.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import math
import os
import random
import struct
import warnings
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path

import pytest
import salience
from hypothesis import HealthCheck, settings

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTICLE_PATH = REPO_ROOT / "examples" / "lavrov_visit.txt"

# On a failing example hypothesis imports libcst to suggest an @example patch, and libcst's
# import warns (mypy_extensions.TypedDict is deprecated). Under `-W error` that warning turns
# every hypothesis failure into a pytest INTERNALERROR that hides the failure: import it once
# here, quietly, where it is harmless.
with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    importlib.import_module("libcst")

settings.register_profile(
    "salience",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("quick", parent=settings.get_profile("salience"), max_examples=25)
settings.register_profile("thorough", parent=settings.get_profile("salience"), max_examples=3000)
settings.load_profile(os.environ.get("SALIENCE_HYPOTHESIS_PROFILE", "salience"))

# Unicode White_Space (not str.isspace, which also counts U+001C..U+001F): spans are
# trimmed of these at both ends.
WHITE_SPACE = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)

SPAN_KINDS = frozenset({"sentence", "title", "dateline", "speaker"})
EPSILON = 1e-9


def expected_ratio_count(ratio: float, candidates: int) -> int:
    """round(ratio * candidates) half up, at least 1, at most the candidates."""
    if candidates == 0:
        return 0
    rounded = int(Decimal(ratio * candidates).to_integral_value(rounding=ROUND_HALF_UP))
    return min(candidates, max(1, rounded))


def check_spans(text: str, spans: tuple[salience.Span, ...]) -> None:
    previous_end = 0
    previous_paragraph = 0
    for position, span in enumerate(spans):
        assert isinstance(span, salience.Span)
        assert span.index == position
        assert span.kind in SPAN_KINDS
        assert 0 <= span.start < span.end <= len(text), span
        assert text[span.start : span.end] == span.text
        assert span.text[0] not in WHITE_SPACE and span.text[-1] not in WHITE_SPACE, span
        assert span.start >= previous_end, "spans overlap or are out of order"
        assert span.paragraph >= previous_paragraph >= 0
        previous_end, previous_paragraph = span.end, span.paragraph
    if not text.strip("".join(WHITE_SPACE)):
        assert spans == ()
    titles = [span for span in spans if span.kind == "title"]
    assert len(titles) <= 1
    if titles:
        assert titles[0].index == 0, "the title is the first line"
    datelines = [span for span in spans if span.kind == "dateline"]
    assert len(datelines) <= 1
    if datelines:
        assert datelines[0].index <= 1, "a dateline opens the body"


def check_budget(summary: salience.Summary) -> None:
    chosen, candidates = summary.sentences, summary.ranking
    kind, value = summary.budget.kind, summary.budget.value
    chosen_indices = {sentence.index for sentence in chosen}
    unchosen = [sentence for sentence in candidates if sentence.index not in chosen_indices]
    if kind == "sentences":
        assert len(chosen) == min(value, len(candidates))
    elif kind == "ratio":
        assert len(chosen) == expected_ratio_count(value, len(candidates))
    elif kind == "words":
        used = sum(sentence.words for sentence in chosen)
        assert used <= value
        for sentence in unchosen:  # best fit: nothing left out would still have fitted
            assert used + sentence.words > value, (sentence, used, value)
    elif kind == "chars":
        assert len(summary.text) <= value
        # The budget counts one joining space between each two sentences (docs/scoring.md),
        # also where Summary.text joins Chinese or Japanese sentences with none.
        length = sum(len(sentence.text) for sentence in chosen) + max(len(chosen) - 1, 0)
        assert len(summary.text) <= length <= value
        for sentence in unchosen:
            grown = length + len(sentence.text) + (1 if chosen else 0)
            assert grown > value, (sentence, length, value)
    else:  # pragma: no cover - a new budget kind needs a check here
        pytest.fail(f"unknown budget kind {kind!r}")


def check_summary(text: str, summary: salience.Summary) -> None:
    """Every invariant a Summary of ``text`` keeps, whatever the text and options.

    Linear in the number of spans, so that it can check summaries of huge texts too.
    """
    assert isinstance(summary, salience.Summary)
    check_spans(text, summary.spans)
    spans = summary.spans

    ranking = summary.ranking
    assert [sentence.rank for sentence in ranking] == list(range(1, len(ranking) + 1))
    scores = [sentence.score for sentence in ranking]
    assert all(math.isfinite(score) for score in scores)
    assert all(a >= b for a, b in pairwise(scores)), "ranking is best first"
    assert len({sentence.index for sentence in ranking}) == len(ranking)
    for sentence in ranking:
        assert isinstance(sentence, salience.Sentence)
        span = spans[sentence.index]
        assert span.kind == "sentence", "candidates are sentences, not title, dateline or speaker"
        assert (sentence.start, sentence.end, sentence.text) == (span.start, span.end, span.text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.words >= 1
        assert tuple(sentence.features) == salience.FEATURE_NAMES
        assert tuple(sentence.features.keys()) == salience.FEATURE_NAMES
        total = math.fsum(sentence.features.values())
        assert math.isclose(total, sentence.score, rel_tol=1e-9, abs_tol=1e-9), sentence

    # A sentence's speaker is the speaker span of its paragraph, which comes before it.
    speakers = {span.paragraph: span for span in spans if span.kind == "speaker"}
    for sentence in ranking:
        speaker = speakers.get(spans[sentence.index].paragraph)
        assert sentence.speaker == (speaker.text if speaker else None), sentence
        assert speaker is None or speaker.index < sentence.index

    chosen = summary.sentences
    by_index = {sentence.index: sentence for sentence in ranking}
    assert all(by_index.get(sentence.index) == sentence for sentence in chosen)
    indices = [sentence.index for sentence in chosen]
    assert indices == sorted(set(indices)), "chosen sentences are in document order"
    assert_joined(summary.text, [sentence.text for sentence in chosen])
    assert str(summary) == summary.text
    assert len(summary) == len(chosen)
    assert list(summary) == list(chosen)

    title_spans = [span for span in spans if span.kind == "title"]
    assert summary.title == (title_spans[0].text if title_spans else None)
    check_budget(summary)


SummaryCheck = Callable[[str, salience.Summary], None]


@pytest.fixture(scope="session")
def summary_check() -> SummaryCheck:
    return check_summary


@pytest.fixture(scope="session")
def ratio_count() -> Callable[[float, int], int]:
    return expected_ratio_count


@pytest.fixture(scope="session")
def article_path() -> Path:
    return ARTICLE_PATH


@pytest.fixture(scope="session")
def article() -> str:
    return ARTICLE_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def article_summary(article: str) -> salience.Summary:
    return salience.summarize(article)


def make_articles(count: int, seed: int = 2026) -> list[str]:
    """`count` articles made from the sentences of the texts the repository ships (the bundled
    article and the paragraphs of 46 languages): each one language, 4 to 30 sentences in
    paragraphs, half of them under a headline. The same articles on every run and machine,
    for the tests that need many documents but cannot count on ../shared being there."""
    pool: dict[str, list[str]] = {}
    paragraphs_of_languages = (REPO_ROOT / "tests" / "data" / "multilingual").glob("*.txt")
    sources = [("en", ARTICLE_PATH), *((path.stem, path) for path in paragraphs_of_languages)]
    for language, path in sorted(sources):
        spans = salience.split_sentences(path.read_text(encoding="utf-8"))
        pool.setdefault(language, []).extend(s.text for s in spans if s.kind == "sentence")
    languages = sorted(pool)
    chooser = random.Random(seed)
    articles = []
    for _ in range(count):
        language = "en" if chooser.random() < 0.5 else chooser.choice(languages)
        sentences = [chooser.choice(pool[language]) for _ in range(chooser.randint(4, 30))]
        paragraphs, start = [], 0
        while start < len(sentences):
            end = start + chooser.randint(1, 5)
            paragraphs.append(" ".join(sentences[start:end]))
            start = end
        if chooser.random() < 0.5:
            paragraphs.insert(0, " ".join(sentences[0].split()[:6]).rstrip(".!?。"))
        articles.append("\n\n".join(paragraphs))
    return articles


@pytest.fixture(scope="session")
def made_articles() -> list[str]:
    return make_articles(1000)


def build_model_file(
    header: bytes, table: bytes = b"", sizes: tuple[int, int] | None = None
) -> bytes:
    """A model file of format 1 (salience/_model_file.py) around ``header`` and ``table``,
    whatever they hold, with a valid checksum; ``sizes`` states other header and table sizes
    than theirs. Written from the documented format, not with the package's writer."""
    header_size, table_size = sizes if sizes is not None else (len(header), len(table))
    body = b"".join(
        [
            b"\x89SALIENCE\r\n\x1a\n",
            struct.pack("<IQ", 1, header_size),
            header,
            struct.pack("<Q", table_size),
            table,
        ]
    )
    return body + hashlib.sha256(body).digest()


@pytest.fixture(scope="session")
def model_file() -> Callable[..., bytes]:
    return build_model_file


def assert_joined(text: str, parts: list[str]) -> None:
    """That `text` is `parts` in order, joined by a space or, where Chinese or Japanese
    characters meet, by nothing (test_summarize checks which join is where)."""
    position = 0
    for number, part in enumerate(parts):
        if number and text.startswith(" ", position):
            position += 1
        assert text.startswith(part, position), (text, part)
        position += len(part)
    assert position == len(text), text

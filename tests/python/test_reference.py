"""The core against the oracle: reference.py recomputes features, scores, ranking and
selection from docs/scoring.md, on generated texts (hypothesis) and on real articles.

Tolerance: the reference adds the same numbers as the core in another order (its terms in
the order keywords lists them, the core's by term id), and a floating-point sum of k terms
in another order may differ by about k units in the last place: 1e-13 for the longest
sentence here. TOLERANCE is three orders of magnitude above that and many below any change
of a formula (a position weight off by 1% moves a score by 1e-3). Ranking and selection are
compared exactly, except where the reference itself sees a near tie: two scores, or a
cosine and the redundancy bound, closer than TOLERANCE, where rounding alone decides.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import reference
import salience
from hypothesis import given, note, settings
from hypothesis import strategies as st

TOLERANCE = 1e-10

DATA = Path(__file__).resolve().parents[2]
ARTICLE = DATA / "examples" / "lavrov_visit.txt"
MULTILINGUAL = DATA / "tests" / "data" / "multilingual"

# Words that repeat across sentences, forms of one stem (market, markets), stopwords that
# count as words but not terms, numbers (terms that keywords leave out) and words with
# capitals, so that IDF, sublinear tf and the length penalty all vary.
CONTENT = [
    "market", "markets", "marketing", "minister", "ministers", "talks", "Lavrov", "Moscow",
    "treaty", "nuclear", "arms", "river", "bridge", "village", "library", "train", "delayed",
    "council", "budget", "vote", "voted", "voting", "school", "teachers", "storm", "power",
    "2019", "3.14", "1,500", "42", "COVID-19", "e-mail", "state-of-the-art", "café",
]  # fmt: skip
STOPWORDS = ["the", "a", "of", "and", "is", "was", "in", "on", "to", "it", "they", "with"]
TERMINALS = [".", ".", ".", "!", "?"]
# Page furniture that noise.h flags, so that the position prior skips it.
BOILERPLATE = ["Click here to read more.", "Scroll down for video.", "All rights reserved."]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(
            st.one_of(st.sampled_from(CONTENT), st.sampled_from(STOPWORDS)), min_size=1, max_size=45
        )
    )
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + draw(st.sampled_from(TERMINALS))


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A title or not, then sentences (some repeated word for word, some boilerplate) in
    paragraphs."""
    pool = draw(st.lists(sentences(), min_size=1, max_size=8))
    body = draw(
        st.lists(
            st.one_of(st.sampled_from(pool), st.sampled_from(BOILERPLATE)), min_size=1, max_size=25
        )
    )
    breaks = draw(
        st.lists(st.sampled_from([" ", " ", "\n\n"]), min_size=len(body), max_size=len(body))
    )
    text = "".join(sentence + gap for sentence, gap in zip(body, breaks, strict=True)).strip()
    title = draw(st.one_of(st.just(""), st.lists(st.sampled_from(CONTENT), min_size=1, max_size=8)))
    return (" ".join(title).title() + "\n\n" + text) if title else text


options = st.fixed_dictionaries(
    {f"{name}_weight": st.floats(0, 5) for name in salience.FEATURE_NAMES}
    | {
        "query_position_weight": st.floats(0, 5),
        "position_curve": st.sampled_from(["exponential", "inverse", "linear", "none"]),
        "position_decay": st.floats(0.01, 100),
        "min_words": st.integers(0, 30),
        "max_words": st.integers(0, 40),
        "redundancy_threshold": st.one_of(st.floats(0, 1), st.just(1.0)),
        "coherence_weight": st.one_of(st.floats(0, 2), st.just(0.0)),
    }
)

# A budget: (kind, value), or ("tight", kind, top, short): the size of the reference's `top`
# best candidates, less `short`, so that a sentence fits with nothing, or one unit, to spare.
budgets = st.one_of(
    st.tuples(st.just("sentences"), st.integers(1, 12)),
    st.tuples(st.just("ratio"), st.floats(0.01, 1.0)),
    st.tuples(st.just("words"), st.integers(1, 250)),
    st.tuples(st.just("chars"), st.integers(1, 1500)),
    st.tuples(
        st.just("tight"), st.sampled_from(["words", "chars"]), st.integers(1, 4), st.integers(0, 1)
    ),
)


def tight_budget(
    document: reference.Document, scored: reference.Scored, kind: str, top: int, short: int
) -> tuple[str, int]:
    best = [document.candidates[i] for i in reference.ranking(scored.scores)[:top]]
    if kind == "words":
        size = sum(candidate.words for candidate in best)
    else:  # the sentences and the spaces that join them
        size = sum(len(candidate.text) for candidate in best) + len(best) - 1
    return kind, max(1, size - short)


@functools.cache
def read(text: str, language: str) -> reference.Document:
    document = reference.read_document(text, language)
    # The terms the reference reads sentence by sentence add up to the document's keywords
    # (the letter terms of the candidates): the oracle's input is the core's terms.
    totals: Counter[str] = Counter()
    for candidate in document.candidates:
        totals.update(candidate.terms)
    letters = {term: count for term, count in totals.items() if any(c.isalpha() for c in term)}
    keywords = salience.keywords(text, k=reference.EVERY_TERM, language=language)
    assert letters == {keyword.term: keyword.count for keyword in keywords}
    return document


def compare(
    text: str,
    language: str,
    chosen_options: dict[str, Any],
    budget: tuple[Any, ...],
    summarizer: salience.Summarizer | None = None,
    corpus: tuple[int, Any] | None = None,
    query: str | None = None,
) -> None:
    """Summarizes ``text`` with the core, focused on ``query`` when given, and asserts the
    reference agrees."""
    if summarizer is None:
        summarizer = salience.Summarizer(language=language, **chosen_options)
    document = read(text, language)
    # The options left None are the genre's the core read the text as; a paper's position
    # prior counts per section.
    genre = summarizer.summarize(text, sentences=1).genre
    given = {name: value for name, value in summarizer.options.items() if value is not None}
    every_option = {**salience.genre_options(genre), **given, **chosen_options}
    every_option["position_scope"] = "sections" if genre == "paper" else "document"
    query_terms = reference.sentence_terms(query, language) if query is not None else None
    scored = reference.score(document, every_option, corpus, query_terms)
    if budget[0] == "tight":
        budget = (
            tight_budget(document, scored, *budget[1:]) if document.candidates else ("words", 1)
        )
    kind, value = budget
    budget_argument: dict[str, Any] = {kind: value}
    summary = summarizer.summarize(text, **budget_argument, query=query)
    held = query_terms and any(
        term in candidate.terms for candidate in document.candidates for term in query_terms
    )
    assert summary.query_matched == bool(held)

    position = {candidate.index: i for i, candidate in enumerate(document.candidates)}
    assert sorted(position) == sorted(sentence.index for sentence in summary.ranking)
    for sentence in summary.ranking:
        i = position[sentence.index]
        assert sentence.words == document.candidates[i].words
        expected = scored.features[i]
        for name in salience.FEATURE_NAMES:
            actual = sentence.features[name]
            assert math.isclose(actual, expected[name], abs_tol=TOLERANCE), (
                name,
                sentence,
                expected,
            )
            if expected[name] == 0.0:  # +0.0 (docs/scoring.md: never -0.0)
                assert math.copysign(1.0, actual) == math.copysign(1.0, expected[name]), name
        assert math.isclose(sentence.score, scored.scores[i], abs_tol=TOLERANCE), sentence

    # Ranking: the reference's, but for near ties, which rounding may order either way;
    # scores equal in both (the same sentence twice) are in document order in both.
    order = [position[sentence.index] for sentence in summary.ranking]
    assert [sentence.rank for sentence in summary.ranking] == list(range(1, len(order) + 1))
    score_of = {position[sentence.index]: sentence.score for sentence in summary.ranking}
    for actual, expected_at in zip(order, reference.ranking(scored.scores), strict=True):
        if actual != expected_at:
            ours, theirs = scored.scores[actual], scored.scores[expected_at]
            assert abs(ours - theirs) <= TOLERANCE
            assert ours != theirs or score_of[actual] != score_of[expected_at]
    for earlier, later in itertools.pairwise(summary.ranking):
        if earlier.score == later.score:
            assert earlier.index < later.index

    # Selection along the core's ranking, now known to be the reference's up to near ties.
    selection = reference.select(
        document,
        scored,
        order,
        kind,
        value,
        float(every_option["redundancy_threshold"]),
        float(every_option["coherence_weight"]),
    )
    chosen = [position[sentence.index] for sentence in summary.sentences]
    if selection.closest_call > TOLERANCE:
        assert tuple(chosen) == selection.chosen
    else:
        note(f"a redundancy cosine within {TOLERANCE} of its bound: selection not compared")


@settings(deadline=None, max_examples=120)
@given(text=documents(), chosen_options=options, budget=budgets)
def test_generated_texts_match_the_reference(
    text: str, chosen_options: dict[str, Any], budget: tuple[Any, ...]
) -> None:
    compare(text, "en", chosen_options, budget)


# A query: a few words of the texts' pool (stopwords among them, so that some queries hold
# no term), or words of no text, so that some match nothing.
queries = st.lists(
    st.sampled_from([*CONTENT, *STOPWORDS, "volcano", "orchestra"]), min_size=1, max_size=6
).map(" ".join)


@settings(deadline=None, max_examples=80)
@given(text=documents(), chosen_options=options, budget=budgets, query=queries)
def test_query_focused_summaries_match_the_reference(
    text: str, chosen_options: dict[str, Any], budget: tuple[Any, ...], query: str
) -> None:
    compare(text, "en", chosen_options, budget, query=query)


@settings(deadline=None, max_examples=40)
@given(text=documents(), corpus=st.lists(documents(), min_size=1, max_size=4), budget=budgets)
def test_fitted_idf_matches_the_reference(
    text: str, corpus: list[str], budget: tuple[Any, ...]
) -> None:
    fitted = salience.Summarizer(language="en").fit(corpus)
    frequencies = (
        fitted.fitted_documents.get("en", 0),
        functools.partial(fitted.document_frequency, language="en"),
    )
    compare(text, "en", {}, budget, summarizer=fitted, corpus=frequencies)


REAL_TEXTS = [(ARTICLE, "en")] + [(path, path.stem) for path in sorted(MULTILINGUAL.glob("*.txt"))]


@pytest.mark.parametrize(
    ("path", "language"), REAL_TEXTS, ids=[path.name for path, _ in REAL_TEXTS]
)
def test_real_texts_match_the_reference_at_the_defaults(path: Path, language: str) -> None:
    text = path.read_text(encoding="utf-8")
    fixed = [("sentences", 3), ("ratio", 0.5), ("words", 60), ("chars", 400)]
    tight = [("tight", kind, 3, short) for kind in ("words", "chars") for short in (0, 1)]
    for budget in fixed + tight:
        compare(text, language, {}, budget)


@settings(deadline=None, max_examples=60)
@given(text=st.sampled_from(REAL_TEXTS), chosen_options=options, budget=budgets)
def test_real_texts_match_the_reference_at_any_options(
    text: tuple[Path, str], chosen_options: dict[str, Any], budget: tuple[Any, ...]
) -> None:
    path, language = text
    compare(path.read_text(encoding="utf-8"), language, chosen_options, budget)

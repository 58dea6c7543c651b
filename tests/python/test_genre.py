"""genre=: the genre each text is read as, its scoring defaults, and options that win over them."""

from __future__ import annotations

import pickle

import pytest
import salience

MEETING = "\n\n".join(
    [
        "Project Manager: Right, this is the kick-off meeting for the new remote control.",
        "Marketing Expert: Mm-hmm.",
        "Industrial Designer: The remote needs few buttons and a rubber case that survives a fall.",
        "Project Manager: Good. The budget for each remote is twelve euros and fifty cents.",
        "Marketing Expert: Young people want a remote that looks fancy and feels soft in the hand.",
    ]
)
REVIEWS = "\n\n".join(
    [
        "I bought this kettle for my mother. It boils a litre in two minutes. She loves it.",
        "Great kettle. My tea is ready before the toast. The lid is easy to open.",
        "The handle gets hot after a while. I still use it every day. Worth the price.",
        "It looks nice on the counter. I like the blue light. Boils fast and quietly.",
    ]
)
PAPER = (
    "We present a parser for long sentences. Earlier parsers (Collins, 1999) fail on them "
    "because their beams are narrow. Charniak et al. (2005) rerank the parses of a first "
    "stage. We compare our parser with [12] and [3, 7] on the treebank and report gains "
    "on sentences of more than forty words."
)
NEWS = (
    "Storm Warning For The Coast\n\n"
    "WASHINGTON (Reuters) - A strong storm will reach the coast on Friday night. "
    "Forecasters expect winds of more than 100 kilometres an hour. "
    "Schools in three districts will stay closed on Friday."
)


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        pytest.param(MEETING, "transcript", id="transcript"),
        pytest.param(REVIEWS, "reviews", id="reviews"),
        pytest.param(PAPER, "paper", id="paper"),
        pytest.param(NEWS, "news", id="news"),
        pytest.param("Cats purr. Dogs bark.", "general", id="short-general"),
        pytest.param("", "general", id="empty"),
    ],
)
def test_auto_reports_the_genre_the_text_reads_as(text: str, genre: str) -> None:
    assert salience.summarize(text, sentences=2).genre == genre


def test_a_named_genre_is_used_whatever_the_text() -> None:
    for genre in ("general", "news", "transcript", "reviews", "paper"):
        assert salience.Summarizer(genre=genre).summarize(NEWS).genre == genre


def test_the_genre_gives_the_scoring_defaults() -> None:
    for genre in ("news", "transcript"):
        weight = salience.genre_options(genre)["position_weight"]
        ranking = salience.Summarizer(genre=genre).summarize(MEETING, ratio=1.0).ranking
        first = min(ranking, key=lambda sentence: sentence.index)
        assert first.features["position"] == pytest.approx(weight), genre


def test_options_the_caller_sets_win_over_the_genres() -> None:
    summarizer = salience.Summarizer(genre="transcript", position_weight=0.9, min_words=3)
    ranking = summarizer.summarize(MEETING, ratio=1.0).ranking
    first = min(ranking, key=lambda sentence: sentence.index)
    assert first.features["position"] == pytest.approx(0.9)
    assert all(s.features["length"] == 0.0 for s in ranking if s.words >= 3)
    assert summarizer.options["position_weight"] == 0.9
    assert summarizer.options["max_words"] is None


def test_genre_options_lists_every_genre_with_every_scoring_option() -> None:
    scoring = {name for name, value in salience.Summarizer().options.items() if value is None}
    for genre in ("general", "news", "transcript", "reviews", "paper"):
        options = salience.genre_options(genre)
        assert set(options) == scoring
        salience.Summarizer(**options)  # each table is a valid set of options
    assert salience.genre_options("news") == salience.genre_options("general")


@pytest.mark.parametrize("genre", ["Transcript", "meeting", "", "auto "])
def test_an_unknown_genre_is_a_value_error_listing_the_allowed(genre: str) -> None:
    allowed = "'auto', 'general', 'news', 'transcript', 'reviews', 'paper'"
    with pytest.raises(ValueError, match=allowed):
        salience.Summarizer(genre=genre)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="genre must be one of"):
        salience.genre_options(genre)


def test_a_genre_that_is_no_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="genre must be a str, not int"):
        salience.Summarizer(genre=3)  # type: ignore[arg-type]


def test_the_genre_survives_pickling_and_equality() -> None:
    summarizer = salience.Summarizer(genre="paper", title_weight=0.0)
    assert pickle.loads(pickle.dumps(summarizer)) == summarizer
    assert summarizer != salience.Summarizer(genre="news", title_weight=0.0)
    summary = summarizer.summarize(PAPER)
    assert pickle.loads(pickle.dumps(summary)).genre == "paper"


def test_summarize_many_reports_each_texts_genre() -> None:
    texts = [MEETING, REVIEWS, PAPER, NEWS]
    genres = [s.genre for s in salience.Summarizer().summarize_many(texts, n_jobs=2)]
    assert genres == ["transcript", "reviews", "paper", "news"]
    empty = list(salience.Summarizer().summarize_many([3], errors="empty"))  # type: ignore[list-item]
    assert empty[0].genre == "general"

"""Transcripts: speaker labels are metadata of a turn, not words of its sentences, and fillers
of speech do not make a sentence salient."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import salience

SummaryCheck = Callable[[str, salience.Summary], None]
KICK_OFF = "So this is the kick-off meeting for the new remote control."

MEETING = "\n\n".join(
    [
        "Project Manager: Right. So this is the kick-off meeting for the new remote control.",
        "Marketing Expert: Mm-hmm.",
        "Industrial Designer: The remote control needs a rubber case and a kinetic battery. "
        "The case protects the battery from drops.",
        "Project Manager: Okay. Yeah. Um.",
        "Marketing Expert: Users want a remote control that is easy to find and a battery "
        "that lasts.",
        "Project Manager: Um, so the battery and the case are the two decisions for today.",
    ]
)


def test_labels_become_speaker_spans_before_their_turns() -> None:
    spans = salience.split_sentences(MEETING, language="en")
    speakers = [span.text for span in spans if span.kind == "speaker"]
    assert speakers == [
        "Project Manager",
        "Marketing Expert",
        "Industrial Designer",
        "Project Manager",
        "Marketing Expert",
        "Project Manager",
    ]
    sentences = [span.text for span in spans if span.kind == "sentence"]
    assert sentences[:2] == ["Right.", KICK_OFF]
    assert not any(":" in sentence for sentence in sentences)


def test_every_sentence_of_a_turn_carries_its_speaker(summary_check: SummaryCheck) -> None:
    summary = salience.Summarizer(language="en").summarize(MEETING, ratio=1.0)
    summary_check(MEETING, summary)
    by_text = {sentence.text: sentence.speaker for sentence in summary.ranking}
    assert by_text["Right."] == "Project Manager"
    assert by_text[KICK_OFF] == "Project Manager"
    assert by_text["The case protects the battery from drops."] == "Industrial Designer"
    assert by_text["Mm-hmm."] == "Marketing Expert"


def test_labels_are_no_words_or_terms() -> None:
    summary = salience.Summarizer(language="en").summarize(MEETING, ratio=1.0)
    by_text = {sentence.text: sentence for sentence in summary.ranking}
    assert by_text["Right."].words == 1
    keywords = [keyword.text.lower() for keyword in salience.keywords(MEETING, k=20, language="en")]
    assert "manager" not in keywords and "expert" not in keywords and "designer" not in keywords


def test_fillers_do_not_make_a_sentence_salient() -> None:
    summary = salience.Summarizer(language="en").summarize(MEETING, ratio=1.0)
    by_text = {sentence.text: sentence for sentence in summary.ranking}
    for filler in ("Okay.", "Yeah.", "Um.", "Mm-hmm."):
        sentence = by_text[filler]
        assert sentence.features["tfidf"] == 0.0, filler
        # No content word: the whole fragment penalty, the length weight of the genre read.
        weight = salience.genre_options(summary.genre)["length_weight"]
        assert sentence.features["length"] == pytest.approx(-weight), filler
    chosen = salience.Summarizer(language="en").summarize(MEETING, sentences=2)
    assert all(sentence.text not in ("Okay.", "Yeah.", "Um.", "Mm-hmm.") for sentence in chosen)


def test_the_budget_counts_fillers_as_the_reader_sees_them() -> None:
    summary = salience.Summarizer(language="en").summarize(MEETING, ratio=1.0)
    sentence = next(s for s in summary.ranking if s.text.startswith("Um, so the battery"))
    assert sentence.words == len(sentence.text.split())


def test_outside_transcripts_nothing_has_a_speaker() -> None:
    news = (
        "The minister spoke on Monday about the budget.\n\n"
        "Note: the figures are provisional.\n\n"
        "She left for Brussels on Tuesday. Um, yeah, okay, she said."
    )
    summary = salience.Summarizer(language="en").summarize(news, ratio=1.0)
    assert all(span.kind != "speaker" for span in summary.spans)
    assert all(sentence.speaker is None for sentence in summary.ranking)
    assert "Note: the figures are provisional." in [s.text for s in summary.ranking]


def test_summary_text_is_the_sentences_and_the_view_shows_speakers() -> None:
    summary = salience.Summarizer(language="en").summarize(MEETING, sentences=2)
    assert summary.text == " ".join(sentence.text for sentence in summary.sentences)
    assert all(sentence.speaker for sentence in summary.sentences)
    html = summary._repr_html_()
    for sentence in summary.sentences:
        assert f"<b>{sentence.speaker}:</b>" in html


def test_to_frame_has_the_speaker() -> None:
    pd = pytest.importorskip("pandas")
    frame = salience.Summarizer(language="en").summarize(MEETING, ratio=1.0).to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert frame["speaker"].iloc[0] == "Project Manager"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # U+FF1A FULLWIDTH COLON, which needs no space after it.
        ("主持人\uff1a大家好。今天开会。\n\n嘉宾\uff1a谢谢。\n\n主持人\uff1a开始吧。", "主持人"),
        ("[00:00:01] Alice: Hi.\n\n[00:00:04] Bob: Hello.\n\n[00:00:09] Alice: Shall we?", "Alice"),
        ("Q: Why did you come?\n\nA: Because.\n\nQ: And then?", "Q"),
    ],
    ids=["chinese-full-width-colon", "time-stamps", "interview"],
)
def test_labels_in_any_form(text: str, speaker: str, summary_check: SummaryCheck) -> None:
    summary = salience.summarize(text, ratio=1.0)
    summary_check(text, summary)
    assert summary.ranking[0].speaker is not None
    assert speaker in {sentence.speaker for sentence in summary.ranking}

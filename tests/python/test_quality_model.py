"""The quality model's features: boilerplate, the lead after it, options that shape them."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
import salience

DAILY_MAIL = (
    "By . Daily Mail Reporter . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . "
    "15:36 EST, 25 October 2013 . The bishop of the diocese exposed hundreds of church members "
    "to the hepatitis A virus in late September and early October. The state health department "
    "has issued an advisory for anyone who attended five churches and took communion there. "
    "Scroll down for video . The bishop contracted the infection through contaminated food while "
    "attending a conference in Italy last month, the diocese said. Officials say the risk to the "
    "church members is low but they want to alert people to the possible exposure. "
    "Click here to read the advisory in full."
)


def test_noise_is_a_named_feature() -> None:
    assert "noise" in salience.FEATURE_NAMES


def test_boilerplate_is_never_chosen_and_explains_itself() -> None:
    summary = salience.summarize(DAILY_MAIL, sentences=3)
    assert len(summary.sentences) == 3
    for sentence in summary.sentences:
        assert sentence.features["noise"] == 0.0
        assert "PUBLISHED" not in sentence.text
        assert "Click here" not in sentence.text
    noisy = {s.text: s.features["noise"] for s in summary.ranking}
    assert noisy["PUBLISHED: ."] == -1.0
    assert noisy["Scroll down for video ."] == -1.0


def test_the_lead_starts_after_the_byline() -> None:
    summary = salience.summarize(DAILY_MAIL, sentences=1)
    first_story = next(s for s in summary.ranking if s.text.startswith("The bishop of"))
    assert first_story.features["position"] == pytest.approx(0.4)
    assert summary.sentences[0].text.startswith("The bishop of")


def test_noise_weight_zero_turns_the_feature_off() -> None:
    summary = salience.Summarizer(noise_weight=0.0).summarize(DAILY_MAIL, ratio=1.0)
    assert all(s.features["noise"] == 0.0 for s in summary.ranking)


@pytest.mark.parametrize("value", [-0.1, float("nan"), float("inf")], ids=repr)
def test_bad_noise_weight_is_refused(value: float) -> None:
    with pytest.raises(ValueError, match="noise_weight"):
        salience.Summarizer(noise_weight=value)


def test_noise_weight_is_typed() -> None:
    with pytest.raises(TypeError, match="noise_weight"):
        salience.Summarizer(noise_weight="1")  # type: ignore[arg-type]


def test_options_survive_pickling() -> None:
    summarizer = salience.Summarizer(noise_weight=0.5)
    again = pickle.loads(pickle.dumps(summarizer))
    assert again == summarizer
    assert again.options["noise_weight"] == 0.5


def test_run_ons_are_penalized_by_the_share_they_exceed() -> None:
    words = " ".join(f"Word{i}" for i in range(60))
    text = f"A short story sentence with enough words in it here. {words}."
    summary = salience.Summarizer(max_words=30, length_weight=0.5).summarize(text, ratio=1.0)
    assert len(summary.ranking) == 2
    run_on = next(s for s in summary.ranking if s.words == 60)
    assert run_on.features["length"] == pytest.approx(-0.5)
    plain = salience.Summarizer(max_words=0).summarize(text, ratio=1.0)
    assert all(s.features["length"] == 0.0 for s in plain.ranking)


@pytest.mark.parametrize(
    ("value", "error"), [(-1, ValueError), (1.5, TypeError), (True, TypeError)]
)
def test_bad_max_words_is_refused(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_words"):
        salience.Summarizer(max_words=value)

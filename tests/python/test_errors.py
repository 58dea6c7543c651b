"""Bad input raises TypeError or ValueError with a message that says what is allowed."""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import pytest
import salience

TEXT = "The first sentence is here. The second one follows it. A third closes the text."


def entry_points() -> dict[str, Callable[..., object]]:
    # Callable[..., object]: the tests call them with arguments of every wrong type.
    summarizer = salience.Summarizer()
    return {
        "summarize": salience.summarize,
        "Summarizer.summarize": summarizer.summarize,
        "split_sentences": salience.split_sentences,
    }


ENTRY_POINTS = list(entry_points())


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("text", [None, 1, 2.5, ["a"], ("a",), {"a": 1}, object()], ids=repr)
def test_text_must_be_a_str(entry: str, text: object) -> None:
    with pytest.raises(TypeError, match="must be str") as info:
        entry_points()[entry](text)
    assert type(text).__name__ in str(info.value)


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize(
    "text",
    [b"Some text.", bytearray(b"Some text."), memoryview(b"Some text.")],
    ids=["bytes", "bytearray", "memoryview"],
)
def test_binary_text_says_to_decode(entry: str, text: bytes | bytearray | memoryview) -> None:
    with pytest.raises(TypeError) as info:
        entry_points()[entry](text)
    message = str(info.value)
    assert "decode" in message
    assert type(text).__name__ in message


def test_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    summary = salience.summarize(Text(TEXT), sentences=1)
    assert len(summary) == 1
    assert summary.sentences[0].text in TEXT


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("abc\ud800def", 3),
        ("\udfff", 0),
        ("Fine. \udc80", 6),
        ("😀😀\ud83d", 2),
        ("東京\udbff tail. More text.", 2),
        ("ok \ud800\udc00", 3),  # a surrogate pair spelled as two code points is still lone
    ],
    ids=repr,
)
def test_lone_surrogate_names_its_offset(entry: str, text: str, offset: int) -> None:
    with pytest.raises(ValueError, match="surrogate") as info:
        entry_points()[entry](text)
    assert f"offset {offset}" in str(info.value)


def test_text_of_one_lone_surrogate() -> None:
    with pytest.raises(ValueError, match="offset 0"):
        salience.summarize("\ud800")


# Any: most of these budgets have a type the signatures refuse, on purpose.
BAD_BUDGETS: list[tuple[dict[str, Any], str]] = [
    ({"sentences": 2, "ratio": 0.5}, "at most one budget"),
    ({"sentences": 2, "words": 10}, "at most one budget"),
    ({"words": 10, "chars": 10}, "at most one budget"),
    ({"sentences": 1, "ratio": 1.0, "words": 1, "chars": 1}, "at most one budget"),
    ({"sentences": 0}, r"sentences must be a whole number >= 1"),
    ({"sentences": -1}, r"sentences must be a whole number >= 1"),
    ({"sentences": math.nan}, r"sentences must be a whole number >= 1"),
    ({"sentences": math.inf}, r"sentences must be a whole number >= 1"),
    ({"sentences": 2.5}, r"sentences must be a whole number >= 1"),
    ({"sentences": "3"}, r"sentences must be a whole number >= 1"),
    ({"sentences": True}, r"sentences must be a whole number >= 1"),
    ({"sentences": False}, r"sentences must be a whole number >= 1"),
    ({"words": 0}, r"words must be a whole number >= 1"),
    ({"words": -1}, r"words must be a whole number >= 1"),
    ({"words": math.nan}, r"words must be a whole number >= 1"),
    ({"words": math.inf}, r"words must be a whole number >= 1"),
    ({"words": 10.5}, r"words must be a whole number >= 1"),
    ({"words": True}, r"words must be a whole number >= 1"),
    ({"chars": 0}, r"chars must be a whole number >= 1"),
    ({"chars": -1}, r"chars must be a whole number >= 1"),
    ({"chars": math.nan}, r"chars must be a whole number >= 1"),
    ({"chars": math.inf}, r"chars must be a whole number >= 1"),
    ({"chars": "100"}, r"chars must be a whole number >= 1"),
    ({"ratio": 0}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": 0.0}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": -0.5}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": 1.5}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": 1.0000001}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": 2}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": math.nan}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": math.inf}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": -math.inf}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": "0.5"}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": True}, r"ratio must be .* in \(0, 1\]"),
    ({"ratio": None, "sentences": -3}, r"sentences must be a whole number >= 1"),
]


def budget_id(case: tuple[dict[str, object], str]) -> str:
    budget, _ = case
    return ",".join(f"{key}={value!r}" for key, value in budget.items())


@pytest.mark.parametrize("entry", ["summarize", "Summarizer.summarize"])
@pytest.mark.parametrize(("budget", "message"), BAD_BUDGETS, ids=map(budget_id, BAD_BUDGETS))
def test_invalid_budget_says_what_is_allowed(
    entry: str, budget: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        entry_points()[entry](TEXT, **budget)


@pytest.mark.parametrize(("budget", "message"), BAD_BUDGETS, ids=map(budget_id, BAD_BUDGETS))
def test_invalid_budget_is_rejected_even_for_empty_text(
    budget: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        salience.summarize("", **budget)


def test_two_budgets_message_names_both() -> None:
    with pytest.raises(ValueError) as info:
        salience.summarize(TEXT, sentences=2, chars=100)
    message = str(info.value)
    assert "sentences=2" in message and "chars=100" in message


@pytest.mark.parametrize(
    "budget",
    [
        {"sentences": 1},
        {"sentences": 10**30},
        {"words": 10**30},
        {"chars": 10**30},
        {"ratio": 1},
        {"ratio": 5e-324},
        {"ratio": Fraction(1, 3)},
        {"sentences": None, "ratio": None, "words": None, "chars": 50},
    ],
    ids=repr,
)
def test_valid_edge_budgets(budget: dict[str, Any]) -> None:
    summary = salience.summarize(TEXT, **budget)
    assert len(summary) >= 1


def test_salience_error_is_exported() -> None:
    assert issubclass(salience.SalienceError, Exception)
    assert salience.SalienceError.__module__.startswith("salience")


def test_invalid_text_is_checked_before_the_budget() -> None:
    with pytest.raises(TypeError):
        salience.summarize(b"bytes", sentences=0)  # type: ignore[arg-type]


HUGE = 10**400  # too large for a float
ENORMOUS = 10**5000  # too long for Python to print (past 4,300 digits)


@pytest.mark.parametrize("entry", ["summarize", "Summarizer.summarize"])
@pytest.mark.parametrize(
    ("budget", "message"),
    [
        ({"ratio": HUGE}, r"ratio must be a share of the sentences in \(0, 1\], got an int of"),
        ({"ratio": -HUGE}, r"ratio must be a share of the sentences in \(0, 1\], got -an int"),
        ({"ratio": Fraction(HUGE, 3)}, r"ratio must be a share of the sentences in \(0, 1\]"),
        ({"sentences": -HUGE}, r"sentences must be a whole number >= 1, got -an int of about"),
        ({"words": -ENORMOUS}, r"words must be a whole number >= 1, got -an int of about 5,001"),
        ({"chars": -ENORMOUS}, r"chars must be a whole number >= 1, got -an int of about"),
    ],
    ids=["ratio-huge", "ratio-minus-huge", "ratio-fraction", "sentences", "words", "chars"],
)
def test_huge_budgets_say_what_is_allowed(entry: str, budget: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        entry_points()[entry](TEXT, **budget)


@pytest.mark.parametrize("budget", ["sentences", "words", "chars"])
@pytest.mark.parametrize("size", [HUGE, ENORMOUS], ids=["huge", "enormous"])
def test_huge_whole_budgets_mean_everything(budget: str, size: int) -> None:
    everything = salience.summarize(TEXT, ratio=1.0).text
    assert salience.summarize(TEXT, **dict[str, Any]({budget: size})).text == everything


@pytest.mark.parametrize(
    "option",
    [
        "tfidf_weight",
        "position_weight",
        "position_decay",
        "title_weight",
        "length_weight",
        "redundancy_threshold",
        "noise_weight",
        "query_weight",
        "query_position_weight",
        "coherence_weight",
    ],
)
@pytest.mark.parametrize("value", [HUGE, -HUGE, ENORMOUS], ids=["huge", "minus-huge", "enormous"])
def test_real_option_too_large_for_a_float_must_be_finite(option: str, value: int) -> None:
    with pytest.raises(
        ValueError, match=f"{option} must be a finite number, got .*an int of about"
    ):
        salience.Summarizer(**dict[str, Any]({option: value}))


@pytest.mark.parametrize("option", ["min_words", "max_words"])
@pytest.mark.parametrize("value", [HUGE, -HUGE, ENORMOUS], ids=["huge", "minus-huge", "enormous"])
def test_count_option_too_large_says_what_is_allowed(option: str, value: int) -> None:
    with pytest.raises(ValueError, match=rf"{option} must be >= 0 and <= 2\*\*64 - 1.*an int of"):
        salience.Summarizer(**dict[str, Any]({option: value}))


def test_keywords_take_any_whole_k_and_refuse_a_huge_negative_one() -> None:
    everything = salience.keywords(TEXT, k=1000)
    assert salience.keywords(TEXT, k=HUGE) == everything
    assert salience.Summarizer().keywords(TEXT, k=ENORMOUS) == everything
    with pytest.raises(ValueError, match="k must be a whole number >= 1, got -an int of about"):
        salience.keywords(TEXT, k=-ENORMOUS)


@pytest.mark.parametrize("option", ["min_df", "max_terms"])
@pytest.mark.parametrize("value", [HUGE, -HUGE, ENORMOUS], ids=["huge", "minus-huge", "enormous"])
def test_fit_counts_too_large_say_what_is_allowed(option: str, value: int) -> None:
    with pytest.raises(ValueError, match=rf"{option} must be >= 0 and <= 2\*\*64 - 1"):
        salience.Summarizer().fit([TEXT], **dict[str, Any]({option: value}))


def test_summarize_many_and_the_pandas_accessor_refuse_huge_budgets() -> None:
    with pytest.raises(ValueError, match=r"ratio must be a share of the sentences in \(0, 1\]"):
        salience.Summarizer().summarize_many([TEXT], ratio=HUGE)
    pd = pytest.importorskip("pandas")
    importlib.import_module("salience.pandas")  # registers the accessor
    with pytest.raises(ValueError, match=r"ratio must be a share of the sentences in \(0, 1\]"):
        pd.Series([TEXT]).salience.summarize(ratio=HUGE)
    with pytest.raises(ValueError, match="k must be a whole number >= 1"):
        pd.Series([TEXT]).salience.keywords(k=-HUGE)

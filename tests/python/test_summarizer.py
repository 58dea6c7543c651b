"""salience.Summarizer: keyword-only, immutable, hashable, picklable, validated options."""

from __future__ import annotations

import copy
import math
import pickle
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from typing import Any, Literal

import pytest
import salience

TEXT = (
    "Storm Warning For The Coast\n\n"
    "A strong storm will reach the coast on Friday night. "
    "Forecasters expect winds of more than 100 kilometres an hour. "
    "Schools in three districts will stay closed on Friday. "
    "Residents were asked to secure loose objects in their gardens. "
    "The storm should weaken over the weekend as it moves inland."
)

OPTION_NAMES = (
    "language",
    "tfidf_weight",
    "position_weight",
    "position_curve",
    "position_decay",
    "title_weight",
    "length_weight",
    "min_words",
    "redundancy_threshold",
)

# Any: keyword arguments of several types for Summarizer(**CUSTOM).
CUSTOM: dict[str, Any] = {
    "language": "de",
    "tfidf_weight": 0.75,
    "position_weight": 2.0,
    "position_curve": "linear",
    "position_decay": 5.0,
    "title_weight": 0.0,
    "length_weight": 1.25,
    "min_words": 4,
    "redundancy_threshold": 0.8,
}


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        salience.Summarizer("en")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        salience.Summarizer("en", 1.0)  # type: ignore[call-arg, arg-type]


def test_summarize_budget_is_keyword_only() -> None:
    summarizer = salience.Summarizer()
    with pytest.raises(TypeError):
        summarizer.summarize(TEXT, 2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        salience.summarize(TEXT, 2)  # type: ignore[call-arg]


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        salience.Summarizer(weight=1.0)  # type: ignore[call-arg]


def test_options_round_trip() -> None:
    summarizer = salience.Summarizer(**CUSTOM)
    assert summarizer.options.items() >= CUSTOM.items()
    assert summarizer.language == "de"
    assert set(salience.Summarizer().options) >= set(OPTION_NAMES)


def test_options_is_a_copy() -> None:
    summarizer = salience.Summarizer()
    options = summarizer.options
    options["language"] = "fr"
    assert summarizer.options["language"] == "auto"
    assert summarizer.language == "auto"


def test_options_accept_ints_and_other_reals() -> None:
    summarizer = salience.Summarizer(
        tfidf_weight=1,
        position_weight=Fraction(1, 2),  # type: ignore[arg-type]
        redundancy_threshold=1,
        min_words=3,
    )
    assert summarizer.options["tfidf_weight"] == 1.0
    assert isinstance(summarizer.options["tfidf_weight"], float)
    assert summarizer.options["position_weight"] == 0.5


@pytest.mark.parametrize("name", ["language", "tfidf_weight", "_options", "_core", "new"])
def test_summarizer_is_immutable(name: str) -> None:
    summarizer = salience.Summarizer()
    before = summarizer.options
    with pytest.raises(AttributeError):
        setattr(summarizer, name, 1)
    with pytest.raises(AttributeError):
        delattr(summarizer, name)
    assert summarizer.options == before


def test_summarizer_has_no_instance_dict() -> None:
    with pytest.raises(AttributeError):
        salience.Summarizer().__dict__  # noqa: B018


def test_repr_shows_every_option() -> None:
    summarizer = salience.Summarizer(**CUSTOM)
    text = repr(summarizer)
    assert text.startswith("Summarizer(") and text.endswith(")")
    for name, value in CUSTOM.items():
        assert f"{name}={value!r}" in text


def test_repr_evaluates_back_to_an_equal_summarizer() -> None:
    summarizer = salience.Summarizer(**CUSTOM)
    assert eval(repr(summarizer), {"Summarizer": salience.Summarizer}) == summarizer


def test_equality_and_hash_follow_the_options() -> None:
    first = salience.Summarizer(**CUSTOM)
    second = salience.Summarizer(**CUSTOM)
    other = salience.Summarizer(**{**CUSTOM, "min_words": 5})
    assert first == second
    assert hash(first) == hash(second)
    assert first != other
    assert salience.Summarizer() == salience.Summarizer(language="auto")
    assert salience.Summarizer() != salience.Summarizer(language="en")
    assert len({first, second, other, salience.Summarizer()}) == 3
    assert first != "Summarizer"
    assert (first == object()) is False


def test_int_and_float_options_compare_equal() -> None:
    assert salience.Summarizer(tfidf_weight=1) == salience.Summarizer(tfidf_weight=1.0)
    assert hash(salience.Summarizer(tfidf_weight=1)) == hash(salience.Summarizer(tfidf_weight=1.0))


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("options", [{}, CUSTOM], ids=["defaults", "custom"])
def test_pickle_round_trip(options: dict[str, Any], protocol: int) -> None:
    summarizer = salience.Summarizer(**options)
    restored = pickle.loads(pickle.dumps(summarizer, protocol=protocol))
    assert restored == summarizer
    assert hash(restored) == hash(summarizer)
    assert restored is not summarizer
    assert restored.summarize(TEXT, sentences=2) == summarizer.summarize(TEXT, sentences=2)
    assert restored.summarize(TEXT, words=20) == summarizer.summarize(TEXT, words=20)


def test_copy_and_deepcopy() -> None:
    summarizer = salience.Summarizer(**CUSTOM)
    assert copy.copy(summarizer) == summarizer
    assert copy.deepcopy(summarizer) == summarizer
    assert copy.deepcopy(summarizer).summarize(TEXT) == summarizer.summarize(TEXT)


def test_module_summarize_matches_a_default_summarizer() -> None:
    assert salience.summarize(TEXT, sentences=2) == salience.Summarizer().summarize(
        TEXT, sentences=2
    )
    assert salience.summarize(TEXT, language="de") == salience.Summarizer(language="de").summarize(
        TEXT
    )


def test_one_summarizer_serves_many_calls_and_threads() -> None:
    summarizer = salience.Summarizer()
    texts = [TEXT, TEXT.upper(), TEXT.replace(".", "!"), "", "One sentence only."] * 8
    expected = [summarizer.summarize(text, sentences=2) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda text: summarizer.summarize(text, sentences=2), texts))
    assert results == expected


# -- validation -------------------------------------------------------------------------------


def test_supported_languages() -> None:
    languages = salience.supported_languages()
    assert isinstance(languages, tuple)
    assert languages == tuple(sorted(set(languages)))
    assert {"en", "de", "fr", "es", "ru", "zh", "ja"} <= set(languages)
    assert all(isinstance(code, str) and len(code) == 2 for code in languages)


@pytest.mark.parametrize("language", sorted(salience.supported_languages()))
def test_every_supported_language_makes_a_summarizer(language: str) -> None:
    summarizer = salience.Summarizer(language=language)
    summary = summarizer.summarize(TEXT, sentences=2)
    assert summary.language == language
    assert len(summary) == 2


@pytest.mark.parametrize("language", ["xx", "english", "EN", "en-US", "", " en", "zz"])
def test_unknown_language_lists_the_supported_codes(language: str) -> None:
    with pytest.raises(ValueError, match="language") as info:
        salience.Summarizer(language=language)
    message = str(info.value)
    assert repr(language) in message or language in message
    assert "en" in message
    assert all(code in message for code in salience.supported_languages())
    with pytest.raises(ValueError, match="language"):
        salience.summarize(TEXT, language=language)
    with pytest.raises(ValueError, match="language"):
        salience.split_sentences(TEXT, language=language)


@pytest.mark.parametrize("language", [None, 1, b"en", ["en"]])
def test_language_of_the_wrong_type(language: Any) -> None:
    with pytest.raises(TypeError, match="language"):
        salience.Summarizer(language=language)
    with pytest.raises(TypeError, match="language"):
        salience.summarize(TEXT, language=language)
    with pytest.raises(TypeError, match="language"):
        salience.split_sentences(TEXT, language=language)


PositionCurve = Literal["exponential", "inverse", "linear", "none"]

WEIGHTS = ["tfidf_weight", "position_weight", "title_weight", "length_weight"]


@pytest.mark.parametrize("value", [-1.0, -1e-9, -math.inf, math.inf, math.nan], ids=repr)
@pytest.mark.parametrize("name", WEIGHTS)
def test_weights_must_be_finite_and_not_negative(name: str, value: Any) -> None:
    with pytest.raises(ValueError, match=name) as info:
        salience.Summarizer(**{name: value})
    assert ">= 0" in str(info.value) or "finite" in str(info.value)


@pytest.mark.parametrize("name", WEIGHTS)
def test_zero_weights_are_allowed(name: str) -> None:
    options: dict[str, Any] = {name: 0.0}
    summarizer = salience.Summarizer(**options)
    assert summarizer.options[name] == 0.0
    summary = summarizer.summarize(TEXT)
    assert len(summary) == 3  # the default budget, chosen by the other features
    feature = name.removesuffix("_weight")
    assert all(sentence.features[feature] == 0.0 for sentence in summary.ranking)


# None is no wrong type for a scoring option: it takes the genre's default (test_genre.py).
@pytest.mark.parametrize("value", ["1", b"1", [1.0], 1j, True, False], ids=repr)
@pytest.mark.parametrize("name", [*WEIGHTS, "position_decay", "redundancy_threshold", "min_words"])
def test_numeric_options_of_the_wrong_type(name: str, value: Any) -> None:
    with pytest.raises(TypeError, match=name):
        salience.Summarizer(**{name: value})


@pytest.mark.parametrize("value", [0.0, -1.0, math.inf, -math.inf, math.nan], ids=repr)
def test_position_decay_must_be_finite_and_positive(value: float) -> None:
    with pytest.raises(ValueError, match="position_decay"):
        salience.Summarizer(position_decay=value)


@pytest.mark.parametrize("curve", ["exponential", "inverse", "linear", "none"])
def test_known_position_curves(curve: PositionCurve) -> None:
    assert salience.Summarizer(position_curve=curve).options["position_curve"] == curve


@pytest.mark.parametrize("curve", ["cubic", "", "Linear", "exp", " none"])
def test_unknown_position_curve(curve: str) -> None:
    with pytest.raises(ValueError, match="position_curve") as info:
        salience.Summarizer(position_curve=curve)  # type: ignore[arg-type]
    for allowed in ("exponential", "inverse", "linear", "none"):
        assert allowed in str(info.value)


@pytest.mark.parametrize("curve", [1, b"linear"])
def test_position_curve_of_the_wrong_type(curve: object) -> None:
    with pytest.raises(TypeError, match="position_curve"):
        salience.Summarizer(position_curve=curve)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0.0, 0.25, 1.0])
def test_redundancy_threshold_in_range(value: float) -> None:
    summarizer = salience.Summarizer(redundancy_threshold=value)
    assert summarizer.options["redundancy_threshold"] == value
    # Even 0 (any shared term is redundant) fills the budget: skipped sentences fill it last.
    assert len(summarizer.summarize(TEXT)) == 3


@pytest.mark.parametrize("value", [-0.1, -1e-12, 1.0 + 1e-9, 1.5, math.inf, math.nan], ids=repr)
def test_redundancy_threshold_outside_zero_one(value: float) -> None:
    with pytest.raises(ValueError, match="redundancy_threshold") as info:
        salience.Summarizer(redundancy_threshold=value)
    assert "[0, 1]" in str(info.value)


@pytest.mark.parametrize("value", [-1, -100])
def test_min_words_must_not_be_negative(value: int) -> None:
    with pytest.raises(ValueError, match="min_words"):
        salience.Summarizer(min_words=value)


def test_min_words_zero_is_allowed() -> None:
    assert salience.Summarizer(min_words=0).options["min_words"] == 0


@pytest.mark.parametrize("value", [2.5, 3.0])
def test_min_words_must_be_whole(value: float) -> None:
    with pytest.raises(TypeError, match="min_words"):
        salience.Summarizer(min_words=value)  # type: ignore[arg-type]


# -- summarize_many ----------------------------------------------------------------------------

MANY = [TEXT, "", "One short sentence.", TEXT.upper(), "東京は晴れ。大阪は雨。", "  \n", TEXT[:80]]


@pytest.mark.parametrize("n_jobs", [None, -1, 1, 3])
@pytest.mark.parametrize(
    "budget", [{}, {"sentences": 1}, {"ratio": 0.5}, {"words": 12}, {"chars": 90}], ids=str
)
def test_summarize_many_matches_summarize(n_jobs: int | None, budget: dict[str, Any]) -> None:
    summarizer = salience.Summarizer()
    expected = [summarizer.summarize(text, **budget) for text in MANY * 3]
    results = summarizer.summarize_many(MANY * 3, n_jobs=n_jobs, **budget)
    assert list(results) == expected


def test_summarize_many_takes_any_iterable_lazily() -> None:
    summarizer = salience.Summarizer()
    results = summarizer.summarize_many(text for text in MANY)
    assert iter(results) is results
    assert [summary.source for summary in results] == MANY
    assert list(summarizer.summarize_many([])) == []


@pytest.mark.parametrize(
    ("bad", "error"),
    [(None, TypeError), (b"bytes", TypeError), ("abc\ud800def", ValueError)],
    ids=["None", "bytes", "surrogate"],
)
def test_summarize_many_error_policies(bad: Any, error: type[Exception]) -> None:
    summarizer = salience.Summarizer()
    texts = [TEXT, bad, "One short sentence."]
    with pytest.raises(error):
        list(summarizer.summarize_many(texts))
    skipped = list(summarizer.summarize_many(texts, errors="skip"))
    assert [summary.source for summary in skipped] == [TEXT, "One short sentence."]
    emptied = list(summarizer.summarize_many(texts, errors="empty"))
    assert len(emptied) == 3
    assert len(emptied[1]) == 0 and emptied[1].text == "" and emptied[1].ranking == ()
    assert emptied[0] == summarizer.summarize(TEXT)


@pytest.mark.parametrize(
    "arguments",
    [
        {"n_jobs": 0},
        {"n_jobs": -2},
        {"n_jobs": 1.5},
        {"n_jobs": True},
        {"errors": "ignore"},
        {"sentences": 0},
        {"sentences": 1, "words": 5},
    ],
    ids=str,
)
def test_summarize_many_checks_its_arguments_at_once(arguments: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        salience.Summarizer().summarize_many(iter(MANY), **arguments)


@pytest.mark.parametrize("texts", ["a single str", b"bytes"], ids=["str", "bytes"])
def test_summarize_many_rejects_a_single_text(texts: str | bytes) -> None:
    with pytest.raises(TypeError):
        salience.Summarizer().summarize_many(texts)  # type: ignore[arg-type]

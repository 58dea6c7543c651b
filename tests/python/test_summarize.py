"""salience.summarize and Summarizer.summarize: budgets, order, offsets and the results."""

# Non-ASCII look-alikes are the point of the samples here.
# ruff: noqa: RUF001

from __future__ import annotations

import math
import pickle
from collections.abc import Callable
from typing import Any, Literal

import pytest
import salience

NEWS = (
    "City Council Approves Library Budget\n"
    "\n"
    "The city council approved a new budget for public libraries on Tuesday. "
    "The plan adds 2.5 million dollars for longer opening hours and more digital services. "
    "Several residents spoke in favour of the library proposal during the meeting.\n"
    "\n"
    "Council members said the libraries had seen record visitor numbers this year. "
    "Opening hours will be extended on weekends and on public holidays. "
    "The changes will take effect in March.\n"
    "\n"
    "Critics warned that the budget leaves little room for road repairs. "
    "The mayor said the library plan was worth it. "
    "A final vote on the road budget is expected next month.\n"
)

PLAIN = (
    "Cats purr when they are content and relaxed. "
    "Dogs bark loudly at strangers near the house at night. "
    "Birds sing early in the morning before sunrise. "
    "Fish swim silently in the cold and deep lake water. "
    "Horses run fast across the open green fields. "
    "Cows graze slowly on the grass in the valley."
)

UNICODE_TEXTS = {
    "emoji-zwj": "The family 👨‍👩‍👧‍👦 went home early. We ate 🍕 and 🍦! Then all slept.",
    "flags": "Flags 🇺🇸 and 🇯🇵 waved at the summit. Leaders 🇫🇷🇩🇪 shook hands. 🏳️‍🌈 Parade later.",
    "skin-tones": "She waved 👋🏽 at us. We waved 👋🏿 back at her. Then we all left.",
    "cjk": "東京は今日も晴れです。大阪は雨が降りました。明日の天気はどうなるでしょうか？",
    "cjk-mixed": "Tokyo 東京 is big. 北京 Beijing is bigger! Seoul 서울 is lovely.",
    "combining": "Cafe\u0301 au lait is good. Nai\u0308ve people smile a lot. Zalgo t̷̢̛e̵x̴t̸ here.",
    "rtl-arabic": "مرحبا بالعالم الكبير. هذه جملة ثانية هنا. وداعا يا أصدقائي!",
    "rtl-hebrew": "שלום עולם גדול. זה משפט שני כאן. להתראות חברים!",
    "bidi-marks": "Left \u202bright\u202c text here. Second \u200fline\u200e now. Third one.",
    "astral": "Math 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 𝟙𝟚𝟛 digits. Old 𓀀 glyphs too. Gothic 𐌰𐌱 end.",
    "control": "\x00Control\x01 chars\x07 here. More \x1f text\x7f follows. The end\x0c.",
    "separators": "Line one.\u2028Line two.\u2029Para three.\x85Next.\r\nCRLF.\r\n\r\nNew one.",
    "fullwidth": "ＡＢＣ ｄｅｆ．Ｈｅｌｌｏ！Ｗｏｒｌｄ？ Normal text.",
}


def candidates(text: str, language: str = "en") -> int:
    return len(salience.summarize(text, sentences=1, language=language).ranking)


# -- budgets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 100, 10**18])
@pytest.mark.parametrize("text", [NEWS, PLAIN], ids=["news", "plain"])
def test_sentence_budget_gives_min_of_budget_and_candidates(
    text: str, count: int, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text, sentences=count)
    summary_check(text, summary)
    assert len(summary) == min(count, len(summary.ranking))
    assert summary.budget == salience.Budget("sentences", min(count, 10**15))


def test_default_budget_is_three_sentences(
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    summary = salience.summarize(NEWS)
    summary_check(NEWS, summary)
    assert len(summary) == 3
    assert summary.budget == salience.Budget("sentences", 3)
    assert str(summary.budget) == "sentences=3"


@pytest.mark.parametrize("ratio", [1e-9, 0.01, 0.1, 0.25, 1 / 3, 0.5, 0.75, 0.99, 1.0])
@pytest.mark.parametrize("text", [NEWS, PLAIN], ids=["news", "plain"])
def test_ratio_budget_is_a_share_of_the_candidates(
    text: str,
    ratio: float,
    summary_check: Callable[[str, salience.Summary], None],
    ratio_count: Callable[[float, int], int],
) -> None:
    summary = salience.summarize(text, ratio=ratio)
    summary_check(text, summary)
    assert len(summary) == ratio_count(ratio, len(summary.ranking))
    assert 1 <= len(summary) <= len(summary.ranking)
    assert summary.budget.kind == "ratio"
    assert summary.budget.value == pytest.approx(ratio)


def test_ratio_one_takes_every_candidate() -> None:
    summary = salience.summarize(PLAIN, ratio=1.0)
    assert len(summary) == len(summary.ranking) == 6
    assert [sentence.index for sentence in summary] == list(range(6))


@pytest.mark.parametrize("limit", [1, 3, 8, 9, 10, 20, 35, 60, 1000])
@pytest.mark.parametrize("text", [NEWS, PLAIN], ids=["news", "plain"])
def test_word_budget_bounds_the_sum_of_words(
    text: str, limit: int, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text, words=limit)
    summary_check(text, summary)
    assert sum(sentence.words for sentence in summary) <= limit
    assert summary.budget == salience.Budget("words", limit)


@pytest.mark.parametrize("limit", [1, 10, 44, 45, 46, 100, 250, 10_000])
@pytest.mark.parametrize("text", [NEWS, PLAIN], ids=["news", "plain"])
def test_char_budget_bounds_the_summary_text(
    text: str, limit: int, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text, chars=limit)
    summary_check(text, summary)
    assert len(summary.text) <= limit
    assert summary.budget == salience.Budget("chars", limit)


def test_word_budget_fills_with_shorter_sentences_further_down() -> None:
    text = (
        "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu. "
        "Short one here. "
        "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi."
    )
    summary = salience.summarize(text, words=5)
    assert [sentence.text for sentence in summary] == ["Short one here."]


def test_large_word_and_char_budgets_take_everything() -> None:
    by_words = salience.summarize(PLAIN, words=10**9)
    by_chars = salience.summarize(PLAIN, chars=10**9)
    assert len(by_words) == len(by_chars) == len(by_words.ranking) == 6
    assert by_chars.text == by_words.text


def test_budget_too_small_for_any_sentence_gives_empty_summary() -> None:
    summary = salience.summarize(PLAIN, chars=5)
    assert len(summary) == 0
    assert summary.text == ""
    assert len(summary.ranking) == 6


# -- order, ranking, offsets ------------------------------------------------------------------


@pytest.mark.parametrize("text", [NEWS, PLAIN], ids=["news", "plain"])
def test_sentences_are_in_document_order_and_ranking_best_first(text: str) -> None:
    summary = salience.summarize(text, sentences=4)
    indices = [sentence.index for sentence in summary.sentences]
    assert indices == sorted(indices)
    assert len(set(indices)) == len(indices)
    starts = [sentence.start for sentence in summary.sentences]
    assert starts == sorted(starts)
    assert [sentence.rank for sentence in summary.ranking] == list(
        range(1, len(summary.ranking) + 1)
    )
    scores = [sentence.score for sentence in summary.ranking]
    assert scores == sorted(scores, reverse=True)
    assert set(summary.sentences) <= set(summary.ranking)


@pytest.mark.parametrize("text", [NEWS, PLAIN, *UNICODE_TEXTS.values()])
def test_chosen_sentences_text_and_title_agree_with_the_ranking_and_spans(
    text: str, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text, sentences=3)
    summary_check(text, summary)  # among the rest, how summary.text joins the sentences
    ranked = {sentence.index: sentence for sentence in summary.ranking}
    for sentence in summary.sentences:
        assert sentence == ranked[sentence.index]
        assert hash(sentence.features) == hash(ranked[sentence.index].features)
        assert text[sentence.start : sentence.end] == sentence.text
    titles = [span.text for span in summary.spans if span.kind == "title"]
    assert summary.title == (titles[0] if titles else None)


def test_chosen_sentences_are_the_best_ranked_when_none_is_redundant() -> None:
    summary = salience.summarize(PLAIN, sentences=3)
    assert sorted(sentence.rank for sentence in summary) == [1, 2, 3]


@pytest.mark.parametrize("text", list(UNICODE_TEXTS.values()), ids=list(UNICODE_TEXTS))
def test_offsets_slice_back_in_code_points(
    text: str, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text, ratio=1.0)
    summary_check(text, summary)
    assert summary.spans, "every sample has at least one span"
    items: tuple[salience.Span | salience.Sentence, ...] = (
        *summary.spans,
        *summary.ranking,
        *summary.sentences,
    )
    for item in items:
        assert text[item.start : item.end] == item.text
    for span in salience.split_sentences(text):
        assert text[span.start : span.end] == span.text


def test_offsets_after_astral_characters_count_code_points() -> None:
    text = "👨‍👩‍👧‍👦🇺🇸 Emoji first. Then 𝔘 text. Then 東京 text."
    spans = salience.split_sentences(text)
    last = spans[-1]
    assert last.text == "Then 東京 text."
    assert last.end == len(text)
    assert last.start == len(text) - len("Then 東京 text.")


def test_summary_spans_match_split_sentences() -> None:
    for text in (NEWS, PLAIN, *UNICODE_TEXTS.values()):
        assert salience.summarize(text).spans == salience.split_sentences(text)


# -- determinism -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [NEWS, PLAIN, *UNICODE_TEXTS.values()])
def test_summaries_are_deterministic(text: str) -> None:
    first = salience.summarize(text, sentences=2)
    again = salience.summarize(text, sentences=2)
    other = salience.Summarizer().summarize(text, sentences=2)
    another = salience.Summarizer().summarize(text, sentences=2)
    assert first == again == other == another
    assert [s.score for s in first.ranking] == [s.score for s in another.ranking]
    assert first.text == another.text


# -- the result objects ------------------------------------------------------------------------


def test_summary_len_iter_str_repr() -> None:
    summary = salience.summarize(NEWS, sentences=2)
    assert len(summary) == 2
    assert list(summary) == list(summary.sentences)
    assert all(isinstance(sentence, salience.Sentence) for sentence in summary)
    assert str(summary) == summary.text == " ".join(s.text for s in summary.sentences)
    text = repr(summary)
    assert text.startswith("Summary(")
    assert f"2 of {len(summary.ranking)} sentences" in text
    assert "sentences=2" in text
    assert "City Council Approves Library Budget" in text
    assert summary.language == "en"


@pytest.mark.parametrize(
    ("text", "language", "joined"),
    [
        # Chinese and Japanese write sentences one after another, with nothing between.
        ("数据很重要。数据需要清洗。", "zh", "数据很重要。数据需要清洗。"),
        ("今日は晴れです。明日は雨です。", "ja", "今日は晴れです。明日は雨です。"),
        # Korean puts spaces between sentences, as do Latin scripts.
        ("오늘은 맑습니다. 내일은 비가 옵니다.", "ko", "오늘은 맑습니다. 내일은 비가 옵니다."),
        # Decided by the characters at each join, not by the language.
        ("我们用Python。Python很快。", "zh", "我们用Python。 Python很快。"),
        ("数据很重要。 Data matters. 模型需要。", "zh", "数据很重要。 Data matters. 模型需要。"),
    ],
)
def test_summary_text_joins_sentences_as_the_script_does(
    text: str, language: str, joined: str
) -> None:
    summary = salience.summarize(text, language=language, ratio=1.0)
    assert len(summary) == len(summary.ranking) > 1
    assert summary.text == str(summary) == joined


def test_summary_repr_shortens_long_text() -> None:
    summary = salience.summarize(PLAIN, ratio=1.0)
    assert len(repr(summary)) < 200
    assert "…" in repr(summary)


def test_sentence_and_span_reprs_are_readable() -> None:
    summary = salience.summarize(PLAIN, sentences=1)
    (sentence,) = summary.sentences
    text = repr(sentence)
    assert text.startswith("Sentence(rank=1, index=")
    assert "score=" in text and "text=" in text
    assert "Span(" in repr(summary.spans[0])
    assert repr(sentence.features).startswith("Features(tfidf=")


def test_features_name_each_contribution_and_sum_to_the_score() -> None:
    summary = salience.summarize(NEWS, ratio=1.0)
    names = salience.FEATURE_NAMES
    assert isinstance(names, tuple) and len(set(names)) == len(names)
    assert {"tfidf", "position", "title", "length"} <= set(names)
    for sentence in summary.ranking:
        features = sentence.features
        assert tuple(features) == salience.FEATURE_NAMES
        assert set(features.keys()) == set(salience.FEATURE_NAMES)
        assert len(features) == len(salience.FEATURE_NAMES)
        assert math.fsum(features.values()) == pytest.approx(sentence.score, abs=1e-12)
        assert dict(features) == {name: features[name] for name in salience.FEATURE_NAMES}
        with pytest.raises(KeyError):
            features["nope"]


def test_result_objects_are_immutable() -> None:
    summary = salience.summarize(NEWS)
    sentence = summary.sentences[0]
    with pytest.raises(AttributeError):
        summary.title = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        sentence.score = 0.0  # type: ignore[misc]
    with pytest.raises(AttributeError):
        summary.spans[0].start = 1  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del summary.budget
    with pytest.raises(TypeError):
        sentence.features["tfidf"] = 0.0  # type: ignore[index]
    assert isinstance(summary.sentences, tuple) and isinstance(summary.ranking, tuple)


def test_summary_keeps_its_source_and_compares_by_value() -> None:
    summary = salience.summarize(NEWS, sentences=2)
    assert summary.source == NEWS
    same = salience.summarize(NEWS, sentences=2)
    assert summary == same and hash(summary) == hash(same)
    assert summary != salience.summarize(NEWS, sentences=3)
    assert summary != salience.summarize(NEWS, words=40)
    assert summary != salience.summarize(NEWS + " ", sentences=2)


@pytest.mark.parametrize("text", [NEWS, "", *UNICODE_TEXTS.values()])
def test_summary_pickles(text: str) -> None:
    summary = salience.summarize(text, ratio=0.5)
    restored = pickle.loads(pickle.dumps(summary))
    assert restored == summary
    assert restored.sentences == summary.sentences
    assert restored.ranking == summary.ranking
    assert restored.spans == summary.spans
    assert restored.title == summary.title
    assert restored.budget == summary.budget
    assert restored.text == summary.text


@pytest.mark.parametrize(
    "text", ["", " ", "\n", "\n\n\n", "\t \r\n ", "\u3000\u2029\xa0\u2003"], ids=repr
)
@pytest.mark.parametrize(
    "budget",
    [{}, {"sentences": 5}, {"ratio": 0.5}, {"words": 10}, {"chars": 100}],
    ids=lambda budget: ",".join(f"{key}={value}" for key, value in budget.items()) or "default",
)
def test_empty_and_blank_text_give_an_empty_summary(
    text: str, budget: dict[str, Any], summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text, **budget)
    summary_check(text, summary)
    assert len(summary) == 0
    assert summary.text == ""
    assert str(summary) == ""
    assert summary.title is None
    assert summary.sentences == summary.ranking == () and summary.spans == ()
    assert list(summary) == []
    assert salience.split_sentences(text) == ()


# -- what the features mean --------------------------------------------------------------------


PositionCurve = Literal["exponential", "inverse", "linear", "none"]

DOCUMENTED_FEATURES = ("tfidf", "position", "title", "length")


def by_document_order(summary: salience.Summary) -> list[salience.Sentence]:
    return sorted(summary.ranking, key=lambda sentence: sentence.index)


@pytest.mark.parametrize("decay", [0.5, 1.0, 3.0, 10.0])
@pytest.mark.parametrize(
    ("curve", "prior"),
    [
        ("exponential", lambda i, n, decay: math.exp(-i / decay)),
        ("inverse", lambda i, n, decay: 1 / (1 + i / decay)),
        ("linear", lambda i, n, decay: 1 - i / n),
        ("none", lambda i, n, decay: 0.0),
    ],
    ids=["exponential", "inverse", "linear", "none"],
)
def test_position_curves(
    curve: PositionCurve, prior: Callable[[int, int, float], float], decay: float
) -> None:
    weight = 0.7
    summarizer = salience.Summarizer(
        position_curve=curve, position_decay=decay, position_weight=weight, min_words=0
    )
    ordered = by_document_order(summarizer.summarize(PLAIN, ratio=1.0))
    assert len(ordered) == 6
    for i, sentence in enumerate(ordered):
        expected = weight * prior(i, len(ordered), decay)
        assert sentence.features["position"] == pytest.approx(expected, abs=1e-9), (curve, i)


def test_length_feature_penalizes_the_missing_share_of_min_words() -> None:
    text = "Rain. Heavy rain fell. Heavy rain fell on the whole city again today."
    summarizer = salience.Summarizer(min_words=6, length_weight=0.5)
    for sentence in summarizer.summarize(text, ratio=1.0).ranking:
        missing = max(0, 6 - sentence.words) / 6
        assert sentence.features["length"] == pytest.approx(-0.5 * missing, abs=1e-9)
    lax = salience.Summarizer(min_words=0).summarize(text, ratio=1.0)
    assert all(sentence.features["length"] == 0 for sentence in lax.ranking)


def test_title_feature_is_zero_without_a_title_and_bounded_with_one() -> None:
    untitled = salience.summarize(PLAIN, ratio=1.0)
    assert untitled.title is None
    assert all(sentence.features["title"] == 0 for sentence in untitled.ranking)
    titled = salience.Summarizer(title_weight=0.4).summarize(NEWS, ratio=1.0)
    assert titled.title == "City Council Approves Library Budget"
    values = [sentence.features["title"] for sentence in titled.ranking]
    assert all(0 <= value <= 0.4 + 1e-12 for value in values)
    assert max(values) > 0, "sentences that repeat the headline's words score on it"


@pytest.mark.parametrize("feature", ["tfidf", "position", "title", "length"])
def test_zero_weight_switches_a_feature_off(feature: str) -> None:
    options: dict[str, Any] = {f"{feature}_weight": 0.0}
    summarizer = salience.Summarizer(**options)
    for sentence in summarizer.summarize(NEWS, ratio=1.0).ranking:
        assert sentence.features[feature] == 0


def test_weights_scale_the_contributions() -> None:
    plain = salience.Summarizer(
        tfidf_weight=1.0, position_weight=1.0, title_weight=0.2, length_weight=0.5
    ).summarize(NEWS, ratio=1.0)
    doubled = salience.Summarizer(
        tfidf_weight=2.0, position_weight=2.0, title_weight=0.4, length_weight=1.0
    ).summarize(NEWS, ratio=1.0)
    single = {sentence.index: sentence for sentence in plain.ranking}
    for sentence in doubled.ranking:
        for name in DOCUMENTED_FEATURES:
            assert sentence.features[name] == pytest.approx(
                2 * single[sentence.index].features[name], abs=1e-12
            )


@pytest.mark.parametrize(
    "options",
    [{}, {"tfidf_weight": 0.3, "position_weight": 2.0, "title_weight": 1.5, "length_weight": 4.0}],
    ids=["defaults", "custom"],
)
def test_contributions_stay_within_their_weights(options: dict[str, Any]) -> None:
    summarizer = salience.Summarizer(**options)
    for text in (NEWS, PLAIN, *UNICODE_TEXTS.values()):
        summary = summarizer.summarize(text)
        # The options left None are the genre's the text was read as.
        weights = {**salience.genre_options(summary.genre), **options}
        for sentence in summary.ranking:
            features = sentence.features
            assert -1e-12 <= features["tfidf"] <= weights["tfidf_weight"] + 1e-12
            assert -1e-12 <= features["position"] <= weights["position_weight"] + 1e-12
            assert -1e-12 <= features["title"] <= weights["title_weight"] + 1e-12
            assert -weights["length_weight"] - 1e-12 <= features["length"] <= 1e-12


def test_redundant_sentence_is_skipped_then_used_to_fill() -> None:
    text = (
        "The cat sat on the warm mat in the kitchen. "
        "The cat sat on the warm mat in the kitchen. "
        "Stock markets fell sharply in early trading on Monday."
    )
    two = salience.summarize(text, sentences=2)
    assert [sentence.index for sentence in two] == [0, 2]
    three = salience.summarize(text, sentences=3)
    assert [sentence.index for sentence in three] == [0, 1, 2]


def test_language_is_recorded_and_used() -> None:
    text = "Der Hund bellt laut in der Nacht. Die Katze schläft ruhig auf dem Sofa."
    summary = salience.summarize(text, language="de", sentences=1)
    assert summary.language == "de"
    assert salience.Summarizer(language="de").summarize(text, sentences=1) == summary


BOILERPLATE_NEWS = (
    "By John Smith. PUBLISHED: 10:00 EST, 5 January 2020. "
    "The city council approved a new budget for public libraries on Tuesday. "
    "Click here to read more. "
    "Council members said the libraries had seen record visitor numbers this year. "
    "Scroll down for video. "
    "The mayor said the library plan was worth it, despite strong criticism."
)
BOILERPLATE = {
    "By John Smith.",
    "PUBLISHED: 10:00 EST, 5 January 2020.",
    "Click here to read more.",
    "Scroll down for video.",
}


def test_noise_feature_marks_boilerplate() -> None:
    summarizer = salience.Summarizer(noise_weight=0.75)
    ranking = summarizer.summarize(BOILERPLATE_NEWS, ratio=1.0).ranking
    assert len(ranking) == 7
    for sentence in ranking:
        expected = -0.75 if sentence.text in BOILERPLATE else 0.0
        assert sentence.features["noise"] == pytest.approx(expected), sentence.text
    quiet = salience.Summarizer(noise_weight=0).summarize(BOILERPLATE_NEWS, ratio=1.0)
    assert all(sentence.features["noise"] == 0 for sentence in quiet.ranking)
    chosen = salience.summarize(BOILERPLATE_NEWS, sentences=3)
    assert not BOILERPLATE & {sentence.text for sentence in chosen}


def test_position_prior_counts_only_full_sentences() -> None:
    summarizer = salience.Summarizer(position_weight=1.0, position_decay=3.0, min_words=8)
    ordered = by_document_order(summarizer.summarize(BOILERPLATE_NEWS, ratio=1.0))
    full = [s for s in ordered if s.words >= 8 and s.features["noise"] == 0]
    assert [s.text[:8] for s in full] == ["The city", "Council ", "The mayo"]
    for k, sentence in enumerate(full):
        assert sentence.features["position"] == pytest.approx(math.exp(-k / 3.0))


@pytest.mark.parametrize("value", [-1.0, math.nan, math.inf])
def test_noise_weight_is_validated(value: float) -> None:
    with pytest.raises(ValueError, match="noise_weight"):
        salience.Summarizer(noise_weight=value)

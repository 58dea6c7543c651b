"""Languages: language="auto" and detect_language on a real paragraph of every bundled
language (tests/data/multilingual), the languages supported, and the errors for others.
test_multilingual.py checks the same paragraphs with their language given."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
import salience

DATA = Path(__file__).resolve().parents[1] / "data" / "multilingual"
SAMPLES = sorted(DATA.glob("*.txt"))
IDS = [path.stem for path in SAMPLES]
EXPECTED: dict[str, list[str]] = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def test_at_least_30_languages_have_a_paragraph_and_its_sentences() -> None:
    covered = {path.stem for path in SAMPLES} & set(EXPECTED) & set(salience.supported_languages())
    assert len(covered) >= 30, sorted(covered)


@pytest.mark.parametrize("path", SAMPLES, ids=IDS)
def test_paragraph_is_detected_as_its_language(path: Path) -> None:
    assert salience.detect_language(path.read_text(encoding="utf-8")) == path.stem


@pytest.mark.parametrize("path", SAMPLES, ids=IDS)
def test_auto_reads_the_paragraph_in_its_language(
    path: Path, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    text = path.read_text(encoding="utf-8")
    summary = salience.summarize(text, sentences=2)  # language="auto" is the default
    summary_check(text, summary)
    assert summary.language == path.stem
    assert [span.text for span in summary.spans] == EXPECTED[path.stem]
    for span in summary.spans:
        assert text[span.start : span.end] == span.text
    assert salience.split_sentences(text) == salience.split_sentences(text, language=path.stem)


def test_detection_is_right_on_at_least_98_percent_of_the_paragraphs() -> None:
    right = sum(salience.detect_language(p.read_text(encoding="utf-8")) == p.stem for p in SAMPLES)
    assert right / len(SAMPLES) >= 0.98


def test_summarize_many_with_auto_reads_each_text_in_its_own_language() -> None:
    texts = [
        (DATA / f"{code}.txt").read_text(encoding="utf-8") for code in ("fr", "ja", "ru", "en")
    ]
    summaries = list(salience.Summarizer().summarize_many(texts, sentences=1))
    assert [summary.language for summary in summaries] == ["fr", "ja", "ru", "en"]
    for text, summary in zip(texts, summaries, strict=True):
        assert summary == salience.Summarizer(language=summary.language).summarize(
            text, sentences=1
        )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("", "en"),
        ("12345 !?", "en"),
        ("Hello world", "en"),
        ("ქართული ენა", "en"),  # Georgian: no supported language writes it
        ("Er sagt, dass es regnet und dass wir nicht gehen.", "de"),
        ("Москва является столицей России, и это большой город.", "ru"),
        ("서울시는 밝혔다.", "ko"),
    ],
    ids=["empty", "no-letters", "no-evidence", "unsupported-script", "german", "russian", "korean"],
)
def test_detect_language_gives_a_supported_code(text: str, language: str) -> None:
    assert salience.detect_language(text) == language
    assert salience.detect_language(text) in salience.supported_languages()


def test_detect_language_checks_its_argument() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        salience.detect_language(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lone surrogate"):
        salience.detect_language("a\ud800b")


def test_auto_is_the_default_and_survives_pickling() -> None:
    summarizer = salience.Summarizer()
    assert summarizer.language == "auto"
    assert "auto" not in salience.supported_languages()
    restored = pickle.loads(pickle.dumps(summarizer))
    assert restored == summarizer
    text = (DATA / "es.txt").read_text(encoding="utf-8")
    assert restored.summarize(text).language == "es"


def test_a_given_language_is_not_detected_again() -> None:
    text = (DATA / "de.txt").read_text(encoding="utf-8")
    assert salience.summarize(text, language="en").language == "en"


@pytest.mark.parametrize("code", ["xx", "english", "EN", "en-US", ""])
def test_unknown_language_is_a_value_error_listing_the_codes(code: str) -> None:
    with pytest.raises(ValueError, match="unsupported language") as raised:
        salience.Summarizer(language=code)
    for supported in salience.supported_languages():
        assert supported in str(raised.value)


def test_every_language_with_a_paragraph_summarizes_it_with_terms() -> None:
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        summary = salience.summarize(text, language=path.stem, sentences=1)
        assert summary.sentences, path.stem
        assert summary.sentences[0].features["tfidf"] > 0, path.stem


MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PRODUCTS = [
    "Tesla Model X", "Tesla Model S Plaid", "iPhone 15 Pro Max", "Galaxy S24 Ultra",
    "Windows XP", "Office 365", "Xbox Series X", "PlayStation 5", "Nike Air Max",
    "Coca-Cola Zero", "Google Pixel 8", "Super Mario Bros", "Microsoft Teams",
    "Amazon Prime Video", "Model 3", "Surface Pro", "MacBook Air", "Kindle Paperwhite",
]  # fmt: skip
WORDS = [
    "OK!", "OK", "ok", "Hello", "Thanks!", "Yes", "No", "Welcome", "Goodbye", "Sorry",
    "Done.", "Help", "Menu", "Login", "Cancel", "Submit", "Search", "Settings", "Also",
    "Man", "Hat", "Die", "Was", "Will", "Den", "Me", "Pet", "Top", "Van", "Tam",
]  # fmt: skip
TITLES = [
    "December 2024", "Die Hard", "Los Angeles", "La La Land",
    "Game of Thrones", "Breaking Bad", "Star Wars: A New Hope", "The Lord of the Rings",
    "New York Times", "Mission: Impossible", "Harry Potter", "Les Misérables",
    "Chapter One", "Table of Contents", "Terms and Conditions", "Privacy Policy",
    "Annual Report 2023", "Breaking News", "Top Stories", "Weather Today",
]  # fmt: skip
SHORT_ENGLISH = MONTHS + WEEKDAYS + PRODUCTS + WORDS + TITLES


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_short_english_without_foreign_evidence_is_english(text: str) -> None:
    # The README promises English for Latin text with no function word of another language;
    # one word that another language's stopword list holds ("december" is a Slovenian one,
    # "ok" a Polish one) is not such evidence.
    assert salience.detect_language(text) == "en"
    assert salience.summarize(text).language == "en"
    assert salience.summarize(f"{text}. {text} again.").language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Er sagt, dass es regnet.", "de"),
        ("Nous sommes avec elle.", "fr"),
        ("Ella dijo que no es para mí.", "es"),
        ("Ker je bil tudi on tam.", "sl"),
        ("Tak, to jest już dla nas.", "pl"),
        ("Київ і Львів, їхні вулиці.", "uk"),  # noqa: RUF001 (a Ukrainian letter)
    ],
)
def test_short_text_with_evidence_of_its_own_keeps_its_language(text: str, language: str) -> None:
    assert salience.detect_language(text) == language

"""salience.split_sentences: spans with code-point offsets, titles, datelines, paragraphs."""

# Non-ASCII look-alikes are the point of the samples here.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest
import salience


def texts(text: str, language: str = "en") -> list[str]:
    return [span.text for span in salience.split_sentences(text, language=language)]


def kinds(text: str) -> list[str]:
    return [span.kind for span in salience.split_sentences(text)]


def test_returns_a_tuple_of_spans_with_every_field() -> None:
    text = "Headline Here\n\nFirst sentence of the body. Second sentence!"
    spans = salience.split_sentences(text)
    assert isinstance(spans, tuple)
    assert [
        (span.text, span.start, span.end, span.index, span.kind, span.paragraph) for span in spans
    ] == [
        ("Headline Here", 0, 13, 0, "title", 0),
        ("First sentence of the body.", 15, 42, 1, "sentence", 1),
        ("Second sentence!", 43, 59, 2, "sentence", 1),
    ]
    for span in spans:
        assert isinstance(span, salience.Span)
        assert text[span.start : span.end] == span.text


def test_spans_are_immutable_and_hashable() -> None:
    (span,) = salience.split_sentences("One sentence.")
    with pytest.raises(AttributeError):
        span.text = "other"  # type: ignore[misc]
    assert hash(span) == hash(salience.Span("One sentence.", 0, 13, 0, "sentence", 0))
    assert span == salience.Span("One sentence.", 0, 13, 0)


def test_offsets_slice_back_with_leading_white_space() -> None:
    text = "  \n\t Leading space. \u3000Ideographic space before.\n"
    spans = salience.split_sentences(text)
    assert [span.text for span in spans] == ["Leading space.", "Ideographic space before."]
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t\r\n\u3000\u2028"], ids=repr)
def test_blank_text_has_no_spans(text: str) -> None:
    assert salience.split_sentences(text) == ()


def test_headline_line_is_the_title() -> None:
    text = "REVIEW - Storm Hits The Coast\n\nThe storm hit the coast on Friday. Many left."
    spans = salience.split_sentences(text)
    assert spans[0].kind == "title"
    assert spans[0].text == "REVIEW - Storm Hits The Coast"
    assert spans[0].index == 0
    assert [span.kind for span in spans[1:]] == ["sentence", "sentence"]


def test_headline_followed_by_a_single_line_break_is_a_title() -> None:
    assert kinds("Headline Words Here\nBody text follows here.") == ["title", "sentence"]


def test_first_line_ending_a_sentence_is_not_a_title() -> None:
    assert kinds("First line ends here.\n\nSecond paragraph here.") == ["sentence", "sentence"]
    assert kinds("A question for you?\nAn answer here.") == ["sentence", "sentence"]


@pytest.mark.parametrize("spaces", [" ", "\t \u3000"], ids=repr)
def test_trailing_spaces_do_not_make_a_sentence_line_a_title(spaces: str) -> None:
    text = f"One sentence here. Next one here.{spaces}\n\nAnother paragraph."
    spans = salience.split_sentences(text)
    assert [(span.kind, span.text) for span in spans] == [
        ("sentence", "One sentence here."),
        ("sentence", "Next one here."),
        ("sentence", "Another paragraph."),
    ]
    assert salience.summarize(text).title is None


@pytest.mark.parametrize("ending", ["\n", "\n\n", "\r\n", " \n"], ids=repr)
def test_a_lone_line_is_a_sentence_not_a_title(ending: str) -> None:
    text = f"The cat sat on the mat{ending}"
    spans = salience.split_sentences(text)
    assert [(span.kind, span.text) for span in spans] == [("sentence", "The cat sat on the mat")]
    summary = salience.summarize(text)
    assert summary.title is None
    assert summary.text == "The cat sat on the mat"


def test_a_single_line_without_line_break_is_a_sentence() -> None:
    assert kinds("Just one line without a full stop") == ["sentence"]


def test_only_the_first_line_can_be_a_title() -> None:
    text = "Headline\n\nBody sentence one.\n\nSubheading Later\n\nMore body text here."
    assert [span.kind for span in salience.split_sentences(text)].count("title") == 1


@pytest.mark.parametrize(
    ("text", "dateline", "body"),
    [
        ("WASHINGTON (Reuters) - Body text here.", "WASHINGTON (Reuters) -", ["Body text here."]),
        (
            "LONDON (AP) - The storm hit the coast today. People left.",
            "LONDON (AP) -",
            ["The storm hit the coast today.", "People left."],
        ),
        ("(CNN) The storm hit the coast today.", "(CNN)", ["The storm hit the coast today."]),
    ],
)
def test_dateline_is_its_own_span(text: str, dateline: str, body: list[str]) -> None:
    spans = salience.split_sentences(text)
    assert spans[0].kind == "dateline"
    assert spans[0].text == dateline
    assert [span.text for span in spans[1:]] == body
    assert all(span.kind == "sentence" for span in spans[1:])
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_title_then_dateline_then_body() -> None:
    text = "Big Headline\n\nWASHINGTON (Reuters) - Body text here. More text follows."
    spans = salience.split_sentences(text)
    assert [span.kind for span in spans] == ["title", "dateline", "sentence", "sentence"]
    assert spans[1].text == "WASHINGTON (Reuters) -"
    assert [span.paragraph for span in spans] == [0, 1, 1, 1]


def test_title_and_dateline_are_not_candidates() -> None:
    text = "Big Headline\n\nWASHINGTON (Reuters) - Body text here. More text follows."
    summary = salience.summarize(text, ratio=1.0)
    assert summary.title == "Big Headline"
    assert sorted(sentence.index for sentence in summary.ranking) == [2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith went to Washington. He arrived late.",
            ["Mr. Smith went to Washington.", "He arrived late."],
        ),
        ("Mrs. Brown came home. She waved.", ["Mrs. Brown came home.", "She waved."]),
        ("Dr. Jones saw the patient. She waved.", ["Dr. Jones saw the patient.", "She waved."]),
        ("Prof. Brown taught us. She waved.", ["Prof. Brown taught us.", "She waved."]),
        (
            "He paid $3.50 for it. The price rose 2.5% today.",
            ["He paid $3.50 for it.", "The price rose 2.5% today."],
        ),
        (
            "U.S. officials met on Monday. They agreed.",
            ["U.S. officials met on Monday.", "They agreed."],
        ),
        (
            "Some fruit, e.g. apples, is sweet. Lemons are not.",
            ["Some fruit, e.g. apples, is sweet.", "Lemons are not."],
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_abbreviations_and_numbers_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is it true? Yes! Really.", ["Is it true?", "Yes!", "Really."]),
        ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
        ("东京下雨了。大阪晴天！明天呢？", ["东京下雨了。", "大阪晴天！", "明天呢？"]),
        ("ＡＢＣです。ＤＥＦです！", ["ＡＢＣです。", "ＤＥＦです！"]),
    ],
)
def test_terminal_punctuation_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert texts(text, "zh" if "东" in text else "en") == expected


def test_hard_wrapped_line_break_is_not_a_boundary() -> None:
    text = "This sentence was hard\nwrapped across three\nlines of text. Next one."
    spans = salience.split_sentences(text)
    assert [span.text for span in spans] == [
        "This sentence was hard\nwrapped across three\nlines of text.",
        "Next one.",
    ]
    assert {span.paragraph for span in spans} == {0}


@pytest.mark.parametrize(
    "blank",
    ["\n\n", "\n\n\n\n", "\r\n\r\n", "\n  \t\n", "\u2029", "\n\u2029", "\u2028 \u2028", "\x85\x85"],
    ids=ascii,
)
def test_blank_line_is_a_boundary_and_a_new_paragraph(blank: str) -> None:
    text = f"A sentence without its full stop{blank}the next paragraph starts here."
    spans = salience.split_sentences(text)
    assert [span.text for span in spans] == [
        "A sentence without its full stop",
        "the next paragraph starts here.",
    ]
    assert [span.paragraph for span in spans] == [0, 1]


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\u2028", "\x85"], ids=ascii)
def test_line_and_next_line_separators_are_line_breaks(line_break: str) -> None:
    text = f"Headline Words Here{line_break}Body text was hard{line_break}wrapped here. Next one."
    spans = salience.split_sentences(text)
    assert [(span.kind, span.text, span.paragraph) for span in spans] == [
        ("title", "Headline Words Here", 0),
        ("sentence", f"Body text was hard{line_break}wrapped here.", 1),
        ("sentence", "Next one.", 1),
    ]
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_paragraph_separator_ends_the_headline_and_the_paragraph() -> None:
    text = "Storm hits the coast\u2029The storm hit on Friday. Many left.\u2029They came back"
    spans = salience.split_sentences(text)
    assert [(span.kind, span.text, span.paragraph) for span in spans] == [
        ("title", "Storm hits the coast", 0),
        ("sentence", "The storm hit on Friday.", 1),
        ("sentence", "Many left.", 1),
        ("sentence", "They came back", 2),
    ]
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_paragraphs_are_counted_from_zero() -> None:
    text = "One here. Two here.\n\nThree here.\n\n\n\nFour here. Five here."
    assert [span.paragraph for span in salience.split_sentences(text)] == [0, 0, 1, 2, 2]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The house is big. The garden is small.", 2),
        ("de", "Das Haus ist groß. Der Garten ist klein.", 2),
        ("de", "Das ist der Lehrer. Er kommt morgen.", 2),
        ("de", "Die Gleise standen unter Wasser. Pendler mussten warten.", 2),
        ("fr", "La maison est grande. Le jardin est petit.", 2),
        ("fr", "Il a fini les travaux. La maison est belle.", 2),
        ("es", "La casa es grande. El jardín es pequeño.", 2),
        ("ru", "Это первое предложение. Это второе предложение.", 2),
        ("ja", "東京は晴れです。大阪は雨です。", 2),
    ],
)
def test_plain_sentences_split_in_every_language(language: str, text: str, expected: int) -> None:
    assert len(salience.split_sentences(text, language=language)) == expected


def test_language_defaults_to_english() -> None:
    text = "Mr. Smith went to Washington. He arrived late."
    assert salience.split_sentences(text) == salience.split_sentences(text, language="en")


def test_language_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        salience.split_sentences("Some text.", "en")  # type: ignore[call-arg]

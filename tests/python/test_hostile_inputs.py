"""Hostile input: what salience does with each, as docs/hostile_inputs.md lists it.

Every row of that table has a test here. Whatever the input, salience raises TypeError or
ValueError with a message that says what is allowed, or returns a Summary that keeps its
contract, in time and memory linear in the text; it never crashes, hangs or returns
silently wrong output. The properties at the end draw hostile text and hostile options.
"""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import pytest
import salience
from hypothesis import example, given
from hypothesis import strategies as st

TEXT = "The first sentence is here. The second one follows it. A third closes the text."


def entry_points() -> dict[str, Callable[..., Any]]:
    return {
        "summarize": salience.summarize,
        "Summarizer.summarize": salience.Summarizer().summarize,
        "split_sentences": salience.split_sentences,
    }


# Unicode White_Space, which spans are trimmed of (str.isspace also counts U+001C..U+001F).
WHITE_SPACE = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def best_time(call: Callable[[], object], repeat: int = 3) -> float:
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


# -- the type of the text ----------------------------------------------------------------------


@pytest.mark.parametrize("entry", list(entry_points()))
@pytest.mark.parametrize(
    ("text", "hint"),
    [
        (None, "NoneType"),
        (7, "int"),
        (b"Some text.", "decode it first"),
        (bytearray(b"Some text."), "decode it first"),
        (memoryview(b"Some text."), "decode it first"),
    ],
    ids=["None", "int", "bytes", "bytearray", "memoryview"],
)
def test_text_that_is_not_str_is_a_type_error(entry: str, text: object, hint: str) -> None:
    with pytest.raises(TypeError, match="text must be str") as info:
        entry_points()[entry](text)
    assert hint in str(info.value)


@pytest.mark.parametrize("entry", list(entry_points()))
@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("\ud800", 0),
        ("Fine so far. \udfff", 13),
        ("東京 \ud83d\ude00", 3),  # a pair spelled as two code points is two lone surrogates
        (b"ok \xff\xfe bytes".decode("utf-8", "surrogateescape"), 3),
    ],
    ids=["alone", "after-text", "spelled-pair", "surrogateescape"],
)
def test_lone_surrogate_is_a_value_error_naming_its_offset(
    entry: str, text: str, offset: int
) -> None:
    with pytest.raises(
        ValueError, match=f"lone surrogate U\\+D[89A-F][0-9A-F]{{2}} at offset {offset}:"
    ):
        entry_points()[entry](text)


# -- degenerate text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\n", "\t\r\n\x0b\x0c", "\u3000\u2029\xa0\u2003\u2028\x85\u1680"],
    ids=repr,
)
def test_empty_and_white_space_text_give_an_empty_summary(
    text: str, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    for budget in ({}, {"ratio": 1.0}, {"words": 1}, {"chars": 1}):
        summary = salience.summarize(text, **budget)
        summary_check(text, summary)
        assert summary.spans == () and summary.ranking == () and summary.sentences == ()
        assert summary.text == "" and summary.title is None
    assert salience.split_sentences(text) == ()


@pytest.mark.parametrize(
    ("text", "is_candidate"),
    [
        ("a", True),
        ("7", True),
        ("東", True),
        (".", False),
        ("\x00", False),
        ("\u0301", False),  # a combining mark with nothing to combine with
        ("\u200f", False),  # a right-to-left mark
        ("\U0001f600", False),
        ("\ufeff", False),
    ],
    ids=repr,
)
def test_one_character_is_one_span(
    text: str, is_candidate: bool, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.summarize(text)
    summary_check(text, summary)
    assert [(span.text, span.kind) for span in summary.spans] == [(text, "sentence")]
    # Only a span with a word (letter, number, ideograph) is a candidate to choose.
    assert [sentence.text for sentence in summary.sentences] == ([text] if is_candidate else [])


# -- big text ----------------------------------------------------------------------------------

HUGE_TEXT_MB = int(os.environ.get("SALIENCE_HUGE_TEXT_MB", "100"))

# Runs in a child process so that its peak resident memory can be measured on its own.
HUGE_TEXT_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    import salience

    size = int(sys.argv[1]) * 1_000_000
    article = open(sys.argv[2], encoding="utf-8").read()
    copies = size // len(article.encode("utf-8")) + 1
    text = "\\n\\n".join([article] * copies)[:size]
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    summary = salience.summarize(text, sentences=3)
    summarize_seconds = time.perf_counter() - start
    start = time.perf_counter()
    spans = salience.split_sentences(text)
    split_seconds = time.perf_counter() - start
    last = spans[-1]
    print(json.dumps({
        "characters": len(text),
        "spans": len(spans),
        "same_spans": spans == summary.spans,
        "chosen": len(summary.sentences),
        "candidates": len(summary.ranking),
        "last_slices_back": text[last.start:last.end] == last.text,
        "summarize_seconds": summarize_seconds,
        "split_seconds": split_seconds,
        "text_kib": baseline,
        "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))
    """
)


def test_huge_text_is_summarized_in_linear_time_and_bounded_memory(article_path: Path) -> None:
    """100 MB of prose (SALIENCE_HUGE_TEXT_MB to change): measured once at about 11 s to
    summarize, 4 s to split and 1.5 GB peak resident memory, most of it the Python objects
    of some 640,000 sentences."""
    result = subprocess.run(
        [sys.executable, "-c", HUGE_TEXT_CHILD, str(HUGE_TEXT_MB), str(article_path)],
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    report = json.loads(result.stdout)
    print(report)
    assert report["characters"] >= HUGE_TEXT_MB * 990_000
    assert report["same_spans"] and report["last_slices_back"]
    assert report["chosen"] == 3
    assert report["spans"] >= report["candidates"] > HUGE_TEXT_MB * 5_000
    assert report["summarize_seconds"] < 3 * HUGE_TEXT_MB
    # Below 40 bytes of peak memory per character of text, all of Python's objects included.
    assert report["peak_kib"] * 1024 < 40 * HUGE_TEXT_MB * 1_000_000


def test_text_of_2_gib_is_refused_before_any_work() -> None:
    text = "a" * 2**31  # ASCII: Python's str is its own UTF-8, no copy is made
    for entry in (salience.summarize, salience.split_sentences):
        with pytest.raises(
            ValueError, match="text is 2147483648 bytes of UTF-8; the limit is 2 GiB"
        ):
            entry(text)


LONG_SENTENCES: dict[str, Callable[[int], str]] = {
    "words": lambda size: ("lorem ipsum dolor " * (size // 18 + 1))[:size],
    "one-token": lambda size: "a" * size,
    "cjk": lambda size: "東京大阪京都" * (size // 18),
    "capitals": lambda size: "WASHINGTON " * (size // 11),
    "parentheses": lambda size: "(" * size,
    "first-line": lambda size: "word " * (size // 5) + "\nNext line.",
}


@pytest.mark.parametrize("kind", list(LONG_SENTENCES))
def test_one_5mb_sentence_without_punctuation_takes_linear_time(
    kind: str, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    make = LONG_SENTENCES[kind]
    small, large = make(500_000), make(5_000_000)
    summary = salience.summarize(large)
    summary_check(large, summary)
    assert len(summary.spans) <= 2
    small_time = best_time(lambda: salience.summarize(small))
    large_time = best_time(lambda: salience.summarize(large))
    # Ten times the text: linear is ten times the time, quadratic a hundred.
    assert large_time < 10.0
    assert large_time < 40 * small_time + 0.05, (small_time, large_time)


def test_a_million_one_word_sentences(
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    text = "Word. " * 1_000_000
    start = time.perf_counter()
    summary = salience.summarize(text, sentences=3)
    elapsed = time.perf_counter() - start
    assert len(summary.spans) == len(summary.ranking) == 1_000_000
    # Every sentence repeats the first: one is chosen, then the repeats fill the budget.
    assert [sentence.index for sentence in summary.sentences] == [0, 1, 2]
    assert summary.sentences[0].start == 0 and summary.ranking[-1].end == len(text) - 1
    assert elapsed < 120, elapsed
    distinct = " ".join(f"W{i}x." for i in range(1_000_000))
    everything = salience.summarize(distinct, ratio=1.0)
    assert len(everything) == 1_000_000
    assert everything.text == distinct


def test_a_million_blank_lines_between_two_sentences(
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    text = "First sentence here." + " \n" * 1_000_000 + "Second sentence there."
    summary = salience.summarize(text, ratio=1.0)
    summary_check(text, summary)
    assert [span.paragraph for span in summary.spans] == [0, 1]
    assert summary.text == "First sentence here. Second sentence there."


@pytest.mark.parametrize("blank", [" ", "\t", "\xa0", "\u3000", " \t "], ids=repr)
def test_first_sentence_before_white_space_and_a_blank_line_is_no_title(
    blank: str, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    text = f"It was late.{blank}\n\nThe minister came to the meeting."
    summary = salience.summarize(text, ratio=1.0)
    summary_check(text, summary)
    assert summary.title is None
    assert [sentence.text for sentence in summary] == [
        "It was late.",
        "The minister came to the meeting.",
    ]


def test_vocabulary_larger_than_the_per_thread_cache_gives_the_same_summaries() -> None:
    """The core's per-thread term caches are bounded (32 MiB a thread) and freed past that; the
    summaries must not depend on what the caches held before."""
    rng = random.Random(7)
    words = [f"W{n}" for n in range(400_000)]
    rng.shuffle(words)
    huge = ". ".join(" ".join(words[i : i + 8]) for i in range(0, len(words), 8)) + "."
    before = salience.summarize(TEXT, sentences=2)
    first = salience.summarize(huge, ratio=0.01)
    after = salience.summarize(TEXT, sentences=2)
    again = salience.summarize(huge, ratio=0.01)
    assert before == after
    assert first == again
    assert len(first.ranking) == 50_000


# -- binary garbage ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_binary_garbage_decoded_as_latin1_is_summarized(
    seed: int, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    data = random.Random(seed).randbytes(50_000) + bytes(range(256)) * 4
    text = data.decode("latin-1")  # every byte a code point, U+0000..U+00FF
    for budget in ({}, {"ratio": 0.5}, {"words": 50}, {"chars": 500}):
        summary = salience.summarize(text, **budget)
        summary_check(text, summary)
    assert salience.split_sentences(text) == summary.spans


def test_binary_garbage_decoded_with_replacement_characters(
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    data = random.Random(11).randbytes(100_000)
    text = data.decode("utf-8", "replace")
    summary = salience.summarize(text, ratio=0.3)
    summary_check(text, summary)


# -- hostile options ---------------------------------------------------------------------------

PositionCurve = Literal["exponential", "inverse", "linear", "none"]

WEIGHTS = (
    "tfidf_weight",
    "position_weight",
    "title_weight",
    "length_weight",
    "query_weight",
    "query_position_weight",
    "coherence_weight",
)


@pytest.mark.parametrize("name", WEIGHTS)
@pytest.mark.parametrize(
    ("value", "error"),
    [
        (-1.0, ValueError),
        (-1e-300, ValueError),
        (math.nan, ValueError),
        (math.inf, ValueError),
        (-math.inf, ValueError),
        ("1", TypeError),
        (True, TypeError),
    ],
    ids=repr,
)
def test_hostile_weights_are_refused(name: str, value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match=name):
        salience.Summarizer(**{name: value})


@pytest.mark.parametrize("name", WEIGHTS)
@pytest.mark.parametrize("value", [0, 0.0, -0.0, 5e-324, 1e9], ids=repr)
def test_edge_weights_are_accepted(
    name: str, value: Any, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.Summarizer(**{name: value}).summarize(TEXT)
    summary_check(TEXT, summary)


def test_weights_near_the_largest_double_give_infinite_scores_not_nan() -> None:
    """Accepted (finite and >= 0), but contributions of 1e308 add up past the largest
    double: scores are +inf, never NaN, and the ranking stays a total order."""
    huge = sys.float_info.max
    summarizer = salience.Summarizer(tfidf_weight=huge, position_weight=huge, title_weight=huge)
    summary = summarizer.summarize(TEXT, sentences=2)
    assert len(summary) == 2
    assert all(not math.isnan(sentence.score) for sentence in summary.ranking)
    assert [sentence.rank for sentence in summary.ranking] == [1, 2, 3]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"position_decay": 0.0}, ValueError, "position_decay must be a finite number > 0"),
        ({"position_decay": -3.0}, ValueError, "position_decay must be a finite number > 0"),
        ({"position_decay": math.nan}, ValueError, "position_decay must be a finite number > 0"),
        ({"position_decay": math.inf}, ValueError, "position_decay must be a finite number > 0"),
        ({"redundancy_threshold": -0.1}, ValueError, r"redundancy_threshold must be .* \[0, 1\]"),
        (
            {"redundancy_threshold": math.nan},
            ValueError,
            r"redundancy_threshold must be .* \[0, 1\]",
        ),
        (
            {"redundancy_threshold": math.inf},
            ValueError,
            r"redundancy_threshold must be .* \[0, 1\]",
        ),
        ({"min_words": -1}, ValueError, "min_words must be >= 0"),
        ({"min_words": 2.0}, TypeError, "min_words must be an int"),
        ({"min_words": math.nan}, TypeError, "min_words must be an int"),
        ({"position_curve": "cubic"}, ValueError, "position_curve must be one of"),
        ({"position_curve": 1}, TypeError, "position_curve must be a str"),
        (
            {"language": "xx"},
            ValueError,
            "unsupported language 'xx': use an ISO 639-1 code, one of ar",
        ),
        ({"language": ""}, ValueError, "unsupported language ''"),
        ({"language": "en\x00"}, ValueError, "unsupported language"),
        ({"language": None}, TypeError, "language must be a str"),
        ({"genre": "poem"}, ValueError, "genre must be one of 'auto', 'general', 'news'"),
        ({"genre": None}, TypeError, "genre must be a str"),
        ({"language": b"en"}, TypeError, "language must be a str"),
    ],
    ids=repr,
)
def test_hostile_options_are_refused_with_what_is_allowed(
    options: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        salience.Summarizer(**options)


@pytest.mark.parametrize("value", [5e-324, 1e-300, 1.0, 1e300], ids=repr)
@pytest.mark.parametrize("curve", ["exponential", "inverse", "linear", "none"])
def test_edge_position_decays_are_accepted(
    value: float, curve: PositionCurve, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summarizer = salience.Summarizer(position_decay=value, position_curve=curve)
    summary = summarizer.summarize(TEXT, ratio=1.0)
    summary_check(TEXT, summary)
    assert all(0 <= s.features["position"] <= 0.4 for s in summary.ranking)


@pytest.mark.parametrize("value", [0, 1, 10**6, 2**64 - 1], ids=repr)
def test_edge_min_words_are_accepted(
    value: int, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    summary = salience.Summarizer(min_words=value).summarize(TEXT, ratio=1.0)
    summary_check(TEXT, summary)
    assert all(-0.5 <= s.features["length"] <= 0 for s in summary.ranking)


def test_min_words_beyond_64_bits_says_what_is_allowed() -> None:
    with pytest.raises(ValueError, match="min_words"):
        salience.Summarizer(min_words=2**64)


def test_min_words_beyond_64_bits_is_refused_with_a_documented_error() -> None:
    with pytest.raises((TypeError, ValueError)):
        salience.Summarizer(min_words=2**70)


def test_language_with_a_lone_surrogate_is_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        salience.Summarizer(language="\ud800")


@pytest.mark.parametrize("entry", ["Summarizer", "split_sentences"])
def test_language_with_a_lone_surrogate_is_refused_with_a_documented_error(entry: str) -> None:
    with pytest.raises((TypeError, ValueError)):
        if entry == "Summarizer":
            salience.Summarizer(language="\ud800")
        else:
            salience.split_sentences(TEXT, language="\ud800")


# -- the command line --------------------------------------------------------------------------


def run_cli(*arguments: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "salience", *arguments],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    error = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, error)
    assert "Traceback" not in error
    lines = error.splitlines()
    assert len(lines) == 1, error
    assert lines[0].startswith("salience: error: ")
    return lines[0]


def test_cli_missing_file(tmp_path: Path) -> None:
    line = one_error_line(run_cli(str(tmp_path / "nowhere.txt")))
    assert "cannot read" in line and "No such file or directory" in line


def test_cli_directory(tmp_path: Path) -> None:
    line = one_error_line(run_cli(str(tmp_path)))
    assert "cannot read" in line and "Is a directory" in line


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root reads a chmod 000 file anyway; test_cli_file_whose_read_fails covers a "
    "file that cannot be read for root too",
)
def test_cli_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Some text.", encoding="utf-8")
    path.chmod(0)
    try:
        line = one_error_line(run_cli(str(path)))
    finally:
        path.chmod(0o600)
    assert "cannot read" in line and "Permission denied" in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's /proc")
def test_cli_file_whose_read_fails() -> None:
    """/proc/self/mem opens, but reading it at offset 0 fails with EIO, even for root."""
    line = one_error_line(run_cli("/proc/self/mem"))
    assert "cannot read /proc/self/mem" in line and "Input/output error" in line


def test_cli_path_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file.txt"
    path.write_text("Some text.", encoding="utf-8")
    line = one_error_line(run_cli(str(path / "child.txt")))
    assert "Not a directory" in line


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\x00\x00",
        b"Caf\xe9.",
        b"\xed\xa0\x80",
        b"\xc0\xaf",
        b"\xf4\x90\x80\x80",
        b"ok\xe2\x82",
    ],
    ids=["bom32", "latin1", "surrogate", "overlong", "above-max", "truncated"],
)
def test_cli_invalid_utf8(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    line = one_error_line(run_cli(str(path)))
    assert "is not valid UTF-8 (byte" in line and str(path) in line


def test_cli_stops_at_the_first_bad_file_after_printing_the_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("One short sentence.", encoding="utf-8")
    result = run_cli(str(good), str(tmp_path / "missing.txt"), str(good))
    assert result.stdout.decode("utf-8").splitlines() == [f"==> {good} <==", "One short sentence."]
    one_error_line(result)


def test_cli_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # surrogateescape: a name no UTF-8 text can spell
    line = one_error_line(run_cli(str(tmp_path / name)))
    assert "No such file or directory" in line


def test_cli_binary_garbage_that_happens_to_be_utf8(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(random.Random(3).randbytes(50_000).decode("latin-1").encode("utf-8"))
    result = run_cli("--format", "json", str(path))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["sentences"]) <= 3


# -- properties over hostile text and options --------------------------------------------------

# Pieces of text that break naive code: control characters and NUL, bidirectional marks and
# overrides, combining sequences, emoji ZWJ sequences and flags, CJK, scripts mixed within a
# word, noncharacters, the largest code point, and white space outside ASCII.
HOSTILE_PIECES = [
    "\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\u200b", "\u200c", "\u200d", "\ufeff",
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069",
    "e\u0301", "a\u0300\u0301\u0302\u0303\u0304\u0305", "\u0301", "\u20dd", "Z\u0336a\u0337",
    "👨\u200d👩\u200d👧\u200d👦", "🏳️\u200d🌈", "👋🏽", "🇺🇸🇯🇵", "\U0001f1e6", "1\ufe0f\u20e3",
    "東京", "日本語の文", "。", "\uff01", "\uff1f", "한국어", "ภาษาไทย", "ມີ", "ဗမာ", "ខ្មែរ",
    "مرحبا", "שָׁלוֹם", "Привет", "Ελλάδα", "हिन्दी", "।", "abc東京def", "Ωmega", "İı", "ß", "ﬁ",
    "\ufdd0", "\uffff", "\U0010ffff", "\ufffd", "\U0001d518\U0001d52b\U0001d526", "\u2028",
    "\u2029", "\u3000", "\xa0",
    ". ", "! ", "? ", "\n", "\n\n", "\r\n", "\t", " ", "Mr. ", "U.S. ", "(CNN) ", "WASHINGTON - ",
    '"', "\u201c", "\u201d", ")", "(", "...", "word ", "Word ", "42 ",
]  # fmt: skip

hostile_text = st.lists(
    st.one_of(
        st.sampled_from(HOSTILE_PIECES),
        # very long repeats of one piece
        st.builds(
            lambda piece, times: piece * times,
            st.sampled_from(HOSTILE_PIECES),
            st.integers(50, 3000),
        ),
        st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=20),
    ),
    max_size=40,
).map("".join)

hostile_floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, -1.0, 5e-324, 1.0, 2.0, 1e300]),
)

hostile_options = st.fixed_dictionaries(
    {},
    optional={
        "language": st.sampled_from(["en", "de", "ja", "zh", "ar", "he", "th", "ru", "xx", ""]),
        "tfidf_weight": hostile_floats,
        "position_weight": hostile_floats,
        "position_curve": st.sampled_from(["exponential", "inverse", "linear", "none", "bogus"]),
        "position_decay": hostile_floats,
        "title_weight": hostile_floats,
        "length_weight": hostile_floats,
        "min_words": st.integers(-5, 2**64 - 1),
        "redundancy_threshold": hostile_floats,
        "coherence_weight": hostile_floats,
    },
)

hostile_budgets = st.one_of(
    st.just({}),
    st.builds(lambda n: {"sentences": n}, st.integers(-2, 50)),
    st.builds(lambda r: {"ratio": r}, hostile_floats),
    st.builds(lambda n: {"words": n}, st.integers(-2, 300)),
    st.builds(lambda n: {"chars": n}, st.integers(-2, 2000)),
    st.builds(lambda x: {"sentences": x}, hostile_floats),
)


def options_are_valid(options: dict[str, Any]) -> bool:
    """The documented domains of the options (docs/usage.md, Summarizer's docstring)."""
    for name in WEIGHTS:
        value = options.get(name, 0.0)
        if not (math.isfinite(value) and value >= 0):
            return False
    decay = options.get("position_decay", 3.0)
    threshold = options.get("redundancy_threshold", 0.5)
    return (
        options.get("language", "en") in salience.supported_languages()
        and options.get("position_curve", "exponential") != "bogus"
        and math.isfinite(decay)
        and decay > 0
        and 0 <= threshold <= 1
        and options.get("min_words", 0) >= 0
    )


def budget_is_valid(budget: dict[str, Any]) -> bool:
    ((kind, value),) = budget.items() if budget else (("sentences", 3),)
    if kind == "ratio":
        return isinstance(value, (int, float)) and 0 < value <= 1
    return isinstance(value, int) and value >= 1


@given(text=hostile_text, options=hostile_options, budget=hostile_budgets)
@example(text="", options={"tfidf_weight": math.nan}, budget={})
@example(text="\x00" * 3000, options={}, budget={"ratio": 5e-324})
@example(text="e\u0301" * 3000 + ". x.", options={"min_words": 2**64 - 1}, budget={"words": 1})
def test_hostile_text_and_options_raise_only_documented_errors(
    text: str,
    options: dict[str, Any],
    budget: dict[str, Any],
    summary_check: Callable[[str, salience.Summary], None],
) -> None:
    try:
        summarizer = salience.Summarizer(**options)
    except (TypeError, ValueError):
        assert not options_are_valid(options)
        return
    assert options_are_valid(options)
    try:
        summary = summarizer.summarize(text, **budget)
    except ValueError:
        assert not budget_is_valid(budget)
        return
    assert budget_is_valid(budget)
    if max(options.get(name, 0.0) for name in WEIGHTS) <= 1e300:
        summary_check(text, summary)
    spans = salience.split_sentences(text, language=summarizer.language)
    assert summary.spans == spans
    assert set(summary.sentences) <= set(summary.ranking)
    assert {sentence.index for sentence in summary.ranking} <= {span.index for span in spans}
    assert summarizer.summarize(text, **budget) == summary, "same output on every run"


@given(text=hostile_text, language=st.sampled_from(["en", "ja", "ar", "th", "de"]))
def test_hostile_text_loses_nothing_but_white_space_between_spans(
    text: str, language: str, summary_check: Callable[[str, salience.Summary], None]
) -> None:
    spans = salience.split_sentences(text, language=language)
    summary = salience.summarize(text, language=language, ratio=1.0)
    summary_check(text, summary)
    assert summary.spans == spans
    gaps = []
    previous_end = 0
    for span in spans:
        assert text[span.start : span.end] == span.text
        gaps.append(text[previous_end : span.start])
        previous_end = span.end
    gaps.append(text[previous_end:])
    assert all(character in WHITE_SPACE for gap in gaps for character in gap)

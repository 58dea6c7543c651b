"""The contract between the C++ core and the package, written once on the C++ side: the
options' defaults, the row format of results, and the core's limits, as salience._core
exports them, and the package's signature and readers held to them."""

from __future__ import annotations

import inspect
import struct
import typing

import pytest
import salience
from salience import _core, _results
from salience.__main__ import LARGEST_INPUT

TEXT = (
    "Storm Warning For The Coast\n\n"
    "WASHINGTON (Reuters) - A strong storm will reach the coast on Friday night. "
    "Forecasters expect winds of more than 100 kilometres an hour. "
    "Schools in three districts will stay closed on Friday."
)


def test_the_signature_of_summarizer_holds_the_cores_defaults() -> None:
    parameters = inspect.signature(salience.Summarizer).parameters
    assert list(parameters) == list(_core.DEFAULT_OPTIONS)
    for name, parameter in parameters.items():
        default = _core.DEFAULT_OPTIONS[name]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, name
        assert parameter.default == default, name
        assert type(parameter.default) is type(default), name


def test_a_summarizer_made_with_no_option_has_the_cores_defaults() -> None:
    assert salience.Summarizer().options == dict(_core.DEFAULT_OPTIONS)
    assert salience.Summarizer().language == _core.AUTO_LANGUAGE


def test_the_defaults_cannot_be_changed_by_accident() -> None:
    defaults = typing.cast("dict[str, object]", _core.DEFAULT_OPTIONS)
    with pytest.raises(TypeError):
        defaults["min_words"] = 1


def test_the_row_format_is_the_one_the_package_reads() -> None:
    assert typing.get_args(_results.SpanKind) == _core.SPAN_KINDS
    assert ("score", *_core.FEATURE_NAMES) == _core.RANKING_FLOAT_FIELDS
    assert _core.FEATURE_NAMES == salience.FEATURE_NAMES
    core = _core.Summarizer({"language": "en"})
    rows, language = core.summarize(TEXT, "ratio", 1.0)
    assert language == "en"
    assert len(rows) == len(_core.SUMMARY_FIELDS)
    parts = dict(zip(_core.SUMMARY_FIELDS, rows, strict=True))

    def rows_of(name: str) -> bytes:
        part = parts[name]
        assert isinstance(part, bytes), name
        return part

    summary = salience.Summarizer(language="en").summarize(TEXT, ratio=1.0)
    int64, float64 = struct.calcsize("@q"), struct.calcsize("@d")
    assert len(rows_of("spans")) == len(summary.spans) * len(_core.SPAN_FIELDS) * int64
    candidates = len(summary.ranking)
    assert len(rows_of("ranking_ints")) == candidates * len(_core.RANKING_INT_FIELDS) * int64
    assert len(rows_of("ranking_floats")) == candidates * len(_core.RANKING_FLOAT_FIELDS) * float64
    assert len(rows_of("selected")) == len(summary.sentences) * int64
    assert parts["title"] == 0
    # Each field read by its name lands where the package puts it.
    spans = memoryview(rows_of("spans")).cast("q").tolist()
    for span in summary.spans:
        row = spans[span.index * len(_core.SPAN_FIELDS) :][: len(_core.SPAN_FIELDS)]
        fields = dict(zip(_core.SPAN_FIELDS, row, strict=True))
        assert (fields["start"], fields["end"]) == (span.start, span.end)
        assert _core.SPAN_KINDS[fields["kind"]] == span.kind
        assert fields["paragraph"] == span.paragraph
    assert [span.kind for span in summary.spans][:2] == ["title", "dateline"]
    ints = memoryview(rows_of("ranking_ints")).cast("q").tolist()
    floats = memoryview(rows_of("ranking_floats")).cast("d").tolist()
    for position, sentence in enumerate(summary.ranking):
        width = len(_core.RANKING_INT_FIELDS)
        fields = dict(zip(_core.RANKING_INT_FIELDS, ints[position * width :][:width], strict=True))
        assert fields == {
            "index": sentence.index,
            "start": sentence.start,
            "end": sentence.end,
            "words": sentence.words,
            "rank": sentence.rank,
            "document": sentence.document,
            "speaker": -1,  # no transcript
        }
        width = len(_core.RANKING_FLOAT_FIELDS)
        values = dict(
            zip(_core.RANKING_FLOAT_FIELDS, floats[position * width :][:width], strict=True)
        )
        assert values == {"score": sentence.score, **sentence.features}


def test_the_limits_are_the_cores() -> None:
    assert LARGEST_INPUT == _core.TEXT_BYTES_LIMIT == 2**31 - 1
    assert _core.THREADS_PER_CORE == 4
    assert salience.detect_language("12 34.") == _core.FALLBACK_LANGUAGE

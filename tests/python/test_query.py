"""Query-focused summaries: summarize(text, query=...) on every entry point, the fallback when
the text holds none of the query's terms, and bad queries."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import salience

ARTICLE = (Path(__file__).resolve().parents[2] / "examples" / "lavrov_visit.txt").read_text(
    encoding="utf-8"
)
PARAGRAPHS = [p for p in ARTICLE.split("\n\n") if p.strip()]
QUERY = "sanctions"


def chosen(summary: salience.Summary) -> list[str]:
    return [sentence.text for sentence in summary.sentences]


def test_a_query_raises_the_sentences_about_it() -> None:
    plain = salience.summarize(ARTICLE, sentences=2)
    focused = salience.summarize(ARTICLE, sentences=2, query=QUERY)
    assert not any("sanction" in text for text in chosen(plain))
    assert all("sanction" in text for text in chosen(focused))
    assert focused.query == QUERY
    assert focused.query_matched is True
    assert plain.query is None
    assert plain.query_matched is False


@pytest.mark.parametrize("query_position_weight", [0.0, 0.25])
def test_a_matched_query_adds_its_feature_and_reweighs_position_only(
    query_position_weight: float,
) -> None:
    summarizer = salience.Summarizer(query_position_weight=query_position_weight)
    plain = {s.index: s for s in summarizer.summarize(ARTICLE, ratio=1.0).ranking}
    focused = summarizer.summarize(ARTICLE, ratio=1.0, query="arms control treaty")
    assert any(sentence.features["query"] > 0 for sentence in focused.ranking)
    for sentence in focused.ranking:
        before = plain[sentence.index]
        assert before.features["query"] == 0.0
        for name in salience.FEATURE_NAMES:
            if name not in ("query", "position"):
                assert sentence.features[name] == before.features[name], name
        assert sentence.features["position"] == pytest.approx(
            before.features["position"] * query_position_weight / 0.4
        )
        assert 0.0 <= sentence.features["query"] <= 3.0 + 1e-12
        assert sentence.score == pytest.approx(sum(dict(sentence.features).values()))


def test_without_a_query_the_feature_is_zero_and_the_summary_unchanged() -> None:
    summary = salience.summarize(ARTICLE, sentences=3)
    assert summary == salience.summarize(ARTICLE, sentences=3, query=None)
    assert all(sentence.features["query"] == 0.0 for sentence in summary.ranking)


@pytest.mark.parametrize(
    "query",
    [
        "volcano eruption",  # words the text does not hold
        "the of and which",  # stopwords only
        "Vulkanausbruch und Erdbeben",  # another language
        "12345 ???",  # a number the text does not hold, punctuation
    ],
    ids=["other-words", "stopwords", "german", "number-and-punctuation"],
)
def test_a_query_the_text_does_not_hold_falls_back_to_the_plain_summary(query: str) -> None:
    plain = salience.summarize(ARTICLE, sentences=3)
    focused = salience.summarize(ARTICLE, sentences=3, query=query)
    assert focused.query == query
    assert focused.query_matched is False
    assert chosen(focused) == chosen(plain)
    assert [s.score for s in focused.ranking] == [s.score for s in plain.ranking]


def test_a_query_on_the_summarizer_and_module_agree() -> None:
    summarizer = salience.Summarizer()
    assert summarizer.summarize(ARTICLE, words=60, query=QUERY) == salience.summarize(
        ARTICLE, words=60, query=QUERY
    )


def test_query_weight_zero_keeps_the_ranking_but_says_it_matched() -> None:
    summarizer = salience.Summarizer(query_weight=0.0, query_position_weight=0.4)
    focused = summarizer.summarize(ARTICLE, sentences=3, query=QUERY)
    assert focused.query_matched is True
    assert chosen(focused) == chosen(summarizer.summarize(ARTICLE, sentences=3))


def test_a_cjk_query_focuses_a_cjk_text() -> None:
    text = "北京今天下雨\uff0c气温很低。上海的经济增长很快\uff0c出口增加了。广州的天气很热。"
    summary = salience.summarize(text, sentences=1, query="经济增长", language="zh")
    assert summary.query_matched is True
    assert "经济" in summary.text


@pytest.mark.parametrize("query", ["", "   ", "\n\t"], ids=["empty", "spaces", "white-space"])
def test_an_empty_or_blank_query_is_a_value_error(query: str) -> None:
    with pytest.raises(ValueError, match="query=None"):
        salience.summarize(ARTICLE, query=query)


@pytest.mark.parametrize("query", [b"sanctions", 42, ["sanctions"], 1.5])
def test_a_query_that_is_not_a_str_is_a_type_error(query: object) -> None:
    with pytest.raises(TypeError, match="query must be a str"):
        salience.summarize(ARTICLE, query=query)  # type: ignore[arg-type]


def test_a_query_with_a_lone_surrogate_is_a_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match=r"query holds a lone surrogate U\+D800 at offset 4"):
        salience.summarize(ARTICLE, query="arms\ud800")


def test_a_very_long_query_is_read_whole() -> None:
    query = " ".join(["volcano"] * 200_000 + ["sanctions"])
    summary = salience.summarize(ARTICLE, sentences=2, query=query)
    assert summary.query_matched is True
    assert chosen(summary) == chosen(salience.summarize(ARTICLE, sentences=2, query=QUERY))


def test_query_focused_summaries_are_deterministic() -> None:
    first = salience.summarize(ARTICLE, words=80, query="arms control")
    for _ in range(3):
        assert salience.summarize(ARTICLE, words=80, query="arms control") == first


def test_a_summary_with_a_query_pickles_and_compares() -> None:
    summary = salience.summarize(ARTICLE, sentences=2, query=QUERY)
    restored = pickle.loads(pickle.dumps(summary))
    assert restored == summary
    assert restored.query == QUERY and restored.query_matched is True
    assert chosen(restored) == chosen(summary)
    # The same sentences without the query are another summary.
    assert summary != salience.summarize(ARTICLE, sentences=2, query="sanctions Russia")
    assert "query='sanctions'" in repr(summary)
    unmatched = salience.summarize(ARTICLE, sentences=2, query="volcano")
    assert "(not matched)" in repr(unmatched)


def test_summarize_many_takes_one_query_for_every_text() -> None:
    summarizer = salience.Summarizer(language="en")
    texts = [ARTICLE, "\n\n".join(PARAGRAPHS[12:20])]
    many = list(summarizer.summarize_many(texts, sentences=2, query=QUERY))
    assert many == [summarizer.summarize(text, sentences=2, query=QUERY) for text in texts]
    assert all(summary.query == QUERY for summary in many)


def test_summarize_many_takes_one_query_a_text() -> None:
    summarizer = salience.Summarizer(language="en")
    texts = [ARTICLE, ARTICLE, ARTICLE]
    queries = ["sanctions", None, "volcano"]
    many = list(summarizer.summarize_many(iter(texts), sentences=2, query=iter(queries)))
    assert [s.query for s in many] == queries
    assert [s.query_matched for s in many] == [True, False, False]
    for summary, query in zip(many, queries, strict=True):
        assert summary == summarizer.summarize(ARTICLE, sentences=2, query=query)


def test_summarize_many_with_queries_over_many_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from salience import _batching

    monkeypatch.setattr(_batching, "CHUNK_TEXTS", 3)
    texts = ["\n\n".join(PARAGRAPHS[i : i + 4]) for i in range(10)]
    queries = [None if i % 3 == 0 else ("sanctions", "arms", "Trump")[i % 3] for i in range(10)]
    summarizer = salience.Summarizer(language="en")
    for n_jobs in (1, 2):
        many = list(summarizer.summarize_many(texts, sentences=1, query=queries, n_jobs=n_jobs))
        expected = [
            summarizer.summarize(text, sentences=1, query=query)
            for text, query in zip(texts, queries, strict=True)
        ]
        assert many == expected


def test_summarize_many_refuses_too_few_or_too_many_queries() -> None:
    summarizer = salience.Summarizer(language="en")
    with pytest.raises(ValueError, match="fewer than the texts"):
        list(summarizer.summarize_many([ARTICLE, ARTICLE], query=["arms"]))
    with pytest.raises(ValueError, match="more queries than the 1 texts"):
        list(summarizer.summarize_many([ARTICLE], query=["arms", None]))


@pytest.mark.parametrize(
    ("query", "error", "match"),
    [
        (42, TypeError, "iterable"),
        (b"arms", TypeError, "bytes"),
        ("", ValueError, "query=None"),
        (["arms", ""], ValueError, "query 1: query must hold a word"),
        (["arms", 3], TypeError, "query 1: query must be a str"),
    ],
    ids=["int", "bytes", "empty", "blank-in-list", "int-in-list"],
)
def test_summarize_many_refuses_bad_queries_whatever_the_error_policy(
    query: object, error: type[Exception], match: str
) -> None:
    summarizer = salience.Summarizer(language="en")
    with pytest.raises(error, match=match):
        list(summarizer.summarize_many([ARTICLE, ARTICLE], query=query, errors="skip"))  # type: ignore[arg-type]


def test_summarize_many_empty_keeps_the_query_of_a_failed_text() -> None:
    summarizer = salience.Summarizer(language="en")
    many = list(summarizer.summarize_many([ARTICLE, 7], query=["arms", "trade"], errors="empty"))  # type: ignore[list-item]
    assert [s.query for s in many] == ["arms", "trade"]
    assert many[1].query_matched is False and len(many[1]) == 0


def test_the_frame_and_the_view_show_the_query() -> None:
    summary = salience.summarize(ARTICLE, sentences=2, query="arms control")
    html = summary._repr_html_()
    assert "query <q>arms control</q>" in html
    unmatched = salience.summarize(ARTICLE, sentences=2, query="<volcano>")
    assert "&lt;volcano&gt;" in unmatched._repr_html_()
    assert "no sentence holds its terms" in unmatched._repr_html_()
    assert "query" not in salience.summarize(ARTICLE)._repr_html_().split("</div>")[1]
    pytest.importorskip("pandas")
    frame = summary.to_frame()
    assert "query" in frame.columns
    assert (frame["query"] > 0).any()


def test_the_pandas_accessor_takes_a_query_or_a_series_of_them() -> None:
    pd = pytest.importorskip("pandas")
    import salience.pandas

    texts = pd.Series([ARTICLE, None, ARTICLE], index=["a", "b", "c"])
    one = texts.salience.summaries(sentences=1, query=QUERY)
    assert one["a"].query == QUERY and one["b"] is None
    queries = pd.Series(["volcano", "x", float("nan")], index=["c", "b", "a"])
    each = texts.salience.summaries(sentences=1, query=queries)
    assert each["a"].query is None and each["c"].query == "volcano"
    assert each["c"].query_matched is False
    assert texts.salience.summarize(sentences=1, query=[QUERY, None, None])["a"] == (
        salience.summarize(ARTICLE, sentences=1, query=QUERY).text
    )
    with pytest.raises(ValueError, match="one a text"):
        texts.salience.summarize(query=[QUERY])


def run_cli(*args: str, stdin: str = ARTICLE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salience", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_the_command_line_takes_a_query() -> None:
    result = run_cli("--sentences", "2", "--query", QUERY)
    assert result.returncode == 0, result.stderr
    expected = salience.summarize(ARTICLE, sentences=2, query=QUERY)
    assert result.stdout.splitlines() == [" ".join(s.text.splitlines()) for s in expected]
    record = json.loads(run_cli("--format", "json", "--query", "volcano").stdout)
    assert record["query"] == "volcano" and record["query_matched"] is False
    plain = json.loads(run_cli("--format", "json").stdout)
    assert plain["query"] is None and plain["query_matched"] is False


def test_the_command_line_refuses_a_blank_query() -> None:
    result = run_cli("--query", " ")
    assert result.returncode == 2
    assert "query must hold a word" in result.stderr

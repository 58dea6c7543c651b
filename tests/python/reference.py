"""A slow, plain Python reference of salience's scoring and selection: the test oracle.

Written from docs/scoring.md, not from the C++ code: each function below is one formula of
that page, computed the obvious way (dicts of terms, loops, no caches), so that a reader can
check it against the page line by line. test_reference.py compares it with the core.

What the reference takes from the core as given, since those stages are not formulas:
  * the spans, from the public salience.split_sentences;
  * each sentence's terms, from the public salience.keywords run on the sentence alone
    (keywords are the terms the scoring counts, with their counts), plus its numbers,
    which keywords leave out and which terms.h defines plainly (digits joined by a period
    or comma, kept as written, NFKC case-folded). No private seam is needed;
  * each candidate's word count and boilerplate flag, read off a probe summary made with
    noise_weight=1 (Sentence.words, and the noise feature is then -flag), whatever the
    options under test are.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import salience

Vector = dict[str, float]

# As docs/scoring.md lists them; the test reads the core's names and finds each here.
FEATURE_NAMES = ("tfidf", "position", "title", "length", "noise", "query")

# A number as terms.h defines one: digits joined by a single period or comma, not part of a
# longer word (a word with a letter is a keyword; "COVID-19" splits at the hyphen).
NUMBER = re.compile(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)")
LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")
EVERY_TERM = 1_000_000  # keywords' k: more than a sentence holds
# A word of no language, which no stemmer changes and no test text holds (checked).
PADDING = "Zqxjvk"

# Identical vectors are redundant at any threshold (docs/scoring.md, Selection).
IDENTICAL = 1.0 - 1e-9
REDUNDANCY_WINDOW = 512

# The opener lists (docs/scoring.md, Selection), read from the source tree.
OPENERS = Path(__file__).resolve().parents[2] / "cpp" / "data" / "openers"


@dataclass(frozen=True)
class Candidate:
    index: int  # among the text's spans
    text: str
    words: int
    terms: Counter[str]
    boilerplate: bool
    refers_back: bool  # opens with an opener of the language (docs/scoring.md, Selection)
    paragraph: int = 0


@dataclass(frozen=True)
class Document:
    candidates: tuple[Candidate, ...]
    title_terms: Counter[str] | None  # None: the text has no title


# --- What scoring starts from -------------------------------------------------------------


def sentence_terms(text: str, language: str) -> Counter[str]:
    """The terms of one span with their counts.

    The span is read after a paragraph of one made-up word, so that it opens neither the
    text (where it could be taken for a title or a dateline, which keywords leave out) nor
    a paragraph of its own lines (line breaks become spaces). Words never cross a span's
    edges, so its terms do not depend on the text around it.
    """
    flat = LINE_BREAKS.sub(" ", text)
    padded = f"{PADDING}.\n\n{flat}"
    kinds = {span.kind for span in salience.split_sentences(padded, language=language)}
    if kinds != {"sentence"}:
        raise AssertionError(f"the span {text!r} read alone holds {kinds}, not only sentences")
    terms: Counter[str] = Counter()
    for keyword in salience.keywords(padded, k=EVERY_TERM, language=language):
        terms[keyword.term] += keyword.count
    if terms[PADDING.casefold()] != 1:
        raise AssertionError(f"the padding {PADDING!r} is not one term of its own")
    terms[PADDING.casefold()] -= 1
    for number in NUMBER.findall(flat):
        terms[unicodedata.normalize("NFKC", number).casefold()] += 1
    return +terms  # drops the padding's zero


def read_document(text: str, language: str) -> Document:
    """The candidates of ``text`` with their words, terms and boilerplate flags."""
    spans = salience.split_sentences(text, language=language)
    probe = salience.Summarizer(language=language, noise_weight=1.0).summarize(text, sentences=1)
    seen = {sentence.index: sentence for sentence in probe.ranking}
    candidates = []
    for span in spans:
        if span.index not in seen:
            continue
        sentence = seen[span.index]
        boilerplate = sentence.features["noise"] != 0.0
        terms = sentence_terms(span.text, language)
        refers_back = opens_with_reference(span.text, language)
        candidates.append(
            Candidate(
                span.index,
                span.text,
                sentence.words,
                terms,
                boilerplate,
                refers_back,
                span.paragraph,
            )
        )
    titles = [span for span in spans if span.kind == "title"]
    title_terms = sentence_terms(titles[0].text, language) if titles else None
    return Document(tuple(candidates), title_terms)


# --- Openers ---------------------------------------------------------------------------------


def fold(words: str) -> str:
    """NFKC_Casefold, typographic apostrophes as "'"."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", words).casefold())
    return folded.replace("\u2019", "'").replace("\u02bc", "'")


@functools.cache
def openers(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The entries (words joined by one space) and the "~" words of a language's list."""
    path = OPENERS / f"{language}.txt"
    if not path.exists():
        return frozenset(), frozenset()
    entries, after = set(), set()
    for line in path.read_text(encoding="utf-8").split("\n"):
        line = line.strip(" \t\r")
        if not line or line.startswith("#"):
            continue
        if line.startswith("~"):
            after.add(fold(line[1:].strip(" \t\r")))
        else:
            entries.add(fold(line))
    return frozenset(entries), frozenset(after)


def is_letter(c: str) -> bool:
    """A letter or a mark (Unicode Alphabetic, near enough for the texts tested)."""
    return c.isalpha() or (c >= "\x80" and unicodedata.category(c) in ("Mn", "Mc"))


def opens_with_reference(sentence: str, language: str) -> bool:
    """Whether ``sentence`` opens with an opener (docs/scoring.md, Selection)."""
    entries, after = openers(language)
    if not entries:
        return False

    def skip_marks(i: int) -> int:
        while i < len(sentence) and not sentence[i].isalnum():
            i += 1
        return i

    i = skip_marks(0)
    i = skip_marks(skip_label(sentence, i))
    words: list[str] = []
    longest = min(7, max(entry.count(" ") + 1 for entry in entries))
    while len(words) < longest + 1:
        start = i
        while i < len(sentence):
            c = sentence[i]
            letter = is_letter(c) and not c.isdigit()
            inner_apostrophe = c in "'\u2019" and i > start and sentence[i + 1 : i + 2].isalpha()
            if not (letter or inner_apostrophe):
                break
            i += 1
        if i == start:
            break
        words.append(fold(sentence[start:i]))
        if i >= len(sentence) or not sentence[i].isspace():
            break
        while i < len(sentence) and sentence[i].isspace():
            i += 1
    for k in range(min(len(words), longest), 0, -1):
        if " ".join(words[:k]) in entries:
            return k > 1 or len(words) < 2 or words[1] not in after
    return False


def skip_label(sentence: str, i: int) -> int:
    """The index after a speaker label at ``i`` (one to three capitalized words, a colon,
    white space), or ``i``."""
    at = i
    for _ in range(3):
        if at >= len(sentence) or not (sentence[at].isupper() or sentence[at].istitle()):
            return i
        while at < len(sentence) and (
            sentence[at].isalnum() or is_letter(sentence[at]) or sentence[at] in ".-'\u2019"
        ):
            at += 1
        if at + 1 < len(sentence) and sentence[at] == ":" and sentence[at + 1].isspace():
            at += 1
            while at < len(sentence) and sentence[at].isspace():
                at += 1
            return at
        if at >= len(sentence) or sentence[at] != " ":
            return i
        at += 1
    return i


# --- Term statistics -----------------------------------------------------------------------


def idf(
    term: str,
    document: Document,
    corpus: tuple[int, Callable[[str], int]] | None = None,
) -> float:
    """Smoothed IDF over the candidates; with ``corpus`` = (D, f), times the root of the
    corpus's (the text counted as one more document)."""
    n = len(document.candidates)
    df = sum(1 for candidate in document.candidates if term in candidate.terms)
    weight = math.log((1 + n) / (1 + df)) + 1
    if corpus is not None and corpus[0] > 0:
        documents, frequency = corpus
        weight *= math.sqrt(math.log((1 + (documents + 1)) / (1 + (frequency(term) + 1))) + 1)
    return weight


# --- Vectors -------------------------------------------------------------------------------


def unit_vector(counts: Counter[str], idfs: dict[str, float]) -> Vector:
    """(1 + ln tf) * idf for each term, scaled to length 1; empty without terms."""
    raw = {term: (1 + math.log(tf)) * idfs[term] for term, tf in counts.items() if tf > 0}
    length = math.sqrt(sum(weight * weight for weight in raw.values()))
    if length == 0:
        return {}
    return {term: weight / length for term, weight in raw.items()}


def dot(a: Vector, b: Vector) -> float:
    return sum(weight * b[term] for term, weight in a.items() if term in b)


def shares_a_term(a: Vector, b: Vector) -> bool:
    return any(term in b for term in a)


# --- Features ------------------------------------------------------------------------------


def position_prior(rank: int, story_sentences: int, curve: str, decay: float) -> float:
    if curve == "exponential":
        return math.exp(-rank / decay)
    if curve == "inverse":
        return 1 / (1 + rank / decay)
    if curve == "linear":
        return 1 - rank / max(story_sentences, rank + 1)
    if curve == "none":
        return 0.0
    raise ValueError(f"unknown position_curve {curve!r}")


def section_rank(candidates: tuple[Candidate, ...], i: int) -> tuple[int, int] | None:
    """Position by section (docs/scoring.md): the rank of candidate ``i`` among the story
    candidates of its paragraph and their number, when that paragraph is the first or the
    last one; None elsewhere."""
    paragraph = candidates[i].paragraph
    if paragraph not in (candidates[0].paragraph, candidates[-1].paragraph):
        return None
    section = [c for c in candidates if c.paragraph == paragraph and not c.boilerplate]
    rank = sum(1 for c in candidates[:i] if c.paragraph == paragraph and not c.boilerplate)
    return rank, len(section)


def length_penalty(words: int, min_words: int, max_words: int) -> float:
    """max(shortfall, excess), as a positive number; the feature is its negation."""
    shortfall = (min_words - words) / min_words if min_words > 0 and words < min_words else 0.0
    excess = (
        min(1.0, (words - max_words) / max_words) if max_words > 0 and words > max_words else 0.0
    )
    return max(shortfall, excess)


@dataclass(frozen=True)
class Scored:
    vectors: tuple[Vector, ...]
    features: tuple[dict[str, float], ...]  # contributions, by feature name
    scores: tuple[float, ...]


def score(
    document: Document,
    options: Mapping[str, Any],
    corpus: tuple[int, Callable[[str], int]] | None = None,
    query_terms: Counter[str] | None = None,
) -> Scored:
    """Every candidate's vector, feature contributions and score (docs/scoring.md);
    ``query_terms``: the query's terms with their counts (sentence_terms of the query), or
    None without a query."""
    candidates = document.candidates
    vocabulary: set[str] = set()
    for candidate in candidates:
        vocabulary |= set(candidate.terms)
    if document.title_terms:
        vocabulary |= set(document.title_terms)
    idfs = {term: idf(term, document, corpus) for term in vocabulary}

    vectors = tuple(unit_vector(candidate.terms, idfs) for candidate in candidates)
    title = unit_vector(document.title_terms, idfs) if document.title_terms else {}
    centroid: Vector = {}
    for vector in vectors:
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight
    centroid_length = math.sqrt(sum(weight * weight for weight in centroid.values()))
    # The query's terms that some candidate holds.
    held = Counter({t: c for t, c in (query_terms or {}).items() if any(t in v for v in vectors)})
    query = unit_vector(held, idfs)

    story_sentences = sum(1 for candidate in candidates if not candidate.boilerplate)
    weights = {name: options[f"{name}_weight"] for name in FEATURE_NAMES}
    # A matched query weighs the position prior by query_position_weight instead.
    if held:
        weights["position"] = options["query_position_weight"]
    features = []
    for i, (candidate, vector) in enumerate(zip(candidates, vectors, strict=True)):
        to_centroid = dot(vector, centroid) / centroid_length if centroid_length > 0 else 0.0
        rank = sum(1 for earlier in candidates[:i] if not earlier.boilerplate)
        curve, decay = options["position_curve"], options["position_decay"]
        if options.get("position_scope", "document") == "sections":
            in_section = section_rank(candidates, i)
            prior = 0.0 if in_section is None else position_prior(*in_section, curve, decay)
        else:
            prior = position_prior(rank, story_sentences, curve, decay)
        penalty = length_penalty(candidate.words, options["min_words"], options["max_words"])
        boilerplate = 1.0 if candidate.boilerplate else 0.0
        features.append(
            {
                "tfidf": weights["tfidf"] * to_centroid,
                "position": weights["position"] * prior,
                "title": weights["title"] * dot(vector, title),
                # Penalties as 0 - weight * value: never -0.0.
                "length": 0.0 - weights["length"] * penalty,
                "noise": 0.0 - weights["noise"] * boilerplate,
                "query": weights["query"] * dot(vector, query),
            }
        )
    scores = tuple(sum(contributions[name] for name in FEATURE_NAMES) for contributions in features)
    return Scored(vectors, tuple(features), scores)


# --- Ranking and selection -----------------------------------------------------------------


def ranking(scores: Sequence[float]) -> list[int]:
    """Candidate positions by score, high to low; equal scores in document order."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


def most_sentences(kind: str, value: float, candidates: int) -> int:
    if kind == "sentences":
        return min(int(value), candidates)
    if kind == "ratio":
        return min(candidates, max(1, math.floor(value * candidates + 0.5)))
    return candidates  # words and chars bound the size instead


@dataclass(frozen=True)
class Selection:
    chosen: tuple[int, ...]  # candidate positions, in document order
    # The smallest distance of a redundancy cosine (between sentences sharing a term) from
    # the bound it was compared with: below rounding, the decision could go either way.
    closest_call: float


def select(
    document: Document,
    scored: Scored,
    order: Sequence[int],
    kind: str,
    value: float,
    redundancy_threshold: float,
    coherence_weight: float = 0.0,
) -> Selection:
    """Greedy selection along ``order`` (a ranking of the candidates) within the budget,
    deferring a candidate that refers back while the one before it is not chosen."""
    candidates = document.candidates
    limit = most_sentences(kind, value, len(candidates))
    chosen: list[int] = []
    closest_call = math.inf

    def size(i: int) -> int:
        if kind == "words":
            return candidates[i].words
        if kind == "chars":
            joiner = 1 if chosen else 0
            return len(candidates[i].text) + joiner
        return 0

    def used() -> int:
        if kind == "words":
            return sum(candidates[i].words for i in chosen)
        if kind == "chars":
            return sum(len(candidates[i].text) for i in chosen) + max(0, len(chosen) - 1)
        return 0

    def fits(i: int) -> bool:
        if len(chosen) >= limit:
            return False
        if kind in ("words", "chars"):
            return used() + size(i) <= value
        return True

    def redundant(i: int) -> bool:
        nonlocal closest_call
        compared = chosen[:REDUNDANCY_WINDOW]
        cosines = [
            dot(scored.vectors[i], scored.vectors[j])
            for j in compared
            if shares_a_term(scored.vectors[i], scored.vectors[j])
        ]
        # Above the threshold or identical: above the lower of the two bounds.
        bound = min(redundancy_threshold, IDENTICAL)
        for cosine in cosines:
            closest_call = min(closest_call, abs(cosine - bound))
        return any(cosine > redundancy_threshold or cosine >= IDENTICAL for cosine in cosines)

    deferred: dict[int, float] = {}  # waiting candidate -> its lowered score

    def unresolved(i: int) -> bool:
        return candidates[i].refers_back and i > 0 and i - 1 not in chosen

    def consider(i: int, as_is: bool) -> bool:
        if i in chosen or len(chosen) >= limit or not fits(i):
            return False
        if redundant(i):
            put_aside.append(i)
            return False
        if coherence_weight > 0 and not as_is and unresolved(i):
            deferred[i] = scores[i] - coherence_weight
            return False
        chosen.append(i)
        after_chosen(i)
        return True

    def after_chosen(i: int) -> None:
        # The deferred candidate after it is now resolved: considered at once.
        if i + 1 in deferred:
            del deferred[i + 1]
            consider(i + 1, False)

    def take_deferred(above: float | None) -> None:
        nonlocal closest_call
        while deferred:
            best = min(deferred, key=lambda j: (-deferred[j], j))
            if above is not None:
                closest_call = min(closest_call, abs(deferred[best] - above))
                if not deferred[best] > above:
                    return
            del deferred[best]
            consider(best, True)

    scores = scored.scores
    put_aside: list[int] = []
    for i in order:
        if len(chosen) >= limit:
            break
        if coherence_weight > 0:
            take_deferred(scores[i])
        consider(i, False)
    take_deferred(None)
    for i in put_aside:
        if i not in chosen and fits(i):
            chosen.append(i)
    return Selection(tuple(sorted(chosen)), closest_call)

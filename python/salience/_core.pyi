"""The C++ core of salience. Private: use the salience package."""

import threading

# Flat native arrays in bytes: spans as int64 (start, end, kind code, paragraph); per
# candidate int64 (index, start, end, words, rank) and float64 (score, contributions...);
# int64 ranking positions of the chosen sentences; the title's span index.
SummaryRows = tuple[bytes, bytes, bytes, bytes, int | None]

FEATURE_NAMES: tuple[str, ...]

class SalienceError(RuntimeError): ...

def supported_languages() -> list[str]: ...
def detect_language(text: str) -> str: ...
def split_sentences(text: str, language: str) -> bytes: ...
def keywords(
    text: str, language: str, k: int, corpus: CorpusFrequencies | None = None
) -> list[tuple[str, str, float, int]]: ...

class CorpusFrequencies:
    def __init__(self) -> None: ...
    def count(
        self, texts: list[str], language: str | None, fallback: str, threads: int
    ) -> None: ...
    def prune(self, min_documents: int, max_terms: int) -> None: ...
    def sizes(self) -> dict[str, tuple[int, int]]: ...
    def frequency(self, language: str, term: str) -> int: ...
    def serialize(self) -> bytes: ...
    @staticmethod
    def deserialize(data: bytes) -> CorpusFrequencies: ...

class Summarizer:
    def __init__(
        self,
        *,
        language: str,
        tfidf_weight: float,
        position_weight: float,
        position_curve: str,
        position_decay: float,
        title_weight: float,
        length_weight: float,
        min_words: int,
        redundancy_threshold: float,
        noise_weight: float,
        max_words: int,
        corpus: CorpusFrequencies | None = None,
    ) -> None: ...
    def summarize(self, text: str, budget: str, value: float) -> SummaryRows: ...
    def summarize_batch(
        self,
        texts: list[str],
        budget: str,
        value: float,
        threads: int,
        detect: bool = False,
        stop: threading.Event | None = None,
    ) -> tuple[list[SummaryRows | BaseException], list[str]]: ...

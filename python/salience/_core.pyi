"""The C++ core of salience. Private: use the salience package."""

from collections.abc import Mapping

# The format of results, defined once in bindings/rows.h: the names of the fields of each
# row, in their order. Rows are flat native arrays in bytes (memoryview.cast reads them):
# spans are int64 rows of SPAN_FIELDS (kind: an index into SPAN_KINDS); a summary is the
# tuple of SUMMARY_FIELDS: its spans, int64 rows of RANKING_INT_FIELDS and float64 rows of
# RANKING_FLOAT_FIELDS for each candidate, best first, the int64 ranking positions of the
# chosen sentences in document order, the title's span index or None, (None without a
# query) whether a candidate holds a term of the query, and the name of the genre whose
# scoring defaults were used.
SPAN_FIELDS: tuple[str, ...]
SPAN_KINDS: tuple[str, ...]
RANKING_INT_FIELDS: tuple[str, ...]
RANKING_FLOAT_FIELDS: tuple[str, ...]
SUMMARY_FIELDS: tuple[str, ...]
FEATURE_NAMES: tuple[str, ...]
SummaryRows = tuple[bytes, bytes, bytes, bytes, int | None, bool | None, str]

# Every option of the C++ Options with its default, in the order of Summarizer's signature;
# None: the genre's (GENRE_OPTIONS: each genre's scoring options).
OptionValue = str | float | int | None
DEFAULT_OPTIONS: Mapping[str, OptionValue]
GENRE_OPTIONS: Mapping[str, Mapping[str, str | float | int]]

AUTO_LANGUAGE: str
FALLBACK_LANGUAGE: str
# Texts of this many bytes of UTF-8 or more are refused.
TEXT_BYTES_LIMIT: int
# The most threads the core's worker pool runs per core.
THREADS_PER_CORE: int

class SalienceError(RuntimeError): ...

def supported_languages() -> list[str]: ...
def detect_language(text: str) -> str: ...
def split_sentences(text: str, language: str) -> bytes: ...
def keywords(
    text: str, language: str, k: int, corpus: CorpusFrequencies | None = None
) -> list[tuple[str, str, float, int]]: ...
def keyphrases(
    text: str, language: str, k: int, corpus: CorpusFrequencies | None = None
) -> list[tuple[str, tuple[str, ...], float, int]]: ...

class CorpusFrequencies:
    def __init__(self) -> None: ...
    def count(self, texts: list[str], language: str, threads: int) -> None: ...
    def prune(self, min_documents: int, max_terms: int) -> None: ...
    def sizes(self) -> dict[str, tuple[int, int]]: ...
    def frequency(self, language: str, term: str) -> int: ...
    def serialize(self) -> bytes: ...
    @staticmethod
    def deserialize(data: bytes) -> CorpusFrequencies: ...

class Summarizer:
    def __init__(
        self, options: Mapping[str, OptionValue], corpus: CorpusFrequencies | None = None
    ) -> None: ...
    def summarize(
        self, text: str, budget: str, value: float, query: str | None = None
    ) -> tuple[SummaryRows, str]: ...
    def start_batch(
        self,
        texts: list[str],
        budget: str,
        value: float,
        threads: int,
        queries: list[str | None] | None = None,
    ) -> PendingBatch: ...
    def summarize_documents(
        self, texts: list[str], budget: str, value: float
    ) -> list[tuple[SummaryRows, str]]: ...

class PendingBatch:
    def results(self) -> tuple[list[SummaryRows | BaseException], list[str]]: ...
    def stop(self) -> None: ...

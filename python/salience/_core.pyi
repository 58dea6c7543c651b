"""The C++ core of salience. Private: use the salience package."""

SpanRow = tuple[int, int, str, int]
RankingRow = tuple[int, int, int, int, float, int, tuple[float, ...]]
SummaryRows = tuple[tuple[SpanRow, ...], tuple[RankingRow, ...], tuple[int, ...], int | None]

FEATURE_NAMES: tuple[str, ...]

class SalienceError(RuntimeError): ...

def supported_languages() -> list[str]: ...
def split_sentences(text: str, language: str) -> tuple[SpanRow, ...]: ...

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
    ) -> None: ...
    def summarize(self, text: str, budget: str, value: float) -> SummaryRows: ...
    def summarize_batch(
        self, texts: list[str], budget: str, value: float, threads: int
    ) -> list[SummaryRows | BaseException]: ...

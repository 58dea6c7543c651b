"""Summary.to_frame: a summary's candidate sentences as a pandas DataFrame.

pandas is imported here, when a frame is asked for, so that the core package keeps no
dependency on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from salience._records import FEATURE_NAMES

if TYPE_CHECKING:
    import pandas

    from salience._results import Summary

PANDAS_MISSING = "{feature} needs pandas, which is not installed: pip install 'salience[pandas]'"


def import_pandas(feature: str) -> Any:
    """The pandas module, or an ImportError that names ``feature`` and the extra to install."""
    try:
        import pandas
    except ImportError as error:
        raise ImportError(PANDAS_MISSING.format(feature=feature), name="pandas") from error
    return pandas


COLUMNS = (
    "text",
    "start",
    "end",
    "index",
    "words",
    "score",
    "rank",
    *FEATURE_NAMES,
    "selected",
    "speaker",
)


def summary_frame(summary: Summary) -> pandas.DataFrame:
    """One row per candidate sentence of ``summary``, in document order."""
    pd = import_pandas("Summary.to_frame()")
    chosen = {sentence.index for sentence in summary.sentences}
    sentences = sorted(summary.ranking, key=lambda sentence: sentence.index)
    columns: dict[str, list[Any]] = {
        "text": [sentence.text for sentence in sentences],
        "start": [sentence.start for sentence in sentences],
        "end": [sentence.end for sentence in sentences],
        "index": [sentence.index for sentence in sentences],
        "words": [sentence.words for sentence in sentences],
        "score": [sentence.score for sentence in sentences],
        "rank": [sentence.rank for sentence in sentences],
    }
    for name in FEATURE_NAMES:
        columns[name] = [sentence.features[name] for sentence in sentences]
    columns["selected"] = [sentence.index in chosen for sentence in sentences]
    columns["speaker"] = [sentence.speaker for sentence in sentences]  # None outside transcripts
    dtypes = {"score": "float64", "selected": "bool"}
    dtypes.update({name: "int64" for name in ("start", "end", "index", "words", "rank")})
    dtypes.update({name: "float64" for name in FEATURE_NAMES})
    frame: pandas.DataFrame = pd.DataFrame(columns, columns=list(COLUMNS)).astype(dtypes)
    return frame


def cluster_frame(documents: tuple[Summary, ...]) -> pandas.DataFrame:
    """One row per candidate sentence of every document's part of a cluster's summary,
    ordered by document then position: a ``document`` column, then those of
    :func:`summary_frame`."""
    pd = import_pandas("ClusterSummary.to_frame()")
    frames = []
    for document, summary in enumerate(documents):
        frame = summary_frame(summary)
        frame.insert(0, "document", pd.Series([document] * len(frame), dtype="int64"))
        frames.append(frame)
    combined: pandas.DataFrame = pd.concat(frames, ignore_index=True)
    return combined

"""The progress bar of ``summarize_many(..., progress=True)``, drawn by tqdm.

tqdm is optional. Asking for a bar without it raises ImportError at the call, before any
text is summarized, rather than warning and running without one: a bar was asked for, and
a long batch with no sign of it is the surprise this avoids.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from typing import TypeVar

T = TypeVar("T")

TQDM_MISSING = (
    "progress=True draws its bar with tqdm, which is not installed: "
    "pip install tqdm (or 'salience[all]'), or leave progress off"
)


def with_progress(
    items: Iterator[T], texts: Iterable[object], desc: str = "summarizing"
) -> Iterator[T]:
    """``items`` as they come, with a tqdm bar counting them (out of ``len(texts)`` when the
    texts have a length). In a notebook with ipywidgets the bar is a widget."""
    try:
        from tqdm.auto import tqdm
    except ImportError as error:
        raise ImportError(TQDM_MISSING, name="tqdm") from error
    total = len(texts) if isinstance(texts, Sized) else None
    return iter(tqdm(items, total=total, unit="text", desc=desc))

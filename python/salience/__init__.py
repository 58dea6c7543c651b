"""salience: fast, explainable extractive summarization.

>>> import salience
>>> summary = salience.summarize(text, sentences=3)     # doctest: +SKIP
>>> print(summary.text)                                 # doctest: +SKIP

The work happens in a C++ core (ICU segmentation, Snowball stemming, TF-IDF and position
scoring, redundancy-aware selection); this package is its typed facade.
"""

from salience._core import SalienceError
from salience._keywords import Keyword, keywords
from salience._model_file import ModelFileError
from salience._results import FEATURE_NAMES, Budget, Features, Sentence, Span, Summary
from salience._summarizer import (
    Summarizer,
    detect_language,
    split_sentences,
    summarize,
    supported_languages,
)
from salience._version import __version__ as __version__

__all__ = [
    "FEATURE_NAMES",
    "Budget",
    "Features",
    "Keyword",
    "ModelFileError",
    "SalienceError",
    "Sentence",
    "Span",
    "Summarizer",
    "Summary",
    "detect_language",
    "keywords",
    "split_sentences",
    "summarize",
    "supported_languages",
]

"""salience: fast, explainable extractive summarization.

>>> import salience
>>> summary = salience.summarize(text, sentences=3)     # doctest: +SKIP
>>> print(summary.text)                                 # doctest: +SKIP

The work happens in a C++ core (ICU segmentation, Snowball stemming, TF-IDF and position
scoring, redundancy-aware selection); this package is its typed facade.
"""

# Layers of the package. A module imports only modules of lower layers, so that imports
# form no cycle; an import under `if TYPE_CHECKING:` names types only and may point
# anywhere. No module imports a name with a leading underscore from another module: what a
# module offers the others has a plain name (modules themselves keep their underscore: the
# public API is what this file exports). The presenters of layer 4 know Summary only as a
# type. tests/python/test_layering.py holds the package to this table.
#
#   0  _core        the compiled C++ core (typed in _core.pyi)
#   0  _version     the version, declared once
#   0  _model_file  the file format of Summarizer.save and load
#   0  _progress    the tqdm bar of progress=True
#   0  _batching    n_jobs, chunks of texts, the pipeline that keeps the core's threads busy
#   1  _records     value objects: Span, Sentence, Features, Budget; FEATURE_NAMES, shorten,
#                   join_sentences
#   2  _validation  checks of arguments: texts, counts, real numbers, budgets (make_budget)
#   3  _language    "auto", check_language, detect_language, supported_languages
#   4  _keywords    Keyword, keywords(), Keyphrase, keyphrases(); Summary.keywords, .keyphrases
#   4  _frame       Summary.to_frame (pandas)
#   4  _html        Summary._repr_html_ (Jupyter)
#   5  _results     Summary, read lazily from the core's rows; imports its presenters
#   5  _documents   ClusterSummary (Summary as a type only), check_texts
#   6  _summarizer  Summarizer, summarize, split_sentences, genre_options, default_summarizer
#   7  _html_input  extract_text, summarize_html: the main text of a web page (trafilatura)
#   8  __init__     the public API (this file)
#   8  __main__     the command line, python -m salience
#   8  pandas       the Series accessor, import salience.pandas
#   8  sklearn      SummaryTransformer, from salience.sklearn

from salience._core import SalienceError
from salience._documents import ClusterSummary
from salience._html_input import extract_text, summarize_html
from salience._keywords import Keyphrase, Keyword, keyphrases, keywords
from salience._language import detect_language, supported_languages
from salience._model_file import ModelFileError
from salience._records import FEATURE_NAMES, Budget, Features, Sentence, Span
from salience._results import Summary
from salience._summarizer import (
    Summarizer,
    genre_options,
    split_sentences,
    summarize,
    summarize_documents,
)
from salience._version import __version__ as __version__

__all__ = [
    "FEATURE_NAMES",
    "Budget",
    "ClusterSummary",
    "Features",
    "Keyphrase",
    "Keyword",
    "ModelFileError",
    "SalienceError",
    "Sentence",
    "Span",
    "Summarizer",
    "Summary",
    "detect_language",
    "extract_text",
    "genre_options",
    "keyphrases",
    "keywords",
    "split_sentences",
    "summarize",
    "summarize_documents",
    "summarize_html",
    "supported_languages",
]

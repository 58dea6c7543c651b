// The format in which results cross from the core into Python, defined here once: _core
// exports the names of its fields (register_rows) and the package reads its rows by them
// (salience/_results.py).
//
// Rows are flat native arrays in bytes objects, which memoryview.cast reads: a few objects
// per document instead of several per sentence, which keeps the overhead of a call and the
// memory of a long document small.
//
//   spans         int64 rows, one a span in document order, of SPAN_FIELDS: start and end
//                 (code-point offsets), kind (an index into SPAN_KINDS: sentence, title,
//                 dateline, speaker), paragraph
//   summary       the tuple of SUMMARY_FIELDS:
//     spans           the spans, as above
//     ranking_ints    int64 rows, one a candidate sentence, best first, of RANKING_INT_FIELDS:
//                     index (among the spans), start, end, words, rank (1 for the best),
//                     document (the text's index in summarize_documents, else 0),
//                     speaker (the index among the spans of its turn's speaker span, -1
//                     for none)
//     ranking_floats  float64 rows, in the same order, of RANKING_FLOAT_FIELDS: score, then
//                     the contribution of each feature of FEATURE_NAMES
//     selected        int64, one a chosen sentence, in document order: its position in the
//                     ranking
//     title           the title's index among the spans, or None
//     query_matched   None without a query; with one, whether a candidate holds its terms
//     genre           the name (kGenreNames) of the genre whose scoring defaults were used
#pragma once

#include <pybind11/pybind11.h>

#include <vector>

#include "salience/summarizer.h"

namespace salience::binding {

namespace py = pybind11;

// The spans as int64 rows of SPAN_FIELDS.
py::bytes spans_to_python(const std::vector<SpanResult>& spans);

// The summary as the tuple of SUMMARY_FIELDS.
py::tuple summary_to_python(const Summary& summary);

}  // namespace salience::binding

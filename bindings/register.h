// The parts of the module salience._core, one register_*.cpp file each; module.cpp calls
// them in this order.
#pragma once

#include <pybind11/pybind11.h>

#include "salience/summarizer.h"

namespace salience::binding {

namespace py = pybind11;

// The row format's names (rows.h): SPAN_FIELDS, SPAN_KINDS, RANKING_INT_FIELDS,
// RANKING_FLOAT_FIELDS, SUMMARY_FIELDS, FEATURE_NAMES.
void register_rows(py::module_& m);

// Languages and text: AUTO_LANGUAGE, FALLBACK_LANGUAGE, TEXT_BYTES_LIMIT,
// supported_languages, detect_language, split_sentences, keywords.
void register_segmentation(py::module_& m);

// keyphrases.
void register_keyphrases(py::module_& m);

// CorpusFrequencies.
void register_corpus(py::module_& m);

// DEFAULT_OPTIONS and Summarizer; returns the class, for register_batch.
py::class_<Summarizer> register_summarizer(py::module_& m);

// THREADS_PER_CORE, Summarizer.start_batch and PendingBatch.
void register_batch(py::module_& m, py::class_<Summarizer>& summarizer);

// Summarizer.summarize_documents.
void register_documents(py::class_<Summarizer>& summarizer);

}  // namespace salience::binding

// The pybind11 module salience._core: converts between Python and the C++ core, nothing
// more. Inputs are converted first, then the GIL is released for the core's work.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <array>
#include <string>
#include <string_view>

#include "salience/batch.h"
#include "salience/error.h"
#include "salience/summarizer.h"

namespace py = pybind11;

namespace {

// The UTF-8 bytes of a Python str, cached inside the str object itself (no copy): valid for
// as long as the caller holds `text`. A lone surrogate cannot be encoded; the error names
// its code-point offset.
std::string_view utf8_view(py::handle text) {
  if (!PyUnicode_Check(text.ptr())) {
    throw py::type_error(std::string("text must be str, not ") + Py_TYPE(text.ptr())->tp_name);
  }
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
  if (data != nullptr) return {data, static_cast<std::size_t>(size)};
  PyErr_Clear();
  const Py_ssize_t length = PyUnicode_GetLength(text.ptr());
  for (Py_ssize_t i = 0; i < length; ++i) {
    const Py_UCS4 c = PyUnicode_ReadChar(text.ptr(), i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      char code[8];
      std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(c));
      throw py::value_error("text holds a lone surrogate U+" + std::string(code) + " at offset " +
                            std::to_string(i) + ": only valid Unicode can be summarized");
    }
  }
  throw py::value_error("text cannot be encoded as UTF-8");
}

salience::PositionCurve position_curve(const std::string& name) {
  if (name == "exponential") return salience::PositionCurve::kExponential;
  if (name == "inverse") return salience::PositionCurve::kInverse;
  if (name == "linear") return salience::PositionCurve::kLinear;
  if (name == "none") return salience::PositionCurve::kNone;
  throw py::value_error("position_curve must be one of 'exponential', 'inverse', 'linear', 'none', got '" +
                        name + "'");
}

salience::BudgetKind budget_kind(const std::string& name) {
  if (name == "sentences") return salience::BudgetKind::kSentences;
  if (name == "ratio") return salience::BudgetKind::kRatio;
  if (name == "words") return salience::BudgetKind::kWords;
  if (name == "chars") return salience::BudgetKind::kChars;
  throw py::value_error("budget must be one of 'sentences', 'ratio', 'words', 'chars', got '" + name + "'");
}

const char* kind_name(salience::SpanKind kind) {
  switch (kind) {
    case salience::SpanKind::kTitle: return "title";
    case salience::SpanKind::kDateline: return "dateline";
    case salience::SpanKind::kSentence: break;
  }
  return "sentence";
}

salience::Summarizer make_summarizer(const std::string& language, double tfidf_weight, double position_weight,
                                     const std::string& curve, double position_decay, double title_weight,
                                     double length_weight, std::size_t min_words, double redundancy_threshold) {
  salience::Options options;
  options.language = language;
  options.scoring = {tfidf_weight, position_weight, position_curve(curve), position_decay,
                     title_weight, length_weight, min_words};
  options.redundancy_threshold = redundancy_threshold;
  return salience::Summarizer(std::move(options));
}

py::tuple spans_to_python(const std::vector<salience::SpanResult>& spans) {
  py::tuple result(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto& span = spans[i];
    result[i] = py::make_tuple(span.start, span.end, kind_name(span.span.kind), span.span.paragraph);
  }
  return result;
}

// (spans, ranking, selected, title): spans as split_sentences gives them; ranking rows
// (index, start, end, words, score, rank, contributions); selected positions in ranking.
py::tuple summary_to_python(const salience::Summary& summary) {
  py::tuple ranking(summary.ranking.size());
  for (std::size_t i = 0; i < summary.ranking.size(); ++i) {
    const auto& sentence = summary.ranking[i];
    const auto& c = sentence.features.contributions;
    ranking[i] = py::make_tuple(sentence.index, sentence.start, sentence.end, sentence.words, sentence.score,
                                sentence.rank, py::make_tuple(c[0], c[1], c[2], c[3]));
  }
  py::object title = py::none();
  if (summary.title) title = py::int_(*summary.title);
  return py::make_tuple(spans_to_python(summary.spans), ranking, py::tuple(py::cast(summary.selected)), title);
}

py::tuple summarize(const salience::Summarizer& summarizer, py::handle text, const std::string& kind,
                    double value) {
  const std::string_view utf8 = utf8_view(text);
  const salience::Budget budget{budget_kind(kind), value};
  salience::Summary summary;
  {
    py::gil_scoped_release release;
    summary = summarizer.summarize(utf8, budget);
  }
  return summary_to_python(summary);
}

// One entry per text: its summary rows as summarize returns them, or the exception it
// raised (ValueError, TypeError or SalienceError) as an object, for the caller's error policy.
// Ctrl-C stops the batch within about 20 ms and raises KeyboardInterrupt.
py::list summarize_batch(const salience::Summarizer& summarizer, const py::list& texts, const std::string& kind,
                         double value, std::size_t threads) {
  const salience::Budget budget{budget_kind(kind), value};
  const std::size_t count = texts.size();
  std::vector<std::string_view> views(count);
  std::vector<py::object> conversion_errors(count);
  for (std::size_t i = 0; i < count; ++i) {
    try {
      views[i] = utf8_view(texts[i]);
    } catch (py::builtin_exception& error) {
      error.set_error();
      conversion_errors[i] = py::error_already_set().value();
    }
  }
  std::vector<salience::BatchItem> items;
  bool interrupted = false;
  {
    py::gil_scoped_release release;
    items = salience::summarize_batch(summarizer, views, budget, std::max<std::size_t>(threads, 1), [&] {
      py::gil_scoped_acquire acquire;
      interrupted = PyErr_CheckSignals() != 0;
      return !interrupted;
    });
  }
  if (interrupted) throw py::error_already_set();

  py::list results(count);
  for (std::size_t i = 0; i < count; ++i) {
    const salience::BatchItem& item = items[i];
    if (conversion_errors[i]) {
      results[i] = conversion_errors[i];
    } else if (item.status == salience::BatchItem::Status::kDone) {
      results[i] = summary_to_python(item.summary);
    } else if (item.status == salience::BatchItem::Status::kInvalidArgument) {
      results[i] = py::reinterpret_borrow<py::object>(PyExc_ValueError)(item.error);
    } else {
      results[i] = py::module_::import("salience._core").attr("SalienceError")(item.error);
    }
  }
  return results;
}

py::tuple split_sentences(py::handle text, const std::string& language) {
  const std::string_view utf8 = utf8_view(text);
  const salience::Language& resolved = salience::Language::get(language);
  std::vector<salience::SpanResult> spans;
  {
    py::gil_scoped_release release;
    spans = salience::split_sentences(utf8, resolved);
  }
  return spans_to_python(spans);
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "The C++ core of salience. Private: use the salience package.";
  py::register_exception<salience::Error>(m, "SalienceError", PyExc_RuntimeError);

  static_assert(salience::kFeatureNames.size() == 4);
  py::tuple names(salience::kFeatureNames.size());
  for (std::size_t i = 0; i < salience::kFeatureNames.size(); ++i) names[i] = py::str(std::string(salience::kFeatureNames[i]));
  m.attr("FEATURE_NAMES") = names;

  m.def("supported_languages", [] { return salience::Language::supported_codes(); },
        "ISO 639-1 codes of the supported languages, sorted.");
  m.def("split_sentences", &split_sentences, py::arg("text"), py::arg("language"),
        "The spans of text as (start, end, kind, paragraph) tuples, code-point offsets.");

  py::class_<salience::Summarizer>(m, "Summarizer", "A configured C++ summarizer; immutable, thread-safe.")
      .def(py::init(&make_summarizer), py::kw_only(), py::arg("language"), py::arg("tfidf_weight"),
           py::arg("position_weight"), py::arg("position_curve"), py::arg("position_decay"),
           py::arg("title_weight"), py::arg("length_weight"), py::arg("min_words"),
           py::arg("redundancy_threshold"))
      .def("summarize", &summarize, py::arg("text"), py::arg("budget"), py::arg("value"),
           "Returns (spans, ranking, selected, title); see the salience package for their meaning.")
      .def("summarize_batch", &summarize_batch, py::arg("texts"), py::arg("budget"), py::arg("value"),
           py::arg("threads"), "Summarizes a list of texts on a C++ thread pool; one entry a text.");
}

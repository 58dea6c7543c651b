// The pybind11 module salience._core: converts between Python and the C++ core, nothing
// more. Inputs are converted first, then the GIL is released for the core's work.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "salience/batch.h"
#include "salience/corpus.h"
#include "salience/detect.h"
#include "salience/error.h"
#include "salience/keywords.h"
#include "salience/summarizer.h"
#include "without_gil.h"

namespace py = pybind11;

namespace {

using salience::binding::ReleasedGil;
using salience::binding::run_core;

// A Python str as UTF-8, and what keeps those bytes alive.
struct Utf8 {
  std::string_view text;
  py::object owner;  // none when the bytes are the str's own
};

// An ASCII str is read in place (its characters are its UTF-8). Any other str is encoded
// into a temporary bytes object rather than through PyUnicode_AsUTF8AndSize, which would
// cache a UTF-8 copy inside the caller's str for its whole life. A lone surrogate cannot
// be encoded; the error names its code-point offset.
Utf8 to_utf8(py::handle text) {
  if (!PyUnicode_Check(text.ptr())) {
    throw py::type_error(std::string("text must be str, not ") + Py_TYPE(text.ptr())->tp_name);
  }
  if (PyUnicode_IS_ASCII(text.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (data == nullptr) throw py::error_already_set();
    return {{data, static_cast<std::size_t>(size)}, py::none()};
  }
  if (PyObject* bytes = PyUnicode_AsUTF8String(text.ptr())) {
    auto owner = py::reinterpret_steal<py::object>(bytes);
    return {{PyBytes_AS_STRING(bytes), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes))}, std::move(owner)};
  }
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

// Span kinds as the Python package numbers them (salience._results.SPAN_KINDS).
std::int64_t kind_code(salience::SpanKind kind) {
  switch (kind) {
    case salience::SpanKind::kSentence:
      return 0;
    case salience::SpanKind::kTitle:
      return 1;
    case salience::SpanKind::kDateline:
      return 2;
  }
  return 0;
}

// Rows cross into Python as flat native arrays in bytes objects (memoryview.cast reads
// them): a few objects per document instead of several per sentence, which is what keeps
// per-call overhead and the memory of long documents small. Each bytes object is written
// in place, with no intermediate std::vector: for a long document that copy alone is
// about the size of the rows.
template <typename T>
class RowWriter {
 public:
  explicit RowWriter(std::size_t count)
      : bytes_(py::reinterpret_steal<py::bytes>(
            PyBytes_FromStringAndSize(nullptr, static_cast<Py_ssize_t>(count * sizeof(T))))) {
    if (!bytes_) throw py::error_already_set();
    out_ = PyBytes_AS_STRING(bytes_.ptr());
  }
  void put(T value) noexcept {
    std::memcpy(out_, &value, sizeof(T));
    out_ += sizeof(T);
  }
  py::bytes done() && { return std::move(bytes_); }

 private:
  py::bytes bytes_;
  char* out_ = nullptr;
};

salience::Summarizer make_summarizer(const std::string& language, double tfidf_weight, double position_weight,
                                     const std::string& curve, double position_decay, double title_weight,
                                     double length_weight, std::size_t min_words, double redundancy_threshold,
                                     double noise_weight, std::size_t max_words, const py::object& corpus) {
  salience::Options options;
  options.language = language;
  options.scoring = {tfidf_weight,   position_weight, position_curve(curve),
                     position_decay, title_weight,    length_weight,
                     min_words,      max_words,       noise_weight};
  options.redundancy_threshold = redundancy_threshold;
  if (!corpus.is_none()) options.corpus = corpus.cast<std::shared_ptr<salience::CorpusFrequencies>>();
  return salience::Summarizer(std::move(options));
}

// int64 rows of (start, end, kind code, paragraph), code-point offsets.
py::bytes spans_to_python(const std::vector<salience::SpanResult>& spans) {
  RowWriter<std::int64_t> rows(4 * spans.size());
  for (const auto& span : spans) {
    rows.put(static_cast<std::int64_t>(span.start));
    rows.put(static_cast<std::int64_t>(span.end));
    rows.put(kind_code(span.span.kind));
    rows.put(static_cast<std::int64_t>(span.span.paragraph));
  }
  return std::move(rows).done();
}

// (spans, ranking_ints, ranking_floats, selected, title): spans as split_sentences gives
// them; for each candidate, best first, int64 (index, start, end, words, rank) and float64
// (score, feature contributions...); int64 positions in the ranking of the chosen
// sentences in document order; the title's span index or None.
py::tuple summary_to_python(const salience::Summary& summary) {
  RowWriter<std::int64_t> ints(5 * summary.ranking.size());
  RowWriter<double> floats((1 + salience::kFeatureNames.size()) * summary.ranking.size());
  for (const auto& sentence : summary.ranking) {
    ints.put(static_cast<std::int64_t>(sentence.index));
    ints.put(static_cast<std::int64_t>(sentence.start));
    ints.put(static_cast<std::int64_t>(sentence.end));
    ints.put(static_cast<std::int64_t>(sentence.words));
    ints.put(static_cast<std::int64_t>(sentence.rank));
    floats.put(sentence.score);
    for (double contribution : sentence.features.contributions) floats.put(contribution);
  }
  RowWriter<std::int64_t> selected(summary.selected.size());
  for (std::size_t position : summary.selected) selected.put(static_cast<std::int64_t>(position));
  py::object title = py::none();
  if (summary.title) title = py::int_(*summary.title);
  return py::make_tuple(spans_to_python(summary.spans), std::move(ints).done(), std::move(floats).done(),
                        std::move(selected).done(), title);
}

py::tuple summarize(const salience::Summarizer& summarizer, py::handle text, const std::string& kind,
                    double value) {
  const Utf8 utf8 = to_utf8(text);
  const salience::Budget budget{budget_kind(kind), value};
  salience::Summary summary;
  run_core(utf8.text.size(), [&] { summary = summarizer.summarize(utf8.text, budget); });
  return summary_to_python(summary);
}

// A batch of texts being summarized on the core's worker pool, started by
// Summarizer.start_batch: it holds the texts' UTF-8 and the summarizer while the workers read
// them. Starting the next batch before taking this one's results keeps the workers busy
// while Python reads them. Dropping it stops the work.
class PendingBatch {
 public:
  PendingBatch(py::object summarizer, const py::list& texts, const std::string& kind, double value,
               std::size_t threads, bool detect)
      : summarizer_(std::move(summarizer)), count_(texts.size()) {
    const salience::Budget budget{budget_kind(kind), value};
    utf8_.resize(count_);
    views_.resize(count_);
    conversion_errors_.resize(count_);
    for (std::size_t i = 0; i < count_; ++i) {
      try {
        utf8_[i] = to_utf8(texts[i]);
        views_[i] = utf8_[i].text;
      } catch (py::builtin_exception& error) {
        error.set_error();
        conversion_errors_[i] = py::error_already_set().value();
      }
    }
    run_ = std::make_unique<salience::BatchRun>(
        summarizer_.cast<const salience::Summarizer&>(), views_, budget, std::max<std::size_t>(threads, 1),
        detect ? salience::BatchLanguage::kDetect : salience::BatchLanguage::kFixed);
  }

  PendingBatch(const PendingBatch&) = delete;
  PendingBatch& operator=(const PendingBatch&) = delete;

  ~PendingBatch() { stop(); }

  // (results, languages), one entry a text, once every text is done. Results: its summary
  // rows as summarize returns them, or the exception it raised (ValueError, TypeError or
  // SalienceError) as an object, for the caller's error policy. Languages: the code each
  // text was read in; with `detect`, the one detect_language found, else the summarizer's.
  // Ctrl-C stops the batch, the texts under way included, within about 20 ms and raises
  // KeyboardInterrupt.
  py::tuple results() {
    if (!run_) throw std::runtime_error("this batch's results were taken, or it was stopped");
    bool completed = false;
    {
      ReleasedGil released;
      completed = run_->wait([&] { return released.keep_going(); });
    }
    if (!completed) {
      stop();
      throw py::error_already_set();
    }
    std::vector<salience::BatchItem>& items = run_->items();
    py::list results(count_);
    py::list languages(count_);
    std::map<std::string, py::str, std::less<>> codes;  // one str object a language
    for (std::size_t i = 0; i < count_; ++i) {
      salience::BatchItem& item = items[i];
      auto code = codes.find(item.language);
      if (code == codes.end()) code = codes.emplace(item.language, py::str(item.language)).first;
      languages[i] = code->second;
      if (conversion_errors_[i]) {
        results[i] = conversion_errors_[i];
      } else if (item.status == salience::BatchItem::Status::kDone) {
        results[i] = summary_to_python(item.summary);
        item.summary = {};  // now in Python: free it before converting the next one
      } else if (item.status == salience::BatchItem::Status::kInvalidArgument) {
        results[i] = py::reinterpret_borrow<py::object>(PyExc_ValueError)(item.error);
      } else {
        results[i] = py::module_::import("salience._core").attr("SalienceError")(item.error);
      }
    }
    stop();
    return py::make_tuple(std::move(results), std::move(languages));
  }

  // Stops the work (texts not started are left) and frees the texts; returns once no
  // worker reads them.
  void stop() {
    if (!run_) return;
    {
      const ReleasedGil released;
      run_.reset();
    }
    utf8_ = {};
    views_ = {};
    conversion_errors_ = {};
  }

 private:
  py::object summarizer_;  // the _core.Summarizer the workers use
  std::size_t count_;
  std::vector<Utf8> utf8_;
  std::vector<std::string_view> views_;
  std::vector<py::object> conversion_errors_;
  std::unique_ptr<salience::BatchRun> run_;
};

py::bytes split_sentences(py::handle text, const std::string& language) {
  const Utf8 utf8 = to_utf8(text);
  const salience::Language& resolved = salience::Language::get(language);
  std::vector<salience::SpanResult> spans;
  run_core(utf8.text.size(), [&] { spans = salience::split_sentences(utf8.text, resolved); });
  return spans_to_python(spans);
}

// The code of the supported language text is most likely written in; empty when it has no
// letter of a script a supported language writes.
std::string detect_language(py::handle text) {
  const Utf8 utf8 = to_utf8(text);
  std::string_view code;
  {
    const ReleasedGil released;
    code = salience::detect_language(utf8.text);
  }
  return std::string(code);
}

// (surface, term, score, count) for each keyword, best first.
py::list keywords_to_python(const std::vector<salience::Keyword>& keywords) {
  py::list rows;
  for (const auto& keyword : keywords) {
    rows.append(py::make_tuple(keyword.surface, keyword.term, keyword.score, keyword.count));
  }
  return rows;
}

py::list keywords(py::handle text, const std::string& language, std::size_t k,
                  const salience::CorpusFrequencies* corpus) {
  const Utf8 utf8 = to_utf8(text);
  const salience::Language& resolved = salience::Language::get(language);
  const salience::CorpusFrequencies::Table* table = corpus ? corpus->table(language) : nullptr;
  std::vector<salience::Keyword> found;
  run_core(utf8.text.size(), [&] { found = salience::extract_keywords(utf8.text, resolved, k, table); });
  return keywords_to_python(found);
}

// Counts the documents of `texts` into `corpus`: read in `language`, or in each text's
// detected language (`fallback` when none is found) when `language` is None. Ctrl-C stops
// it, counting nothing of this call, and raises KeyboardInterrupt.
void count_documents(salience::CorpusFrequencies& corpus, const py::list& texts,
                     const std::optional<std::string>& language, const std::string& fallback,
                     std::size_t threads) {
  const salience::Language* fixed = language ? &salience::Language::get(*language) : nullptr;
  const salience::Language& fallback_language = salience::Language::get(fallback);
  const std::size_t count = texts.size();
  std::vector<Utf8> utf8(count);
  std::vector<std::string_view> views(count);
  for (std::size_t i = 0; i < count; ++i) {
    try {
      utf8[i] = to_utf8(texts[i]);
    } catch (const py::builtin_exception& error) {
      error.set_error();
      py::raise_from(PyExc_ValueError, ("document " + std::to_string(i) + ": " + error.what()).c_str());
      throw py::error_already_set();
    }
    views[i] = utf8[i].text;
  }
  bool completed = false;
  {
    ReleasedGil released;
    completed =
        salience::count_documents(corpus, views, fixed, fallback_language, std::max<std::size_t>(threads, 1),
                                  [&] { return released.keep_going(); });
  }
  if (!completed) throw py::error_already_set();
}

// Language code -> (documents, terms) of each table.
py::dict corpus_sizes(const salience::CorpusFrequencies& corpus) {
  py::dict sizes;
  for (const auto& [code, table] : corpus.tables()) {
    sizes[py::str(code)] = py::make_tuple(table.documents, table.frequencies.size());
  }
  return sizes;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "The C++ core of salience. Private: use the salience package.";
  py::register_exception<salience::Error>(m, "SalienceError", PyExc_RuntimeError);

  py::tuple names(salience::kFeatureNames.size());
  for (std::size_t i = 0; i < salience::kFeatureNames.size(); ++i)
    names[i] = py::str(std::string(salience::kFeatureNames[i]));
  m.attr("FEATURE_NAMES") = names;

  m.def(
      "supported_languages", [] { return salience::Language::supported_codes(); },
      "ISO 639-1 codes of the supported languages, sorted.");
  m.def("detect_language", &detect_language, py::arg("text"),
        "The ISO 639-1 code of the supported language text is most likely in; '' if none.");
  m.def("split_sentences", &split_sentences, py::arg("text"), py::arg("language"),
        "The spans of text as int64 rows of (start, end, kind code, paragraph), code-point offsets.");
  m.def("keywords", &keywords, py::arg("text"), py::arg("language"), py::arg("k"),
        py::arg("corpus") = nullptr,
        "The k terms of text with the highest TF-IDF, best first, as (surface, term, score, count).");

  py::class_<salience::CorpusFrequencies, std::shared_ptr<salience::CorpusFrequencies>>(
      m, "CorpusFrequencies", "Document frequencies of terms over a corpus, per language.")
      .def(py::init<>())
      .def("count", &count_documents, py::arg("texts"), py::arg("language"), py::arg("fallback"),
           py::arg("threads"), "Counts each text's distinct terms, on a C++ thread pool.")
      .def("prune", &salience::CorpusFrequencies::prune, py::arg("min_documents"), py::arg("max_terms"),
           "Drops the rarest terms of every language.")
      .def("sizes", &corpus_sizes, "Language code -> (documents, terms).")
      .def(
          "frequency",
          [](const salience::CorpusFrequencies& corpus, const std::string& language,
             const std::string& term) {
            const auto* table = corpus.table(language);
            return table == nullptr ? 0 : table->frequency(term);
          },
          py::arg("language"), py::arg("term"), "The number of documents of language holding term.")
      .def(
          "serialize",
          [](const salience::CorpusFrequencies& corpus) { return py::bytes(corpus.serialize()); },
          "The counts as bytes (format 1 of salience/corpus.h).")
      .def_static(
          "deserialize",
          [](const py::bytes& bytes) {
            return salience::CorpusFrequencies::deserialize(std::string_view(bytes));
          },
          py::arg("data"), "The counts that serialize() wrote; ValueError for anything else.");

  py::class_<salience::Summarizer>(m, "Summarizer", "A configured C++ summarizer; immutable, thread-safe.")
      .def(py::init(&make_summarizer), py::kw_only(), py::arg("language"), py::arg("tfidf_weight"),
           py::arg("position_weight"), py::arg("position_curve"), py::arg("position_decay"),
           py::arg("title_weight"), py::arg("length_weight"), py::arg("min_words"),
           py::arg("redundancy_threshold"), py::arg("noise_weight"), py::arg("max_words"),
           py::arg("corpus") = py::none())
      .def("summarize", &summarize, py::arg("text"), py::arg("budget"), py::arg("value"),
           "Returns (spans, ranking, selected, title); see the salience package for their meaning.")
      .def(
          "start_batch",
          [](py::object self, const py::list& texts, const std::string& kind, double value,
             std::size_t threads, bool detect) {
            return std::make_unique<PendingBatch>(std::move(self), texts, kind, value, threads, detect);
          },
          py::arg("texts"), py::arg("budget"), py::arg("value"), py::arg("threads"),
          py::arg("detect") = false,
          "Starts summarizing a list of texts on a C++ thread pool and returns at once.");

  py::class_<PendingBatch>(m, "PendingBatch", "A batch of texts being summarized on the C++ thread pool.")
      .def("results", &PendingBatch::results,
           "Waits for every text: (results, languages), one entry a text; KeyboardInterrupt on Ctrl-C.")
      .def("stop", &PendingBatch::stop, "Stops the work and frees the texts; the results are gone.");
}

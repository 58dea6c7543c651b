// CorpusFrequencies: counting a corpus's document frequencies, for Summarizer.fit.
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "convert.h"
#include "register.h"
#include "salience/corpus.h"
#include "salience/summarizer.h"
#include "without_gil.h"

namespace salience::binding {
namespace {

// Counts the documents of `texts` into `corpus`: read in `language`, or with "auto" each in
// the language language_for finds in it. Ctrl-C stops it, counting nothing of this call, and
// raises KeyboardInterrupt.
void count_documents(CorpusFrequencies& corpus, const py::list& texts, const std::string& language,
                     std::size_t threads) {
  const Language* fixed = language == kAutoLanguage ? nullptr : &Language::get(language);
  const Language& fallback_language = Language::get(kFallbackLanguage);
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
py::dict corpus_sizes(const CorpusFrequencies& corpus) {
  py::dict sizes;
  for (const auto& [code, table] : corpus.tables()) {
    sizes[py::str(code)] = py::make_tuple(table.documents, table.frequencies.size());
  }
  return sizes;
}

std::uint64_t frequency(const CorpusFrequencies& corpus, const std::string& language,
                        const std::string& term) {
  const CorpusFrequencies::Table* table = corpus.table(language);
  return table == nullptr ? 0 : table->frequency(term);
}

}  // namespace

void register_corpus(py::module_& m) {
  py::class_<CorpusFrequencies, std::shared_ptr<CorpusFrequencies>>(
      m, "CorpusFrequencies", "Document frequencies of terms over a corpus, per language.")
      .def(py::init<>())
      .def("count", &count_documents, py::arg("texts"), py::arg("language"), py::arg("threads"),
           "Counts each text's distinct terms, on a C++ thread pool.")
      .def("prune", &CorpusFrequencies::prune, py::arg("min_documents"), py::arg("max_terms"),
           "Drops the rarest terms of every language.")
      .def("sizes", &corpus_sizes, "Language code -> (documents, terms).")
      .def("frequency", &frequency, py::arg("language"), py::arg("term"),
           "The number of documents of language holding term.")
      .def(
          "serialize", [](const CorpusFrequencies& corpus) { return py::bytes(corpus.serialize()); },
          "The counts as bytes (format 1 of salience/corpus.h).")
      .def_static(
          "deserialize",
          [](const py::bytes& bytes) { return CorpusFrequencies::deserialize(std::string_view(bytes)); },
          py::arg("data"), "The counts that serialize() wrote; ValueError for anything else.");
}

}  // namespace salience::binding

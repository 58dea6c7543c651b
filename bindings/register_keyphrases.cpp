// Key phrases: the runs of words that weigh most in a text.
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "convert.h"
#include "register.h"
#include "salience/keyphrases.h"
#include "salience/summarizer.h"
#include "without_gil.h"

namespace salience::binding {
namespace {

// (surface, terms, score, count) for each key phrase, best first.
py::list keyphrases(py::handle text, const std::string& language, std::size_t k,
                    const CorpusFrequencies* corpus) {
  const Utf8 utf8 = to_utf8(text);
  const Language& resolved = language_for(language, utf8.text);
  const CorpusFrequencies::Table* table = corpus ? corpus->table(resolved.code()) : nullptr;
  std::vector<Keyphrase> found;
  run_core(utf8.text.size(), [&] { found = extract_keyphrases(utf8.text, resolved, k, table); });
  py::list rows;
  for (const Keyphrase& phrase : found) {
    rows.append(
        py::make_tuple(phrase.surface, py::tuple(py::cast(phrase.terms)), phrase.score, phrase.count));
  }
  return rows;
}

}  // namespace

void register_keyphrases(py::module_& m) {
  m.def("keyphrases", &keyphrases, py::arg("text"), py::arg("language"), py::arg("k"),
        py::arg("corpus") = nullptr,
        "The k key phrases of text, best first, as (surface, terms, score, count).");
}

}  // namespace salience::binding

// Summarizer.summarize_documents: one summary of a cluster of texts (documents.h).
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "convert.h"
#include "register.h"
#include "rows.h"
#include "salience/documents.h"
#include "without_gil.h"

namespace salience::binding {
namespace {

// [(rows, language)]: per text, in order, its part of the cluster's summary as
// SUMMARY_FIELDS (rows.h) and the code of the language it was read in.
py::list summarize_documents(const Summarizer& summarizer, const py::list& texts, const std::string& kind,
                             double value) {
  const Budget budget = to_budget(kind, value);
  std::vector<Utf8> utf8;
  std::vector<std::string_view> views;
  utf8.reserve(texts.size());
  views.reserve(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    try {
      utf8.push_back(to_utf8(texts[i]));
    } catch (const py::builtin_exception& error) {
      error.set_error();
      py::raise_from(PyExc_ValueError, ("text " + std::to_string(i) + ": " + error.what()).c_str());
      throw py::error_already_set();
    }
    views.push_back(utf8.back().text);
  }
  const std::size_t bytes =
      std::accumulate(views.begin(), views.end(), std::size_t{0},
                      [](std::size_t sum, std::string_view text) { return sum + text.size(); });
  ClusterSummary summary;
  run_core(bytes, [&] { summary = salience::summarize_documents(summarizer, views, budget); });
  py::list documents;
  for (const Summary& document : summary.documents)
    documents.append(py::make_tuple(summary_to_python(document), py::str(document.language)));
  return documents;
}

}  // namespace

void register_documents(py::class_<Summarizer>& summarizer) {
  summarizer.def(
      "summarize_documents", &summarize_documents, py::arg("texts"), py::arg("budget"), py::arg("value"),
      "Returns [(rows, language)]: per text, in order, its part of the cluster's summary as "
      "SUMMARY_FIELDS (ranks count over the cluster) and the code of the language it was read in.");
}

}  // namespace salience::binding

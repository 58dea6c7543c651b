// Languages and text: the supported languages, detection, sentence spans and keywords.
#include <pybind11/stl.h>

#include <string>
#include <string_view>
#include <vector>

#include "convert.h"
#include "register.h"
#include "rows.h"
#include "salience/detect.h"
#include "salience/keywords.h"
#include "salience/summarizer.h"
#include "salience/utf8.h"
#include "without_gil.h"

namespace salience::binding {
namespace {

// The spans as int64 rows of SPAN_FIELDS (rows.h).
py::bytes split_sentences(py::handle text, const std::string& language) {
  const Utf8 utf8 = to_utf8(text);
  const Language& resolved = language_for(language, utf8.text);
  std::vector<SpanResult> spans;
  run_core(utf8.text.size(), [&] { spans = salience::split_sentences(utf8.text, resolved); });
  return spans_to_python(spans);
}

// The code of the supported language text is most likely written in, as language="auto"
// reads it (language_for).
std::string detect_language(py::handle text) {
  const Utf8 utf8 = to_utf8(text);
  std::string_view code;
  {
    const ReleasedGil released;
    code = language_for(kAutoLanguage, utf8.text).code();
  }
  return std::string(code);
}

// (surface, term, score, count) for each keyword, best first.
py::list keywords(py::handle text, const std::string& language, std::size_t k,
                  const CorpusFrequencies* corpus) {
  const Utf8 utf8 = to_utf8(text);
  const Language& resolved = language_for(language, utf8.text);
  const CorpusFrequencies::Table* table = corpus ? corpus->table(resolved.code()) : nullptr;
  std::vector<Keyword> found;
  run_core(utf8.text.size(), [&] { found = extract_keywords(utf8.text, resolved, k, table); });
  py::list rows;
  for (const Keyword& keyword : found) {
    rows.append(py::make_tuple(keyword.surface, keyword.term, keyword.score, keyword.count));
  }
  return rows;
}

}  // namespace

void register_segmentation(py::module_& m) {
  m.attr("AUTO_LANGUAGE") = py::str(kAutoLanguage.data(), kAutoLanguage.size());
  m.attr("FALLBACK_LANGUAGE") = py::str(kFallbackLanguage.data(), kFallbackLanguage.size());
  m.attr("TEXT_BYTES_LIMIT") = kTextBytesLimit;
  m.def(
      "supported_languages", [] { return Language::supported_codes(); },
      "ISO 639-1 codes of the supported languages, sorted.");
  m.def("detect_language", &detect_language, py::arg("text"),
        "The ISO 639-1 code of the language text is read in with language='auto'.");
  m.def("split_sentences", &split_sentences, py::arg("text"), py::arg("language"),
        "The spans of text as int64 rows of SPAN_FIELDS.");
  m.def("keywords", &keywords, py::arg("text"), py::arg("language"), py::arg("k"),
        py::arg("corpus") = nullptr,
        "The k terms of text with the highest TF-IDF, best first, as (surface, term, score, count).");
}

}  // namespace salience::binding

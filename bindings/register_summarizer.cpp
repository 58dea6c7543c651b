// Summarizer: its options, read by name, and summarize.
#include <pybind11/stl.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "convert.h"
#include "register.h"
#include "rows.h"
#include "salience/corpus.h"
#include "salience/summarizer.h"
#include "without_gil.h"

namespace salience::binding {
namespace {

// Every option of salience::Options under the name Python gives it, in the order of the
// package's Summarizer signature: the one list the binding reads options by and exports the
// C++ defaults from. An option added to Options is added here.
template <typename Visit>
void for_each_option(Options& options, Visit&& visit) {
  visit("language", options.language);
  visit("genre", options.genre);
  visit("tfidf_weight", options.scoring.tfidf_weight);
  visit("position_weight", options.scoring.position_weight);
  visit("position_curve", options.scoring.position_curve);
  visit("position_decay", options.scoring.position_decay);
  visit("title_weight", options.scoring.title_weight);
  visit("length_weight", options.scoring.length_weight);
  visit("min_words", options.scoring.min_words);
  visit("redundancy_threshold", options.redundancy_threshold);
  visit("noise_weight", options.scoring.noise_weight);
  visit("max_words", options.scoring.max_words);
  visit("query_weight", options.scoring.query_weight);
  visit("query_position_weight", options.scoring.query_position_weight);
  visit("coherence_weight", options.coherence_weight);
}

constexpr std::array<std::pair<PositionCurve, std::string_view>, 4> kPositionCurves = {{
    {PositionCurve::kExponential, "exponential"},
    {PositionCurve::kInverse, "inverse"},
    {PositionCurve::kLinear, "linear"},
    {PositionCurve::kNone, "none"},
}};

py::object to_python(const std::string& value) { return py::str(value); }
py::object to_python(double value) { return py::float_(value); }
py::object to_python(std::size_t value) { return py::int_(value); }
template <typename T>
py::object to_python(const std::optional<T>& value);
py::object to_python(PositionCurve value) {
  for (const auto& [curve, name] : kPositionCurves) {
    if (curve == value) return py::str(name.data(), name.size());
  }
  throw std::logic_error("a position curve without a name");
}
// A scoring option left to the genre is None.
template <typename T>
py::object to_python(const std::optional<T>& value) {
  return value ? to_python(*value) : py::none();
}

template <typename T>
void from_python(const char* name, py::handle value, T& option) {
  try {
    option = value.cast<T>();
  } catch (const py::cast_error&) {
    throw py::type_error(std::string("option ") + name + " must be " +
                         (std::is_same_v<T, std::string> ? "a str" : "a number") + ", not " +
                         Py_TYPE(value.ptr())->tp_name);
  }
}

void from_python(const char* name, py::handle value, PositionCurve& option) {
  std::string given;
  from_python(name, value, given);
  for (const auto& [curve, curve_name] : kPositionCurves) {
    if (curve_name == given) {
      option = curve;
      return;
    }
  }
  std::string allowed;
  for (const auto& [curve, curve_name] : kPositionCurves) {
    allowed += (allowed.empty() ? "'" : ", '") + std::string(curve_name) + "'";
  }
  throw py::value_error("position_curve must be one of " + allowed + ", got '" + given + "'");
}

// None leaves a scoring option to the genre's default.
template <typename T>
void from_python(const char* name, py::handle value, std::optional<T>& option) {
  if (value.is_none()) {
    option.reset();
    return;
  }
  T given{};
  from_python(name, value, given);
  option = given;
}

// The options of salience::Options{} as a read-only mapping, in the order of for_each_option.
py::object default_options() {
  Options defaults;
  py::dict options;
  for_each_option(defaults, [&](const char* name, const auto& value) { options[name] = to_python(value); });
  return py::module_::import("types").attr("MappingProxyType")(options);
}

// Each genre's scoring defaults (genre_scoring) as a read-only mapping from the genre's
// name to {option: value}, the options named as for_each_option names them.
py::object genre_options() {
  py::dict genres;
  for (const auto& [genre, name] : kGenreNames) {
    Options options;
    options.scoring = ScoringOverrides::fixing(genre_scoring(genre));
    py::dict values;
    for_each_option(options, [&](const char* option, const auto& value) {
      if constexpr (requires { value.has_value(); }) values[option] = to_python(value);
    });
    genres[py::str(name.data(), name.size())] = py::module_::import("types").attr("MappingProxyType")(values);
  }
  return py::module_::import("types").attr("MappingProxyType")(genres);
}

// A Summarizer of the options named in `given`, each as for_each_option names it; those it
// leaves out keep their C++ defaults. TypeError for a name that is no option.
Summarizer make_summarizer(const py::dict& given, const py::object& corpus) {
  Options options;
  std::size_t read = 0;
  for_each_option(options, [&](const char* name, auto& option) {
    if (!given.contains(name)) return;
    const py::object value = given[name];
    from_python(name, value, option);
    ++read;
  });
  if (read != given.size()) {
    for (const auto& [key, value] : given) {
      bool known = false;
      for_each_option(options, [&](const char* name, const auto&) { known |= py::str(name).equal(key); });
      if (!known) throw py::type_error("unknown option " + std::string(py::repr(key)));
    }
  }
  if (!corpus.is_none()) options.corpus = corpus.cast<std::shared_ptr<CorpusFrequencies>>();
  return Summarizer(std::move(options));
}

// (rows, language): the summary as SUMMARY_FIELDS (rows.h) and the code of the language the
// text was read in.
// With a `query` (a str, or None for none), the summary is focused on it.
py::tuple summarize(const Summarizer& summarizer, py::handle text, const std::string& kind, double value,
                    py::handle query) {
  const Utf8 utf8 = to_utf8(text);
  const Budget budget = to_budget(kind, value);
  std::optional<Utf8> query_utf8;
  if (!query.is_none()) query_utf8 = to_utf8(query);
  std::optional<std::string_view> asked;
  if (query_utf8) asked = query_utf8->text;
  Summary summary;
  run_core(utf8.text.size() + (asked ? asked->size() : 0), [&] {
    summary = summarizer.summarize(utf8.text, budget, summarizer.language_of(utf8.text), asked);
  });
  return py::make_tuple(summary_to_python(summary), py::str(summary.language));
}

}  // namespace

py::class_<Summarizer> register_summarizer(py::module_& m) {
  m.attr("DEFAULT_OPTIONS") = default_options();
  m.attr("GENRE_OPTIONS") = genre_options();
  py::class_<Summarizer> summarizer(m, "Summarizer", "A configured C++ summarizer; immutable, thread-safe.");
  summarizer
      .def(py::init(&make_summarizer), py::arg("options"), py::arg("corpus") = py::none(),
           "A summarizer of `options` (names as in DEFAULT_OPTIONS; those left out keep their "
           "default) that weighs terms by `corpus` too when given.")
      .def("summarize", &summarize, py::arg("text"), py::arg("budget"), py::arg("value"),
           py::arg("query") = py::none(),
           "Returns (rows, language): the summary as SUMMARY_FIELDS and the code of the language "
           "the text was read in; focused on `query` when it is a str.");
  return summarizer;
}

}  // namespace salience::binding

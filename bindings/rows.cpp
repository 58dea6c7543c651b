#include "rows.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <tuple>
#include <utility>

#include "register.h"

namespace salience::binding {
namespace {

constexpr std::array<std::string_view, 4> kSpanFields = {"start", "end", "kind", "paragraph"};
// A span's kind code is its index here.
constexpr std::array<std::pair<SpanKind, std::string_view>, 4> kSpanKinds = {
    {{SpanKind::kSentence, "sentence"},
     {SpanKind::kTitle, "title"},
     {SpanKind::kDateline, "dateline"},
     {SpanKind::kSpeaker, "speaker"}}};
constexpr std::array<std::string_view, 7> kRankingIntFields = {"index", "start",    "end",    "words",
                                                               "rank",  "document", "speaker"};
// The speaker field of a sentence outside a transcript's turns.
constexpr std::int64_t kNoSpeaker = -1;
// "score", then each of kFeatureNames.
constexpr std::size_t kRankingFloatFields = 1 + kFeatureNames.size();
constexpr std::array<std::string_view, 7> kSummaryFields = {
    "spans", "ranking_ints", "ranking_floats", "selected", "title", "query_matched", "genre"};

std::int64_t kind_code(SpanKind kind) {
  for (std::size_t code = 0; code < kSpanKinds.size(); ++code) {
    if (kSpanKinds[code].first == kind) return static_cast<std::int64_t>(code);
  }
  return 0;
}

// Rows of `Fields` values of type T written in place into a bytes object, with no
// intermediate std::vector: for a long document that copy alone is about the size of the
// rows.
template <typename T, std::size_t Fields>
class RowWriter {
 public:
  explicit RowWriter(std::size_t rows)
      : bytes_(py::reinterpret_steal<py::bytes>(
            PyBytes_FromStringAndSize(nullptr, static_cast<Py_ssize_t>(rows * Fields * sizeof(T))))) {
    if (!bytes_) throw py::error_already_set();
    out_ = PyBytes_AS_STRING(bytes_.ptr());
  }

  template <typename... Values>
  void row(Values... values) noexcept {
    static_assert(sizeof...(Values) == Fields, "a row holds one value a field");
    (put(static_cast<T>(values)), ...);
  }

  py::bytes done() && { return std::move(bytes_); }

 private:
  void put(T value) noexcept {
    std::memcpy(out_, &value, sizeof(T));
    out_ += sizeof(T);
  }

  py::bytes bytes_;
  char* out_ = nullptr;
};

template <std::size_t N>
py::tuple names(const std::array<std::string_view, N>& fields) {
  py::tuple tuple(N);
  for (std::size_t i = 0; i < N; ++i) tuple[i] = py::str(fields[i].data(), fields[i].size());
  return tuple;
}

}  // namespace

py::bytes spans_to_python(const std::vector<SpanResult>& spans) {
  RowWriter<std::int64_t, kSpanFields.size()> rows(spans.size());
  for (const SpanResult& span : spans)
    rows.row(span.start, span.end, kind_code(span.span.kind), span.span.paragraph);
  return std::move(rows).done();
}

py::tuple summary_to_python(const Summary& summary) {
  RowWriter<std::int64_t, kRankingIntFields.size()> ints(summary.ranking.size());
  RowWriter<double, kRankingFloatFields> floats(summary.ranking.size());
  for (const SentenceResult& sentence : summary.ranking) {
    const std::int64_t speaker = sentence.speaker ? static_cast<std::int64_t>(*sentence.speaker) : kNoSpeaker;
    ints.row(sentence.index, sentence.start, sentence.end, sentence.words, sentence.rank, sentence.document,
             speaker);
    std::apply([&](auto... contributions) { floats.row(sentence.score, contributions...); },
               sentence.features.contributions);
  }
  RowWriter<std::int64_t, 1> selected(summary.selected.size());
  for (std::size_t position : summary.selected) selected.row(position);
  py::object title = py::none();
  if (summary.title) title = py::int_(*summary.title);
  py::object query_matched = py::none();
  if (summary.query_matched) query_matched = py::bool_(*summary.query_matched);
  static_assert(kSummaryFields.size() == 7, "summary_to_python makes one item a field");
  const std::string_view genre = genre_name(summary.genre);
  return py::make_tuple(spans_to_python(summary.spans), std::move(ints).done(), std::move(floats).done(),
                        std::move(selected).done(), title, query_matched,
                        py::str(genre.data(), genre.size()));
}

void register_rows(py::module_& m) {
  std::array<std::string_view, kSpanKinds.size()> kinds{};
  for (std::size_t code = 0; code < kinds.size(); ++code) kinds[code] = kSpanKinds[code].second;
  std::array<std::string_view, kRankingFloatFields> floats{"score"};
  std::copy(kFeatureNames.begin(), kFeatureNames.end(), floats.begin() + 1);
  m.attr("SPAN_FIELDS") = names(kSpanFields);
  m.attr("SPAN_KINDS") = names(kinds);
  m.attr("RANKING_INT_FIELDS") = names(kRankingIntFields);
  m.attr("RANKING_FLOAT_FIELDS") = names(floats);
  m.attr("SUMMARY_FIELDS") = names(kSummaryFields);
  m.attr("FEATURE_NAMES") = names(kFeatureNames);
}

}  // namespace salience::binding

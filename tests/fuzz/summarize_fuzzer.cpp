// libFuzzer target: the whole pipeline through salience::Summarizer, with fuzzed options
// and budgets.
//
// The first kHeaderSize bytes, read with a FuzzedDataProvider of their own, choose the
// language (or an unsupported code), every scoring option, the redundancy threshold and the
// budget, each either ordinary or hostile (zero, negative, NaN, infinite, huge, tiny), and
// how the rest becomes text. InvalidArgument is expected exactly
// when an option, the budget or the text is outside its documented domain; any other
// exception, crash or sanitizer report is a finding, and so is a summary that breaks the
// contract of summarizer.h and selection.h.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

#include "fuzz_support.h"
#include "salience/error.h"
#include "salience/language.h"
#include "salience/summarizer.h"

namespace {

using salience::fuzz::require;

// language 1, six option values 9 each, curve 1, min_words 1 + 8, budget kind 1 and value 9,
// text mode 1.
constexpr std::size_t kHeaderSize = 1 + 6 * 9 + 1 + 9 + 1 + 9 + 1;

// One option value: a selector byte, then always 8 more bytes, so that every option keeps
// its place in the header whatever the others are (see tests/fuzz/make_seeds.py).
double consume_double(FuzzedDataProvider& header, double low, double high) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const int selector = header.ConsumeIntegralInRange<int>(0, 11);
  const auto raw = header.ConsumeIntegral<std::uint64_t>();
  const double share =
      static_cast<double>(raw) / static_cast<double>(std::numeric_limits<std::uint64_t>::max());
  switch (selector) {
    case 0:
      return 0.0;
    case 1:
      return -0.0;
    case 2:
      return -1.0;
    case 3:
      return std::numeric_limits<double>::quiet_NaN();
    case 4:
      return kInf;
    case 5:
      return -kInf;
    case 6:
      return std::numeric_limits<double>::max();
    case 7:
      return std::numeric_limits<double>::denorm_min();
    case 8:
      return std::bit_cast<double>(raw);
    case 9:
      return std::floor(low + (high - low) * share);
    default:
      return low + (high - low) * share;
  }
}

bool valid_weight(double w) { return std::isfinite(w) && w >= 0.0; }

bool valid_budget(const salience::Budget& budget) {
  const double v = budget.value;
  if (budget.kind == salience::BudgetKind::kRatio) return v > 0.0 && v <= 1.0;
  return std::isfinite(v) && v >= 1.0 && v == std::floor(v) && v <= 1e15;
}

void check_summary(std::string_view text, const salience::Language& language,
                   const salience::Options& options, const salience::Budget& budget,
                   const salience::Summary& summary) {
  salience::fuzz::check_spans(text, summary.spans);
  const auto split = salience::split_sentences(text, language);
  require(split.size() == summary.spans.size(), "summary spans differ from split_sentences");
  for (std::size_t i = 0; i < split.size(); ++i) {
    require(split[i].span == summary.spans[i].span, "summary spans differ from split_sentences", i);
  }
  if (summary.title)
    require(summary.spans.at(*summary.title).span.kind == salience::SpanKind::kTitle, "title");

  const salience::ScoringOptions scoring = options.scoring.over(salience::genre_scoring(summary.genre));
  const std::size_t n = summary.ranking.size();
  const double weights = scoring.tfidf_weight + scoring.position_weight + scoring.title_weight;
  std::vector<bool> seen(summary.spans.size(), false);
  for (std::size_t r = 0; r < n; ++r) {
    const auto& sentence = summary.ranking[r];
    require(sentence.rank == r + 1, "ranks are not 1..n", r);
    require(sentence.index < summary.spans.size() && !seen[sentence.index], "candidate index", r);
    seen[sentence.index] = true;
    const auto& span = summary.spans[sentence.index];
    require(span.span.kind == salience::SpanKind::kSentence, "a title or dateline is a candidate", r);
    require(sentence.start == span.start && sentence.end == span.end,
            "candidate offsets differ from its span", r);
    require(sentence.words >= 1, "a candidate without words", r);
    require(!std::isnan(sentence.score), "NaN score", r);
    if (weights < 1e300) require(std::isfinite(sentence.score), "infinite score", r);
    require(sentence.score == sentence.features.score(), "score is not the sum of the features", r);
    if (r > 0) require(summary.ranking[r - 1].score >= sentence.score, "ranking is not best first", r);
    const auto& c = sentence.features.contributions;
    const double slack = 1.0 + 1e-9;
    require(c[0] >= -1e-12 && c[0] <= scoring.tfidf_weight * slack + 1e-12, "tfidf out of range", r);
    require(c[1] >= 0.0 && c[1] <= scoring.position_weight * slack, "position out of range", r);
    require(c[2] >= -1e-12 && c[2] <= scoring.title_weight * slack + 1e-12, "title out of range", r);
    require(c[3] <= 0.0 && c[3] >= -scoring.length_weight, "length out of range", r);
  }

  std::size_t previous_index = 0;
  std::size_t words = 0;
  std::size_t chars = 0;
  std::vector<bool> chosen(n, false);
  for (std::size_t k = 0; k < summary.selected.size(); ++k) {
    const std::size_t r = summary.selected[k];
    require(r < n, "selected is not in the ranking", k);
    const auto& sentence = summary.ranking[r];
    require(k == 0 || sentence.index > previous_index, "selected is not in document order", k);
    previous_index = sentence.index;
    chosen[r] = true;
    words += sentence.words;
    chars += (k == 0 ? 0 : 1) + (sentence.end - sentence.start);
  }
  const std::size_t count = summary.selected.size();
  switch (budget.kind) {
    case salience::BudgetKind::kSentences:
      require(count == std::min<std::size_t>(n, static_cast<std::size_t>(budget.value)), "sentence budget",
              count);
      break;
    case salience::BudgetKind::kRatio: {
      const auto share = static_cast<std::size_t>(std::floor(budget.value * static_cast<double>(n) + 0.5));
      require(count == std::min(n, std::max<std::size_t>(1, share)), "ratio budget", count);
      break;
    }
    case salience::BudgetKind::kWords:
      require(static_cast<double>(words) <= budget.value, "word budget exceeded", words);
      for (std::size_t r = 0; r < n; ++r) {
        require(chosen[r] || static_cast<double>(words + summary.ranking[r].words) > budget.value,
                "word budget: a sentence that fits was left out", r);
      }
      break;
    case salience::BudgetKind::kChars:
      require(static_cast<double>(chars) <= budget.value, "char budget exceeded", chars);
      for (std::size_t r = 0; r < n; ++r) {
        const auto& s = summary.ranking[r];
        require(chosen[r] || static_cast<double>(chars + (count ? 1 : 0) + s.end - s.start) > budget.value,
                "char budget: a sentence that fits was left out", r);
      }
      break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  FuzzedDataProvider data(bytes, size);
  const auto header_bytes = salience::fuzz::consume_header(data, kHeaderSize);
  FuzzedDataProvider header(header_bytes.data(), header_bytes.size());
  const auto& codes = salience::Language::supported_codes();
  const std::size_t pick = header.ConsumeIntegralInRange<std::size_t>(0, codes.size());

  salience::Options options;
  options.language = pick < codes.size() ? codes[pick] : std::string("xx");
  salience::ScoringOptions scoring;
  scoring.tfidf_weight = consume_double(header, 0.0, 2.0);
  scoring.position_weight = consume_double(header, 0.0, 2.0);
  scoring.position_curve = static_cast<salience::PositionCurve>(header.ConsumeIntegralInRange<int>(0, 3));
  scoring.position_decay = consume_double(header, 0.0, 20.0);
  scoring.title_weight = consume_double(header, 0.0, 2.0);
  scoring.length_weight = consume_double(header, 0.0, 2.0);
  const bool small_min_words = header.ConsumeBool();
  const auto min_words = header.ConsumeIntegral<std::size_t>();
  scoring.min_words = small_min_words ? min_words % 21 : min_words;
  options.scoring = salience::ScoringOverrides::fixing(scoring);
  options.redundancy_threshold = consume_double(header, 0.0, 1.0);

  salience::Budget budget;
  budget.kind = static_cast<salience::BudgetKind>(header.ConsumeIntegralInRange<int>(0, 3));
  budget.value = budget.kind == salience::BudgetKind::kRatio       ? consume_double(header, 0.0, 1.0)
                 : budget.kind == salience::BudgetKind::kSentences ? consume_double(header, 1.0, 10.0)
                                                                   : consume_double(header, 1.0, 400.0);
  const std::string text = salience::fuzz::consume_text(data, salience::fuzz::consume_mode(header));
  if (std::getenv("SALIENCE_FUZZ_VERBOSE") != nullptr) {  // to triage a saved input
    std::fprintf(stderr,
                 "language=%s tfidf=%g position=%g curve=%d decay=%g title=%g length=%g min_words=%zu "
                 "redundancy=%g budget=%d:%g text=%zu bytes\n",
                 options.language.c_str(), scoring.tfidf_weight, scoring.position_weight,
                 static_cast<int>(scoring.position_curve), scoring.position_decay, scoring.title_weight,
                 scoring.length_weight, scoring.min_words, options.redundancy_threshold,
                 static_cast<int>(budget.kind), budget.value, text.size());
  }

  const bool valid_options = pick < codes.size() && valid_weight(scoring.tfidf_weight) &&
                             valid_weight(scoring.position_weight) && valid_weight(scoring.title_weight) &&
                             valid_weight(scoring.length_weight) && std::isfinite(scoring.position_decay) &&
                             scoring.position_decay > 0.0 && options.redundancy_threshold >= 0.0 &&
                             options.redundancy_threshold <= 1.0;
  const bool valid_call = valid_budget(budget) && !salience::find_invalid_utf8(text).has_value();

  const salience::Options given = options;
  std::optional<salience::Summarizer> summarizer;
  try {
    summarizer.emplace(std::move(options));
  } catch (const salience::InvalidArgument&) {
    require(!valid_options, "valid options were refused");
    return 0;
  }
  require(valid_options, "invalid options were accepted");

  salience::Summary summary;
  try {
    summary = summarizer->summarize(text, budget);
  } catch (const salience::InvalidArgument&) {
    require(!valid_call, "a valid budget and text were refused");
    return 0;
  }
  require(valid_call, "an invalid budget or text was accepted");
  const auto& language = salience::Language::get(given.language);
  check_summary(text, language, given, budget, summary);

  // Same output on every run, whatever the thread's caches hold by now.
  const salience::Summary again = summarizer->summarize(text, budget);
  require(again.selected == summary.selected && again.ranking.size() == summary.ranking.size(),
          "a second call gives another summary");
  for (std::size_t r = 0; r < summary.ranking.size(); ++r) {
    require(again.ranking[r].index == summary.ranking[r].index &&
                again.ranking[r].score == summary.ranking[r].score,
            "a second call ranks differently", r);
  }
  return 0;
}

// Regression tests: each bug that fuzzing or the hostile-input tests found, with the input
// that showed it (docs/hostile_inputs.md). Named for the behaviour that broke.
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <ostream>
#include <string>
#include <vector>

#include "salience/segment.h"
#include "salience/summarizer.h"
#include "test_support.h"

namespace salience {
namespace {

struct TitleCase {
  const char* name;
  std::string text;
  std::string first = "First sentence here.";
};

void PrintTo(const TitleCase& c, std::ostream* os) { *os << c.name; }

// Found by tests/python/test_hostile_inputs.py (a million blank lines between two
// sentences): a first line that ends in terminal punctuation and then white space before
// its line break was taken for a title, so the first sentence could never be chosen.
class FirstSentenceWithTrailingWhiteSpace : public ::testing::TestWithParam<TitleCase> {};

TEST_P(FirstSentenceWithTrailingWhiteSpace, IsNotATitle) {
  const std::string& text = GetParam().text;
  const std::vector<Span> spans = segment(text, Language::get("en"));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].kind, SpanKind::kSentence);
  EXPECT_EQ(testing::text_of(text, spans[0]), GetParam().first);
  EXPECT_EQ(spans[1].kind, SpanKind::kSentence);

  const Summary summary = Summarizer({.language = "en"}).summarize(text, {BudgetKind::kRatio, 1.0});
  EXPECT_FALSE(summary.title.has_value());
  EXPECT_EQ(summary.selected.size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(
    Segment, FirstSentenceWithTrailingWhiteSpace,
    ::testing::Values(
        TitleCase{"Space", "First sentence here. \n\nSecond sentence there."},
        TitleCase{"SpaceThenBlankLineOfSpaces", "First sentence here. \n \nSecond sentence there."},
        TitleCase{"Tab", "First sentence here.\t\n\nSecond sentence there."},
        TitleCase{"NoBreakSpace", "First sentence here.\u00a0\n\nSecond sentence there."},
        TitleCase{"IdeographicSpace", "First sentence here.\u3000\r\n\r\nSecond sentence there."},
        TitleCase{"AfterClosingQuote", "\"First sentence here.\"  \n\nSecond sentence there.",
                  "\"First sentence here.\""}),
    testing::ParamName{});

TEST(FirstLineWithTrailingWhiteSpace, StillReadsAsATitleWithoutTerminalPunctuation) {
  const std::string text = "A Headline Here  \n\nThe body starts here. It goes on.";
  const std::vector<Span> spans = segment(text, Language::get("en"));
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].kind, SpanKind::kTitle);
  EXPECT_EQ(testing::text_of(text, spans[0]), "A Headline Here");
}

// Found by an adversarial probe (issue 17): a short pattern repeated without white space
// ("X?X?X?…", "我?A我?A…") took time quadratic in its length, since every terminal read the
// word before it back to the start of the sentence and the text after it up to the next white
// space. Four times the text must take about four times as long: a quadratic scan takes
// sixteen times, beyond kMaxGrowth; timing noise stays below it (each time is the least of a
// few, each long enough to measure).
struct PatternCase {
  const char* name;
  const char* pattern;
};

void PrintTo(const PatternCase& c, std::ostream* os) { *os << c.name; }

class RepeatedPatternWithoutWhiteSpace : public ::testing::TestWithParam<PatternCase> {};

double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double seconds_to_segment(const std::string& text, int calls) {
  const Language& language = Language::get("en");
  const double start = thread_seconds();
  for (int call = 0; call < calls; ++call) {
    if (segment(text, language).empty()) return 0.0;
  }
  return thread_seconds() - start;
}

TEST_P(RepeatedPatternWithoutWhiteSpace, SplitsInLinearTime) {
  constexpr double kMaxGrowth = 10.0;
  constexpr double kMeasurable = 0.02;  // seconds
  const std::string small = testing::repeat_to(GetParam().pattern, 16 << 10);
  const std::string large = testing::repeat_to(GetParam().pattern, 64 << 10);
  int calls = 1;
  while (seconds_to_segment(small, calls) < kMeasurable) calls *= 2;
  double small_seconds = 1e9;
  double large_seconds = 1e9;
  for (int attempt = 0; attempt < 3; ++attempt) {
    small_seconds = std::min(small_seconds, seconds_to_segment(small, calls));
    large_seconds = std::min(large_seconds, seconds_to_segment(large, calls));
    if (large_seconds < kMaxGrowth * small_seconds) break;
  }
  EXPECT_LT(large_seconds, kMaxGrowth * small_seconds)
      << "16 KB: " << small_seconds << " s, 64 KB: " << large_seconds << " s (" << calls << " calls)";
}

INSTANTIATE_TEST_SUITE_P(Segment, RepeatedPatternWithoutWhiteSpace,
                         ::testing::Values(PatternCase{"QuestionBeforeCapital", "X?"},
                                           PatternCase{"HanQuestionLatin", "\u6211?A"},
                                           PatternCase{"GreekExclamation", "\u03A9!"},
                                           PatternCase{"PeriodOpeningQuote", "A.\u201C"},
                                           PatternCase{"ExclamationBracketCapital", "!)X"},
                                           PatternCase{"QuoteAbbreviation", "\"Dr."},
                                           PatternCase{"BracketQuestionCapital", "[?A"},
                                           PatternCase{"QuestionGreekClosingMarks", "?\u03A9)\u201D"}),
                         testing::ParamName{});

}  // namespace
}  // namespace salience

// Regression tests: each bug that fuzzing or the hostile-input tests found, with the input
// that showed it (docs/hostile_inputs.md). Named for the behaviour that broke.
#include <gtest/gtest.h>

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

  const Summary summary = Summarizer(Options{}).summarize(text, {BudgetKind::kRatio, 1.0});
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

}  // namespace
}  // namespace salience

// Headlines (detail/headline.h): whether a line reads as a headline, whether it heads the
// line after it, and the document's title line. One table row per case.
#include "salience/detail/headline.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "salience/detail/unicode.h"
#include "test_support.h"

namespace salience::detail {
namespace {

struct HeadlineCase {
  const char* name;
  std::string_view line;
  std::size_t max_words;
  bool expected;
};
void PrintTo(const HeadlineCase& c, std::ostream* os) { *os << c.name; }

class ReadsAsHeadline : public ::testing::TestWithParam<HeadlineCase> {};

TEST_P(ReadsAsHeadline, HasALetterFewWordsAndNoTerminal) {
  const HeadlineCase& c = GetParam();
  EXPECT_EQ(reads_as_headline(c.line, 0, c.line.size(), c.max_words), c.expected) << c.line;
}

const HeadlineCase kHeadlineCases[] = {
    {"TitleCase", "A Short Headline", 40, true},
    {"FullStop", "A sentence ends here.", 40, false},
    {"TerminalInsideQuotes", "He said \"no.\"", 40, false},
    {"TerminalInsideBrackets", "Results (final.)", 40, false},
    {"Comma", "First of all,", 40, false},
    {"Colon", "Ingredients:", 40, false},
    {"Question", "Who won?", 40, false},
    {"ClosingBracket", "Results (draft)", 40, true},
    {"NoLetter", "123 456", 40, false},
    {"TooManyWords", "A Short Headline", 2, false},
    {"AtTheLimit", "A Short Headline", 3, true},
    {"Empty", "", 40, false},
    {"Cjk", "\xE6\x9D\xB1\xE4\xBA\xAC", 40, true},
    {"CjkFullStop", "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x82", 40, false},
};
INSTANTIATE_TEST_SUITE_P(Headline, ReadsAsHeadline, ::testing::ValuesIn(kHeadlineCases),
                         testing::ParamName());

struct HeadsCase {
  const char* name;
  std::string_view headline;
  std::string_view next;
  bool expected;
};
void PrintTo(const HeadsCase& c, std::ostream* os) { *os << c.name; }

class HeadsNextLine : public ::testing::TestWithParam<HeadsCase> {};

TEST_P(HeadsNextLine, RatherThanWrappingIntoIt) {
  const HeadsCase& c = GetParam();
  const std::string text = std::string(c.headline) + "\n" + std::string(c.next);
  const std::size_t next_begin = c.headline.size() + 1;
  EXPECT_EQ(heads_next_line(text, 0, c.headline.size(), next_begin, text.size()), c.expected) << text;
}

const HeadsCase kHeadsCases[] = {
    {"TitleCase", "Troops Leave Kabul After Twenty Years", "The last soldiers left on Monday.", true},
    {"Capitals", "WORLD NEWS TODAY AND TOMORROW", "The markets fell.", true},
    {"Marked", "# notes on the meeting we had", "Some text.", true},
    {"ShortLine", "Summary", "A much longer line follows it here.", true},
    {"NextGoesOnInLowerCase", "Troops Leave Kabul", "after twenty years.", false},
    {"WrappedSentenceWithNames", "Prime Minister Theresa May said the talks", "Were going well, aides said.",
     false},
    {"NothingFollows", "Anything at all", "", true},
};
INSTANTIATE_TEST_SUITE_P(Headline, HeadsNextLine, ::testing::ValuesIn(kHeadsCases), testing::ParamName());

struct TitleCase {
  const char* name;
  std::string_view text;
  std::optional<std::size_t> end;  // the line break after the title
};
void PrintTo(const TitleCase& c, std::ostream* os) { *os << c.name; }

class FindTitle : public ::testing::TestWithParam<TitleCase> {};

TEST_P(FindTitle, TakesTheFirstLineWhenItHeadsTheText) {
  const TitleCase& c = GetParam();
  const auto title = find_title(c.text, 0);
  ASSERT_EQ(title.has_value(), c.end.has_value()) << c.text;
  if (title) {
    EXPECT_EQ(title->end, *c.end);
    EXPECT_EQ(title->next, *c.end + line_break_length(c.text, *c.end));
  }
}

const TitleCase kTitleCases[] = {
    {"BlankLineAfter", "Markets Rally\n\nShares rose today.", 13},
    {"ParagraphSeparatorAfter", "Markets Rally\xE2\x80\xA9Shares rose today.", 13},
    {"CrLf", "Markets Rally\r\n\r\nShares rose today.", 13},
    {"HeadsTheNextLine", "Markets Rally\nShares rose today.", 13},
    {"WrappedSentence", "shares of the company rose\nsharply today.", std::nullopt},
    {"FirstLineIsASentence", "Shares rose.\n\nThen fell.", std::nullopt},
    {"NothingFollows", "Markets Rally\n\n  ", std::nullopt},
    {"OneLine", "Markets Rally", std::nullopt},
};
INSTANTIATE_TEST_SUITE_P(Headline, FindTitle, ::testing::ValuesIn(kTitleCases), testing::ParamName());

}  // namespace
}  // namespace salience::detail

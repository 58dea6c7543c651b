// List markers (detail/list_markers.h): parsing a marker, whether a list goes on, and the
// byte the next marker starts with. One table row per case.
#include "salience/detail/list_markers.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string_view>

#include "test_support.h"

namespace salience::detail {
namespace {

using Kind = ListMarker::Kind;
using Style = ListMarker::Style;

struct MarkerCase {
  const char* name;
  std::string_view text;  // the marker at byte 0
  std::optional<ListMarker> marker;
  std::size_t item = 0;
  bool lower_expected = false;
};
void PrintTo(const MarkerCase& c, std::ostream* os) { *os << c.name; }

class ParseListMarker : public ::testing::TestWithParam<MarkerCase> {};

TEST_P(ParseListMarker, ReadsTheLabelAndItsStyle) {
  const MarkerCase& c = GetParam();
  const auto parsed = parse_list_marker(c.text, 0, c.lower_expected);
  ASSERT_EQ(parsed.has_value(), c.marker.has_value()) << c.text;
  if (parsed) {
    EXPECT_TRUE(parsed->marker == *c.marker) << c.text;
    EXPECT_EQ(parsed->item, c.item) << c.text;
  }
}

const MarkerCase kMarkerCases[] = {
    {"NumberPeriod", "1. Item", ListMarker{Kind::kNumber, Style::kPeriod, 1}, 3},
    {"NumberParenthesis", "2) Item", ListMarker{Kind::kNumber, Style::kParenthesis, 2}, 3},
    {"NumberPeriodParenthesis", "3.) Item", ListMarker{Kind::kNumber, Style::kPeriodParenthesis, 3}, 4},
    {"Enclosed", "(4) Item", ListMarker{Kind::kNumber, Style::kEnclosed, 4}, 4},
    {"ThreeDigits", "999.  Item", ListMarker{Kind::kNumber, Style::kPeriod, 999}, 6},
    {"FourDigitsAreAYear", "1990. Item", std::nullopt},
    {"LowerLetter", "b) Item", ListMarker{Kind::kLower, Style::kParenthesis, 2}, 3},
    {"EnclosedLetter", "(c) Item", ListMarker{Kind::kLower, Style::kEnclosed, 3}, 4},
    {"UpperLetterParenthesis", "A) Item", ListMarker{Kind::kUpper, Style::kParenthesis, 1}, 3},
    {"UpperLetterPeriodIsAnInitial", "A. Smith", std::nullopt},
    {"Roman", "ii. Item", ListMarker{Kind::kRoman, Style::kPeriod, 2}, 4},
    {"IIsRoman", "i. Item", ListMarker{Kind::kRoman, Style::kPeriod, 1}, 3},
    {"IIsALetterInALetteredList", "i. Item", ListMarker{Kind::kLower, Style::kPeriod, 9}, 3, true},
    {"RomanPastTwelve", "xiii. Item", std::nullopt},
    {"Word", "see. Item", std::nullopt},
    {"NoSpaceAfter", "1.5 million", std::nullopt},
    {"NothingAfter", "1.   ", std::nullopt},
    {"NoPunctuation", "12 apples", std::nullopt},
    {"Empty", "", std::nullopt},
};
INSTANTIATE_TEST_SUITE_P(ListMarkers, ParseListMarker, ::testing::ValuesIn(kMarkerCases),
                         testing::ParamName());

TEST(ListMarkers, ListsGoOnUpToTheirLastLabel) {
  EXPECT_TRUE(continues_list({Kind::kNumber, Style::kPeriod, 999}));
  EXPECT_FALSE(continues_list({Kind::kNumber, Style::kPeriod, 1000}));
  EXPECT_TRUE(continues_list({Kind::kLower, Style::kPeriod, 26}));
  EXPECT_FALSE(continues_list({Kind::kUpper, Style::kParenthesis, 27}));
  EXPECT_TRUE(continues_list({Kind::kRoman, Style::kPeriod, 12}));
  EXPECT_FALSE(continues_list({Kind::kRoman, Style::kPeriod, 13}));
}

TEST(ListMarkers, NextMarkerStartsWithItsFirstByte) {
  EXPECT_EQ(first_byte({Kind::kNumber, Style::kPeriod, 10}), '1');
  EXPECT_EQ(first_byte({Kind::kLower, Style::kParenthesis, 3}), 'c');
  EXPECT_EQ(first_byte({Kind::kUpper, Style::kParenthesis, 2}), 'B');
  EXPECT_EQ(first_byte({Kind::kRoman, Style::kPeriod, 5}), 'v');
  EXPECT_EQ(first_byte({Kind::kNumber, Style::kEnclosed, 2}), '(');
}

TEST(ListMarkers, SuccessorKeepsKindAndStyle) {
  const ListMarker marker{Kind::kLower, Style::kEnclosed, 3};
  EXPECT_TRUE(marker.successor() == (ListMarker{Kind::kLower, Style::kEnclosed, 4}));
}

}  // namespace
}  // namespace salience::detail

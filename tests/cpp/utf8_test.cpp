#include "salience/utf8.h"

#include <gtest/gtest.h>

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;

struct Utf8Case {
  const char* name;
  std::string_view text;
  std::optional<std::size_t> invalid_at;
};

const Utf8Case kValid[] = {
    {"empty", ""sv, std::nullopt},
    {"ascii", "Hello, world."sv, std::nullopt},
    {"white space only", " \t\r\n "sv, std::nullopt},
    {"control characters", "a\0b\x01\x1f\x7f"sv, std::nullopt},
    {"two-byte extremes", "\u0080\u07ff"sv, std::nullopt},
    {"three-byte extremes", "\u0800\ud7ff\ue000\uffff"sv, std::nullopt},
    {"four-byte extremes", "\U00010000\U0010ffff"sv, std::nullopt},
    {"cjk with full-width punctuation", "他来了。她走了！真的吗？"sv, std::nullopt},
    {"emoji zwj sequence", "\U0001F468\u200D\U0001F469\u200D\U0001F467"sv, std::nullopt},
    {"combining marks", "e\u0301\u0302"sv, std::nullopt},
    {"rtl", "مرحبا بالعالم. שלום"sv, std::nullopt},
    {"multibyte after the ascii fast path", "0123456789abcdef\u00e9"sv, std::nullopt},
};

const Utf8Case kInvalid[] = {
    {"overlong NUL", "\xC0\x80"sv, 0},
    {"overlong two-byte", "\xC1\xBF"sv, 0},
    {"overlong three-byte", "\xE0\x80\x80"sv, 0},
    {"overlong three-byte high", "\xE0\x9F\xBF"sv, 0},
    {"overlong four-byte", "\xF0\x80\x80\x80"sv, 0},
    {"overlong four-byte high", "\xF0\x8F\xBF\xBF"sv, 0},
    {"surrogate D800 encoded", "ab\xED\xA0\x80"sv, 2},
    {"surrogate DFFF encoded", "\xED\xBF\xBF"sv, 0},
    {"above U+10FFFF", "x\xF4\x90\x80\x80"sv, 1},
    {"lead byte F5", "\xF5\x80\x80\x80"sv, 0},
    {"byte FE", "\xFE"sv, 0},
    {"byte FF", "abc\xFF"sv, 3},
    {"truncated two-byte at end", "ab\xC3"sv, 2},
    {"truncated three-byte at end", "abc\xE2\x82"sv, 3},
    {"truncated four-byte at end", "\xF0\x9F\x98"sv, 0},
    {"truncated sequence before ascii",
     "\xE2\x82"
     "A"sv,
     0},
    {"stray continuation byte", "\x80"sv, 0},
    {"stray continuation after a letter", "a\xBF"sv, 1},
    {"continuation after a complete sequence", "\u00e9\xA9"sv, 2},
    {"first of several errors", "a\x80\x80\xFF"sv, 1},
    {"error after the ascii fast path", "0123456789\x80"sv, 10},
    {"error inside an eight-byte block", "01234567\xC3\x28"sv, 8},
};

class ValidUtf8 : public ::testing::TestWithParam<Utf8Case> {};
class InvalidUtf8 : public ::testing::TestWithParam<Utf8Case> {};

TEST_P(ValidUtf8, HasNoInvalidByte) { EXPECT_EQ(find_invalid_utf8(GetParam().text), std::nullopt); }

TEST_P(InvalidUtf8, ReportsTheOffsetOfTheFirstIllFormedSequence) {
  EXPECT_EQ(find_invalid_utf8(GetParam().text), GetParam().invalid_at);
}

std::string case_name(const ::testing::TestParamInfo<Utf8Case>& info) {
  std::string name;
  for (const char* c = info.param.name; *c != '\0'; ++c)
    name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Utf8, ValidUtf8, ::testing::ValuesIn(kValid), case_name);
INSTANTIATE_TEST_SUITE_P(Utf8, InvalidUtf8, ::testing::ValuesIn(kInvalid), case_name);

TEST(Utf8, FindsAnInvalidByteAtTheEndOfALongValidText) {
  std::string text = testing::repeat_to("plain ascii text, then ünïcödé; ", 1 << 20);
  EXPECT_EQ(find_invalid_utf8(text), std::nullopt);
  const std::size_t size = text.size();
  text += '\xC3';
  EXPECT_EQ(find_invalid_utf8(text), size);
}

TEST(Utf8, ReferenceArticleIsValid) {
  EXPECT_EQ(find_invalid_utf8(testing::reference_article()), std::nullopt);
}

TEST(CodePointCounter, CountsMixedWidthCodePoints) {
  // 1, 2, 3 and 4 bytes per code point.
  const std::string_view text = "a\u00e9\u20ac\U0001F600z";
  struct Step {
    std::size_t byte;
    std::size_t code_points;
  };
  const Step steps[] = {{0, 0}, {1, 1}, {3, 2}, {6, 3}, {10, 4}, {11, 5}};
  CodePointCounter counter(text);
  for (const Step& step : steps) {
    EXPECT_EQ(counter.at(step.byte), step.code_points) << "at byte " << step.byte;
  }
}

TEST(CodePointCounter, RepeatedOffsetGivesTheSameCount) {
  CodePointCounter counter("\u4ed6\u6765\u4e86");
  EXPECT_EQ(counter.at(3), 1u);
  EXPECT_EQ(counter.at(3), 1u);
  EXPECT_EQ(counter.at(9), 3u);
  EXPECT_EQ(counter.at(9), 3u);
}

TEST(CodePointCounter, CountsWholeTexts) {
  struct Case {
    const char* name;
    std::string_view text;
    std::size_t code_points;
  };
  const Case cases[] = {
      {"empty", ""sv, 0},
      {"white space", " \t\r\n"sv, 4},
      {"control characters", "\0\x01\t"sv, 3},
      {"cjk", "他来了。"sv, 4},
      {"full-width", "ＡＢＣ！"sv, 4},
      {"emoji zwj family is five code points", "\U0001F468\u200D\U0001F469\u200D\U0001F467"sv, 5},
      {"flag is two code points", "\U0001F1FA\U0001F1F8"sv, 2},
      {"combining mark is its own code point", "e\u0301"sv, 2},
      {"rtl", "שלום"sv, 4},
  };
  for (const Case& c : cases) {
    CodePointCounter counter(c.text);
    EXPECT_EQ(counter.at(c.text.size()), c.code_points) << c.name;
  }
}

TEST(CodePointCounter, EmptyTextCountsZero) {
  CodePointCounter counter("");
  EXPECT_EQ(counter.at(0), 0u);
}

TEST(CodePointCounter, AgreesWithACountByteByByteAtEveryOffset) {
  // Long enough for the eight-byte steps, with every width at every alignment.
  std::string text;
  for (int i = 0; i < 12; ++i) text += "ab\xc3\xa9\xe4\xbb\x96 \xf0\x9f\x98\x80xyz\xc2\xa3";
  std::vector<std::size_t> boundaries;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) boundaries.push_back(i);
  }
  for (std::size_t step = 1; step <= 9; ++step) {
    CodePointCounter counter(text);
    for (std::size_t k = 0; k < boundaries.size(); k += step) EXPECT_EQ(counter.at(boundaries[k]), k) << step;
  }
}

}  // namespace
}  // namespace salience

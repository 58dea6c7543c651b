// Quotations and brackets (detail/quotations.h): where the quotation or bracket opened by a
// mark closes. In each text "^" stands before the opening mark and "$" before the closing
// mark expected (no "$": none); both are removed before the call.
#include "salience/detail/quotations.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>

#include "salience/detail/unicode.h"
#include "test_support.h"

namespace salience::detail {
namespace {

struct QuoteCase {
  const char* name;
  std::string_view marked;
};
void PrintTo(const QuoteCase& c, std::ostream* os) { *os << c.name; }

class ClosingMark : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(ClosingMark, IsFoundWithinReach) {
  const QuoteCase& c = GetParam();
  std::string text;
  std::size_t open = 0;
  std::size_t expected = QuotationFinder::kNone;
  for (char ch : c.marked) {
    if (ch == '^') {
      open = text.size();
    } else if (ch == '$') {
      expected = text.size();
    } else {
      text.push_back(ch);
    }
  }
  std::size_t next = open;
  const UChar32 mark = next_code_point(text, next);
  QuotationFinder finder(text, 0);
  EXPECT_EQ(finder.closing_mark(open, mark, next), expected) << c.marked;
}

const std::string kTooFar = "^(" + std::string(700, 'x') + ") end";

const QuoteCase kQuoteCases[] = {
    {"StraightDouble", "He said ^\"yes.$\" Then"},
    {"StraightInsideAWord", "a^\"b\" c"},
    {"StraightBeforeSpace", "a ^\" b\" c"},
    {"StraightLeftOpen", "^\"Many of them. \"So I'm going.\""},
    {"SingleSkipsApostrophes", "She said ^'don't go.$' Then"},
    {"ApostropheBeforeDigits", "the ^'90s were' fun"},
    {"Curly", "^\xE2\x80\x9CHello.$\xE2\x80\x9D He"},
    {"CurlyLeftOpen", "^\xE2\x80\x9COne. \xE2\x80\x9CTwo.\xE2\x80\x9D"},
    {"CurlySingle", "^\xE2\x80\x98Hi.$\xE2\x80\x99 she"},
    {"German", "^\xE2\x80\x9ELust.$\xE2\x80\x9C Wir"},
    {"Polish", "^\xE2\x80\x9ETak.$\xE2\x80\x9D On"},
    {"Swedish", "^\xE2\x80\x9DJa.$\xE2\x80\x9D sa"},
    {"FrenchNests", "^\xC2\xAB Il dit \xC2\xAB oui \xC2\xBB. $\xC2\xBB Puis"},
    {"Danish", "^\xC2\xBBJa.$\xC2\xAB sagde"},
    {"BracketsNest", "^(He worked (hard).$) at"},
    {"CjkBracket", "^\xE3\x80\x8A\xE7\x88\xB8\xE7\x88\xB8\xEF\xBC\x81$\xE3\x80\x8B"},
    {"NeverClosed", "^(never closed"},
    {"TooFar", kTooFar},
    {"ClosingBracketOpensNothing", "^) x"},
};
INSTANTIATE_TEST_SUITE_P(Quotations, ClosingMark, ::testing::ValuesIn(kQuoteCases), testing::ParamName());

}  // namespace
}  // namespace salience::detail

#include "salience/detail/quotations.h"

#include <algorithm>
#include <cstdint>

#include "salience/detail/char_class.h"
#include "salience/detail/unicode.h"

namespace salience::detail {
namespace {

// Where a mark opens a quotation.
enum class Opens : std::uint8_t {
  // „ ‚: marks that never close, wherever they stand.
  kAlways,
  // « ‹: before anything, white space too (French puts a space after «), but not at the
  // paragraph's end.
  kBeforeAnything,
  // “ ‘: before a character that is not white space, wherever they stand ("他说：‘…’", "(‘…’)").
  kBeforeText,
  // " ” » ›, which also close: at the start of a word, before a character that is not white
  // space.
  kWordStart,
  // ', also an apostrophe: at the start of a word, before a letter ("'90s" opens nothing).
  kWordStartBeforeLetter,
};

// What, inside a quotation, opens another of its kind that does not nest: the first was left
// open ('"Many ... them. "So I'm ...').
enum class Reopens : std::uint8_t {
  kNever,
  kSameMark,             // a second “
  kSpacedStraightQuote,  // a straight double quote with white space before it and text after it
};

struct QuotePair {
  UChar32 open;
  UChar32 close;
  UChar32 close2;  // a second closing mark of the same quotation style, 0 for none
  Opens opens;
  Reopens reopens;
  bool apostrophe;  // the closing mark doubles as an apostrophe ("don't")
  bool nests;       // an inner opening mark of the same kind needs its own close
};

// Quotation marks by language: “…” English; „…“ German (a German closing “ is read as part
// of its „ quotation), „…” Polish; ”…” Swedish and Finnish; «…» French, Russian; »…« Danish
// and German; ‚…‘ and ‹…› the single forms. Brackets are not listed: they close with their
// Unicode paired bracket, and nest.
constexpr QuotePair kQuotePairs[] = {
    {'"', '"', 0, Opens::kWordStart, Reopens::kSpacedStraightQuote, false, false},
    {'\'', '\'', 0x2019, Opens::kWordStartBeforeLetter, Reopens::kNever, true, false},
    {0x2018, 0x2019, 0, Opens::kBeforeText, Reopens::kNever, true, false},       // ‘ ’
    {0x201A, 0x2018, 0x2019, Opens::kAlways, Reopens::kNever, false, false},     // ‚ ‘
    {0x201C, 0x201D, 0, Opens::kBeforeText, Reopens::kSameMark, false, false},   // “ ”
    {0x201E, 0x201C, 0x201D, Opens::kAlways, Reopens::kNever, false, false},     // „ “
    {0x201D, 0x201D, 0, Opens::kWordStart, Reopens::kNever, false, false},       // ” ”
    {0xAB, 0xBB, 0, Opens::kBeforeAnything, Reopens::kNever, false, true},       // « »
    {0xBB, 0xAB, 0, Opens::kWordStart, Reopens::kNever, false, false},           // » «
    {0x2039, 0x203A, 0, Opens::kBeforeAnything, Reopens::kNever, false, false},  // ‹ ›
    {0x203A, 0x2039, 0, Opens::kWordStart, Reopens::kNever, false, false},       // › ‹
};

}  // namespace

UChar32 QuotationFinder::at(std::size_t i) const { return code_point_at(text_, i); }

UChar32 QuotationFinder::before(std::size_t i) const { return i > begin_ ? code_point_before(text_, i) : -1; }

// The start of a word: after white space, an opening mark, a dash or "/" (", "(", "—"", "and/'").
bool QuotationFinder::opening_context(std::size_t i) const {
  const UChar32 p = before(i);
  return p < 0 || is_white_space(p) || is_opening_mark(p) || is_dash(p) || p == '/';
}

std::size_t QuotationFinder::closing_mark(std::size_t i, UChar32 c, std::size_t next) {
  const UChar32 following = at(next);
  const auto pair = std::find_if(std::begin(kQuotePairs), std::end(kQuotePairs),
                                 [c](const QuotePair& quote) { return quote.open == c; });
  QuotePair quote{c, 0, 0, Opens::kAlways, Reopens::kNever, false, true};
  if (pair != std::end(kQuotePairs)) {
    quote = *pair;
  } else {
    if (u_charType(c) != U_START_PUNCTUATION) return kNone;
    quote.close = u_getBidiPairedBracket(c);
    if (quote.close == c) return kNone;
  }
  const bool text_follows = following >= 0 && !is_white_space(following);
  switch (quote.opens) {
    case Opens::kAlways:
      break;
    case Opens::kBeforeAnything:
      if (following < 0) return kNone;
      break;
    case Opens::kBeforeText:
      if (!text_follows) return kNone;
      break;
    case Opens::kWordStart:
      if (!opening_context(i) || !text_follows) return kNone;
      break;
    case Opens::kWordStartBeforeLetter:
      if (!opening_context(i) || following < 0 || !is_letter_or_digit(following) || is_digit(following)) {
        return kNone;
      }
      break;
  }

  const std::size_t limit = std::min(text_.size(), i + kMaxQuotedBytes);
  std::size_t from = next;
  for (const auto& [mark, until] : searched_) {
    if (mark == quote.close && until > from) from = until;
  }
  unsigned depth = 0;
  bool seen_close = false;
  for (std::size_t k = from; k < limit;) {
    const std::size_t at_k = k;
    const UChar32 d = next_code_point(text_, k);
    if (quote.nests && d == c) {
      ++depth;
      continue;
    }
    if ((quote.reopens == Reopens::kSameMark && d == c) ||
        (quote.reopens == Reopens::kSpacedStraightQuote && d == '"' && is_white_space(before(at_k)) &&
         at(k) >= 0 && !is_white_space(at(k)))) {
      return kNone;
    }
    if (d == quote.close || (quote.close2 != 0 && d == quote.close2)) {
      seen_close = true;
      if (quote.apostrophe && (at(k) >= 0 && is_letter_or_digit(at(k)))) continue;  // "don't"
      // After white space a "'" opens, unless it stands alone after punctuation ("know. ' He").
      if (quote.apostrophe && is_white_space(before(at_k)) && !closes_spaced(at_k, k)) continue;
      if (depth == 0) return at_k;
      --depth;
    }
  }
  // No closing mark at all up to `limit`: later searches for it start there.
  if (!seen_close) remember_search(quote.close, limit);
  return kNone;
}

bool QuotationFinder::closes_spaced(std::size_t mark, std::size_t after_mark) const {
  if (mark < 2 || text_[mark - 1] != ' ' || (at(after_mark) >= 0 && !is_white_space(at(after_mark))))
    return false;
  const UChar32 c = code_point_before(text_, mark - 1);
  return c == ',' || is_terminal(c, {});
}

void QuotationFinder::remember_search(UChar32 mark, std::size_t until) {
  for (auto& [searched_mark, searched_until] : searched_) {
    if (searched_mark == mark) {
      searched_until = std::max(searched_until, until);
      return;
    }
  }
  searched_.emplace_back(mark, until);
}

}  // namespace salience::detail

// Quotations and brackets inside a paragraph: which mark opens one, and where it closes.
// The sentence rules let a quotation or bracket that closes within reach hold its terminals
// ("(He worked as an engineer.) at the", "„… Lust.“ Wir", "《摔跤吧！爸爸》"). Internal.
#pragma once

#include <unicode/umachine.h>

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace salience::detail {

// Finds the closing marks of the quotations and brackets of one paragraph, remembering how
// far it searched for each kind of mark in vain, so that many unclosed quotations ("“a “b
// “c …") cost O(length of the paragraph) in all, not O(n²).
class QuotationFinder {
 public:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // `paragraph` is the text up to the paragraph's end (valid UTF-8), `begin` where the
  // paragraph starts in it; the finder reads nothing outside [begin, paragraph.size()).
  QuotationFinder(std::string_view paragraph, std::size_t begin) : text_(paragraph), begin_(begin) {}

  // The byte offset of the mark that closes the quotation or bracket that `c`, at byte i,
  // opens (`next` is the byte after c), or kNone when c opens none there or it does not close
  // within kMaxQuotedBytes. Straight quotes and marks that also close (” » ›) open only at the
  // start of a word; an apostrophe ("don't", "'90s") closes and opens nothing; a quotation
  // left open by a new one of its kind (news style for a quote running over paragraphs)
  // holds nothing. O(kMaxQuotedBytes).
  std::size_t closing_mark(std::size_t i, UChar32 c, std::size_t next);

 private:
  // A quotation or bracket holds its terminals only up to this length, a few sentences of
  // quoted speech: beyond it an unbalanced mark is likelier than a quoted passage, and the
  // look-ahead of each mark stays bounded. Set by hand with the rules (no measurement of it
  // is recorded).
  static constexpr std::size_t kMaxQuotedBytes = 600;

  UChar32 at(std::size_t i) const;
  UChar32 before(std::size_t i) const;
  bool opening_context(std::size_t i) const;
  void remember_search(UChar32 mark, std::size_t until);
  // Whether the "'" at `mark` (ending at `after_mark`) stands alone after a comma or terminal and
  // a space, before white space or the end: it closes ("'I know. ' He paused").
  bool closes_spaced(std::size_t mark, std::size_t after_mark) const;

  std::string_view text_;
  std::size_t begin_;
  // For each closing mark searched for without success: the end of that search.
  std::vector<std::pair<UChar32, std::size_t>> searched_;
};

}  // namespace salience::detail

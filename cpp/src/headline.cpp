#include "salience/detail/headline.h"

#include "salience/detail/char_class.h"
#include "salience/detail/unicode.h"

namespace salience::detail {
namespace {

// A title has at most this many words: it guards against taking for the title a first
// paragraph that lost its full stop (scraped text), which is longer. Set by hand with the
// title rule (no measurement of it is recorded); news headlines are rarely over 20 words.
constexpr std::size_t kMaxTitleWords = 40;
// heads_next_line: a line with at least this share of capitalized words (of three letters or
// more, so that "of", "a", "to" do not count) is in title case or capitals ("Troops Leave
// Kabul", "WORLD NEWS"). Set by hand with the heading rule (no measurement of it is
// recorded): a hard-wrapped sentence that opens with a name ("Prime Minister Theresa May said
// the talks", 4 of 7) stays below it.
constexpr double kTitleCaseShare = 0.6;
// A word counts for kTitleCaseShare from this many letters on.
constexpr std::size_t kMinTitleCaseLetters = 3;

// Share of the words of kMinTitleCaseLetters letters or more that start with a capital letter.
double capitalized_share(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  std::size_t capitalized = 0;
  std::size_t letters = 0;
  bool upper_first = false;
  auto finish_word = [&] {
    if (letters >= kMinTitleCaseLetters) {
      ++words;
      capitalized += upper_first ? 1 : 0;
    }
    letters = 0;
  };
  for (std::size_t i = begin; i < end;) {
    const UChar32 c = next_code_point(text, i);
    if (is_white_space(c)) {
      finish_word();
    } else if (is_letter(c) && letters++ == 0) {
      upper_first = is_upper(c);
    }
  }
  finish_word();
  return words == 0 ? 0.0 : static_cast<double>(capitalized) / static_cast<double>(words);
}

struct Line {
  std::size_t begin;  // first byte of the line
  std::size_t end;    // the line break that ends it, or text.size()
  std::size_t next;   // first byte after that line break
};

Line line_at(std::string_view text, std::size_t begin) {
  const std::size_t end = find_line_break(text, begin);
  return {begin, end, end + line_break_length(text, end)};
}

bool ends_paragraph(const Line& line, std::string_view text) {
  return is_paragraph_separator(code_point_at(text, line.end));
}

bool is_blank_line(const Line& line, std::string_view text) {
  for (std::size_t i = line.begin; i < line.end; ++i) {
    if (!is_blank(text[i])) return false;
  }
  return true;
}

}  // namespace

bool reads_as_headline(std::string_view text, std::size_t begin, std::size_t end, std::size_t max_words) {
  bool has_letter = false;
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = begin; i < end;) {
    const UChar32 c = next_code_point(text, i);
    has_letter = has_letter || is_letter(c);
    const bool space = is_white_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  if (!has_letter || words > max_words || end <= begin) return false;
  std::size_t last = end;
  UChar32 c = previous_code_point(text, last);
  while (last > begin && (is_closing_bracket(c) || is_quote(c))) c = previous_code_point(text, last);
  return !(u_hasBinaryProperty(c, UCHAR_S_TERM) != 0 ||
           u_hasBinaryProperty(c, UCHAR_TERMINAL_PUNCTUATION) != 0);
}

bool heads_next_line(std::string_view text, std::size_t begin, std::size_t end, std::size_t next_begin,
                     std::size_t next_end) {
  if (next_begin >= next_end) return true;
  if (is_lower(code_point_at(text, next_begin))) return false;
  if (text[begin] == '#') return true;
  const bool title_case = capitalized_share(text, begin, end) >= kTitleCaseShare;
  const bool short_line = 2 * (end - begin) <= next_end - next_begin;
  return title_case || short_line;
}

std::optional<TitleLine> find_title(std::string_view text, std::size_t begin) {
  const Line first = line_at(text, begin);
  if (skip_white_space(text, first.next) == text.size()) return std::nullopt;  // nothing follows
  const std::size_t first_end = trim_end(text, first.begin, first.end);
  if (!reads_as_headline(text, first.begin, first_end, kMaxTitleWords)) return std::nullopt;
  const Line second = line_at(text, first.next);
  const TitleLine title{first.end, first.next};
  if (ends_paragraph(first, text) || is_blank_line(second, text)) return title;
  const std::size_t second_begin = skip_white_space(text.substr(0, second.end), second.begin);
  const std::size_t second_end = trim_end(text, second_begin, second.end);
  if (heads_next_line(text, first.begin, first_end, second_begin, second_end)) return title;
  return std::nullopt;
}

}  // namespace salience::detail

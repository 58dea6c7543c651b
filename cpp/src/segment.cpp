#include "salience/segment.h"

#include <optional>
#include <string>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "salience/detail/icu.h"
#include "salience/error.h"

namespace salience {
namespace {

constexpr std::size_t kMaxTitleWords = 40;
constexpr std::size_t kMaxDatelineParenthesis = 120;  // bytes between '(' and ')'

// Decodes the code point at byte i (valid UTF-8) and advances i past it.
UChar32 next_code_point(std::string_view text, std::size_t& i) {
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
  return c;
}

// The code point that ends at byte `end` (valid UTF-8) and the byte where it starts.
UChar32 previous_code_point(std::string_view text, std::size_t& end) {
  UChar32 c;
  auto offset = static_cast<int32_t>(end);  // texts are below 2 GiB (see summarizer.h)
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, offset, c);
  end = static_cast<std::size_t>(offset);
  return c;
}

bool is_line_break(char c) { return c == '\n' || c == '\r'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

std::size_t skip_white_space(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    std::size_t next = i;
    if (!u_isUWhiteSpace(next_code_point(text, next))) break;
    i = next;
  }
  return i;
}

// The span [begin, end) without white space at either end (begin == end when blank).
std::pair<std::size_t, std::size_t> trim(std::string_view text, std::size_t begin,
                                         std::size_t end) {
  begin = skip_white_space(text.substr(0, end), begin);
  while (end > begin) {
    std::size_t previous = end;
    if (!u_isUWhiteSpace(previous_code_point(text, previous))) break;
    end = previous;
  }
  return {begin, end};
}

bool is_terminal_punctuation(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_S_TERM) || u_hasBinaryProperty(c, UCHAR_TERMINAL_PUNCTUATION);
}

// Whether the line [begin, end) reads as a headline: a letter somewhere, at most
// kMaxTitleWords words, and no terminal punctuation at its end (closing quotes and
// brackets looked through).
bool reads_as_headline(std::string_view text, std::size_t begin, std::size_t end) {
  bool has_letter = false;
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = begin; i < end;) {
    const UChar32 c = next_code_point(text, i);
    has_letter = has_letter || u_isalpha(c);
    const bool space = u_isUWhiteSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  if (!has_letter || words > kMaxTitleWords) return false;
  std::size_t last = end;
  UChar32 c = previous_code_point(text, last);
  while (last > begin && (u_charType(c) == U_FINAL_PUNCTUATION || u_charType(c) == U_END_PUNCTUATION ||
                          c == '"' || c == '\'')) {
    c = previous_code_point(text, last);
  }
  return !is_terminal_punctuation(c);
}

// Share of the words of three letters or more that start with a capital letter.
double capitalized_share(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  std::size_t capitalized = 0;
  for (std::size_t i = begin; i < end;) {
    i = skip_white_space(text.substr(0, end), i);
    if (i >= end) break;
    const std::size_t word_begin = i;
    std::size_t letters = 0;
    bool upper_first = false;
    while (i < end) {
      std::size_t next = i;
      const UChar32 c = next_code_point(text, next);
      if (u_isUWhiteSpace(c)) break;
      if (u_isalpha(c) && letters++ == 0) upper_first = u_isupper(c) || u_istitle(c);
      i = next;
    }
    if (letters >= 3 && i > word_begin) {
      ++words;
      capitalized += upper_first ? 1 : 0;
    }
  }
  return words == 0 ? 0.0 : static_cast<double>(capitalized) / static_cast<double>(words);
}

struct Line {
  std::size_t begin;  // first byte of the line
  std::size_t end;    // the line break that ends it, or text.size()
  std::size_t next;   // first byte after that line break
};

Line line_at(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && !is_line_break(text[end])) ++end;
  std::size_t next = end;
  if (next < text.size() && text[next] == '\r') ++next;
  if (next < text.size() && text[next] == '\n') ++next;
  return {begin, end, next};
}

bool is_blank_line(const Line& line, std::string_view text) {
  for (std::size_t i = line.begin; i < line.end; ++i) {
    if (!is_blank(text[i])) return false;
  }
  return true;
}

// The first line is the title when it reads as a headline and a line break follows it:
// a blank line, or a single break before a line that is not its continuation (a
// hard-wrapped sentence goes on in lower case, or runs much longer than a headline).
std::optional<Line> find_title(std::string_view text, std::size_t begin) {
  const Line first = line_at(text, begin);
  if (first.end == text.size()) return std::nullopt;
  if (!reads_as_headline(text, first.begin, first.end)) return std::nullopt;
  const Line second = line_at(text, first.next);
  if (is_blank_line(second, text)) return first;
  std::size_t i = skip_white_space(text.substr(0, second.end), second.begin);
  if (i >= second.end) return first;
  if (u_islower(next_code_point(text, i))) return std::nullopt;
  const bool title_case = capitalized_share(text, first.begin, first.end) >= 0.6;
  const bool short_line = 2 * (first.end - first.begin) <= second.end - second.begin;
  return title_case || short_line ? std::optional<Line>(first) : std::nullopt;
}

bool starts_body_text(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const UChar32 c = next_code_point(text, i);
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || c == '"' || c == '\'' ||
         u_charType(c) == U_INITIAL_PUNCTUATION || u_charType(c) == U_START_PUNCTUATION;
}

// End of a run of words in capitals starting at i ("WASHINGTON", "NEW YORK", "U.S."),
// optionally followed by ", Place Name"; i itself when there is none.
std::size_t scan_capitalized_place(std::string_view text, std::size_t i) {
  std::size_t end = i;
  std::size_t upper_letters = 0;
  std::size_t at = i;
  while (at < text.size()) {
    std::size_t next = at;
    const UChar32 c = next_code_point(text, next);
    if (u_isupper(c)) {
      ++upper_letters;
    } else if (u_islower(c) || is_line_break(static_cast<char>(c))) {
      break;
    } else if (c == ' ') {
      if (next < text.size() && text[next] == ' ') break;
    } else if (c != '.' && c != '-' && c != '\'' && c != '&' && c != 0x2019) {
      break;
    }
    at = next;
    if (upper_letters >= 2 && c != ' ') end = at;
  }
  if (end == i) return i;
  // ", England" after the capitals: up to three capitalized words.
  if (end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ') {
    std::size_t j = end + 2;
    for (int word = 0; word < 3 && j < text.size(); ++word) {
      std::size_t next = j;
      const UChar32 first = next_code_point(text, next);
      if (!u_isupper(first)) break;
      while (next < text.size() && u_isalpha(static_cast<unsigned char>(text[next]))) ++next;
      end = next;
      if (next >= text.size() || text[next] != ' ') break;
      j = next + 1;
    }
  }
  return end;
}

struct Dateline {
  std::size_t end;         // end of the dateline, trimmed
  std::size_t body_begin;  // where the first sentence starts
};

// A dateline opening the body: "WASHINGTON (Agency - 11th December, 2019) Body",
// "LONDON, England (Reuters) -- Body", "NEW YORK - Body" or "(CNN)Body".
std::optional<Dateline> find_dateline(std::string_view text, std::size_t begin) {
  const std::size_t place_end = scan_capitalized_place(text, begin);
  const bool has_place = place_end > begin;
  std::size_t i = has_place ? place_end : begin;
  while (i < text.size() && text[i] == ' ') ++i;
  std::size_t end = i;
  bool has_parenthesis = false;
  if (i < text.size() && text[i] == '(') {
    const std::size_t close = text.find(')', i);
    const std::size_t line_break = text.find_first_of("\r\n", i);
    if (close != std::string_view::npos && close - i <= kMaxDatelineParenthesis &&
        close < line_break) {
      has_parenthesis = true;
      end = i = close + 1;
    }
  }
  if (!has_place && !has_parenthesis) return std::nullopt;
  while (i < text.size() && text[i] == ' ') ++i;
  bool has_dash = false;
  for (std::string_view dash : {"--", "\u2014", "\u2013", "-"}) {
    if (text.substr(i).starts_with(dash)) {
      has_dash = true;
      end = i += dash.size();
      break;
    }
  }
  if (!has_parenthesis && !has_dash) return std::nullopt;
  const std::size_t body = skip_white_space(text, i);
  if (body == i && !has_parenthesis) return std::nullopt;  // "ANTI-war" is no dateline
  if (!starts_body_text(text, body)) return std::nullopt;
  return Dateline{trim(text, begin, end).second, body};
}

}  // namespace

std::vector<Span> segment(std::string_view text, const Language& language) {
  std::vector<Span> spans;
  std::size_t body_begin = skip_white_space(text, 0);
  if (body_begin == text.size()) return spans;

  std::size_t paragraph = 0;
  if (const auto title = find_title(text, body_begin)) {
    const auto [begin, end] = trim(text, title->begin, title->end);
    spans.push_back({begin, end, paragraph++, SpanKind::kTitle});
    body_begin = skip_white_space(text, title->next);
    if (body_begin == text.size()) return spans;
  }

  // ICU ends a sentence at every line break; hand it a copy in which only paragraph
  // breaks (a blank line) remain, single breaks turned into spaces of the same length.
  thread_local std::string unwrapped;
  unwrapped.assign(text);
  std::vector<std::size_t> paragraph_begins{body_begin};
  for (std::size_t i = body_begin; i < text.size();) {
    if (!is_line_break(text[i])) {
      ++i;
      continue;
    }
    std::size_t line_breaks = 0;
    std::size_t j = i;
    for (; j < text.size() && (is_line_break(text[j]) || is_blank(text[j])); ++j) {
      const bool crlf = text[j] == '\n' && j > i && text[j - 1] == '\r';
      if (is_line_break(text[j]) && !crlf) ++line_breaks;
    }
    if (line_breaks >= 2) {
      paragraph_begins.push_back(j);
    } else {
      for (std::size_t k = i; k < j; ++k) unwrapped[k] = ' ';
    }
    i = j;
  }

  if (const auto dateline = find_dateline(text, body_begin)) {
    spans.push_back({body_begin, dateline->end, paragraph, SpanKind::kDateline});
    body_begin = dateline->body_begin;
  }

  const std::string_view body = std::string_view(unwrapped).substr(body_begin);
  detail::Utf8Text utext(body);
  icu::BreakIterator& sentences = detail::thread_sentence_iterator(language);
  UErrorCode status = U_ZERO_ERROR;
  sentences.setText(utext.get(), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU could not set text: ") + u_errorName(status));

  std::size_t paragraph_index = 0;
  for (int32_t start = sentences.first(), stop = sentences.next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = sentences.next()) {
    const auto [begin, end] = trim(text, body_begin + start, body_begin + stop);
    if (begin == end) continue;
    while (paragraph_index + 1 < paragraph_begins.size() &&
           paragraph_begins[paragraph_index + 1] <= begin) {
      ++paragraph_index;
    }
    spans.push_back({begin, end, paragraph + paragraph_index, SpanKind::kSentence});
  }
  return spans;
}

}  // namespace salience

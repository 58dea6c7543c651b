// Code-point level helpers over valid UTF-8 shared by segmentation, terms and language
// detection: decoding, lines, white space, case folding. The classes of characters they use
// are in char_class.h. Internal.
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "salience/detail/char_class.h"

namespace salience::detail {

// Decodes the code point at byte i (i < text.size()) and advances i past it. Ill-formed
// bytes decode as U+FFFD one at a time, so a scan never leaves the text.
inline UChar32 next_code_point(std::string_view text, std::size_t& i) noexcept {
  UChar32 c = 0;
  U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
  return c;
}

// The code point ending at byte `end` (0 < end <= text.size(), text below 2 GiB); moves
// `end` to its start.
inline UChar32 previous_code_point(std::string_view text, std::size_t& end) noexcept {
  UChar32 c = 0;
  auto offset = static_cast<int32_t>(end);
  U8_PREV_OR_FFFD(reinterpret_cast<const uint8_t*>(text.data()), 0, offset, c);
  end = static_cast<std::size_t>(offset);
  return c;
}

// The code point at byte i, without advancing; -1 at the end of the text.
inline UChar32 code_point_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return -1;
  return next_code_point(text, i);
}

// The code point before byte i; -1 at the start of the text.
inline UChar32 code_point_before(std::string_view text, std::size_t i) noexcept {
  if (i == 0) return -1;
  return previous_code_point(text, i);
}

// The length in bytes of the line break at byte i (2 for CR LF), 0 when none is there.
inline std::size_t line_break_length(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  const char c = text[i];
  if (c == '\n') return 1;
  if (c == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
  if (c != '\xC2' && c != '\xE2') return 0;  // the lead bytes of NEL and of U+2028, U+2029
  std::size_t end = i;
  return is_line_break(next_code_point(text, end)) ? end - i : 0;
}

// The first line break at or after byte i, or text.size().
inline std::size_t find_line_break(std::string_view text, std::size_t i) noexcept {
  while (i < text.size() && line_break_length(text, i) == 0) ++i;
  return i < text.size() ? i : text.size();
}

// First byte at or after i that is not white space.
std::size_t skip_white_space(std::string_view text, std::size_t i) noexcept;

// The byte after the last character before `end` that is not white space (>= begin).
std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) noexcept;

// Appends the NFKC_Casefold form of `word` to `out`, with typographic apostrophes (U+2019,
// U+02BC) as "'": the form stopword and abbreviation lists are stored and looked up in.
// ASCII takes a fast path. Throws Error if ICU lacks its normalization data.
void fold_case(std::string_view word, std::string& out);

// The same fold for one code point, without NFKC: cheap enough for rule checks that only
// need lower case ("Mr" -> "mr").
void append_simple_fold(UChar32 c, std::string& out);

}  // namespace salience::detail

// Character classes: the one definition of each class of characters that segmentation,
// the boilerplate filter and language detection read text by. Internal.
//
// Code-point classes take a UChar32 (-1, "no character", is in none of them) and have an
// ASCII fast path where most text is ASCII; byte classes take one char of UTF-8 and are
// ASCII only. All are inline: they run on every character the rules look at.
#pragma once

#include <unicode/uchar.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace salience::detail {

// --- ASCII bytes ------------------------------------------------------------------------

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr char ascii_lower(char c) noexcept {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether every byte of `text` is ASCII; eight bytes at a time. O(text.size()).
inline bool is_ascii(std::string_view text) noexcept {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, sizeof word);
    if ((word & 0x8080808080808080ULL) != 0) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// Space, tab, form feed, vertical tab: what a blank line may hold besides its line break.
constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// Space, tab, LF, CR: the gaps between words as the boilerplate patterns count them, byte by
// byte (is_white_space below is Unicode's whole White_Space).
constexpr bool is_ascii_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// --- white space and line breaks -------------------------------------------------------

// Unicode White_Space, with a fast path for ASCII.
inline bool is_white_space(UChar32 c) noexcept {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c) != 0;
}

// A line ends at LF, CR (CR LF is one break), NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR; the
// last also ends its paragraph, as a blank line does.
inline bool is_line_break(UChar32 c) noexcept {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}
inline bool is_paragraph_separator(UChar32 c) noexcept { return c == 0x2029; }

// --- letters and digits -----------------------------------------------------------------

// Unicode's Alphabetic property (u_isalpha): letters, and the marks and numerals that
// behave as letters.
inline bool is_letter(UChar32 c) noexcept {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c) != 0;
}
inline bool is_digit(UChar32 c) noexcept { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c) != 0; }
inline bool is_lower(UChar32 c) noexcept { return c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(c) != 0; }
// Upper or title case ("ǅ").
inline bool is_upper(UChar32 c) noexcept {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : (u_isupper(c) != 0 || u_istitle(c) != 0);
}
inline bool is_letter_or_digit(UChar32 c) noexcept { return is_letter(c) || is_digit(c); }
// A letter, a digit or a combining mark (Devanagari vowel signs, Thai tone marks).
inline bool is_word_part(UChar32 c) noexcept {
  return is_letter_or_digit(c) ||
         (c >= 0x80 && (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK));
}
inline bool is_thai_or_lao(UChar32 c) noexcept { return c >= 0x0E00 && c <= 0x0EFF; }
// ⁰ ¹ ² ³ ⁴ … ⁹: footnote markers in web text ("word.¹ Next").
inline bool is_superscript_digit(UChar32 c) noexcept {
  return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

// --- terminals --------------------------------------------------------------------------

inline bool is_period(UChar32 c) noexcept { return c == '.' || c == 0xFF0E || c == 0xFE52; }
inline bool is_ellipsis(UChar32 c) noexcept { return c == 0x2026; }
inline bool is_exclamation(UChar32 c) noexcept {
  return c == '!' || c == 0xFF01 || c == 0xFE57 || c == 0x203C;
}
inline bool is_question(UChar32 c) noexcept {
  return c == '?' || c == 0xFF1F || c == 0xFE56 || c == 0x2047 || c == 0x2048 || c == 0x2049 || c == 0x203D ||
         c == 0x037E /* Greek question mark */ || c == 0x061F || c == 0x055E;
}

// Unicode's Sentence_Terminal, the Greek question mark and the Khmer khan (Terminal_Punctuation
// only), the ellipsis, and the ASCII characters of `extra`, the language's own (the colon in
// Arabic: Orthography::extra_terminals).
inline bool is_terminal(UChar32 c, std::string_view extra) noexcept {
  if (c < 0x80) {
    return c == '.' || c == '!' || c == '?' ||
           (c > 0 && extra.find(static_cast<char>(c)) != std::string_view::npos);
  }
  return u_hasBinaryProperty(c, UCHAR_S_TERM) != 0 || c == 0x037E || c == 0x17D4 || c == 0x17D5 ||
         c == 0x2026;
}

// Terminals of scripts that put spaces between sentences end one only before white space
// ("3.14", "Yahoo!Japan", "example.com"); those of Chinese, Japanese, Ethiopic, Burmese and
// the like end one wherever they stand. The fullwidth full stop is also a decimal point.
inline bool needs_space_after(UChar32 c) noexcept {
  return c < 0x0600 || (c >= 0x2000 && c <= 0x206F) || c == 0xFF0E || c == 0xFE52;
}

// --- dashes, quotation marks, brackets --------------------------------------------------

inline bool is_dash(UChar32 c) noexcept { return c == '-' || u_charType(c) == U_DASH_PUNCTUATION; }

// Quotation marks that double as apostrophes: before a letter ("Jr.'s", "don’t") they close
// nothing.
inline bool is_apostrophe_like(UChar32 c) noexcept { return c == '\'' || c == 0x2019; }

// The apostrophes that case folding writes as "'" (RIGHT SINGLE QUOTATION MARK, MODIFIER
// LETTER APOSTROPHE), so that "don’t" is looked up as "don't".
inline bool is_typographic_apostrophe(UChar32 c) noexcept { return c == 0x2019 || c == 0x02BC; }

inline bool is_quote(UChar32 c) noexcept {
  return c == '"' || c == '\'' || u_charType(c) == U_INITIAL_PUNCTUATION ||
         u_charType(c) == U_FINAL_PUNCTUATION || c == 0x201E || c == 0x201A;
}

// Marks that open a quotation or bracket, or a Spanish question or exclamation.
inline bool is_opening_mark(UChar32 c) noexcept {
  return c == '"' || c == '\'' || c == 0xA1 || c == 0xBF || u_charType(c) == U_START_PUNCTUATION ||
         u_charType(c) == U_INITIAL_PUNCTUATION || u_charType(c) == U_FINAL_PUNCTUATION;
}

inline bool is_closing_bracket(UChar32 c) noexcept {
  return c == ')' || c == ']' || c == '}' || u_charType(c) == U_END_PUNCTUATION;
}

// --- bullets ----------------------------------------------------------------------------

// Characters that start a list item wherever they stand after white space: •, ‣, ⁃, ∙, ◦,
// ▪, ▫, ●, ○, ■, □, ►, ▶, ◆, ◇, ➢, ➤, ✓, ✔, ✗, ✘.
inline bool is_bullet(UChar32 c) noexcept {
  switch (c) {
    case 0x2022:
    case 0x2023:
    case 0x2043:
    case 0x2219:
    case 0x25E6:
    case 0x25AA:
    case 0x25AB:
    case 0x25CF:
    case 0x25CB:
    case 0x25A0:
    case 0x25A1:
    case 0x25BA:
    case 0x25B6:
    case 0x25C6:
    case 0x25C7:
    case 0x27A2:
    case 0x27A4:
    case 0x2713:
    case 0x2714:
    case 0x2717:
    case 0x2718:
      return true;
    default:
      return false;
  }
}

// A bullet, or a leading "-", "*", "+" or dash, which starts a list item only at the start
// of a line, where it cannot be a minus or a hyphen.
inline bool is_line_bullet(UChar32 c) noexcept {
  return is_bullet(c) || c == '-' || c == '*' || c == '+' || c == 0x2013 || c == 0x2014;
}

}  // namespace salience::detail

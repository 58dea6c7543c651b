#include "salience/detail/word_context.h"

#include <algorithm>

#include "salience/detail/char_class.h"
#include "salience/detail/unicode.h"

namespace salience::detail {
namespace {

// ends_title: a title read back from a "?" or "!" has at most this many words ("Do They Know
// It's Christmas?" has five), and its lower-case words at most this many letters ("to", "be",
// "a", "of", "the"). A longer lower-case word ("is", "expected" are not) ends it.
constexpr std::size_t kMaxWorkTitleWords = 6;
constexpr std::size_t kMaxShortWorkTitleWord = 3;
// read_previous: a numeral of I, V, X, L, C, D, M of this length is read as Roman ("XII.",
// "XVIII."): one letter ("I.", "V.") is an initial or a pronoun; seven letters reach XXXVIII,
// which is as far as ordinals in Roman numerals commonly go.
constexpr std::size_t kMinRomanLetters = 2;
constexpr std::size_t kMaxRomanLetters = 7;
// read_previous: "12." may be an ordinal or a list number; "1990." is a year.
constexpr std::size_t kMaxSmallIntegerDigits = 3;
// read_previous: parts of at most two letters joined by periods are an abbreviation ("U.S",
// "a.m", "z.B", "e.g"); a longer part is a word ("example.com", "Mr.Smith").
constexpr unsigned kMaxAbbreviationPart = 2;

bool is_roman_letter(UChar32 c) {
  return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M';
}

// A character of a number as written before a unit: digits, separators, currency signs
// ("1,000.50", "$5", "£3", "€2").
bool is_number_part(UChar32 c) {
  return is_digit(c) || c == '.' || c == ',' || c == '$' || c == 0xA3 || c == 0x20AC;
}

}  // namespace

PreviousWord read_previous(std::string_view paragraph, std::size_t sentence_begin, std::size_t end,
                           const Language& language) {
  PreviousWord previous;
  std::size_t begin = end;
  while (begin > sentence_begin) {
    std::size_t k = begin;
    if (is_white_space(previous_code_point(paragraph, k))) break;
    if (end - k > kMaxWordBytes) {
      previous.long_word = true;
      break;
    }
    begin = k;
  }
  // Leading quotes, brackets and signs are not part of the word: "(U.S", "$100.00".
  while (!previous.long_word && begin < end && !is_letter_or_digit(code_point_at(paragraph, begin))) {
    next_code_point(paragraph, begin);
  }
  previous.begin = begin;
  previous.end = end;
  previous.empty = begin == end;
  if (previous.empty) return previous;
  bool inner_period = false;
  bool only_digits = true;
  bool numeric = true;
  bool roman = true;
  unsigned part = 0;     // letters in the current period-separated part
  unsigned longest = 0;  // letters in the longest part
  UChar32 last_letter = 0;
  for (std::size_t k = begin; k < end;) {
    const UChar32 c = next_code_point(paragraph, k);
    if (is_letter(c)) {
      ++previous.letters;
      ++part;
      last_letter = c;
      previous.has_upper = previous.has_upper || is_upper(c);
    } else if (is_digit(c)) {
      ++previous.digits;
    } else if (c == '.') {
      inner_period = true;
      longest = std::max(longest, part);
      part = 0;
    } else if (c == '@' || c == '/' || c == ':') {
      previous.url_like = true;
    }
    only_digits = only_digits && is_digit(c);
    numeric = numeric && (is_digit(c) || c == '.' || c == ',' || c == '/' || c == '-' || c == ':');
    roman = roman && is_roman_letter(c);
    if (previous.folded.size() < kMaxWordBytes) append_simple_fold(c, previous.folded);
  }
  longest = std::max(longest, part);
  const std::size_t length = end - begin;
  previous.url_like = previous.url_like || previous.folded.starts_with("www.");
  previous.ends_lower = last_letter != 0 && is_lower(last_letter);
  if (previous.long_word) return previous;  // no number, abbreviation or initial
  previous.numeric = numeric && is_digit(code_point_at(paragraph, begin));
  previous.small_integer = only_digits && length <= kMaxSmallIntegerDigits;
  previous.roman = roman && length >= kMinRomanLetters && length <= kMaxRomanLetters;
  previous.multi_period =
      inner_period && !previous.url_like && previous.digits == 0 && longest <= kMaxAbbreviationPart;
  previous.single_letter = previous.letters == 1 && previous.digits == 0 && !inner_period;
  if (!previous.url_like && !previous.numeric && previous.folded.size() < kMaxWordBytes) {
    previous.listed = language.abbreviation(previous.folded);
  }
  return previous;
}

NextWord read_next(std::string_view paragraph, std::size_t after_run, const Language& language) {
  const std::size_t end = paragraph.size();
  NextWord next;
  std::size_t i = skip_white_space(paragraph, after_run);
  if (i >= end) return next;
  if (is_dash(code_point_at(paragraph, i))) {
    std::size_t after_dash = i;
    next_code_point(paragraph, after_dash);
    const std::size_t word = skip_white_space(paragraph, after_dash);
    next.dash_then_lower = word > after_dash && word < end && is_lower(code_point_at(paragraph, word));
  }
  while (i < end && is_opening_mark(code_point_at(paragraph, i))) next_code_point(paragraph, i);
  const UChar32 c = code_point_at(paragraph, i);
  if (c < 0) return next;
  if (is_lower(c)) {
    next.kind = NextWord::Kind::kLower;
  } else if (is_upper(c)) {
    next.kind = NextWord::Kind::kUpper;
  } else if (is_letter(c)) {
    next.kind = NextWord::Kind::kCaseless;
  } else if (is_digit(c)) {
    next.kind = NextWord::Kind::kDigit;
  } else {
    next.kind = NextWord::Kind::kOther;
  }
  if (next.kind != NextWord::Kind::kUpper) return next;
  std::string word;
  std::size_t k = i;
  unsigned letters = 0;
  while (k < end && word.size() < kMaxWordBytes) {
    std::size_t j = k;
    const UChar32 d = next_code_point(paragraph, j);
    const bool apostrophe = is_apostrophe_like(d) && j < end && is_letter(code_point_at(paragraph, j));
    if (!is_word_part(d) && !apostrophe) break;
    letters += is_letter(d) ? 1 : 0;
    append_simple_fold(d, word);
    k = j;
  }
  next.initial = letters == 1 && k < end && paragraph[k] == '.';
  next.abbreviation =
      k < end && paragraph[k] == '.' && language.abbreviation(word) == AbbreviationKind::kPlain;
  next.starter = language.is_stopword(word);
  for (std::string_view always : language.orthography().always_capitalized) {
    next.always_capitalized |= word == always;
  }
  return next;
}

bool number_before(std::string_view paragraph, std::size_t sentence_begin, std::size_t word) {
  std::size_t k = word;
  while (k > sentence_begin && is_white_space(code_point_before(paragraph, k)))
    previous_code_point(paragraph, k);
  if (k == word || k <= sentence_begin) return false;
  if (!is_digit(code_point_before(paragraph, k))) return false;
  const std::size_t number_end = k;
  while (k > sentence_begin) {
    std::size_t j = k;
    const UChar32 c = previous_code_point(paragraph, j);
    if (is_white_space(c)) break;
    if (number_end - j > kMaxWordBytes) return false;
    if (!is_number_part(c)) return false;
    k = j;
  }
  return true;
}

std::size_t words_before(std::string_view paragraph, std::size_t sentence_begin, std::size_t word,
                         std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t k = sentence_begin; k < word && words < limit;) {
    const UChar32 c = next_code_point(paragraph, k);
    const bool part = is_letter_or_digit(c);
    if (part && !in_word) ++words;
    in_word = part || (in_word && !is_white_space(c));
  }
  return words;
}

bool ends_title(std::string_view paragraph, std::size_t sentence_begin, std::size_t end) {
  std::size_t capitalized = 0;
  std::size_t k = end;
  for (std::size_t words = 0; words < kMaxWorkTitleWords && k > sentence_begin; ++words) {
    while (k > sentence_begin && is_white_space(code_point_before(paragraph, k)))
      previous_code_point(paragraph, k);
    if (k <= sentence_begin) break;
    UChar32 first = 0;
    std::size_t letters = 0;
    const std::size_t word_end = k;
    while (k > sentence_begin) {
      std::size_t j = k;
      const UChar32 c = previous_code_point(paragraph, j);
      if (is_white_space(c)) break;
      if (word_end - j > kMaxWordBytes) return capitalized >= 2;
      if (is_letter(c)) {
        first = c;
        ++letters;
      }
      k = j;
    }
    if (first != 0 && is_upper(first)) {
      ++capitalized;
    } else if (words == 0 || letters > kMaxShortWorkTitleWord) {
      break;
    }
  }
  return capitalized >= 2;
}

}  // namespace salience::detail

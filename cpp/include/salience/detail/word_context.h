// The words around a candidate sentence boundary, as the sentence rules read them: the word
// before a run of terminals ("Dr", "U.S", "12", "example.com"), the word after it ("The",
// "J.", "I"), and a few looks further back ("5 a.m.", "Who Wants to be a Millionaire?").
// Internal.
//
// Each function depends only on the text, positions in it and the language. `paragraph` is
// the text up to the end of the paragraph (valid UTF-8, whole code points; nothing after it
// is read) and `sentence_begin` the start of the sentence the boundary would end: nothing
// before it is read. Apart from words_before, which reads the first words of the sentence,
// no call reads more than kMaxWordBytes of any one word, so that the rules stay linear however
// long a stretch without white space runs ("X?X?X?…" of 1 MB).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "salience/language.h"

namespace salience::detail {

// Bytes. A longer word is no abbreviation, number, initial or word of a title: the longest
// entries of cpp/data/abbreviations have 24 bytes ("ann.jur.créd.règl.coll"), and the bound
// is what keeps each look at a word O(1).
constexpr std::size_t kMaxWordBytes = 64;

// The word before a run of terminals.
struct PreviousWord {
  std::size_t begin = 0;  // after leading quotes, brackets and signs: "(U.S", "$100.00"
  std::size_t end = 0;    // the run's first terminal
  std::string
      folded;  // simple case fold, inner periods kept: "u.s", "dr"; of a long word its last kMaxWordBytes
  unsigned letters = 0;
  unsigned digits = 0;
  bool empty = true;           // nothing but white space or marks before the run
  bool numeric = false;        // "100.00", "1,000", "20.09"
  bool small_integer = false;  // "12": an ordinal or list number (at most three digits)
  bool roman = false;          // "XII" (two to seven capitals of Roman numerals)
  bool multi_period = false;   // "U.S", "a.m", "z.B": parts of at most two letters joined by periods
  bool single_letter = false;  // "E", "p", "N°", "د"
  bool url_like = false;       // "example.com/x", "jane@example.com", "www.x"
  bool long_word = false;      // longer than kMaxWordBytes: read as its last kMaxWordBytes bytes
  bool ends_lower = false;     // its last letter is lower case
  bool has_upper = false;
  AbbreviationKind listed = AbbreviationKind::kNone;  // in the language's abbreviation list

  bool abbreviation_like() const {
    return listed != AbbreviationKind::kNone || multi_period || single_letter;
  }
};

// The word that ends at byte `end` (a terminal) and begins after white space or at
// `sentence_begin`. A long word says only that it is long, whether it looks like a URL and
// how its last letter is cased: no number, abbreviation or initial is looked for in it.
// O(kMaxWordBytes) and one lookup in the language's abbreviations.
PreviousWord read_previous(std::string_view paragraph, std::size_t sentence_begin, std::size_t end,
                           const Language& language);

// What follows a run of terminals after its white space.
struct NextWord {
  enum class Kind : std::uint8_t { kEnd, kLower, kUpper, kCaseless, kDigit, kOther };
  Kind kind = Kind::kEnd;           // of its first character after opening marks ("(The", "«Le")
  bool dash_then_lower = false;     // "? — he said", "! - деп"
  bool starter = false;             // a capitalized stopword: "The", "He", "Wir"
  bool initial = false;             // "A." in "J. A. Smith"
  bool always_capitalized = false;  // English "I" (Orthography::always_capitalized)
  bool abbreviation = false;        // "Ltd." in "Acme Co. Ltd.": a plain abbreviation of the language
};

// The word at or after byte `after_run`, past white space and opening marks. Only a word in
// upper case is read further (starter, initial, always_capitalized, abbreviation), up to
// kMaxWordBytes. O(kMaxWordBytes) and two lookups in the language's lists.
NextWord read_next(std::string_view paragraph, std::size_t after_run, const Language& language);

// Whether the word before the one that begins at `word` is a number, maybe with a currency
// sign ("5 a.m.", "150 г.", "$5 bn."). O(kMaxWordBytes) past the white space between them.
bool number_before(std::string_view paragraph, std::size_t sentence_begin, std::size_t word);

// The number of words from `sentence_begin` up to `word`, counting up to `limit` only.
// O(word - sentence_begin) at most, O(the first `limit` words) in practice.
std::size_t words_before(std::string_view paragraph, std::size_t sentence_begin, std::size_t word,
                         std::size_t limit);

// Whether the words before `end` read as a title in title case: the last word capitalized
// and, going back, capitalized words and short lower-case ones ("to", "be", "a") with at
// least two capitalized ("Who Wants to be a Millionaire", "Shall We Dance"). Reads at most
// kMaxWorkTitleWords (6) words.
bool ends_title(std::string_view paragraph, std::size_t sentence_begin, std::size_t end);

}  // namespace salience::detail

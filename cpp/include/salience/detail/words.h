// Words of text in scripts that put spaces between words: one pass over the UTF-8 bytes
// instead of ICU's word iterator, which terms.cpp keeps for the scripts that need its
// dictionaries. Internal.
//
// A word is a run of letters, combining marks and digits, joined inside by what Unicode's
// word boundary rules (UAX #29) join them with: a period or apostrophe between letters
// ("U.S", "don't", "l'homme"), a period or comma between digits ("3.14", "1,234"), a
// connector ("snake_case"), a Catalan middle dot ("col·lecció"), a Hebrew geresh. On
// purpose, and unlike UAX #29: a hyphen between letters joins the parts of a compound into
// one word whose parts are separate pieces ("state-of-the-art"); a URL ("https://...",
// "www.x.org") or an e-mail address is one piece.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace salience::detail {

enum class PieceKind : std::uint8_t {
  kWord,     // has a letter: folded, checked against stopwords, stemmed
  kNumber,   // digits only (with their separators): kept as written
  kLiteral,  // a URL or e-mail address: folded only
};

// A piece of a word: the word itself, or one part of a hyphenated compound.
struct Piece {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  PieceKind kind = PieceKind::kWord;
  bool starts_word = true;  // false for the second and later parts of a compound
};

// Whether text[begin, end) holds a character of a script written without spaces between
// words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), which needs ICU's dictionaries.
// O(end - begin); only the lead bytes of three- and four-byte characters are decoded.
bool needs_dictionary(std::string_view text, std::size_t begin, std::size_t end) noexcept;

// Appends the pieces of the words of text[begin, end) (valid UTF-8, whole code points) to
// `pieces`, in order. O(end - begin).
void split_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<Piece>& pieces);

}  // namespace salience::detail

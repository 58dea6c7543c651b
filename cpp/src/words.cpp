#include "salience/detail/words.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "salience/detail/unicode.h"

namespace salience::detail {
namespace {

// What a character does inside a word.
enum class Role : std::uint8_t {
  kOther,       // ends a word: white space, punctuation, symbols, emoji
  kLetter,      // starts or continues a word
  kDigit,       // starts or continues a word
  kMark,        // continues a word: combining marks, joiners (ZWNJ in Persian words)
  kPeriod,      // joins letters to letters and digits to digits: "U.S", "3.14"
  kComma,       // joins digits to digits: "1,234"
  kApostrophe,  // joins letters: "don't", "l'homme"
  kMidLetter,   // joins letters: Catalan "l·l", Hebrew geresh and gershayim
  kHyphen,      // joins the parts of a compound: "state-of-the-art"
  kConnector,   // joins anything: "snake_case"
  kAt,          // may turn a word into an e-mail address
};

constexpr std::array<Role, 128> kAsciiRoles = [] {
  std::array<Role, 128> roles{};
  for (char c = 'a'; c <= 'z'; ++c) roles[static_cast<unsigned char>(c)] = Role::kLetter;
  for (char c = 'A'; c <= 'Z'; ++c) roles[static_cast<unsigned char>(c)] = Role::kLetter;
  for (char c = '0'; c <= '9'; ++c) roles[static_cast<unsigned char>(c)] = Role::kDigit;
  roles['.'] = Role::kPeriod;
  roles[','] = Role::kComma;
  roles['\''] = Role::kApostrophe;
  roles['-'] = Role::kHyphen;
  roles['_'] = Role::kConnector;
  roles['@'] = Role::kAt;
  return roles;
}();

// For each byte, 1 for an ASCII letter, 2 for an ASCII digit, 0 for anything else (a
// non-ASCII byte included): the inner loop of a word reads its runs of these with one
// lookup a byte.
constexpr std::uint8_t kAsciiLetter = 1;
constexpr std::uint8_t kAsciiDigit = 2;
constexpr std::array<std::uint8_t, 256> kAsciiAlnum = [] {
  std::array<std::uint8_t, 256> classes{};
  for (std::size_t c = 0; c < 128; ++c) {
    if (kAsciiRoles[c] == Role::kLetter) classes[c] = kAsciiLetter;
    if (kAsciiRoles[c] == Role::kDigit) classes[c] = kAsciiDigit;
  }
  return classes;
}();

Role role_of(UChar32 c) {
  if (c < 0x80) return c < 0 ? Role::kOther : kAsciiRoles[static_cast<std::size_t>(c)];
  switch (c) {
    case 0x2019:
    case 0x02BC:
      return Role::kApostrophe;
    case 0x2010:
    case 0x2011:
      return Role::kHyphen;
    case 0x00B7:
    case 0x2027:
    case 0x05F3:
    case 0x05F4:
      return Role::kMidLetter;
    case 0x200C:
    case 0x200D:
      return Role::kMark;
    default:
      break;
  }
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return Role::kLetter;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return Role::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return Role::kDigit;
    case U_CONNECTOR_PUNCTUATION:
      return Role::kConnector;
    default:
      return Role::kOther;
  }
}

bool is_dictionary_script(UChar32 c) {
  return (c >= 0x0E00 && c <= 0x0EFF) ||                                  // Thai, Lao
         (c >= 0x1000 && c <= 0x109F) ||                                  // Myanmar
         (c >= 0x1780 && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF) ||  // Khmer
         (c >= 0x2E80 && c <= 0x2FDF) ||                                  // CJK radicals
         (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3031 && c <= 0x3035) ||
         (c >= 0x3040 && c <= 0x30FF) ||  // kana
         (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xA9E0 && c <= 0xA9FF) ||  // Han, Myanmar
         (c >= 0xAA60 && c <= 0xAA7F) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF66 && c <= 0xFF9F) ||  // halfwidth kana
         (c >= 0x1B000 && c <= 0x1B16F) || (c >= 0x20000 && c <= 0x3134F);
}

bool starts_with_ascii_case(std::string_view text, std::size_t i, std::string_view prefix) {
  if (text.size() - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    char c = text[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

// Characters a URL or e-mail address does not end with: the sentence's punctuation.
bool is_trailing_punctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
         c == '}' || c == '\'' || c == '"';
}

class WordSplitter {
 public:
  WordSplitter(std::string_view text, std::size_t end, std::vector<Piece>& pieces)
      : text_(text), end_(end), pieces_(pieces) {}

  void split(std::size_t i) {
    while (i < end_) {
      const Role role = role_at(i);
      if (role != Role::kLetter && role != Role::kDigit) {
        i = after(i);
      } else if (const std::size_t url = url_end(i); url > i) {
        pieces_.push_back({i, url, PieceKind::kLiteral, true});
        i = url;
      } else {
        i = word(i);
      }
    }
  }

 private:
  Role role_at(std::size_t i) const {
    if (i >= end_) return Role::kOther;
    const auto byte = static_cast<unsigned char>(text_[i]);
    return byte < 0x80 ? kAsciiRoles[byte] : role_of(code_point_at(text_, i));
  }
  std::size_t after(std::size_t i) const {
    if (static_cast<unsigned char>(text_[i]) < 0x80) return i + 1;
    next_code_point(text_, i);
    return i;
  }

  // The end of the URL starting at i ("http://", "https://", "www."), or i.
  std::size_t url_end(std::size_t i) const {
    const char first = static_cast<char>(text_[i] | 0x20);
    if (first != 'h' && first != 'w') return i;
    if (!starts_with_ascii_case(text_, i, "http://") && !starts_with_ascii_case(text_, i, "https://") &&
        !starts_with_ascii_case(text_, i, "www.")) {
      return i;
    }
    std::size_t end = i;
    while (end < end_ && !is_white_space(code_point_at(text_, end)) && text_[end] != '"' &&
           text_[end] != '<' && text_[end] != '>') {
      end = after(end);
    }
    while (end > i && is_trailing_punctuation(text_[end - 1])) --end;
    return end;
  }

  // Reads the word starting at i (a letter or digit) into pieces; returns its end.
  std::size_t word(std::size_t i) {
    const std::size_t word_begin = i;
    const std::size_t first_piece = pieces_.size();
    std::size_t piece_begin = i;
    bool letters = false;      // the current piece has a letter
    Role last = Role::kOther;  // the last letter or digit's role
    auto close_piece = [&](std::size_t end) {
      pieces_.push_back(
          {piece_begin, end, letters ? PieceKind::kWord : PieceKind::kNumber, pieces_.size() == first_piece});
    };
    while (i < end_) {
      // A run of ASCII letters and digits (most of most words) in one tight loop; what
      // follows it goes the general way below, one character at a time.
      const std::size_t run_begin = i;
      const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
      const std::size_t end = end_;
      std::uint8_t seen = 0;
      for (; i < end; ++i) {
        const std::uint8_t ascii = kAsciiAlnum[bytes[i]];
        if (ascii == 0) break;
        seen |= ascii;
      }
      if (i > run_begin) {
        letters = letters || (seen & kAsciiLetter) != 0;
        last = kAsciiAlnum[bytes[i - 1]] == kAsciiLetter ? Role::kLetter : Role::kDigit;
        if (i == end) break;
      }
      const Role role = role_at(i);
      if (role == Role::kLetter || role == Role::kDigit) {
        letters = letters || role == Role::kLetter;
        last = role;
        i = after(i);
        continue;
      }
      if (role == Role::kMark) {
        i = after(i);
        continue;
      }
      if (role == Role::kOther) break;
      const std::size_t joined = after(i);
      const Role next = role_at(joined);
      const bool letter_letter = last == Role::kLetter && next == Role::kLetter;
      const bool digit_digit = last == Role::kDigit && next == Role::kDigit;
      if ((role == Role::kPeriod && (letter_letter || digit_digit)) ||
          (role == Role::kComma && digit_digit) ||
          ((role == Role::kApostrophe || role == Role::kMidLetter) && letter_letter) ||
          (role == Role::kConnector && (next == Role::kLetter || next == Role::kDigit))) {
        i = joined;
      } else if (role == Role::kHyphen && letter_letter) {
        close_piece(i);
        piece_begin = i = joined;
        letters = false;
      } else if (role == Role::kAt && (next == Role::kLetter || next == Role::kDigit)) {
        if (const std::size_t address = email_end(joined); address > joined) {
          pieces_.resize(first_piece);
          pieces_.push_back({word_begin, address, PieceKind::kLiteral, true});
          return address;
        }
        break;
      } else {
        break;
      }
    }
    close_piece(i);
    return i;
  }

  // The end of the domain of an e-mail address starting at i (after its "@"), or i when
  // what follows is no domain with a dot.
  std::size_t email_end(std::size_t i) const {
    std::size_t end = i;
    bool dot = false;
    while (end < end_) {
      const char c = text_[end];
      const bool ascii_alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      if (!ascii_alnum && c != '.' && c != '-') break;
      dot = dot || (c == '.' && end > i);
      ++end;
    }
    while (end > i && (text_[end - 1] == '.' || text_[end - 1] == '-')) --end;
    return dot && text_.substr(i, end - i).find('.') != std::string_view::npos ? end : i;
  }

  std::string_view text_;
  std::size_t end_;
  std::vector<Piece>& pieces_;
};

}  // namespace

bool needs_dictionary(std::string_view text, std::size_t begin, std::size_t end) noexcept {
  for (std::size_t i = begin; i < end;) {
    // Most text is ASCII: skip eight bytes at a time while none has its high bit set.
    if (i + 8 <= end) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + i, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0xE0) {
      ++i;
      continue;
    }
    if (is_dictionary_script(next_code_point(text, i))) return true;
  }
  return false;
}

void split_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<Piece>& pieces) {
  WordSplitter(text, end, pieces).split(begin);
}

}  // namespace salience::detail

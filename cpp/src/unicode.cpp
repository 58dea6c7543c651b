#include "salience/detail/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "salience/detail/char_class.h"
#include "salience/error.h"

namespace salience::detail {

std::size_t skip_white_space(std::string_view text, std::size_t i) noexcept {
  while (i < text.size()) {
    std::size_t next = i;
    if (!is_white_space(next_code_point(text, next))) break;
    i = next;
  }
  return i;
}

std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) noexcept {
  while (end > begin) {
    std::size_t previous = end;
    if (!is_white_space(previous_code_point(text, previous))) break;
    end = previous;
  }
  return end;
}

void fold_case(std::string_view word, std::string& out) {
  if (is_ascii(word)) {
    for (char c : word) out.push_back(ascii_lower(c));
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* const fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (fold == nullptr) throw Error("ICU has no NFKC_Casefold data");
  icu::UnicodeString folded = fold->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  if (U_FAILURE(status) != 0) throw Error(std::string("ICU could not normalize: ") + u_errorName(status));
  for (int32_t i = 0; i < folded.length(); ++i) {
    if (is_typographic_apostrophe(folded[i])) folded.setCharAt(i, u'\'');
  }
  folded.toUTF8String(out);
}

void append_simple_fold(UChar32 c, std::string& out) {
  if (c < 0x80) {
    out.push_back(ascii_lower(static_cast<char>(c)));
    return;
  }
  c = is_typographic_apostrophe(c) ? '\'' : u_foldCase(c, U_FOLD_CASE_DEFAULT);
  char bytes[U8_MAX_LENGTH];
  std::size_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  out.append(bytes, length);
}

}  // namespace salience::detail

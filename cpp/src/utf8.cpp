#include "salience/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include "salience/error.h"

namespace salience {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // Most text is ASCII: skip eight bytes at a time while none has its high bit set.
    if (i + 8 <= size) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes + i, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;  // allowed range of the second byte (RFC 3629, table 3-7)
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;   // no overlong forms
      if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;   // no overlong forms
      if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + length > size) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (std::size_t k = 2; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    i += length;
  }
  return std::nullopt;
}

void require_valid_text(std::string_view text) {
  if (text.size() >= kTextBytesLimit) {
    throw InvalidArgument("text is " + std::to_string(text.size()) + " bytes of UTF-8; the limit is 2 GiB");
  }
  if (const auto invalid = find_invalid_utf8(text)) {
    throw InvalidArgument("text is not valid UTF-8 at byte " + std::to_string(*invalid));
  }
}

std::size_t CodePointCounter::at(std::size_t byte_offset) noexcept {
  // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
  const std::size_t end = std::min(byte_offset, text_.size());
  for (; byte_ + 8 <= end; byte_ += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text_.data() + byte_, sizeof word);
    // Bit 7 of each continuation byte: bit 7 set and bit 6 (moved up by the shift) clear.
    const std::uint64_t continuation = (word & ~(word << 1) & 0x8080808080808080ULL) >> 7;
    code_points_ += 8 - static_cast<std::size_t>((continuation * 0x0101010101010101ULL) >> 56);
  }
  for (; byte_ < end; ++byte_) {
    if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++code_points_;
  }
  return code_points_;
}

}  // namespace salience

// UTF-8 validation and the one place where byte offsets become code-point offsets.
//
// The core works on UTF-8 byte offsets because ICU's UTF-8 UText reports them; Python
// slices by code points. Converting here, once, keeps `text[s.start:s.end] == s.text`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace salience {

// The byte offset of the first ill-formed UTF-8 sequence (overlong forms, surrogates,
// code points above U+10FFFF and truncated sequences are ill-formed), or nullopt when
// the whole text is valid. O(n), with an ASCII fast path.
std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept;

// The core refuses texts of this many bytes of UTF-8 or more (2 GiB less a byte): it keeps
// offsets that ICU reports as 32-bit.
inline constexpr std::size_t kTextBytesLimit = INT32_MAX;

// Throws InvalidArgument when `text` is not valid UTF-8 (naming the byte) or is
// kTextBytesLimit bytes or longer. O(n).
void require_valid_text(std::string_view text);

// Counts code points up to increasing byte offsets in one forward pass, so converting all
// the spans of a document costs O(n) in total. Offsets must lie on code-point boundaries
// of valid UTF-8 and must not decrease between calls.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) noexcept : text_(text) {}

  // Code points in text[0, byte_offset).
  std::size_t at(std::size_t byte_offset) noexcept;

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t code_points_ = 0;
};

}  // namespace salience

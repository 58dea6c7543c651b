// Hashing byte strings for the core's tables: words, surface forms, terms. Internal. The
// values may differ between platforms and versions: they only place entries in tables that
// live as long as the process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

namespace salience::detail {

// The hash of the standard library's string tables, made transparent, so that a table keyed
// by std::string is searched with a std::string_view without building a string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

// Up to eight bytes packed into an integer without a memcpy of variable length (a library
// call, and this runs for every token). For a given count, equal values mean equal bytes.
inline std::uint64_t pack_up_to_8(const char* bytes, std::size_t count) noexcept {
  if (count >= 8) {
    std::uint64_t value = 0;
    std::memcpy(&value, bytes, 8);
    return value;
  }
  if (count >= 4) {  // two loads that overlap when count < 8
    std::uint32_t low = 0;
    std::uint32_t high = 0;
    std::memcpy(&low, bytes, 4);
    std::memcpy(&high, bytes + count - 4, 4);
    return low | std::uint64_t{high} << 32;
  }
  std::uint64_t value = 0;
  for (std::size_t k = 0; k < count; ++k) {
    value |= std::uint64_t{static_cast<unsigned char>(bytes[k])} << (8 * k);
  }
  return value;
}

// A fast hash of short byte strings: eight bytes at a time, multiplied and mixed.
inline std::uint64_t hash_bytes(std::string_view bytes) noexcept {
  std::uint64_t hash = 0x9E3779B97F4A7C15ULL ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, bytes.data() + i, 8);
    hash = (hash ^ chunk) * 0xBF58476D1CE4E5B9ULL;
    hash ^= hash >> 31;
  }
  const std::uint64_t tail = pack_up_to_8(bytes.data() + i, bytes.size() - i);
  // The finalizer of MurmurHash3: every input bit reaches the low bits a table index uses.
  hash ^= tail;
  hash = (hash ^ (hash >> 33)) * 0xFF51AFD7ED558CCDULL;
  hash = (hash ^ (hash >> 33)) * 0xC4CEB9FE1A85EC53ULL;
  return hash ^ (hash >> 33);
}

}  // namespace salience::detail

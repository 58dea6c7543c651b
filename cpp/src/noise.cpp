#include "salience/noise.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "salience/detail/char_class.h"
#include "salience/stop.h"

namespace salience {
namespace {

using detail::ascii_lower;
using detail::is_ascii_digit;
using detail::is_ascii_space;
using detail::is_ascii_upper;

bool starts_folded(std::string_view text, std::string_view pattern) noexcept {
  if (pattern.size() > text.size()) return false;
  for (std::size_t k = 0; k < pattern.size(); ++k) {
    if (ascii_lower(text[k]) != pattern[k]) return false;
  }
  return true;
}

// Markers of page furniture wherever they occur in a sentence (lower case; compared
// case-insensitively). From the CNN/DM development set: "PUBLISHED: .", "UPDATED: ."
// (Daily Mail time stamps), "Scroll down for video", "Click here", "READ MORE:",
// "... contributed to this report", "All rights reserved", "Join the conversation",
// "Like us on Facebook"; "last updated at" is BBC's.
constexpr std::array<std::string_view, 12> kMarkers = {"published:",
                                                       "updated:",
                                                       "last updated at",
                                                       "scroll down for",
                                                       "click here",
                                                       "read more:",
                                                       "contributed to this report",
                                                       "all rights reserved",
                                                       "join the conversation",
                                                       "like us on facebook",
                                                       "\xc2\xa9",  // ©
                                                       "sign up for our"};

// One pass over a sentence looks for all the markers at once. The four bytes at each
// position, with bit 5 of each set (which lowers an ASCII capital, and so lets through all
// that lower() would, and a little more), are hashed into a table built from the markers'
// first four bytes; only a position whose bucket holds a marker is compared in full.
// Markers shorter than four bytes ("©") are searched for on their own.
constexpr std::uint32_t kFoldBits = 0x20202020;
constexpr std::size_t kBucketBits = 12;

constexpr std::uint32_t quad_at(std::string_view text, std::size_t i) noexcept {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 3])) << 24;
}

constexpr std::size_t bucket_of(std::uint32_t quad) noexcept {
  return static_cast<std::uint32_t>((quad | kFoldBits) * 0x9E3779B1U) >> (32 - kBucketBits);
}

// Bit k of a bucket: kMarkers[k] (four bytes or longer) starts with a quad of that bucket.
constexpr std::array<std::uint16_t, std::size_t{1} << kBucketBits> kMarkerBuckets = [] {
  static_assert(kMarkers.size() <= 16);
  std::array<std::uint16_t, std::size_t{1} << kBucketBits> buckets{};
  for (std::size_t k = 0; k < kMarkers.size(); ++k) {
    if (kMarkers[k].size() < 4) continue;
    buckets[bucket_of(quad_at(kMarkers[k], 0))] |= static_cast<std::uint16_t>(1U << k);
  }
  return buckets;
}();

bool contains_folded(std::string_view text, std::string_view pattern) noexcept;

bool contains_marker(std::string_view text) noexcept {
  // quad_at(text, i), rolled on by one byte a step: one load a byte instead of four.
  std::uint32_t quad = text.size() >= 4 ? quad_at(text, 0) : 0;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (i > 0) quad = quad >> 8 | static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 3])) << 24;
    unsigned candidates = kMarkerBuckets[bucket_of(quad)];
    for (; candidates != 0; candidates &= candidates - 1) {
      const std::string_view marker = kMarkers[static_cast<std::size_t>(std::countr_zero(candidates))];
      if (starts_folded(text.substr(i), marker)) return true;
    }
  }
  for (std::string_view marker : kMarkers) {
    if (marker.size() < 4 && contains_folded(text, marker)) return true;
  }
  return false;
}

bool contains_folded(std::string_view text, std::string_view pattern) noexcept {
  if (pattern.size() > text.size()) return false;
  // Without a letter ("©"), the pattern folds to itself: the library's search is faster.
  if (std::none_of(pattern.begin(), pattern.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return text.find(pattern) != std::string_view::npos;
  }
  for (std::size_t i = 0; i + pattern.size() <= text.size(); ++i) {
    if (starts_folded(text.substr(i), pattern)) return true;
  }
  return false;
}

// A byline names at most this many words after "By" ("By . Daily Mail Reporter .", "By John
// Smith and Jane Doe ."), each capitalized: a longer capitalized sentence opening with "By"
// is text. Set by hand from the CNN/DM development set's bylines (no measurement recorded).
constexpr std::size_t kMaxBylineWords = 6;
// A time stamp line ("14:11 EST, 25 October 2013 .", "PUBLISHED: . 14:11 EST, 25 October
// 2013 . | ."): at most this many words, so that a sentence quoting a time ("at 10:30 GMT the
// markets") is not taken for one. Set by hand from the same set (no measurement recorded).
constexpr std::size_t kMaxTimeStampWords = 8;

// Openings of a call to follow an account.
constexpr std::array<std::string_view, 3> kOpenings = {"follow @", "follow us", "you can follow"};

std::size_t count_words(std::string_view text, bool& all_capitalized) noexcept {
  std::size_t words = 0;
  all_capitalized = true;
  bool in_word = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (c != '.' && c != '|' && c != ',' && c != '-') {
        ++words;
        if (!is_ascii_upper(c) && !is_ascii_digit(c)) all_capitalized = false;
      }
    }
  }
  return words;
}

// At most `most` words, each starting with a capital or a digit.
bool few_capitalized_words(std::string_view text, std::size_t most) noexcept {
  bool capitalized = false;
  return count_words(text, capitalized) <= most && capitalized;
}

// "By . Daily Mail Reporter .", "By John Smith ." : "By" and a few capitalized words.
bool byline(std::string_view text) noexcept {
  if (text.size() < 2 || text[0] != 'B' || text[1] != 'y') return false;
  if (text.size() > 2 && !is_ascii_space(text[2]) && text[2] != '.') return false;
  return few_capitalized_words(text, kMaxBylineWords);
}

// "14:11 EST, 25 October 2013 .": a clock time in a short sentence.
// The clock is looked for first, by its colon: most sentences have none, and counting words
// is a pass.
bool time_stamp(std::string_view text) noexcept {
  for (std::size_t colon = text.find(':', 1); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    const std::size_t i = colon - 1;
    if (i + 4 >= text.size()) break;
    if (is_ascii_digit(text[i]) && is_ascii_digit(text[i + 2]) && is_ascii_digit(text[i + 3]) &&
        (i + 4 == text.size() || !is_ascii_digit(text[i + 4]))) {
      bool capitalized = false;
      if (count_words(text, capitalized) > kMaxTimeStampWords) return false;
      return contains_folded(text, " est") || contains_folded(text, " gmt") ||
             contains_folded(text, " bst") || contains_folded(text, " et,") ||
             contains_folded(text, " pm,") || contains_folded(text, " am,");
    }
  }
  return false;
}

}  // namespace

double boilerplate(std::string_view sentence) noexcept {
  if (contains_marker(sentence)) return 1.0;
  for (std::string_view opening : kOpenings) {
    if (starts_folded(sentence, opening)) return 1.0;
  }
  return byline(sentence) || time_stamp(sentence) ? 1.0 : 0.0;
}

std::vector<double> boilerplate(std::span<const std::string_view> sentences) {
  std::vector<double> scores;
  scores.reserve(sentences.size());
  bool after_bare_by = false;
  for (std::string_view sentence : sentences) {
    check_stop();
    const bool name = after_bare_by && few_capitalized_words(sentence, kMaxBylineWords);
    scores.push_back(name ? 1.0 : boilerplate(sentence));
    bool capitalized = false;
    after_bare_by = byline(sentence) && count_words(sentence, capitalized) == 1;
  }
  return scores;
}

}  // namespace salience

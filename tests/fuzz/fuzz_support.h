// Shared by the libFuzzer targets: turning fuzzed bytes into text worth segmenting, and the
// invariants every result keeps. A broken invariant aborts, so libFuzzer saves the input.
#pragma once

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "salience/summarizer.h"
#include "salience/utf8.h"

namespace salience::fuzz {

[[noreturn]] inline void fail(const char* what, std::size_t detail = 0) {
  std::fprintf(stderr, "salience fuzz invariant broken: %s (%zu)\n", what, detail);
  std::abort();
}

inline void require(bool holds, const char* what, std::size_t detail = 0) {
  if (!holds) fail(what, detail);
}

// A slow input is a finding, as a crash is: the text repeated to kGrowthBase bytes and to four
// times as many copies must take about four times as long to `process`, not sixteen (a scan
// quadratic in a run of text, as "X?X?X?…" once was). libFuzzer's -timeout cannot see that,
// since its inputs stay short. Only short texts are repeated (what repeats is a pattern),
// times below kMeasurable tell nothing, and a ratio above kMaxGrowth is measured again, the
// least time of each size counting, before it is a finding.
template <class Process>
void check_linear_time(std::string_view text, Process process) {
  constexpr std::size_t kMaxPattern = 256;   // bytes
  constexpr std::size_t kGrowthBase = 2048;  // bytes
  constexpr double kMaxGrowth = 10.0;        // linear is 4, quadratic 16
  constexpr double kMeasurable = 0.005;      // seconds
  if (text.empty() || text.size() > kMaxPattern) return;
  const std::size_t copies = (kGrowthBase + text.size() - 1) / text.size();
  std::string small;
  for (std::size_t i = 0; i < copies; ++i) small += text;
  std::string large;
  for (int i = 0; i < 4; ++i) large += small;
  const auto seconds = [&](const std::string& input) {
    timespec start{};
    timespec stop{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    process(input);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &stop);
    return static_cast<double>(stop.tv_sec - start.tv_sec) +
           static_cast<double>(stop.tv_nsec - start.tv_nsec) * 1e-9;
  };
  const auto slow = [](double small_seconds, double large_seconds) {
    return large_seconds > kMeasurable && large_seconds > kMaxGrowth * small_seconds;
  };
  double small_seconds = seconds(small);
  double large_seconds = seconds(large);
  for (int attempt = 0; attempt < 3 && slow(small_seconds, large_seconds); ++attempt) {
    small_seconds = std::min(small_seconds, seconds(small));
    large_seconds = std::min(large_seconds, seconds(large));
  }
  if (slow(small_seconds, large_seconds)) {
    std::fprintf(stderr, "salience fuzz: %zu bytes took %.4f s, four times as many %.4f s\n", small.size(),
                 small_seconds, large_seconds);
    fail("time grows faster than the text");
  }
}

// Pieces that steer segmentation into its corners: terminal and non-terminal punctuation,
// line and paragraph breaks, abbreviations, datelines, quotes and brackets, white space
// outside ASCII, marks that are not letters (ZWJ, RTL, combining), CJK and Thai, NUL.
// clang-format off
inline constexpr std::string_view kPieces[] = {
    "a",        "Word",      "WASHINGTON", "U.S.",      "Mr.",       "e.g.",    "No. 5",   "3.14",
    " ",        "  ",        "\t",         "\n",        "\n\n",      "\r\n",    "\r",      "\n \n",
    ".",        "!",         "?",          "...",       ";",         ",",       "-",       "--",
    "\u2014",   "\u2013",    "(",          ")",         "(CNN)",     "(Reuters) -", "\"",   "'",
    "\u201c",   "\u201d",    "\u2019",     "\u00bb",    "\u3002",    "\uff01",  "\uff1f",  "\u0964",
    "\u4e1c\u4eac", "\u0e20\u0e32\u0e29\u0e32", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd",
    "\u200d",   "\u200f",    "\u202e",     "\u0301",    "\ufeff",    "\u00a0",  "\u2028",  "\u2029",
    "\u0085",   "\u3000",    "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F1FA\U0001F1F8",
    std::string_view("\0", 1), "\x01",   "\x7f",       "\uFFFD",    "\U0010FFFF", "\u00e9",  "\u0130",  "\u00df",
};
// clang-format on

// Replaces each ill-formed UTF-8 sequence by '?' so that the text reaches the segmenter.
inline std::string make_valid_utf8(std::string text) {
  std::size_t from = 0;
  while (from < text.size()) {
    const auto bad = find_invalid_utf8(std::string_view(text).substr(from));
    if (!bad) break;
    text[from + *bad] = '?';
    from += *bad + 1;
  }
  return text;
}

// How the bytes after the option header become text: made valid (each ill-formed byte
// becomes '?', so that the text reaches the segmenter), raw (mostly invalid UTF-8: exercises
// validation), or read as a sequence of kPieces (valid, and dense in boundaries).
enum class TextMode { kValid = 0, kRaw = 1, kPieces = 2 };

inline std::string consume_text(FuzzedDataProvider& data, TextMode mode) {
  switch (mode) {
    case TextMode::kValid:
      return make_valid_utf8(data.ConsumeRemainingBytesAsString());
    case TextMode::kRaw:
      return data.ConsumeRemainingBytesAsString();
    case TextMode::kPieces:
      break;
  }
  std::string text;
  while (data.remaining_bytes() > 0) {
    text += kPieces[data.ConsumeIntegralInRange<std::size_t>(0, std::size(kPieces) - 1)];
  }
  return text;
}

inline TextMode consume_mode(FuzzedDataProvider& header) {
  return static_cast<TextMode>(header.ConsumeIntegralInRange<int>(0, 2));
}

// The first `size` bytes of the input, to derive options from with a FuzzedDataProvider of
// their own: the options stay put while the text after them is mutated.
inline std::vector<std::uint8_t> consume_header(FuzzedDataProvider& data, std::size_t size) {
  auto header = data.ConsumeBytes<std::uint8_t>(size);
  header.resize(size, 0);
  return header;
}

inline bool is_white_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline std::size_t code_points_before(std::string_view text, std::size_t byte) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte; ++i) count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return count;
}

// The contract of split_sentences (segment.h, summarizer.h) on valid UTF-8.
inline void check_spans(std::string_view text, const std::vector<SpanResult>& spans) {
  std::size_t previous_end = 0;
  std::size_t previous_paragraph = 0;
  std::size_t titles = 0;
  std::size_t datelines = 0;
  std::size_t expected_start = 0;  // code points, counted incrementally
  std::size_t counted_to = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& span = spans[i].span;
    require(span.begin < span.end, "span is empty", i);
    require(span.end <= text.size(), "span ends past the text", i);
    require(span.begin >= previous_end, "spans overlap or are out of order", i);
    require(span.paragraph >= previous_paragraph, "paragraphs go backwards", i);
    // Both ends on code-point boundaries.
    require((static_cast<unsigned char>(text[span.begin]) & 0xC0) != 0x80, "span starts inside a code point",
            i);
    require(span.end == text.size() || (static_cast<unsigned char>(text[span.end]) & 0xC0) != 0x80,
            "span ends inside a code point", i);
    require(!is_white_space_byte(text[span.begin]) && !is_white_space_byte(text[span.end - 1]),
            "span is not trimmed", i);
    expected_start += code_points_before(text.substr(counted_to), span.begin - counted_to);
    counted_to = span.begin;
    require(spans[i].start == expected_start, "code-point start is wrong", i);
    const std::size_t length = code_points_before(text.substr(span.begin), span.end - span.begin);
    require(spans[i].end == spans[i].start + length, "code-point end is wrong", i);
    if (span.kind == SpanKind::kTitle) {
      ++titles;
      require(i == 0, "the title is not the first span", i);
    }
    if (span.kind == SpanKind::kDateline) {
      ++datelines;
      require(i <= 1, "the dateline does not open the body", i);
    }
    previous_end = span.end;
    previous_paragraph = span.paragraph;
  }
  require(titles <= 1 && datelines <= 1, "more than one title or dateline");
  bool blank = true;
  for (char c : text) blank = blank && is_white_space_byte(c);
  if (blank) require(spans.empty(), "blank text has spans");
}

}  // namespace salience::fuzz

#include "salience/detail/speaker_label.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "salience/detail/char_class.h"
#include "salience/detail/unicode.h"

namespace salience::detail {
namespace {

// Longest run of a word, in code points: names are short, and a word of a script without
// spaces ("主持人") must not swallow a sentence.
constexpr std::size_t kMaxWordCodePoints = 24;
constexpr std::size_t kMaxUncasedWordCodePoints = 10;
// An abbreviation before a period: "Mr.", "Hon.", "Prof.", "S.".
constexpr std::size_t kMaxAbbreviationCodePoints = 4;
constexpr std::size_t kMaxParentheticalBytes = 200;
constexpr int kMaxParentheticalDepth = 2;
constexpr std::size_t kMaxTimeStampBytes = 16;
constexpr UChar32 kFullWidthColon = 0xFF1A;
constexpr UChar32 kNoBreakSpace = 0xA0;
constexpr UChar32 kNarrowNoBreakSpace = 0x202F;

// Lower-case words a name may hold between its capitalized ones.
constexpr std::array<std::string_view, 17> kParticles = {"al",  "bin", "da",  "de", "del", "der",
                                                         "di",  "du",  "ibn", "la", "le",  "of",
                                                         "the", "van", "von", "y",  "zu"};

bool is_apostrophe(UChar32 c) noexcept { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_hyphen(UChar32 c) noexcept { return c == '-' || c == 0x2010 || c == 0x2011; }
// A letter of a script without case (Han, Arabic, Hebrew, Devanagari, Hangul).
bool is_uncased_letter(UChar32 c) noexcept {
  return c >= 0x80 && is_letter(c) && !is_lower(c) && !is_upper(c);
}

// A time stamp "[00:01:02]" or "(12:30)" at byte i: the byte after it, or i when none.
std::size_t skip_time_stamp(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size() || (text[i] != '[' && text[i] != '(')) return i;
  const char close = text[i] == '[' ? ']' : ')';
  std::size_t j = i + 1;
  bool digit = false;
  bool colon = false;
  while (j < text.size() && j - i < kMaxTimeStampBytes) {
    const char c = text[j];
    if (is_ascii_digit(c)) {
      digit = true;
    } else if (c == ':') {
      colon = true;
    } else if (c != '.' && c != ',') {
      break;
    }
    ++j;
  }
  if (!digit || !colon || j >= text.size() || text[j] != close) return i;
  ++j;
  const std::size_t after = skip_white_space(text, j);
  return after > j ? after : i;
}

// One word of a name at byte i: the byte after it, or i when none is there. `first` is
// whether it opens the name; `ends_in_period` says it is an abbreviation ("Mr.").
std::size_t read_name_word(std::string_view text, std::size_t i, bool first, bool& ends_in_period) {
  ends_in_period = false;
  const UChar32 c = code_point_at(text, i);
  const bool uncased = is_uncased_letter(c);
  if (!(is_upper(c) || uncased || (!first && is_digit(c)))) {
    // A particle of a name ("van", "de"), never its first word.
    if (first || !is_lower(c)) return i;
    std::size_t j = i;
    while (j < text.size() && is_ascii_lower(text[j])) ++j;
    const std::string_view word = text.substr(i, j - i);
    const bool particle = std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
    return particle && j < text.size() && text[j] == ' ' ? j : i;
  }
  std::size_t j = i;
  std::size_t code_points = 0;
  std::size_t since_period = 0;  // code points of the segment before a period
  while (j < text.size()) {
    std::size_t next = j;
    const UChar32 d = next_code_point(text, next);
    if (is_word_part(d)) {
      if (uncased != is_uncased_letter(d) && is_letter(d)) return i;  // "Ab主" is no name
      ++code_points;
      ++since_period;
    } else if ((is_hyphen(d) || is_apostrophe(d)) && since_period > 0 &&
               is_word_part(code_point_at(text, next))) {
      since_period = 0;
    } else if (d == '.' && since_period > 0 && since_period <= kMaxAbbreviationCodePoints) {
      since_period = 0;
      ends_in_period = true;
      j = next;
      // "U.S." goes on; "Mr." ends the word, and a space must follow.
      if (is_letter(code_point_at(text, j))) {
        ends_in_period = false;
        continue;
      }
      return code_point_at(text, j) == ' ' ? j : i;
    } else {
      break;
    }
    if (code_points > (uncased ? kMaxUncasedWordCodePoints : kMaxWordCodePoints)) return i;
    j = next;
  }
  return j;
}

// A parenthetical "(...)" at byte i on one line, nested at most twice: the byte after it, or
// i when none is there.
std::size_t skip_parenthetical(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size() || text[i] != '(') return i;
  int depth = 0;
  for (std::size_t j = i; j < text.size() && j - i < kMaxParentheticalBytes; ++j) {
    const char c = text[j];
    if (c == '(') {
      if (++depth > kMaxParentheticalDepth) return i;
    } else if (c == ')') {
      if (--depth == 0) return j > i + 1 ? j + 1 : i;
    } else if (c == ':' || line_break_length(text, j) != 0) {
      return i;
    }
  }
  return i;
}

bool is_label_space(UChar32 c) noexcept { return c == ' ' || c == kNoBreakSpace || c == kNarrowNoBreakSpace; }

}  // namespace

SpeakerLabel parse_speaker_label(std::string_view paragraph_start) noexcept {
  const std::string_view text = paragraph_start;
  const std::size_t name_begin = skip_time_stamp(text, 0);
  std::size_t i = name_begin;
  std::size_t words = 0;
  std::size_t last_word = 0;
  bool ends_in_period = false;
  while (true) {
    bool period = false;
    const std::size_t end = read_name_word(text, i, words == 0, period);
    if (end == i) return {};
    ++words;
    last_word = i;
    i = end;
    ends_in_period = period;
    // One space, then either another word or what ends the name.
    if (i + 1 < text.size() && text[i] == ' ' && words < kMaxSpeakerNameWords) {
      const UChar32 next = code_point_at(text, i + 1);
      if (is_upper(next) || is_uncased_letter(next) || is_digit(next) || is_ascii_lower(text[i + 1])) {
        bool unused = false;
        if (read_name_word(text, i + 1, false, unused) != i + 1) {
          ++i;
          continue;
        }
      }
    }
    break;
  }
  // The last word is a name, not a particle or an abbreviation ("Hon.:").
  if (ends_in_period || is_ascii_lower(text[last_word])) return {};
  std::size_t name_end = i;
  if (i + 1 < text.size() && text[i] == ' ' && text[i + 1] == '(') {
    const std::size_t after = skip_parenthetical(text, i + 1);
    if (after != i + 1) name_end = i = after;
  }
  std::size_t j = i;
  if (j < text.size() && is_label_space(code_point_at(text, j))) next_code_point(text, j);
  if (j >= text.size()) return {};
  std::size_t after_colon = j;
  const UChar32 colon = next_code_point(text, after_colon);
  if (colon == ':') {
    if (!is_white_space(code_point_at(text, after_colon))) return {};
  } else if (colon != kFullWidthColon) {
    return {};
  }
  const std::size_t length = skip_white_space(text, after_colon);
  if (length >= text.size()) return {};
  return {name_begin, name_end, length};
}

std::size_t speaker_label_length(std::string_view paragraph_start) noexcept {
  return parse_speaker_label(paragraph_start).length;
}

void TranscriptVote::add_paragraph(std::string_view paragraph_start) {
  ++paragraphs_;
  const SpeakerLabel label = parse_speaker_label(paragraph_start);
  if (!label) return;
  ++labelled_;
  if (recurs_) return;
  const std::string_view name = label.name(paragraph_start);
  if (std::find(names_.begin(), names_.end(), name) != names_.end()) {
    recurs_ = true;
    names_.clear();
    names_.shrink_to_fit();
  } else if (names_.size() < kMaxNames) {
    names_.push_back(name);
  }
}

double TranscriptVote::share() const noexcept {
  return paragraphs_ == 0 ? 0.0 : static_cast<double>(labelled_) / static_cast<double>(paragraphs_);
}

bool TranscriptVote::is_transcript() const noexcept {
  return recurs_ && labelled_ >= 2 && 2 * labelled_ > paragraphs_;
}

TranscriptVote vote_transcript(std::string_view text, std::span<const Span> spans) {
  TranscriptVote vote;
  bool counted = false;
  std::size_t paragraph = 0;
  for (const Span& span : spans) {
    if (span.paragraph != paragraph) {
      paragraph = span.paragraph;
      counted = false;
    }
    if (counted || span.kind == SpanKind::kTitle || span.kind == SpanKind::kDateline) continue;
    vote.add_paragraph(text.substr(span.begin));
    counted = true;
  }
  return vote;
}

bool is_transcript(std::string_view text, std::span<const Span> spans) {
  return vote_transcript(text, spans).is_transcript();
}

}  // namespace salience::detail

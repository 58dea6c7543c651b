#include "salience/segment.h"

#include <algorithm>
#include <optional>

#include "salience/detail/char_class.h"
#include "salience/detail/headline.h"
#include "salience/detail/sentence_rules.h"
#include "salience/detail/speaker_label.h"
#include "salience/detail/unicode.h"

namespace salience {
namespace {

using detail::code_point_at;
using detail::find_line_break;
using detail::is_blank;
using detail::is_paragraph_separator;
using detail::is_white_space;
using detail::line_break_length;
using detail::next_code_point;
using detail::skip_white_space;
using detail::trim_end;

// The parenthesis of a dateline names an agency and maybe a date ("(Reuters)", "(Agency -
// 11th December, 2019)"): past this many bytes between "(" and ")" it is a parenthetical
// remark of the first sentence instead. Set by hand with the dateline rule (no measurement
// of it is recorded).
constexpr std::size_t kMaxDatelineParenthesis = 120;
// A place in capitals has at least two capital letters ("U.S.", "LONDON"): a single one is a
// word opening the body ("I - ", "A (small) "). The region after it (", England") has at most
// three capitalized words ("LONDON, England", "PORT MORESBY, Papua New Guinea").
constexpr std::size_t kMinPlaceCapitals = 2;
constexpr int kMaxRegionWords = 3;

bool starts_body_text(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const UChar32 c = next_code_point(text, i);
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || c == '"' || c == '\'' ||
         u_charType(c) == U_INITIAL_PUNCTUATION || u_charType(c) == U_START_PUNCTUATION;
}

// The end of the word in capitals at i ("WASHINGTON", "U.S.", "O'HARE"), or i when the
// word there is not one: letters in upper case, with inner periods, hyphens, apostrophes
// and ampersands.
std::size_t capital_word_end(std::string_view text, std::size_t i) {
  std::size_t end = i;
  bool upper = false;
  for (std::size_t at = i; at < text.size();) {
    std::size_t next = at;
    const UChar32 c = next_code_point(text, next);
    if (u_isupper(c)) {
      upper = true;
    } else if (is_white_space(c) || c == ',' || c == '(') {
      break;
    } else if (c != '.' && c != '-' && c != '\'' && c != '&' && c != 0x2019) {
      return i;  // "ANTI-war", "US-Russia"
    }
    at = end = next;
  }
  return upper ? end : i;
}

// End of a place name in capitals starting at i ("WASHINGTON", "NEW YORK", "U.S."): words
// in capitals with at least two capital letters in all, optionally followed by
// ", Place Name"; i itself when there is none.
std::size_t scan_capitalized_place(std::string_view text, std::size_t i) {
  std::size_t end = i;
  for (std::size_t at = i;;) {
    const std::size_t word_end = capital_word_end(text, at);
    if (word_end == at) break;
    end = word_end;
    if (word_end + 1 >= text.size() || text[word_end] != ' ' || text[word_end + 1] == ' ') break;
    at = word_end + 1;
  }
  std::size_t capitals = 0;
  for (std::size_t k = i; k < end;) capitals += u_isupper(next_code_point(text, k)) ? 1 : 0;
  if (capitals < kMinPlaceCapitals) return i;
  // ", England" after the capitals: up to three capitalized words.
  if (end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ') {
    std::size_t j = end + 2;
    for (int word = 0; word < kMaxRegionWords && j < text.size(); ++word) {
      std::size_t next = j;
      const UChar32 first = next_code_point(text, next);
      if (!u_isupper(first)) break;
      while (next < text.size() && u_isalpha(static_cast<unsigned char>(text[next]))) ++next;
      end = next;
      if (next >= text.size() || text[next] != ' ') break;
      j = next + 1;
    }
  }
  return end;
}

struct Dateline {
  std::size_t end;         // end of the dateline, trimmed
  std::size_t body_begin;  // where the first sentence starts
};

// A dateline opening the body: "WASHINGTON (Agency - 11th December, 2019) Body",
// "LONDON, England (Reuters) -- Body", "NEW YORK - Body" or "(CNN)Body".
std::optional<Dateline> find_dateline(std::string_view text, std::size_t begin) {
  const std::size_t place_end = scan_capitalized_place(text, begin);
  const bool has_place = place_end > begin;
  std::size_t i = has_place ? place_end : begin;
  while (i < text.size() && text[i] == ' ') ++i;
  std::size_t end = i;
  bool has_parenthesis = false;
  if (i < text.size() && text[i] == '(') {
    const std::size_t close = text.find(')', i);
    const std::size_t line_break = find_line_break(text, i);
    if (close != std::string_view::npos && close - i <= kMaxDatelineParenthesis && close < line_break) {
      has_parenthesis = true;
      end = i = close + 1;
    }
  }
  if (!has_place && !has_parenthesis) return std::nullopt;
  while (i < text.size() && text[i] == ' ') ++i;
  bool has_dash = false;
  for (std::string_view dash : {"--", "\u2014", "\u2013", "-"}) {
    if (text.substr(i).starts_with(dash)) {
      has_dash = true;
      end = i += dash.size();
      break;
    }
  }
  if (!has_parenthesis && !has_dash) return std::nullopt;
  const std::size_t body = skip_white_space(text, i);
  if (body == i && !has_parenthesis) return std::nullopt;  // "ANTI-war" is no dateline
  if (!starts_body_text(text, body)) return std::nullopt;
  return Dateline{trim_end(text, begin, end), body};
}

// The end of the paragraph starting at `begin`: the line break before its first blank line,
// its first paragraph separator, or the end of the text. One pass over the bytes.
std::size_t paragraph_end(std::string_view text, std::size_t begin) {
  const std::size_t size = text.size();
  for (std::size_t i = begin;;) {
    i = find_line_break(text, i);
    if (i >= size) return size;
    const std::size_t line_end = i;
    if (is_paragraph_separator(code_point_at(text, i))) return line_end;
    i += line_break_length(text, i);
    while (i < size && is_blank(text[i])) ++i;
    if (i >= size || line_break_length(text, i) > 0) return line_end;
  }
}

// The sentences of text[begin, end), one paragraph, appended to `spans`.
void append_sentences(std::string_view text, std::size_t begin, std::size_t end, std::size_t paragraph,
                      const Language& language, std::vector<std::size_t>& breaks, std::vector<Span>& spans) {
  breaks.clear();
  detail::find_sentence_breaks(text, begin, end, language, breaks);
  breaks.push_back(end);
  std::size_t sentence = begin;
  for (std::size_t cut : breaks) {
    const std::size_t first = skip_white_space(text.substr(0, cut), sentence);
    const std::size_t last = trim_end(text, first, cut);
    if (first < last) spans.push_back({first, last, paragraph, SpanKind::kSentence});
    sentence = cut;
  }
}

// In a transcript (detail::is_transcript), the label opening a paragraph becomes a kSpeaker
// span of the speaker's name, and the paragraph's sentences start after the label. A title
// that opens with a label is the first turn, cut off without terminal punctuation ("Project
// Manager: so it's"), not a headline. Other documents keep their spans.
void mark_speakers(std::string_view text, const Language& language, std::vector<Span>& spans) {
  if (!detail::is_transcript(text, spans)) return;
  std::vector<Span> marked;
  marked.reserve(spans.size() + spans.back().paragraph + 1);
  std::vector<std::size_t> breaks;
  std::vector<Span> paragraph;
  for (std::size_t i = 0; i < spans.size();) {
    std::size_t next = i;
    while (next < spans.size() && spans[next].paragraph == spans[i].paragraph) ++next;
    paragraph.assign(spans.begin() + static_cast<std::ptrdiff_t>(i),
                     spans.begin() + static_cast<std::ptrdiff_t>(next));
    i = next;
    const Span& head = paragraph.front();
    const std::size_t paragraph_end = paragraph.back().end;
    if (head.kind == SpanKind::kTitle &&
        detail::parse_speaker_label(text.substr(head.begin, head.end - head.begin))) {
      const Span title = head;
      paragraph.erase(paragraph.begin());
      std::vector<Span> turn;
      append_sentences(text, title.begin, title.end, title.paragraph, language, breaks, turn);
      paragraph.insert(paragraph.begin(), turn.begin(), turn.end());
    }
    const auto first = std::find_if(paragraph.begin(), paragraph.end(),
                                    [](const Span& span) { return span.kind == SpanKind::kSentence; });
    const detail::SpeakerLabel label =
        first == paragraph.end()
            ? detail::SpeakerLabel{}
            : detail::parse_speaker_label(text.substr(first->begin, paragraph_end - first->begin));
    if (!label) {
      marked.insert(marked.end(), paragraph.begin(), paragraph.end());
      continue;
    }
    const std::size_t label_begin = first->begin;
    const std::size_t turn_begin = label_begin + label.length;
    marked.insert(marked.end(), paragraph.begin(), first);
    marked.push_back(
        {label_begin + label.name_begin, label_begin + label.name_end, first->paragraph, SpanKind::kSpeaker});
    for (auto span = first; span != paragraph.end(); ++span) {
      if (span->end <= turn_begin) continue;  // the label held a break the rules found
      marked.push_back(*span);
      marked.back().begin = std::max(span->begin, turn_begin);
    }
  }
  spans = std::move(marked);
}

}  // namespace

bool has_speakers(std::span<const Span> spans) noexcept {
  return std::any_of(spans.begin(), spans.end(),
                     [](const Span& span) { return span.kind == SpanKind::kSpeaker; });
}

std::vector<Span> segment(std::string_view text, const Language& language) {
  std::vector<Span> spans;
  std::size_t body_begin = skip_white_space(text, 0);
  if (body_begin == text.size()) return spans;

  std::size_t paragraph = 0;
  if (const auto title = detail::find_title(text, body_begin)) {
    spans.push_back({body_begin, trim_end(text, body_begin, title->end), paragraph++, SpanKind::kTitle});
    body_begin = skip_white_space(text, title->next);
  }
  if (const auto dateline = find_dateline(text, body_begin)) {
    spans.push_back({body_begin, dateline->end, paragraph, SpanKind::kDateline});
    body_begin = dateline->body_begin;
  }

  std::vector<std::size_t> breaks;
  for (std::size_t begin = body_begin; begin < text.size(); ++paragraph) {
    const std::size_t end = paragraph_end(text, begin);
    append_sentences(text, begin, end, paragraph, language, breaks, spans);
    begin = skip_white_space(text, end);
  }
  mark_speakers(text, language, spans);
  return spans;
}

}  // namespace salience

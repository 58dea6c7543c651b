// Stage 1: segmentation of a document into sentences, paragraphs, a title and a dateline.
//
// Sentence boundaries come from the rules of detail/sentence_rules.h, read over the UTF-8
// text in one pass: Unicode's sentence terminals, decided by the language's abbreviations
// and orthography and by what stands around them; ellipses, lists, bullets, quotations.
//   * a blank line or U+2029 PARAGRAPH SEPARATOR ends a paragraph, and so a sentence; a
//     single line break (LF, CR, CR LF, NEL, U+2028 LINE SEPARATOR) inside a paragraph is
//     only white space (hard-wrapped text stays one sentence), unless a bullet or list item
//     starts the next line or the line is a heading;
//   * a first line without terminal punctuation followed by a line break, with text after
//     it, is the title;
//   * a dateline opening the body ("WASHINGTON (Agency) -", "NEW YORK -", "(CNN)") is its
//     own span;
//   * in a transcript (most paragraphs open with a speaker label, detail/speaker_label.h),
//     the name of each paragraph's label ("Project Manager" of "Project Manager: So.") is a
//     speaker span before the turn's sentences, which start after the label; the label is
//     in no sentence. Other documents have no speaker span.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "salience/language.h"

namespace salience {

// A speaker span names who says the sentences of its paragraph; like the title and the
// dateline, it is no candidate sentence and holds no terms (extract_terms).
enum class SpanKind : std::uint8_t { kSentence, kTitle, kDateline, kSpeaker };

// One segment of the document. Offsets are UTF-8 byte offsets into the text, trimmed of
// white space at both ends; spans are non-empty, ordered and do not overlap.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t paragraph = 0;  // index of the paragraph holding the span, from 0
  SpanKind kind = SpanKind::kSentence;

  friend bool operator==(const Span&, const Span&) = default;
};

// Whether the spans are a transcript's: they hold a speaker span. O(number of spans).
bool has_speakers(std::span<const Span> spans) noexcept;

// Splits `text` (valid UTF-8; see find_invalid_utf8) into its spans in document order.
// Empty or all-white-space text gives no span. O(n) in the text's length. Throws nothing
// but std::bad_alloc.
std::vector<Span> segment(std::string_view text, const Language& language);

}  // namespace salience

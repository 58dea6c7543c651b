// Speaker labels: the names that open the turns of a transcript ("Project Manager: ",
// "PhD F: ", "Hon. Bill Blair (Minister of Public Safety): ", "Q: ", "[00:01:02] Alice: ",
// "主持人："). A label is metadata of the turn, not words of its sentences. Internal.
//
// Recognition is in two parts. parse_speaker_label is structural and looks at one paragraph:
// a label has the shape of a name, so "Note: this" has it too. Whether a document is a
// transcript is decided over all its paragraphs (TranscriptVote): most open with a label and
// some speaker speaks more than once. A single "Note:" in a news article is no transcript; a
// list of "Step 1:", "Step 2:" has no speaker who comes back.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "salience/segment.h"

namespace salience::detail {

// A label at the start of a paragraph, as byte offsets into that paragraph's text.
struct SpeakerLabel {
  std::size_t name_begin = 0;  // the speaker's name: after a time stamp ("[00:01:02] ")
  std::size_t name_end = 0;    // before the colon (and its parenthetical, which it keeps)
  std::size_t length = 0;      // the whole label: through the colon and the white space after

  explicit operator bool() const noexcept { return length != 0; }
  std::string_view name(std::string_view paragraph) const noexcept {
    return paragraph.substr(name_begin, name_end - name_begin);
  }
  friend bool operator==(const SpeakerLabel&, const SpeakerLabel&) = default;
};

// Words of a name at most ("Right Hon. Harjit S. Sajjan" has five), not counting a
// parenthetical after it ("(Minister of National Defence)").
inline constexpr std::size_t kMaxSpeakerNameWords = 5;

// The speaker label opening `paragraph_start` (valid UTF-8, the first byte of a paragraph
// that is not white space; it may run to the end of the text), or an empty label (length 0).
// A label is, in order:
//   * optionally a time stamp in brackets or parentheses, digits and colons
//     ("[00:01:02]", "(12:30)"), and white space;
//   * a name of 1 to kMaxSpeakerNameWords words separated by single spaces: each opens with
//     an upper-case letter or a letter of a script without case ("PhD", "JOHN", "Dr.",
//     "主持人"), or, after the first, a digit ("Speaker 1") or a particle ("of", "van", "de");
//     a word holds letters, digits, marks, '-' and apostrophes, and a period only after an
//     abbreviation of at most four letters that another word follows ("Mr.", "Hon.", "S.");
//     so no sentence terminal stands inside;
//   * optionally a parenthetical on one line ("(Kingston and the Islands, Lib.)"), nested at
//     most twice;
//   * a colon ':' (a space or no-break space may stand before it, as French writes it) and
//     white space, or a full-width colon U+FF1A, with or without white space;
//   * then text: a label alone, with nothing after it, is a heading, not a turn.
// O(length of the label): reads at most a few hundred bytes.
SpeakerLabel parse_speaker_label(std::string_view paragraph_start) noexcept;

// The bytes of the label opening `paragraph_start` (parse_speaker_label's length), 0 when none.
std::size_t speaker_label_length(std::string_view paragraph_start) noexcept;

// Whether a document is a transcript, from its paragraphs one by one, in order. It keeps
// views of the speakers' names: the text must outlive the vote.
class TranscriptVote {
 public:
  // Counts one paragraph: `paragraph_start` as for parse_speaker_label.
  void add_paragraph(std::string_view paragraph_start);

  std::size_t paragraphs() const noexcept { return paragraphs_; }
  std::size_t labelled() const noexcept { return labelled_; }
  // The share of the paragraphs that open with a label, 0 without paragraphs.
  double share() const noexcept;
  // More than half of the paragraphs labelled, and one speaker's name on two of them
  // (speakers take turns; headings "Step 1:", "Step 2:" do not come back).
  bool is_transcript() const noexcept;

 private:
  // Names seen so far, up to a few: a speaker who comes back is found among the first ones.
  static constexpr std::size_t kMaxNames = 32;
  std::vector<std::string_view> names_;
  std::size_t paragraphs_ = 0;
  std::size_t labelled_ = 0;
  bool recurs_ = false;
};

// The vote over the paragraphs of segment(text, ...)'s spans: each paragraph counted once,
// from its first span that is not the title or the dateline. O(number of spans).
TranscriptVote vote_transcript(std::string_view text, std::span<const Span> spans);

// vote_transcript(text, spans).is_transcript().
bool is_transcript(std::string_view text, std::span<const Span> spans);

}  // namespace salience::detail

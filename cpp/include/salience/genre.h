// Genre: what kind of text a document says it is, read from its spans, and the scoring
// defaults that suit each kind.
//
// The scoring defaults of features.h were chosen on news, where the first sentences carry
// the story. Other texts put what matters elsewhere: in a meeting the opening is small
// talk, in the reviews of one product every review opens afresh, in a paper the claims are
// spread over the introduction and the conclusion. recognize_genre reads cues the text
// itself gives (each below, with why it is a cue), and genre_scoring gives the genre's
// scoring options; options a caller fixes win over them (ScoringOverrides).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

#include "salience/features.h"
#include "salience/segment.h"

namespace salience {

enum class Genre : std::uint8_t {
  kGeneral,     // none of the cues below: the news defaults, the only ones measured on prose
  kNews,        // a title or a dateline ("WASHINGTON (AP) -"): a story told lead first
  kTranscript,  // most paragraphs are turns opening with a speaker label ("Anna: ...")
  kReviews,     // several short paragraphs, most in the first person, without title or dateline
  kPaper,       // citations ("(Smith et al., 2003)", "[12]"), at least one a thousand words
};

// Each genre under the name the Python option gives it, in the order of the enum.
inline constexpr std::array<std::pair<Genre, std::string_view>, 5> kGenreNames = {{
    {Genre::kGeneral, "general"},
    {Genre::kNews, "news"},
    {Genre::kTranscript, "transcript"},
    {Genre::kReviews, "reviews"},
    {Genre::kPaper, "paper"},
}};

// Options::genre for "each text the genre recognize_genre finds in it".
inline constexpr std::string_view kAutoGenre = "auto";

std::string_view genre_name(Genre genre) noexcept;

// The genre named `name` (one of kGenreNames'), or nullopt.
std::optional<Genre> genre_named(std::string_view name) noexcept;

// The genre of `text` (valid UTF-8) as segment() split it into `spans`, `words` holding each
// span's word count (DocumentTerms::word_count). The cues, first that holds wins:
//   transcript  more than half of the paragraphs open with a speaker label ("Anna: ",
//               "Project Manager: ") and a speaker comes back (detail/speaker_label.h's
//               vote): a transcript's turns; prose rarely opens a paragraph so, and never
//               most of them, and a list of "Step 1:", "Step 2:" has no speaker who returns
//   paper       at least 3 citations and at least 1 per 1,000 words, one of them at least a
//               named one ("et al.", "[12]", "(Smith, 2003)"; a list of years in
//               parentheses alone is a filmography, not a paper)
//   news        a title or a dateline span (how a story is published)
//   reviews     at least 3 paragraphs averaging at most 150 words and 2 sentences or more, and
//               at least half of them holding a first-person word ("I", "my", "me") outside
//               quotation marks: several people each telling their own experience (news
//               quotes people who say "I"; a reviewer says it). (English cue words; other
//               languages fall to general, whose defaults are the news ones.)
//   general     otherwise
// O(n) in the text's length, one pass over each paragraph's opening and the text's bytes.
Genre recognize_genre(std::string_view text, std::span<const Span> spans, std::span<const std::size_t> words);

// The genre's scoring defaults (docs/scoring.md's genre table, each measured on a
// development set of the genre): general and news keep ScoringOptions{}.
ScoringOptions genre_scoring(Genre genre) noexcept;

// Scoring options a caller fixed, each left empty to take the genre's default. Its
// designated initializers read as ScoringOptions' do: {.position_weight = 0.5}.
struct ScoringOverrides {
  std::optional<double> tfidf_weight;
  std::optional<double> position_weight;
  std::optional<PositionCurve> position_curve;
  std::optional<double> position_decay;
  std::optional<double> title_weight;
  std::optional<double> length_weight;
  std::optional<std::size_t> min_words;
  std::optional<std::size_t> max_words;
  std::optional<double> noise_weight;
  std::optional<double> query_weight;
  std::optional<double> query_position_weight;

  // Every option of `options` fixed.
  static ScoringOverrides fixing(const ScoringOptions& options);

  // `defaults` with every option set here put in its place.
  ScoringOptions over(ScoringOptions defaults) const;
};

}  // namespace salience

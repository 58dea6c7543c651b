#include "salience/genre.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "salience/language.h"
#include "salience/segment.h"
#include "salience/terms.h"
#include "test_support.h"

namespace salience {

// Readable genres in test failures (found by argument-dependent lookup).
inline void PrintTo(Genre genre, std::ostream* os) { *os << genre_name(genre); }

namespace {

Genre genre_of(std::string_view text) {
  const Language& english = Language::get("en");
  const std::vector<Span> spans = segment(text, english);
  const DocumentTerms terms = extract_terms(text, spans, english, TermOffsets::kDrop);
  return recognize_genre(text, spans, terms.word_count);
}

struct Case {
  std::string_view name;
  std::string_view text;
  Genre genre;
};

TEST(RecognizeGenre, ReadsTheCuesEachGenreGives) {
  const std::vector<Case> cases = {
      {"empty", "", Genre::kGeneral},
      {"blank", " \n\n \t", Genre::kGeneral},
      {"one short sentence", "Cats purr.", Genre::kGeneral},
      {"plain prose", "The river rose overnight. Farmers moved their cattle. The bridge held.",
       Genre::kGeneral},
      {"news with a title",
       "Flood closes the bridge\nThe river rose overnight. Farmers moved their cattle uphill. The bridge "
       "held.",
       Genre::kNews},
      {"news with a dateline", "LONDON (Reuters) - The river rose overnight. Farmers moved their cattle.",
       Genre::kNews},
      {"news quoting people in one paragraph each",
       "Storm Hits The Coast\n\nThe storm hit at noon. Roads closed.\n\n\"I saw my roof go,\" she said. "
       "It was loud.\n\n\"My car is gone,\" he said. He waited.\n\n\"I stayed in,\" a third said. All lived.",
       Genre::kNews},
      {"a transcript",
       "Project Manager: Right, this is the kick-off meeting.\n\nMarketing Expert: Mm-hmm.\n\n"
       "Industrial Designer: I'm Anna, and I design the remote.\n\nProject Manager: Good. Let us start.",
       Genre::kTranscript},
      {"a transcript with short names",
       "Anna: We ship on Monday.\n\nBen: Not before the tests pass.\n\nAnna: They pass.\n\n"
       "Grad F: Then Monday it is.",
       Genre::kTranscript},
      {"a paper",
       "We present a parser for long sentences. Earlier parsers (Collins, 1999) fail on them. "
       "Charniak et al. (2005) rerank the parses. We compare with [12] and [3, 7] on the treebank.",
       Genre::kPaper},
      {"years alone are no citations",
       "She starred in Heat (1995), Ronin (1998) and Alone (2001). Critics liked the second one best.",
       Genre::kGeneral},
      {"reviews",
       "I bought this kettle for my mother. It boils fast. She loves it.\n\n"
       "Great kettle. My tea is ready in two minutes. Recommended.\n\n"
       "The lid broke after a week. I returned it. Disappointing.\n\n"
       "Looks nice on the counter. The handle gets hot. Still worth it.",
       Genre::kReviews},
      {"news quoting the first person is no review",
       "The mayor spoke at noon. \"I saw my roof go,\" she said. Roads closed.\n\n"
       "Rain fell all day. \u201CMy car is gone,\u201D he said. He waited.\n\n"
       "The river rose. \"I stayed in,\" a third said. All lived.",
       Genre::kGeneral},
      {"first person without paragraphs is no review",
       "I bought this kettle. It boils fast. My mother loves it. I recommend it.", Genre::kGeneral},
  };
  for (const Case& c : cases) EXPECT_EQ(genre_of(c.text), c.genre) << c.name;
}

TEST(RecognizeGenre, TheBundledArticleIsNews) {
  EXPECT_EQ(genre_of(testing::reference_article()), Genre::kNews);
}

TEST(GenreNames, RoundTripAndRejectOthers) {
  for (const auto& [genre, name] : kGenreNames) {
    EXPECT_EQ(genre_name(genre), name);
    EXPECT_EQ(genre_named(name), genre);
  }
  EXPECT_EQ(genre_named("auto"), std::nullopt);
  EXPECT_EQ(genre_named("News"), std::nullopt);
  EXPECT_EQ(genre_named(""), std::nullopt);
}

TEST(GenreScoring, NewsAndGeneralKeepTheDefaultsAndEveryTableIsValid) {
  const ScoringOptions defaults;
  for (const Genre genre : {Genre::kGeneral, Genre::kNews}) {
    const ScoringOptions scoring = genre_scoring(genre);
    EXPECT_EQ(scoring.position_weight, defaults.position_weight);
    EXPECT_EQ(scoring.min_words, defaults.min_words);
    EXPECT_EQ(scoring.max_words, defaults.max_words);
  }
  for (const auto& [genre, name] : kGenreNames) EXPECT_NO_THROW(genre_scoring(genre).validate()) << name;
}

TEST(ScoringOverrides, SetOptionsWinOverTheDefaults) {
  const ScoringOptions defaults = genre_scoring(Genre::kTranscript);
  EXPECT_EQ(ScoringOverrides{}.over(defaults).position_weight, defaults.position_weight);
  const ScoringOptions fixed = ScoringOverrides{.position_weight = 0.7, .max_words = 0}.over(defaults);
  EXPECT_EQ(fixed.position_weight, 0.7);
  EXPECT_EQ(fixed.max_words, 0u);
  EXPECT_EQ(fixed.min_words, defaults.min_words);
}

}  // namespace
}  // namespace salience

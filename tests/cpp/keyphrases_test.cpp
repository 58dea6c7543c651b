#include "salience/keyphrases.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "salience/error.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;

std::vector<std::string> surfaces(const std::vector<Keyphrase>& phrases) {
  std::vector<std::string> out;
  for (const Keyphrase& phrase : phrases) out.push_back(phrase.surface);
  return out;
}

bool has(const std::vector<Keyphrase>& phrases, std::string_view surface) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const Keyphrase& phrase) { return phrase.surface == surface; });
}

// Whether some phrase's surface holds `text`.
bool mentions(const std::vector<Keyphrase>& phrases, std::string_view text) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const Keyphrase& phrase) { return phrase.surface.find(text) != std::string::npos; });
}

const Keyphrase* find_surface(const std::vector<Keyphrase>& phrases, std::string_view surface) {
  for (const Keyphrase& phrase : phrases) {
    if (phrase.surface == surface) return &phrase;
  }
  return nullptr;
}
// A pointer into a temporary result would dangle.
const Keyphrase* find_surface(std::vector<Keyphrase>&& phrases, std::string_view surface) = delete;

// Whether a holds b's terms in a row.
bool holds(const Keyphrase& a, const Keyphrase& b) {
  return std::search(a.terms.begin(), a.terms.end(), b.terms.begin(), b.terms.end()) != a.terms.end();
}

TEST(Keyphrases, EmptyAndBlankTextHaveNone) {
  for (std::string_view text : {""sv, " \n\t "sv, "\u3000\u00a0"sv, "... !!! ???"sv, "2019 1,550 3.14."sv}) {
    EXPECT_TRUE(extract_keyphrases(text, Language::get("en"), 10).empty()) << text;
  }
}

TEST(Keyphrases, ZeroKAndInvalidUtf8AreInvalidArguments) {
  EXPECT_THROW(extract_keyphrases("Cats purr.", Language::get("en"), 0), InvalidArgument);
  EXPECT_THROW(extract_keyphrases("Cats \xff purr.", Language::get("en"), 3), InvalidArgument);
}

TEST(Keyphrases, KLimitsTheResultAndALargeKGivesEveryPhraseOnce) {
  const std::string& text = testing::reference_article();
  EXPECT_EQ(extract_keyphrases(text, Language::get("en"), 3).size(), 3u);
  const std::vector<Keyphrase> all =
      extract_keyphrases(text, Language::get("en"), std::numeric_limits<std::size_t>::max());
  EXPECT_GT(all.size(), 100u);
  const std::vector<Keyphrase> ten = extract_keyphrases(text, Language::get("en"), 10);
  ASSERT_EQ(ten.size(), 10u);
  for (std::size_t i = 0; i < ten.size(); ++i) EXPECT_EQ(ten[i].surface, all[i].surface) << i;
}

TEST(Keyphrases, RunsOfTermsAreOnePhrase) {
  const std::string text = "Arms control is back. They discussed arms control at length. Tea was served.";
  const std::vector<Keyphrase> phrases = extract_keyphrases(text, Language::get("en"), 10);
  const Keyphrase* phrase = find_surface(phrases, "arms control");
  ASSERT_NE(phrase, nullptr) << ::testing::PrintToString(surfaces(phrases));
  EXPECT_EQ(phrase->terms, (std::vector<std::string>{"arm", "control"}));
  EXPECT_EQ(phrase->count, 2u);
}

TEST(Keyphrases, StopwordsNumbersPunctuationAndSentencesBreakRuns) {
  const std::string text =
      "Treaty of Moscow. Missile 2019 launch was seen. Pilots, engineers agreed. Ships sail. Harbors wait.";
  const std::vector<Keyphrase> phrases =
      extract_keyphrases(text, Language::get("en"), std::numeric_limits<std::size_t>::max());
  for (const Keyphrase& phrase : phrases) {
    const std::vector<std::string>& t = phrase.terms;
    const auto joined = [&](std::string_view a, std::string_view b) {
      for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i] == a && t[i + 1] == b) return true;
      }
      return false;
    };
    EXPECT_FALSE(joined("treati", "moscow")) << phrase.surface;  // a stopword between
    EXPECT_FALSE(joined("missil", "launch")) << phrase.surface;  // a number between
    EXPECT_FALSE(joined("pilot", "engin")) << phrase.surface;    // a comma between
    EXPECT_FALSE(joined("sail", "harbor")) << phrase.surface;    // a sentence boundary between
    for (const std::string& term : t) EXPECT_NE(term, "2019");
  }
  EXPECT_TRUE(has(phrases, "Ships sail"));
}

TEST(Keyphrases, AHyphenJoinsButADashBreaks) {
  const std::vector<Keyphrase> phrases =
      extract_keyphrases("They praised arms-control talks. Critics saw progress — nothing else.",
                         Language::get("en"), std::numeric_limits<std::size_t>::max());
  EXPECT_TRUE(mentions(phrases, "arms-control talks")) << ::testing::PrintToString(surfaces(phrases));
  for (const Keyphrase& phrase : phrases) EXPECT_EQ(phrase.surface.find("—"), std::string::npos);
}

TEST(Keyphrases, NoPhraseIsRepeatedAsItsParts) {
  const std::vector<Keyphrase> phrases =
      extract_keyphrases(testing::reference_article(), Language::get("en"), 30);
  EXPECT_TRUE(has(phrases, "United States"));
  EXPECT_FALSE(has(phrases, "United"));
  EXPECT_FALSE(has(phrases, "States"));
  for (const Keyphrase& a : phrases) {
    for (const Keyphrase& b : phrases) {
      if (&a != &b) EXPECT_FALSE(holds(a, b)) << a.surface << " holds " << b.surface;
    }
  }
}

TEST(Keyphrases, SurfaceIsTheMostFrequentSpellingInsideSentences) {
  const std::string text =
      "Critics doubt New START. The New START treaty expires. New START matters. Extending new start helps.";
  const std::vector<Keyphrase> phrases = extract_keyphrases(text, Language::get("en"), 10);
  const auto found = std::find_if(phrases.begin(), phrases.end(), [](const Keyphrase& phrase) {
    return phrase.terms == std::vector<std::string>{"new", "start"};
  });
  ASSERT_NE(found, phrases.end()) << ::testing::PrintToString(surfaces(phrases));
  EXPECT_EQ(found->surface, "New START");
}

TEST(Keyphrases, ScoreIsCountTimesSummedIdfTimesPosition) {
  // Two candidate sentences, no title; "arms control" in both, first in the 0th source.
  const std::vector<Keyphrase> phrases =
      extract_keyphrases("Arms control matters. We want arms control.", Language::get("en"), 10);
  const auto found = std::find_if(phrases.begin(), phrases.end(), [](const Keyphrase& phrase) {
    return phrase.terms == std::vector<std::string>{"arm", "control"};
  });
  ASSERT_NE(found, phrases.end()) << ::testing::PrintToString(surfaces(phrases));
  const double idf = std::log(3.0 / 3.0) + 1.0;  // in both of 2 sentences
  EXPECT_NEAR(found->score, 2 * (idf + idf) * (1.0 + 5.0 / std::sqrt(1.0)), 1e-12);
}

TEST(Keyphrases, TheTitleIsASource) {
  const std::string text =
      "Wavelength Services Explained\n\nOperators sell capacity. Buyers compare prices. Demand grows.";
  const std::vector<Keyphrase> phrases = extract_keyphrases(text, Language::get("en"), 3);
  ASSERT_FALSE(phrases.empty());
  EXPECT_EQ(phrases.front().surface, "Wavelength Services Explained");
}

TEST(Keyphrases, ChineseAndJapaneseJoinDictionaryWordsWithoutSpaces) {
  const std::vector<Keyphrase> chinese =
      extract_keyphrases("北京是中国的首都。中国经济发展很快。中国经济很大。", Language::get("zh"), 10);
  EXPECT_TRUE(mentions(chinese, "中国经济")) << ::testing::PrintToString(surfaces(chinese));
  const std::vector<Keyphrase> japanese = extract_keyphrases(
      "東京は日本の首都です。日本経済は大きい。日本経済が成長した。", Language::get("ja"), 10);
  EXPECT_TRUE(mentions(japanese, "日本経済")) << ::testing::PrintToString(surfaces(japanese));
  for (const Keyphrase& phrase : japanese) EXPECT_EQ(phrase.surface.find(' '), std::string::npos);
}

TEST(Keyphrases, OtherScriptsKeepTheirSurface) {
  const std::vector<Keyphrase> phrases =
      extract_keyphrases("Красная площадь большая. Туристы любят Красная площадь.", Language::get("ru"), 3);
  EXPECT_TRUE(has(phrases, "Красная площадь")) << ::testing::PrintToString(surfaces(phrases));
}

TEST(Keyphrases, ReferenceArticleNamesItsSubjects) {
  const std::vector<Keyphrase> phrases =
      extract_keyphrases(testing::reference_article(), Language::get("en"), 10);
  ASSERT_EQ(phrases.size(), 10u);
  for (std::string_view expected : {"Lavrov"sv, "United States"sv, "North Korea"sv}) {
    EXPECT_TRUE(has(phrases, expected)) << expected << " in " << ::testing::PrintToString(surfaces(phrases));
  }
  EXPECT_TRUE(mentions(phrases, "arms control")) << ::testing::PrintToString(surfaces(phrases));
}

}  // namespace
}  // namespace salience

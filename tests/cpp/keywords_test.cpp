#include "salience/keywords.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "salience/error.h"
#include "salience/segment.h"
#include "salience/terms.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;

std::vector<std::string> surfaces(const std::vector<Keyword>& keywords) {
  std::vector<std::string> out;
  for (const Keyword& keyword : keywords) out.push_back(keyword.surface);
  return out;
}

const Keyword* find_term(const std::vector<Keyword>& keywords, std::string_view term) {
  for (const Keyword& keyword : keywords) {
    if (keyword.term == term) return &keyword;
  }
  return nullptr;
}
// A pointer into a temporary result would dangle.
const Keyword* find_term(std::vector<Keyword>&& keywords, std::string_view term) = delete;

TEST(Keywords, EmptyAndBlankTextHaveNone) {
  for (std::string_view text : {""sv, " \n\t "sv, "\u3000\u00a0"sv, "... !!! ???"sv}) {
    EXPECT_TRUE(extract_keywords(text, Language::get("en"), 10).empty()) << text;
  }
}

TEST(Keywords, ZeroKAndInvalidUtf8AreInvalidArguments) {
  EXPECT_THROW(extract_keywords("Cats purr.", Language::get("en"), 0), InvalidArgument);
  EXPECT_THROW(extract_keywords("Cats \xff purr.", Language::get("en"), 3), InvalidArgument);
}

TEST(Keywords, RankByCountTimesIdfBestFirst) {
  const std::string text =
      "Lavrov met Pompeo in Washington. The talks with Lavrov were long. "
      "Pompeo spoke about trade. Reporters asked Lavrov about sanctions.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  ASSERT_FALSE(keywords.empty());
  EXPECT_EQ(keywords.front().surface, "Lavrov");
  EXPECT_EQ(keywords.front().count, 3u);
  for (std::size_t i = 1; i < keywords.size(); ++i) {
    EXPECT_GE(keywords[i - 1].score, keywords[i].score) << "not best first at " << i;
    EXPECT_GT(keywords[i].score, 0.0);
  }
  // 4 candidate sentences; "lavrov" in 3: 3 * (ln(5 / 4) + 1).
  EXPECT_NEAR(keywords.front().score, 3 * (std::log(5.0 / 4.0) + 1.0), 1e-12);
}

TEST(Keywords, KLimitsTheResultAndTiesGoToTheFirstTerm) {
  const std::string text = "Zebras graze. Antelopes run. Giraffes eat leaves.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 2);
  EXPECT_EQ(surfaces(keywords), (std::vector<std::string>{"Zebras", "graze"}));
}

TEST(Keywords, StopwordsAndNumbersAreLeftOut) {
  const std::string text = "The treaty of 2010 limits warheads to 1,550. The treaty expires in 2021.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  for (const Keyword& keyword : keywords) {
    EXPECT_NE(keyword.term, "the");
    EXPECT_NE(keyword.term, "2010");
    EXPECT_NE(keyword.term, "1,550");
    EXPECT_NE(keyword.term, "2021");
  }
  EXPECT_NE(find_term(keywords, "treati"), nullptr);
}

TEST(Keywords, SurfaceIsTheMostFrequentFormInsideSentences) {
  // "negotiations" twice, "negotiating" once, all stemmed to "negoti".
  const std::string text =
      "They resumed negotiations on Monday. Both sides called the negotiations useful. "
      "Officials are negotiating a new deal.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  const Keyword* keyword = find_term(keywords, "negoti");
  ASSERT_NE(keyword, nullptr);
  EXPECT_EQ(keyword->surface, "negotiations");
  EXPECT_EQ(keyword->count, 3u);
}

TEST(Keywords, SentenceInitialCapitalsDoNotDecideTheCase) {
  const std::string text =
      "Nuclear arms were discussed. Talks on nuclear weapons continued. Nuclear risks remain.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  const Keyword* keyword = find_term(keywords, "nuclear");
  ASSERT_NE(keyword, nullptr);
  EXPECT_EQ(keyword->surface, "nuclear");
  EXPECT_EQ(keyword->count, 3u);
}

TEST(Keywords, AStopwordBeforeATermMeansItDoesNotOpenTheSentence) {
  const std::string text = "The Senate voted. Senators met. The Senate adjourned. Later the senate slept.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  const Keyword* keyword = find_term(keywords, "senat");
  ASSERT_NE(keyword, nullptr);
  EXPECT_EQ(keyword->surface, "Senate");
}

TEST(Keywords, ATermOnlySeenAtSentenceStartsKeepsThatForm) {
  const std::string text = "Pompeo spoke first. Pompeo then left the room.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  const Keyword* keyword = find_term(keywords, "pompeo");
  ASSERT_NE(keyword, nullptr);
  EXPECT_EQ(keyword->surface, "Pompeo");
}

TEST(Keywords, TiesBetweenFormsGoToTheShorterOne) {
  const std::string text = "They praised Lavrov today. They criticised Lavrov's plan.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  const Keyword* keyword = find_term(keywords, "lavrov");
  ASSERT_NE(keyword, nullptr);
  EXPECT_EQ(keyword->surface, "Lavrov");
}

TEST(Keywords, TitleAndDatelineAreNotCounted) {
  const std::string text =
      "Headline Words Here\n\nWASHINGTON (Reuters) - The council met today. The council voted.";
  const std::vector<Keyword> keywords = extract_keywords(text, Language::get("en"), 100);
  EXPECT_EQ(find_term(keywords, "headlin"), nullptr);
  EXPECT_EQ(find_term(keywords, "reuter"), nullptr);
  ASSERT_NE(find_term(keywords, "council"), nullptr);
  EXPECT_EQ(find_term(keywords, "council")->count, 2u);
}

TEST(Keywords, NonLatinScriptsKeepTheirSurface) {
  const std::vector<Keyword> keywords =
      extract_keywords("Москва большая. Москва красивая. Город живёт.", Language::get("ru"), 3);
  ASSERT_FALSE(keywords.empty());
  EXPECT_EQ(keywords.front().surface, "Москва");
}

TEST(Keywords, ReferenceArticleNamesItsSubjects) {
  const std::vector<Keyword> keywords =
      extract_keywords(testing::reference_article(), Language::get("en"), 10);
  ASSERT_EQ(keywords.size(), 10u);
  const std::vector<std::string> top = surfaces(keywords);
  for (std::string_view expected : {"Lavrov"sv, "Russia"sv}) {
    EXPECT_NE(std::find(top.begin(), top.end(), expected), top.end()) << expected;
  }
}

TEST(Keywords, ReliesOnTermOffsetsPointingAtTheWords) {
  const std::string text = "Cats purr loudly. The dogs’ barking woke Zoë.";
  const Language& english = Language::get("en");
  const std::vector<Span> spans = segment(text, english);
  const DocumentTerms terms = extract_terms(text, spans, english);
  ASSERT_EQ(terms.term_begin.size(), terms.terms.size());
  ASSERT_EQ(terms.term_end.size(), terms.terms.size());
  std::vector<std::string> words;
  for (std::size_t i = 0; i < terms.terms.size(); ++i) {
    words.emplace_back(text.substr(terms.term_begin[i], terms.term_end[i] - terms.term_begin[i]));
  }
  EXPECT_EQ(words, (std::vector<std::string>{"Cats", "purr", "loudly", "dogs", "barking", "woke", "Zoë"}));
}

}  // namespace
}  // namespace salience

#include "salience/features.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "salience/error.h"
#include "test_support.h"

namespace salience {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kTfidf = 0, kPosition = 1, kTitle = 2, kLength = 3, kNoise = 4, kQuery = 5;

// Statistics over every span of a hand-built document.
TermStatistics statistics_of(std::size_t vocabulary, const std::vector<std::vector<TermId>>& spans) {
  std::vector<std::size_t> candidates(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) candidates[i] = i;
  return TermStatistics(testing::hand_built_document(vocabulary, spans), candidates);
}

// Only the named feature counts, with weight 1.
ScoringOptions only(std::size_t feature) {
  ScoringOptions options;
  options.tfidf_weight = feature == kTfidf ? 1.0 : 0.0;
  options.position_weight = feature == kPosition ? 1.0 : 0.0;
  options.title_weight = feature == kTitle ? 1.0 : 0.0;
  options.length_weight = feature == kLength ? 1.0 : 0.0;
  options.noise_weight = feature == kNoise ? 1.0 : 0.0;
  options.query_weight = feature == kQuery ? 1.0 : 0.0;
  return options;
}

double norm(const SentenceVector& vector) {
  double squares = 0.0;
  for (double weight : vector.weights) squares += weight * weight;
  return std::sqrt(squares);
}

TEST(Features, NamesTheSixFeaturesInOrder) {
  EXPECT_EQ(kFeatureNames[kTfidf], "tfidf");
  EXPECT_EQ(kFeatureNames[kPosition], "position");
  EXPECT_EQ(kFeatureNames[kTitle], "title");
  EXPECT_EQ(kFeatureNames[kLength], "length");
  EXPECT_EQ(kFeatureNames[kNoise], "noise");
  EXPECT_EQ(kFeatureNames[kQuery], "query");
}

TEST(Features, NoisePenalizesBoilerplateByItsWeight) {
  const TermStatistics statistics = statistics_of(3, {{0}, {1}, {2}});
  const std::vector<std::size_t> words(3, 10);
  const std::vector<double> noise{1.0, 0.0, 1.0};
  ScoringOptions options = only(kNoise);
  options.noise_weight = 0.75;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options, noise);
  const double expected[] = {-0.75, 0.0, -0.75};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(scored.features[i].contributions[kNoise], expected[i]) << "candidate " << i;
  }
  const ScoredSentences without = score_sentences(statistics, words, {}, options);
  for (const Features& features : without.features) EXPECT_EQ(features.contributions[kNoise], 0.0);
}

TEST(Features, TheLeadStartsAfterBoilerplate) {
  const TermStatistics statistics = statistics_of(4, {{0}, {1}, {2}, {3}});
  const std::vector<std::size_t> words(4, 10);
  const std::vector<double> noise{1.0, 1.0, 0.0, 0.0};
  ScoringOptions options = only(kPosition);
  options.position_decay = 2.0;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options, noise);
  EXPECT_NEAR(scored.features[2].contributions[kPosition], 1.0, 1e-12) << "the story's first sentence";
  EXPECT_NEAR(scored.features[3].contributions[kPosition], std::exp(-0.5), 1e-12);
  EXPECT_NEAR(scored.features[0].contributions[kPosition], 1.0, 1e-12) << "nothing counted before it";
}

TEST(Features, ScoreIsTheSumOfTheContributions) {
  Features features;
  EXPECT_EQ(features.score(), 0.0);
  features.contributions = {0.5, 0.25, 0.125, -0.0625};
  EXPECT_DOUBLE_EQ(features.score(), 0.8125);
}

TEST(TfidfVector, IsSortedUnitLengthAndSublinear) {
  // Terms 0 and 1 each occur in one of two sentences, so they share one idf.
  const TermStatistics statistics = statistics_of(2, {{0}, {1, 1, 1}});
  const std::vector<TermCount> counts{{0, 1}, {1, 3}};
  const SentenceVector vector = tfidf_vector(counts, statistics);
  ASSERT_EQ(vector.terms, (std::vector<TermId>{0, 1}));
  ASSERT_EQ(vector.weights.size(), 2u);
  EXPECT_NEAR(norm(vector), 1.0, 1e-12);
  // Weights are proportional to 1 + ln tf: 1 and 1 + ln 3.
  EXPECT_NEAR(vector.weights[1] / vector.weights[0], 1.0 + std::log(3.0), 1e-12);
}

TEST(TfidfVector, WeighsRareTermsMore) {
  // Term 0 is in all three sentences (idf 1), term 1 in one (idf ln 2 + 1).
  const TermStatistics statistics = statistics_of(2, {{0, 1}, {0}, {0}});
  const std::vector<TermCount> counts{{0, 1}, {1, 1}};
  const SentenceVector vector = tfidf_vector(counts, statistics);
  ASSERT_EQ(vector.weights.size(), 2u);
  EXPECT_NEAR(vector.weights[1] / vector.weights[0], std::log(2.0) + 1.0, 1e-12);
}

TEST(TfidfVector, IsAllZeroWithoutTerms) {
  const TermStatistics statistics = statistics_of(1, {{0}});
  const SentenceVector vector = tfidf_vector({}, statistics);
  EXPECT_TRUE(vector.terms.empty());
  EXPECT_TRUE(vector.weights.empty());
}

TEST(Cosine, OfIdenticalVectorsIsOne) {
  const TermStatistics statistics = statistics_of(3, {{0, 1, 1, 2}, {2}});
  const SentenceVector vector = tfidf_vector(statistics.counts(0), statistics);
  EXPECT_NEAR(cosine(vector, vector), 1.0, 1e-12);
}

TEST(Cosine, OfDisjointVectorsIsZero) {
  const TermStatistics statistics = statistics_of(4, {{0, 1}, {2, 3}});
  const SentenceVector a = tfidf_vector(statistics.counts(0), statistics);
  const SentenceVector b = tfidf_vector(statistics.counts(1), statistics);
  EXPECT_EQ(cosine(a, b), 0.0);
  EXPECT_EQ(cosine(b, a), 0.0);
}

TEST(Cosine, IsTheDotProductOfSharedTerms) {
  const SentenceVector a{{0, 1}, {0.6, 0.8}};
  const SentenceVector b{{1, 2}, {0.8, 0.6}};
  EXPECT_NEAR(cosine(a, b), 0.64, 1e-12);
  EXPECT_NEAR(cosine(b, a), 0.64, 1e-12);
}

TEST(Cosine, WithAnEmptyVectorIsZero) {
  const SentenceVector empty;
  const SentenceVector a{{0}, {1.0}};
  EXPECT_EQ(cosine(empty, a), 0.0);
  EXPECT_EQ(cosine(a, empty), 0.0);
  EXPECT_EQ(cosine(empty, empty), 0.0);
}

struct CurveCase {
  const char* name;
  PositionCurve curve;
  std::vector<double> expected;  // for candidates 0..4 with decay 2
};

class PositionPrior : public ::testing::TestWithParam<CurveCase> {};

TEST_P(PositionPrior, FollowsTheCurve) {
  const CurveCase& c = GetParam();
  const TermStatistics statistics = statistics_of(5, {{0}, {1}, {2}, {3}, {4}});
  const std::vector<std::size_t> words(5, 10);
  ScoringOptions options = only(kPosition);
  options.position_curve = c.curve;
  options.position_decay = 2.0;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options);
  ASSERT_EQ(scored.features.size(), c.expected.size());
  for (std::size_t i = 0; i < c.expected.size(); ++i) {
    EXPECT_NEAR(scored.features[i].contributions[kPosition], c.expected[i], 1e-12) << "candidate " << i;
    EXPECT_NEAR(scored.features[i].score(), c.expected[i], 1e-12) << "only position counts";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Features, PositionPrior,
    ::testing::Values(CurveCase{"Exponential",
                                PositionCurve::kExponential,
                                {1.0, 0.6065306597126334, 0.36787944117144233, 0.22313016014842982,
                                 0.1353352832366127}},
                      CurveCase{"Inverse", PositionCurve::kInverse, {1.0, 2.0 / 3.0, 0.5, 0.4, 1.0 / 3.0}},
                      CurveCase{"Linear", PositionCurve::kLinear, {1.0, 0.8, 0.6, 0.4, 0.2}},
                      CurveCase{"None", PositionCurve::kNone, {0.0, 0.0, 0.0, 0.0, 0.0}}),
    testing::ParamName());

TEST(Features, PositionContributionScalesWithItsWeight) {
  const TermStatistics statistics = statistics_of(2, {{0}, {1}});
  const std::vector<std::size_t> words(2, 10);
  ScoringOptions options = only(kPosition);
  options.position_weight = 0.25;
  options.position_curve = PositionCurve::kLinear;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options);
  EXPECT_NEAR(scored.features[0].contributions[kPosition], 0.25, 1e-12);
  EXPECT_NEAR(scored.features[1].contributions[kPosition], 0.125, 1e-12);
}

TEST(Features, LengthPenalizesTheShareOfMinWordsThatIsMissing) {
  const TermStatistics statistics = statistics_of(5, {{0}, {1}, {2}, {3}, {4}});
  const std::vector<std::size_t> words{1, 3, 6, 10, 0};
  ScoringOptions options = only(kLength);
  options.length_weight = 0.5;
  options.min_words = 6;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options);
  const double expected[] = {-0.5 * 5.0 / 6.0, -0.25, 0.0, 0.0, -0.5};
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_NEAR(scored.features[i].contributions[kLength], expected[i], 1e-12) << words[i] << " words";
  }
}

TEST(Features, LengthPenalizesTheShareOfMaxWordsARunOnExceeds) {
  const TermStatistics statistics = statistics_of(4, {{0}, {1}, {2}, {3}});
  const std::vector<std::size_t> words{20, 21, 30, 100};
  ScoringOptions options = only(kLength);
  options.length_weight = 0.5;
  options.min_words = 4;
  options.max_words = 20;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options);
  const double expected[] = {0.0, -0.5 * 1.0 / 20.0, -0.25, -0.5};
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_NEAR(scored.features[i].contributions[kLength], expected[i], 1e-12) << words[i] << " words";
  }
  options.max_words = 0;
  const ScoredSentences unbounded = score_sentences(statistics, words, {}, options);
  for (const Features& features : unbounded.features) EXPECT_EQ(features.contributions[kLength], 0.0);
}

TEST(Features, ZeroMinWordsPenalizesNothing) {
  const TermStatistics statistics = statistics_of(2, {{0}, {1}});
  const std::vector<std::size_t> words{0, 1};
  ScoringOptions options = only(kLength);
  options.min_words = 0;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options);
  for (const Features& features : scored.features) EXPECT_EQ(features.contributions[kLength], 0.0);
}

TEST(Features, SingleSentenceIsTheCentroid) {
  const TermStatistics statistics = statistics_of(3, {{0, 1, 1, 2}});
  const std::vector<std::size_t> words{4};
  const ScoredSentences scored = score_sentences(statistics, words, {}, only(kTfidf));
  ASSERT_EQ(scored.features.size(), 1u);
  EXPECT_NEAR(scored.features[0].contributions[kTfidf], 1.0, 1e-12);
}

TEST(Features, DisjointEqualSentencesShareTheCentroid) {
  const TermStatistics statistics = statistics_of(2, {{0}, {1}});
  const std::vector<std::size_t> words{1, 1};
  const ScoredSentences scored = score_sentences(statistics, words, {}, only(kTfidf));
  for (const Features& features : scored.features) {
    EXPECT_NEAR(features.contributions[kTfidf], 1.0 / std::sqrt(2.0), 1e-12);
  }
}

TEST(Features, SentenceCloserToTheCentroidScoresHigher) {
  // Sentence 2 holds the two most frequent terms, so it lies closest to the centroid
  // (cosines about 0.74, 0.64, 0.94 and 0.61).
  const TermStatistics statistics = statistics_of(3, {{0}, {0, 1}, {0, 2}, {2}});
  const std::vector<std::size_t> words{1, 2, 2, 1};
  const ScoredSentences scored = score_sentences(statistics, words, {}, only(kTfidf));
  EXPECT_GT(scored.features[2].contributions[kTfidf], scored.features[0].contributions[kTfidf]);
  EXPECT_GT(scored.features[2].contributions[kTfidf], scored.features[1].contributions[kTfidf]);
  EXPECT_GT(scored.features[2].contributions[kTfidf], scored.features[3].contributions[kTfidf]);
}

TEST(Features, TitleFeatureIsTheCosineToTheTitle) {
  const TermStatistics statistics = statistics_of(3, {{0}, {1}, {0, 1}});
  const std::vector<std::size_t> words{1, 1, 2};
  const std::vector<TermCount> title{{0, 1}};
  ScoringOptions options = only(kTitle);
  options.title_weight = 0.5;
  const ScoredSentences scored = score_sentences(statistics, words, title, options);
  EXPECT_NEAR(scored.features[0].contributions[kTitle], 0.5, 1e-12);
  EXPECT_EQ(scored.features[1].contributions[kTitle], 0.0);
  EXPECT_NEAR(scored.features[2].contributions[kTitle], 0.5 * cosine(scored.vectors[2], scored.vectors[0]),
              1e-12);
  EXPECT_GT(scored.features[2].contributions[kTitle], 0.0);
}

TEST(Features, QueryFeatureIsTheCosineToTheQueryTimesItsWeight) {
  const TermStatistics statistics = statistics_of(3, {{0}, {1}, {0, 1}, {2}});
  const std::vector<std::size_t> words{1, 1, 2, 1};
  const std::vector<TermCount> query{{0, 1}};
  ScoringOptions options = only(kQuery);
  options.query_weight = 0.5;
  const ScoredSentences scored = score_sentences(statistics, words, {}, options, {}, query);
  EXPECT_TRUE(scored.query_matched);
  EXPECT_NEAR(scored.features[0].contributions[kQuery], 0.5, 1e-12);
  EXPECT_EQ(scored.features[1].contributions[kQuery], 0.0);
  EXPECT_NEAR(scored.features[2].contributions[kQuery], 0.5 * cosine(scored.vectors[2], scored.vectors[0]),
              1e-12);
  EXPECT_EQ(scored.features[3].contributions[kQuery], 0.0);
}

TEST(Features, QueryTermsNoCandidateHoldsDoNotCount) {
  // Term 2 is only the title's: the query {0, 2} scores as the query {0}.
  const TermStatistics statistics = statistics_of(3, {{0}, {1}});
  const std::vector<std::size_t> words{1, 1};
  const std::vector<TermCount> query{{0, 1}, {2, 3}};
  const ScoredSentences scored = score_sentences(statistics, words, {}, only(kQuery), {}, query);
  EXPECT_TRUE(scored.query_matched);
  EXPECT_NEAR(scored.features[0].contributions[kQuery], 1.0, 1e-12);
  const std::vector<TermCount> unheld{{2, 1}};
  const ScoredSentences none = score_sentences(statistics, words, {}, only(kQuery), {}, unheld);
  EXPECT_FALSE(none.query_matched);
  for (const Features& features : none.features) EXPECT_EQ(features.contributions[kQuery], 0.0);
}

TEST(Features, AMatchedQueryWeighsThePositionPriorByQueryPositionWeight) {
  const TermStatistics statistics = statistics_of(2, {{0}, {1}});
  const std::vector<std::size_t> words{1, 1};
  ScoringOptions options = only(kPosition);
  options.position_weight = 0.4;
  options.query_position_weight = 0.1;
  const std::vector<TermCount> matched{{1, 1}};
  const std::vector<TermCount> unmatched{};
  EXPECT_NEAR(
      score_sentences(statistics, words, {}, options, {}, matched).features[0].contributions[kPosition], 0.1,
      1e-12);
  EXPECT_NEAR(
      score_sentences(statistics, words, {}, options, {}, unmatched).features[0].contributions[kPosition],
      0.4, 1e-12);
}

TEST(Features, WithoutAQueryTheQueryFeatureIsZero) {
  const TermStatistics statistics = statistics_of(2, {{0}, {1}});
  const std::vector<std::size_t> words{1, 1};
  const ScoredSentences scored = score_sentences(statistics, words, {}, ScoringOptions{});
  EXPECT_FALSE(scored.query_matched);
  for (const Features& features : scored.features) {
    EXPECT_EQ(features.contributions[kQuery], 0.0);
    EXPECT_FALSE(std::signbit(features.contributions[kQuery]));
  }
}

TEST(QueryTerms, AreTheQueryStemsTheVocabularyHoldsWithTheirCounts) {
  const std::vector<std::string> vocabulary{"treati", "arm", "control", "moscow"};
  const Language& english = Language::get("en");
  const std::vector<TermCount> found = query_terms("The arms control treaty, and arms!", english, vocabulary);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].term, 0u);  // treaty
  EXPECT_EQ(found[0].count, 1u);
  EXPECT_EQ(found[1].term, 1u);  // arms, twice
  EXPECT_EQ(found[1].count, 2u);
  EXPECT_EQ(found[2].term, 2u);
  EXPECT_TRUE(query_terms("the and of", english, vocabulary).empty());  // stopwords only
  EXPECT_TRUE(query_terms("   ", english, vocabulary).empty());
  EXPECT_TRUE(query_terms("volcano", english, vocabulary).empty());
  EXPECT_THROW(query_terms("\xff", english, vocabulary), InvalidArgument);
}

TEST(QueryTerms, ReadsAChineseQueryWithTheDictionary) {
  const Language& chinese = Language::get("zh");
  const std::string text = "北京今天下雨。上海的经济增长很快。";
  const std::vector<Span> spans = segment(text, chinese);
  const DocumentTerms terms = extract_terms(text, spans, chinese);
  const std::vector<TermCount> found = query_terms("经济增长", chinese, terms.vocabulary);
  ASSERT_FALSE(found.empty());
  for (const TermCount& counted : found) {
    EXPECT_TRUE(terms.vocabulary[counted.term] == "经济" || terms.vocabulary[counted.term] == "增长")
        << terms.vocabulary[counted.term];
  }
}

TEST(Features, WithoutATitleTheTitleFeatureIsZero) {
  const TermStatistics statistics = statistics_of(2, {{0}, {1}});
  const std::vector<std::size_t> words{1, 1};
  const ScoredSentences scored = score_sentences(statistics, words, {}, only(kTitle));
  for (const Features& features : scored.features) EXPECT_EQ(features.contributions[kTitle], 0.0);
}

TEST(Features, SentencesWithoutTermsScoreFinite) {
  const TermStatistics statistics = statistics_of(0, {{}, {}});
  const std::vector<std::size_t> words{3, 3};
  const ScoredSentences scored = score_sentences(statistics, words, {}, ScoringOptions{});
  ASSERT_EQ(scored.features.size(), 2u);
  for (const Features& features : scored.features) {
    EXPECT_EQ(features.contributions[kTfidf], 0.0);
    EXPECT_EQ(features.contributions[kTitle], 0.0);
    EXPECT_TRUE(std::isfinite(features.score()));
  }
}

TEST(Features, NoCandidatesGiveNoFeatures) {
  const TermStatistics statistics = statistics_of(0, {});
  const ScoredSentences scored = score_sentences(statistics, {}, {}, ScoringOptions{});
  EXPECT_TRUE(scored.features.empty());
  EXPECT_TRUE(scored.vectors.empty());
}

TEST(Features, ContributionsOfARealDocumentStayInTheirRanges) {
  const std::string& text = testing::reference_article();
  const Language& english = Language::get("en");
  const std::vector<Span> spans = segment(text, english);
  const DocumentTerms terms = extract_terms(text, spans, english);
  std::vector<std::size_t> candidates;
  std::vector<std::size_t> words;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].kind != SpanKind::kSentence) continue;
    candidates.push_back(i);
    words.push_back(terms.word_count[i]);
  }
  const TermStatistics statistics(terms, candidates);
  const std::vector<TermCount> title = TermStatistics::count(terms.of_span(0));
  ScoringOptions options;
  options.tfidf_weight = 2.0;
  options.position_weight = 0.5;
  options.title_weight = 0.25;
  options.length_weight = 0.75;
  options.min_words = 12;
  const ScoredSentences scored = score_sentences(statistics, words, title, options);
  ASSERT_EQ(scored.features.size(), candidates.size());
  ASSERT_EQ(scored.vectors.size(), candidates.size());
  bool any_title = false;
  bool any_short = false;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    SCOPED_TRACE("candidate " + std::to_string(i));
    const auto& c = scored.features[i].contributions;
    EXPECT_GE(c[kTfidf], 0.0);
    EXPECT_LE(c[kTfidf], 2.0 + 1e-12);
    EXPECT_GT(c[kPosition], 0.0);
    EXPECT_LE(c[kPosition], 0.5);
    EXPECT_GE(c[kTitle], 0.0);
    EXPECT_LE(c[kTitle], 0.25 + 1e-12);
    EXPECT_LE(c[kLength], 0.0);
    EXPECT_GE(c[kLength], -0.75);
    EXPECT_NEAR(scored.features[i].score(), c[0] + c[1] + c[2] + c[3], 1e-12);
    EXPECT_NEAR(norm(scored.vectors[i]), statistics.counts(i).empty() ? 0.0 : 1.0, 1e-12);
    any_title = any_title || c[kTitle] > 0.0;
    any_short = any_short || c[kLength] < 0.0;
  }
  EXPECT_TRUE(any_title) << "some sentence shares a term with the title";
  EXPECT_TRUE(any_short) << "some sentence has fewer than 12 words";
  EXPECT_NEAR(scored.features[0].contributions[kPosition], 0.5, 1e-12);
}

class FeaturesOf : public ::testing::TestWithParam<testing::TextCase> {};

TEST_P(FeaturesOf, HostileTextScoresFiniteAndInRange) {
  const testing::TextCase& c = GetParam();
  const testing::Candidates candidates = testing::candidates_of(c.text, Language::get(c.language));
  const TermStatistics statistics(candidates.terms, candidates.spans_of);
  const std::vector<TermCount> title =
      candidates.title() ? TermStatistics::count(candidates.terms.of_span(*candidates.title()))
                         : std::vector<TermCount>{};
  ScoringOptions options;
  options.tfidf_weight = 1.0;
  options.position_weight = 1.0;
  options.title_weight = 1.0;
  options.length_weight = 1.0;
  options.min_words = 6;
  const ScoredSentences scored = score_sentences(statistics, candidates.words, title, options);
  ASSERT_EQ(scored.features.size(), candidates.spans_of.size());
  ASSERT_EQ(scored.vectors.size(), candidates.spans_of.size());
  for (std::size_t i = 0; i < scored.features.size(); ++i) {
    SCOPED_TRACE("candidate " + std::to_string(i));
    for (double contribution : scored.features[i].contributions) EXPECT_TRUE(std::isfinite(contribution));
    const auto& c4 = scored.features[i].contributions;
    EXPECT_GE(c4[kTfidf], 0.0);
    EXPECT_LE(c4[kTfidf], 1.0 + 1e-12);
    EXPECT_GT(c4[kPosition], 0.0);
    EXPECT_LE(c4[kPosition], 1.0);
    EXPECT_GE(c4[kTitle], 0.0);
    EXPECT_LE(c4[kTitle], 1.0 + 1e-12);
    EXPECT_GE(c4[kLength], -1.0);
    EXPECT_LE(c4[kLength], 0.0);
    EXPECT_NEAR(norm(scored.vectors[i]), statistics.counts(i).empty() ? 0.0 : 1.0, 1e-12);
  }
}

INSTANTIATE_TEST_SUITE_P(Features, FeaturesOf, ::testing::ValuesIn(testing::hostile_texts()),
                         testing::ParamName());

TEST(ScoringOptions, DefaultsAreValid) { EXPECT_NO_THROW(ScoringOptions{}.validate()); }

TEST(ScoringOptions, ZeroWeightsAndMinWordsAreValid) {
  ScoringOptions options = only(kTfidf);
  options.tfidf_weight = 0.0;
  options.min_words = 0;
  EXPECT_NO_THROW(options.validate());
}

struct InvalidOption {
  const char* name;  // the option the message must name
  double ScoringOptions::*field;
  double value;
};

class RejectsOption : public ::testing::TestWithParam<InvalidOption> {};

TEST_P(RejectsOption, OutsideItsDomain) {
  const InvalidOption& c = GetParam();
  ScoringOptions options;
  options.*c.field = c.value;
  const std::string message = testing::message_of<InvalidArgument>([&] { options.validate(); });
  ASSERT_NE(message, "<no exception>") << c.name << " = " << c.value;
  EXPECT_NE(message.find(c.name), std::string::npos) << message;
}

// Sections: the introduction's and the conclusion's candidates count their rank in their
// paragraph; the sections between get no prior; boilerplate does not push the lead down.
TEST(SectionPositions, CountTheFirstAndTheLastParagraphFromTheirStart) {
  ScoringOptions options;
  options.position_weight = 0.5;
  std::vector<Features> features(7);
  for (Features& f : features) f.contributions[1] = 9.0;  // overwritten
  const std::vector<std::size_t> paragraphs = {0, 0, 1, 1, 2, 2, 2};
  const std::vector<double> noise = {0, 0, 0, 0, 1, 0, 0};
  score_section_positions(features, paragraphs, options, noise);
  const double e1 = 0.5 * std::exp(-1.0 / 3.0);
  const std::vector<double> expected = {0.5, e1, 0.0, 0.0, 0.5, 0.5, e1};
  for (std::size_t i = 0; i < features.size(); ++i)
    EXPECT_DOUBLE_EQ(features[i].contributions[1], expected[i]) << i;
  std::vector<Features> none;
  score_section_positions(none, {}, options);  // nothing to do
}

std::vector<InvalidOption> invalid_options() {
  std::vector<InvalidOption> cases;
  const std::pair<const char*, double ScoringOptions::*> weights[] = {
      {"tfidf_weight", &ScoringOptions::tfidf_weight}, {"position_weight", &ScoringOptions::position_weight},
      {"title_weight", &ScoringOptions::title_weight}, {"length_weight", &ScoringOptions::length_weight},
      {"query_weight", &ScoringOptions::query_weight},
  };
  for (const auto& [name, field] : weights) {
    for (double value : {-1.0, -1e-300, kNaN, kInf, -kInf}) cases.push_back({name, field, value});
  }
  for (double value : {0.0, -0.0, -3.0, kNaN, kInf, -kInf}) {
    cases.push_back({"position_decay", &ScoringOptions::position_decay, value});
  }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(ScoringOptions, RejectsOption, ::testing::ValuesIn(invalid_options()),
                         [](const auto& param) {
                           return std::string(param.param.name) + "_" + std::to_string(param.index);
                         });

}  // namespace
}  // namespace salience

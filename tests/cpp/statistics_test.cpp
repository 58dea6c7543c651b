#include "salience/statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace salience {

// Found by argument-dependent lookup, so they live in TermCount's namespace; static keeps
// them out of other translation units.
static bool operator==(const TermCount& a, const TermCount& b) {
  return a.term == b.term && a.count == b.count;
}
static void PrintTo(const TermCount& c, std::ostream* os) { *os << "{" << c.term << ": " << c.count << "}"; }

namespace {

std::vector<TermCount> to_vector(std::span<const TermCount> counts) { return {counts.begin(), counts.end()}; }

TEST(TermStatistics, CountSortsAndMergesTerms) {
  struct Case {
    std::vector<TermId> terms;
    std::vector<TermCount> counts;
  };
  const Case cases[] = {
      {{}, {}},
      {{7}, {{7, 1}}},
      {{3, 1, 3, 3, 0}, {{0, 1}, {1, 1}, {3, 3}}},
      {{2, 2, 2, 2}, {{2, 4}}},
      {{5, 4, 3, 2, 1}, {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}}},
  };
  for (const Case& c : cases) EXPECT_EQ(TermStatistics::count(c.terms), c.counts);
}

TEST(TermStatistics, CountsEachCandidateSortedByTermId) {
  const DocumentTerms terms = testing::hand_built_document(4, {{2, 0, 2, 1}, {3, 3}, {}});
  const std::vector<std::size_t> candidates{0, 1, 2};
  const TermStatistics statistics(terms, candidates);
  ASSERT_EQ(statistics.sentence_count(), 3u);
  EXPECT_EQ(to_vector(statistics.counts(0)), (std::vector<TermCount>{{0, 1}, {1, 1}, {2, 2}}));
  EXPECT_EQ(to_vector(statistics.counts(1)), (std::vector<TermCount>{{3, 2}}));
  EXPECT_TRUE(statistics.counts(2).empty());
  EXPECT_EQ(statistics.vocabulary_size(), 4u);
}

TEST(TermStatistics, CandidatesAreASubsetInTheGivenOrder) {
  const DocumentTerms terms = testing::hand_built_document(3, {{0}, {1, 1}, {2}});
  const std::vector<std::size_t> candidates{2, 1};
  const TermStatistics statistics(terms, candidates);
  ASSERT_EQ(statistics.sentence_count(), 2u);
  EXPECT_EQ(to_vector(statistics.counts(0)), (std::vector<TermCount>{{2, 1}}));
  EXPECT_EQ(to_vector(statistics.counts(1)), (std::vector<TermCount>{{1, 2}}));
}

TEST(TermStatistics, IdfFollowsTheSmoothedFormula) {
  // idf(t) = ln((1 + N) / (1 + df(t))) + 1. Span 3 (a title) is no candidate: N = 3.
  const DocumentTerms terms = testing::hand_built_document(4, {{0, 1}, {0, 2, 2}, {}, {3, 0}});
  const std::vector<std::size_t> candidates{0, 1, 2};
  const TermStatistics statistics(terms, candidates);
  EXPECT_NEAR(statistics.idf(0), 1.2876820724517809, 1e-12);  // df 2: ln(4/3) + 1
  EXPECT_NEAR(statistics.idf(1), 1.6931471805599454, 1e-12);  // df 1: ln 2 + 1
  EXPECT_NEAR(statistics.idf(2), 1.6931471805599454, 1e-12);  // df 1, counted once per sentence
  EXPECT_NEAR(statistics.idf(3), 2.3862943611198906, 1e-12);  // df 0 (title only): ln 4 + 1
}

TEST(TermStatistics, TermInEverySentenceWeighsOne) {
  const DocumentTerms terms = testing::hand_built_document(2, {{0, 1}, {0}, {0, 0}});
  const std::vector<std::size_t> candidates{0, 1, 2};
  const TermStatistics statistics(terms, candidates);
  EXPECT_DOUBLE_EQ(statistics.idf(0), 1.0);
  EXPECT_GT(statistics.idf(1), statistics.idf(0));
}

TEST(TermStatistics, WithoutCandidatesEveryTermWeighsOne) {
  const DocumentTerms terms = testing::hand_built_document(2, {{0, 1}});
  const TermStatistics statistics(terms, std::span<const std::size_t>{});
  EXPECT_EQ(statistics.sentence_count(), 0u);
  EXPECT_DOUBLE_EQ(statistics.idf(0), 1.0);
  EXPECT_DOUBLE_EQ(statistics.idf(1), 1.0);
}

TEST(TermStatistics, EmptyDocumentHasNoSentences) {
  const DocumentTerms terms = testing::hand_built_document(0, {});
  const TermStatistics statistics(terms, std::span<const std::size_t>{});
  EXPECT_EQ(statistics.sentence_count(), 0u);
  EXPECT_EQ(statistics.vocabulary_size(), 0u);
}

TEST(TermStatistics, CountsAddUpToTheTermsOfARealDocument) {
  const std::string& text = testing::reference_article();
  const Language& english = Language::get("en");
  const std::vector<Span> spans = segment(text, english);
  const DocumentTerms terms = extract_terms(text, spans, english);
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].kind == SpanKind::kSentence) candidates.push_back(i);
  }
  const TermStatistics statistics(terms, candidates);
  ASSERT_EQ(statistics.sentence_count(), candidates.size());
  const double n = static_cast<double>(candidates.size());
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    std::size_t total = 0;
    for (const TermCount& counted : statistics.counts(i)) {
      total += counted.count;
      EXPECT_GE(statistics.idf(counted.term), 1.0);
      EXPECT_LE(statistics.idf(counted.term), std::log((1.0 + n) / 2.0) + 1.0 + 1e-12);
    }
    EXPECT_EQ(total, terms.of_span(candidates[i]).size()) << "candidate " << i;
  }
}

class StatisticsOf : public ::testing::TestWithParam<testing::TextCase> {};

TEST_P(StatisticsOf, HostileTextCountsEveryCandidateTerm) {
  const testing::TextCase& c = GetParam();
  const testing::Candidates candidates = testing::candidates_of(c.text, Language::get(c.language));
  const TermStatistics statistics(candidates.terms, candidates.spans_of);
  ASSERT_EQ(statistics.sentence_count(), candidates.spans_of.size());
  EXPECT_EQ(statistics.vocabulary_size(), candidates.terms.vocabulary.size());
  if (!candidates.terms.terms.empty()) {
    EXPECT_GT(statistics.sentence_count(), 0u);
  }
  const double n = static_cast<double>(statistics.sentence_count());
  for (std::size_t i = 0; i < statistics.sentence_count(); ++i) {
    SCOPED_TRACE("candidate " + std::to_string(i));
    std::size_t total = 0;
    const std::span<const TermCount> counts = statistics.counts(i);
    for (std::size_t k = 0; k < counts.size(); ++k) {
      if (k > 0) {
        EXPECT_LT(counts[k - 1].term, counts[k].term);
      }
      EXPECT_GT(counts[k].count, 0u);
      total += counts[k].count;
      EXPECT_GE(statistics.idf(counts[k].term), 1.0);
      EXPECT_LE(statistics.idf(counts[k].term), std::log((1.0 + n) / 2.0) + 1.0 + 1e-12);
    }
    EXPECT_EQ(total, candidates.terms.of_span(candidates.spans_of[i]).size());
  }
}

INSTANTIATE_TEST_SUITE_P(TermStatistics, StatisticsOf, ::testing::ValuesIn(testing::hostile_texts()),
                         testing::ParamName());

}  // namespace
}  // namespace salience

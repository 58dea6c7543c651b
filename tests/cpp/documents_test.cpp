#include "salience/documents.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "salience/error.h"
#include "test_support.h"

namespace salience {
namespace {

// English, the defaults otherwise, with short sentences scored as sentences and no run-on
// penalty, so that these short texts keep every feature but length at work.
Options english_options() {
  Options options;
  options.language = "en";
  options.scoring.min_words = 4;
  options.scoring.max_words = 0;
  return options;
}

constexpr std::size_t kPosition = 1;  // kFeatureNames[1]

// The chosen sentences of the cluster as (document, span index), in the summary's order.
std::vector<std::pair<std::size_t, std::size_t>> chosen(const ClusterSummary& summary) {
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  for (const Summary& document : summary.documents) {
    for (std::size_t position : document.selected) {
      sentences.emplace_back(document.ranking[position].document, document.ranking[position].index);
    }
  }
  return sentences;
}

std::string_view chosen_text(std::string_view text, const Summary& document, std::size_t k) {
  const Span& span = document.spans[document.ranking[document.selected[k]].index].span;
  return text.substr(span.begin, span.end - span.begin);
}

TEST(SummarizeDocuments, AClusterOfOneIsTheSingleDocumentSummary) {
  const Summarizer summarizer(english_options());
  const std::string& text = testing::reference_article();
  const std::vector<std::string_view> texts = {text};
  for (const Budget budget : {Budget{BudgetKind::kSentences, 3}, Budget{BudgetKind::kWords, 80}}) {
    const Summary single = summarizer.summarize(text, budget);
    const ClusterSummary cluster = summarize_documents(summarizer, texts, budget);
    ASSERT_EQ(cluster.documents.size(), 1u);
    const Summary& part = cluster.documents[0];
    EXPECT_EQ(part.language, single.language);
    EXPECT_EQ(part.title, single.title);
    EXPECT_EQ(part.spans.size(), single.spans.size());
    EXPECT_EQ(part.selected, single.selected);
    ASSERT_EQ(part.ranking.size(), single.ranking.size());
    for (std::size_t i = 0; i < single.ranking.size(); ++i) {
      EXPECT_EQ(part.ranking[i].index, single.ranking[i].index);
      EXPECT_EQ(part.ranking[i].rank, single.ranking[i].rank);
      EXPECT_EQ(part.ranking[i].score, single.ranking[i].score);  // the same double
      EXPECT_EQ(part.ranking[i].features.contributions, single.ranking[i].features.contributions);
      EXPECT_EQ(part.ranking[i].document, 0u);
    }
  }
}

TEST(SummarizeDocuments, LeavesOutASentenceThatRepeatsOneOfAnotherDocument) {
  const std::string first =
      "The council approved the new bridge over the river on Monday. Work starts in the spring.";
  const std::string second =
      "The council approved the new bridge over the river on Monday. Residents of the old town "
      "welcomed the decision after years of traffic jams.";
  const std::vector<std::string_view> texts = {first, second};
  const ClusterSummary summary =
      summarize_documents(Summarizer(english_options()), texts, {BudgetKind::kSentences, 2});
  ASSERT_EQ(chosen(summary).size(), 2u);
  int repeats = 0;
  for (std::size_t d = 0; d < summary.documents.size(); ++d) {
    for (std::size_t k = 0; k < summary.documents[d].selected.size(); ++k) {
      repeats += chosen_text(texts[d], summary.documents[d], k).starts_with("The council approved") ? 1 : 0;
    }
  }
  EXPECT_EQ(repeats, 1) << "the same sentence was chosen from both documents";
}

TEST(SummarizeDocuments, SaysEachSentencesDocumentAndOrdersByDocumentThenPosition) {
  const std::vector<std::string_view> texts = {
      "Storms hit the coast on Friday. Thousands of homes lost power overnight. Crews worked until dawn.",
      "The storm closed schools across the region. Power returned to most homes by Sunday.",
      "Forecasters expect calmer weather this week. The coast guard rescued two sailors during the storm.",
  };
  const ClusterSummary summary =
      summarize_documents(Summarizer(english_options()), texts, {BudgetKind::kSentences, 5});
  ASSERT_EQ(summary.documents.size(), 3u);
  const auto sentences = chosen(summary);
  EXPECT_EQ(sentences.size(), 5u);
  for (std::size_t d = 0; d < summary.documents.size(); ++d) {
    for (const SentenceResult& sentence : summary.documents[d].ranking) EXPECT_EQ(sentence.document, d);
  }
  EXPECT_TRUE(std::is_sorted(sentences.begin(), sentences.end()));
  // Ranks count over the cluster: each of 1..candidates once.
  std::vector<std::size_t> ranks;
  for (const Summary& document : summary.documents) {
    for (const SentenceResult& sentence : document.ranking) ranks.push_back(sentence.rank);
  }
  std::sort(ranks.begin(), ranks.end());
  for (std::size_t i = 0; i < ranks.size(); ++i) EXPECT_EQ(ranks[i], i + 1);
}

TEST(SummarizeDocuments, CountsThePositionPriorWithinEachDocument) {
  const std::vector<std::string_view> texts = {
      "Storms hit the coast on Friday. Thousands of homes lost power overnight.",
      "The storm closed schools across the region. Power returned to most homes by Sunday.",
  };
  const Options options = english_options();
  const ClusterSummary summary = summarize_documents(Summarizer(options), texts, {BudgetKind::kSentences, 1});
  for (const Summary& document : summary.documents) {
    const double weight = options.scoring.over(genre_scoring(document.genre)).position_weight;
    for (const SentenceResult& sentence : document.ranking) {
      const double expected = sentence.index == 0 ? weight : weight * std::exp(-1.0 / 3.0);
      EXPECT_DOUBLE_EQ(sentence.features.contributions[kPosition], expected);
    }
  }
}

TEST(SummarizeDocuments, KeepsTheIndexOfABlankDocument) {
  const std::vector<std::string_view> texts = {"", "Storms hit the coast on Friday night.", " \n\t "};
  const ClusterSummary summary =
      summarize_documents(Summarizer(english_options()), texts, {BudgetKind::kSentences, 3});
  ASSERT_EQ(summary.documents.size(), 3u);
  EXPECT_TRUE(summary.documents[0].ranking.empty());
  EXPECT_TRUE(summary.documents[2].ranking.empty());
  ASSERT_EQ(summary.documents[1].selected.size(), 1u);
  EXPECT_EQ(summary.documents[1].ranking[0].document, 1u);
  EXPECT_EQ(summary.documents[1].ranking[0].rank, 1u);
}

TEST(SummarizeDocuments, AnEmptyClusterGivesNoDocuments) {
  const ClusterSummary summary =
      summarize_documents(Summarizer(english_options()), {}, {BudgetKind::kSentences, 3});
  EXPECT_TRUE(summary.documents.empty());
}

TEST(SummarizeDocuments, ReadsEachDocumentInItsOwnLanguage) {
  Options options = english_options();
  options.language = std::string(kAutoLanguage);
  const std::vector<std::string_view> texts = {
      "The minister said the talks in Berlin were long and difficult.",
      "Der Minister sagte, die Gespräche in Berlin seien lang und schwierig gewesen.",
  };
  const ClusterSummary summary = summarize_documents(Summarizer(options), texts, {BudgetKind::kSentences, 2});
  ASSERT_EQ(summary.documents.size(), 2u);
  EXPECT_EQ(summary.documents[0].language, "en");
  EXPECT_EQ(summary.documents[1].language, "de");
  EXPECT_EQ(chosen(summary).size(), 2u);
}

TEST(SummarizeDocuments, NamesTheTextThatIsNotUtf8) {
  const std::string bad = "Valid text. \xC3\x28 broken.";
  const std::vector<std::string_view> texts = {"A first document here.", bad};
  try {
    summarize_documents(Summarizer(english_options()), texts, {BudgetKind::kSentences, 1});
    FAIL() << "no exception";
  } catch (const InvalidArgument& error) {
    EXPECT_TRUE(std::string_view(error.what()).starts_with("text 1: ")) << error.what();
  }
  EXPECT_THROW(summarize_documents(Summarizer(english_options()), texts, {BudgetKind::kSentences, 0}),
               InvalidArgument);
}

}  // namespace
}  // namespace salience

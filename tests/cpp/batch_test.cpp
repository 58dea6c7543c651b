#include "salience/batch.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "salience/detect.h"
#include "salience/error.h"
#include "test_support.h"

namespace salience {
namespace {

std::string read_multilingual(std::string_view code) {
  const std::string path = std::string(SALIENCE_MULTILINGUAL_DIR) + "/" + std::string(code) + ".txt";
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Summarizer summarizer_for(std::string_view language) {
  Options options;
  options.language = std::string(language);
  return Summarizer(std::move(options));
}

bool same_result(const Summary& a, const Summary& b) {
  if (a.spans.size() != b.spans.size() || a.ranking.size() != b.ranking.size() || a.selected != b.selected ||
      a.title != b.title) {
    return false;
  }
  for (std::size_t i = 0; i < a.ranking.size(); ++i) {
    if (a.ranking[i].index != b.ranking[i].index || a.ranking[i].score != b.ranking[i].score ||
        a.ranking[i].features.contributions != b.ranking[i].features.contributions) {
      return false;
    }
  }
  return true;
}

const Budget kTwoSentences{BudgetKind::kSentences, 2};
const auto kAlways = [] { return true; };

TEST(SummarizeBatch, MixedLanguagesAreEachReadInTheirOwn) {
  // Languages interleaved in one batch, each met twice: every text gets what the
  // summarizer of its detected language gives it alone.
  const std::vector<std::string> owned{read_multilingual("ar"),      read_multilingual("bg"),
                                       testing::reference_article(), read_multilingual("de"),
                                       read_multilingual("bg"),      read_multilingual("ar")};
  const std::vector<std::string_view> texts(owned.begin(), owned.end());
  for (std::size_t threads : {1u, 2u}) {
    const std::vector<BatchItem> items =
        summarize_batch(summarizer_for(kAutoLanguage), texts, kTwoSentences, threads, kAlways);
    ASSERT_EQ(items.size(), texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
      ASSERT_EQ(items[i].status, BatchItem::Status::kDone) << items[i].error;
      EXPECT_EQ(items[i].language, detect_language(texts[i]));
      EXPECT_EQ(items[i].summary.language, items[i].language);
      const Summary alone = summarizer_for(items[i].language).summarize(texts[i], kTwoSentences);
      EXPECT_TRUE(same_result(items[i].summary, alone)) << i << " on " << threads << " threads";
    }
  }
}

TEST(SummarizeBatch, FixedLanguageIsTheSummarizers) {
  const std::vector<std::string_view> texts{"Der Minister sagte, dass die Gespräche lang waren."};
  const std::vector<BatchItem> items =
      summarize_batch(summarizer_for("fr"), texts, kTwoSentences, 1, kAlways);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].status, BatchItem::Status::kDone);
  EXPECT_EQ(items[0].language, "fr");
}

TEST(SummarizeBatch, AutoFallsBackToEnglishForTextsWithoutLetters) {
  const std::vector<std::string_view> texts{"", " \n\t ", "12 34. 56!", "\xf0\x9f\x98\x80"};
  const std::vector<BatchItem> items =
      summarize_batch(summarizer_for(kAutoLanguage), texts, kTwoSentences, 2, kAlways);
  for (const BatchItem& item : items) {
    EXPECT_EQ(item.status, BatchItem::Status::kDone);
    EXPECT_EQ(item.language, kFallbackLanguage);
    EXPECT_EQ(item.summary.language, kFallbackLanguage);
  }
}

TEST(SummarizeBatch, InvalidTextFailsAloneWithTheSummarizersMessage) {
  const std::vector<std::string_view> texts{"Good text here.", std::string_view("bad \xff byte", 10),
                                            "Also fine."};
  const std::vector<BatchItem> items =
      summarize_batch(summarizer_for(kAutoLanguage), texts, kTwoSentences, 2, kAlways);
  EXPECT_EQ(items[0].status, BatchItem::Status::kDone);
  EXPECT_EQ(items[1].status, BatchItem::Status::kInvalidArgument);
  EXPECT_NE(items[1].error.find("not valid UTF-8 at byte 4"), std::string::npos) << items[1].error;
  EXPECT_EQ(items[2].status, BatchItem::Status::kDone);
}

TEST(SummarizeBatch, StoppedBatchLeavesTheRestNotStarted) {
  const std::vector<std::string_view> texts(200, "One sentence. Another one.");
  const std::vector<BatchItem> items =
      summarize_batch(summarizer_for(kAutoLanguage), texts, kTwoSentences, 1, [] { return false; });
  ASSERT_EQ(items.size(), texts.size());
  for (const BatchItem& item : items) {
    EXPECT_TRUE(item.status == BatchItem::Status::kDone || item.status == BatchItem::Status::kNotStarted);
  }
}

TEST(BatchRun, RunsStartedOneBehindAnotherEachGetTheirOwnResults) {
  const std::string article = testing::reference_article();
  const std::vector<std::string_view> first(50, article);
  const std::string german = read_multilingual("de");
  const std::vector<std::string_view> second{german, "Short one. Two."};
  const Summarizer summarizer = summarizer_for(kAutoLanguage);
  BatchRun ahead(summarizer, first, kTwoSentences, 2);
  BatchRun behind(summarizer, second, kTwoSentences, 2);
  ASSERT_TRUE(behind.wait(kAlways));
  ASSERT_TRUE(ahead.wait(kAlways));
  const Summary alone = summarizer.summarize(article, kTwoSentences);
  for (const BatchItem& item : ahead.items()) EXPECT_TRUE(same_result(item.summary, alone));
  EXPECT_EQ(behind.items()[0].language, "de");
  EXPECT_EQ(behind.items()[1].status, BatchItem::Status::kDone);
}

TEST(BatchRun, DestroyedBeforeItIsDoneStopsWithoutWaitingForTheRest) {
  const std::string article = testing::reference_article();
  const std::vector<std::string_view> texts(50000, article);
  const Summarizer summarizer = summarizer_for("en");
  using Clock = std::chrono::steady_clock;
  const auto begin = Clock::now();
  { BatchRun run(summarizer, texts, kTwoSentences, 2); }  // waits only for the texts under way
  const auto destroyed = Clock::now() - begin;
  // A tenth of the texts, all summarized, as the yardstick of this machine's speed now.
  const auto full_begin = Clock::now();
  BatchRun tenth(summarizer, std::span(texts).first(texts.size() / 10), kTwoSentences, 2);
  ASSERT_TRUE(tenth.wait(kAlways));
  EXPECT_LT(destroyed, Clock::now() - full_begin);
}

TEST(SummarizeBatch, BudgetOutsideItsDomainThrows) {
  const std::vector<std::string_view> texts{"One sentence."};
  EXPECT_THROW(summarize_batch(summarizer_for("en"), texts, {BudgetKind::kRatio, 2.0}, 1, kAlways),
               InvalidArgument);
}

}  // namespace
}  // namespace salience

#include "salience/stop.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

#include "salience/batch.h"
#include "salience/corpus.h"
#include "salience/summarizer.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// The reference article repeated to about `bytes`: a long text of ordinary prose.
std::string long_text(std::size_t bytes) {
  std::string text;
  while (text.size() < bytes) text += testing::reference_article() + "\n\n";
  return text;
}

const Budget kThreeSentences{BudgetKind::kSentences, 3};

// How long summarizing `text` takes when nothing stops it.
Clock::duration time_to_summarize(const Summarizer& summarizer, const std::string& text) {
  const auto started = Clock::now();
  summarizer.summarize(text, kThreeSentences);
  return Clock::now() - started;
}

// A keep_going that asks to stop at its first call, and notes when that was in `asked`.
std::function<bool()> stop_now(Clock::time_point& asked) {
  return [&asked] {
    asked = Clock::now();
    return false;
  };
}

TEST(Stop, CheckStopDoesNothingOutsideAScope) { EXPECT_NO_THROW(check_stop()); }

TEST(Stop, CheckStopThrowsOnceAStopIsRequested) {
  std::stop_source source;
  const StopScope scope(source.get_token());
  EXPECT_NO_THROW(check_stop());
  source.request_stop();
  EXPECT_THROW(check_stop(), Cancelled);
}

TEST(Stop, AScopeRestoresTheTokenItReplaced) {
  std::stop_source outer;
  outer.request_stop();
  const StopScope outer_scope(outer.get_token());
  {
    const StopScope inner_scope(std::stop_source().get_token());
    EXPECT_NO_THROW(check_stop());
  }
  EXPECT_THROW(check_stop(), Cancelled);
}

TEST(Stop, EveryCallOfTheCoreThrowsCancelledUnderAStoppedToken) {
  const std::string text = testing::reference_article();
  std::stop_source source;
  source.request_stop();
  const StopScope scope(source.get_token());
  const Summarizer summarizer(Options{});
  EXPECT_THROW(summarizer.summarize(text, kThreeSentences), Cancelled);
  EXPECT_THROW(split_sentences(text, Language::get("en")), Cancelled);
}

// A stop requested at several points of a long summarize ends it within a small share of
// its whole time, whichever stage was running: the stages check it as they go, not only
// between them.
TEST(Stop, SummarizeEndsSoonAfterAStopWhateverStageItIsIn) {
  const std::string text = long_text(2'000'000);
  const Summarizer summarizer(Options{});
  const Clock::duration whole = time_to_summarize(summarizer, text);
  for (const double share : {0.1, 0.35, 0.6}) {
    std::stop_source source;
    std::atomic<Clock::time_point> requested{Clock::time_point::max()};
    std::thread stopper([&] {
      std::this_thread::sleep_for(std::chrono::duration_cast<Clock::duration>(whole * share));
      requested = Clock::now();
      source.request_stop();
    });
    std::optional<Clock::duration> latency;
    try {
      const StopScope scope(source.get_token());
      summarizer.summarize(text, kThreeSentences);
    } catch (const Cancelled&) {
      latency = Clock::now() - requested.load();
    }
    stopper.join();
    if (!latency) continue;  // done before the stop came (a loaded machine); nothing to tell
    // Half of what was left: a stop honoured only at the end of a stage would miss it.
    EXPECT_LT(*latency, std::chrono::duration_cast<Clock::duration>(whole * (1 - share) / 2))
        << "stopped at " << share << " of the call";
  }
}

TEST(RunStoppable, ReturnsTrueOnceTheWorkIsDone) {
  int result = 0;
  EXPECT_TRUE(run_stoppable([&] { result = 42; }, [] { return true; }, 5ms));
  EXPECT_EQ(result, 42);
}

TEST(RunStoppable, RethrowsWhatTheWorkThrew) {
  EXPECT_THROW(run_stoppable([] { throw std::invalid_argument("bad"); }, [] { return true; }, 5ms),
               std::invalid_argument);
}

TEST(RunStoppable, StopsTheWorkOnceKeepGoingSaysNo) {
  std::atomic<bool> cancelled{false};
  int asked = 0;
  const bool completed = run_stoppable(
      [&] {
        try {
          for (;;) {
            check_stop();
            std::this_thread::sleep_for(1ms);
          }
        } catch (const Cancelled&) {
          cancelled = true;
          throw;
        }
      },
      [&] { return ++asked < 3; }, 5ms);
  EXPECT_FALSE(completed);
  EXPECT_TRUE(cancelled);
  EXPECT_EQ(asked, 3);
}

TEST(RunStoppable, StopsALongSummarizeSoon) {
  const std::string text = long_text(2'000'000);
  const Summarizer summarizer(Options{});
  const Clock::duration whole = time_to_summarize(summarizer, text);
  Clock::time_point asked;
  const bool completed =
      run_stoppable([&] { summarizer.summarize(text, kThreeSentences); }, stop_now(asked), 1ms);
  EXPECT_FALSE(completed);
  EXPECT_LT(Clock::now() - asked, whole / 2);
}

// The texts under way stop too, not only those not yet started.
TEST(BatchRun, StoppingStopsTheTextsUnderWay) {
  const std::string owned = long_text(2'000'000);
  const std::vector<std::string_view> texts{owned, owned};
  const Summarizer summarizer(Options{});
  const Clock::duration whole = time_to_summarize(summarizer, owned);
  BatchRun run(summarizer, texts, kThreeSentences, 2);
  Clock::time_point asked;
  EXPECT_FALSE(run.wait(stop_now(asked)));
  EXPECT_LT(Clock::now() - asked, whole / 2);
  for (const BatchItem& item : run.items()) EXPECT_EQ(item.status, BatchItem::Status::kNotStarted);
}

TEST(CountDocuments, StoppingStopsTheDocumentsUnderWay) {
  // Sixteen texts, not two: counting two took 9 ms on CI, which could finish before the
  // first poll of the stop, leaving `asked` unset and the test failing for no fault.
  const std::string owned = long_text(2'000'000);
  const std::vector<std::string_view> texts(16, owned);
  const Language& english = Language::get("en");
  CorpusFrequencies whole_corpus;
  const auto started = Clock::now();
  ASSERT_TRUE(count_documents(whole_corpus, texts, &english, english, 2, [] { return true; }));
  const auto whole = Clock::now() - started;
  CorpusFrequencies corpus;
  Clock::time_point asked;
  EXPECT_FALSE(count_documents(corpus, texts, &english, english, 2, stop_now(asked)));
  EXPECT_LT(Clock::now() - asked, whole / 2);
  EXPECT_TRUE(corpus.tables().empty());
}

}  // namespace
}  // namespace salience

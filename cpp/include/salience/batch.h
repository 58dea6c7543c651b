// Summarizing many texts at once on the worker pool.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "salience/summarizer.h"
#include "salience/worker_pool.h"

namespace salience {

// The outcome for one text: its summary, or why it has none.
struct BatchItem {
  enum class Status { kDone, kInvalidArgument, kError, kNotStarted };
  Status status = Status::kNotStarted;
  Summary summary;       // when kDone
  std::string language;  // the ISO 639-1 code the text was read in, once started
  std::string error;     // the exception's message otherwise
};

// How summarize_batch picks each text's language.
enum class BatchLanguage {
  kFixed,   // the summarizer's own
  kDetect,  // detect_language's, on the worker; the summarizer's own when it finds none
};

// A batch of texts summarized in the background on WorkerPool::shared(), from construction
// on: item i belongs to texts[i]. With BatchLanguage::kDetect a text in another language
// than the summarizer's is read by a summarizer with the same options in that language (made
// once per language and batch). One text's failure does not stop the others. The summarizer
// and the texts must outlive the BatchRun. Destroying it stops the batch: texts not yet
// started are left, the ones under way stop within a few sentences of work (see stop.h),
// and the destructor waits for them.
class BatchRun {
 public:
  // Starts at once, on up to `threads` (>= 1) threads, after the jobs started before it.
  // Throws InvalidArgument for a budget outside its domain.
  BatchRun(const Summarizer& summarizer, std::span<const std::string_view> texts, const Budget& budget,
           std::size_t threads, BatchLanguage language = BatchLanguage::kFixed);
  ~BatchRun();
  BatchRun(const BatchRun&) = delete;
  BatchRun& operator=(const BatchRun&) = delete;

  // Waits until every text is done and returns true. Meanwhile calls `keep_going` about
  // every 20 ms; once it returns false, the texts not done stay kNotStarted: those not yet
  // started are left, the ones under way are stopped (see stop.h), and wait returns false
  // as soon as none is under way.
  bool wait(const std::function<bool()>& keep_going);

  // The items; complete once wait() has returned true.
  std::vector<BatchItem>& items() noexcept { return items_; }

 private:
  class SummarizersByLanguage;

  void summarize(std::size_t i);

  const Summarizer& summarizer_;
  std::span<const std::string_view> texts_;
  Budget budget_;
  BatchLanguage language_;
  std::vector<BatchItem> items_;
  std::unique_ptr<SummarizersByLanguage> summarizers_;
  std::stop_source stop_;  // stops the texts under way
  std::shared_ptr<WorkerPool::Job> job_;
};

// A BatchRun waited for: its items, complete unless `keep_going` stopped it.
std::vector<BatchItem> summarize_batch(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                       const Budget& budget, std::size_t threads,
                                       const std::function<bool()>& keep_going,
                                       BatchLanguage language = BatchLanguage::kFixed);

}  // namespace salience

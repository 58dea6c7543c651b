// Summarizing many texts at once on the worker pool.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
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

// A batch of texts summarized in the background on WorkerPool::shared(), from construction
// on: item i belongs to texts[i], read in summarizer.language_of(texts[i]) (with language
// kAutoLanguage, detected on the worker). One text's failure does not stop the others. The
// summarizer and the texts must outlive the BatchRun. Destroying it stops the batch: texts
// not yet started are left, the ones under way stop within a few sentences of work (see
// stop.h), and the destructor waits for them.
class BatchRun {
 public:
  // Starts at once, on up to `threads` (>= 1) threads, after the jobs started before it.
  // `queries`, when not empty, holds one query a text (std::nullopt: none; see
  // Summarizer::summarize), and must outlive the BatchRun too. Throws InvalidArgument for a
  // budget outside its domain, or for queries whose number is not the texts'.
  BatchRun(const Summarizer& summarizer, std::span<const std::string_view> texts, const Budget& budget,
           std::size_t threads, std::span<const std::optional<std::string_view>> queries = {});
  ~BatchRun();
  BatchRun(const BatchRun&) = delete;
  BatchRun& operator=(const BatchRun&) = delete;

  // Waits until every text is done and returns true. Meanwhile calls `keep_going` every
  // kCheckInterval or so; once it returns false, the texts not done stay kNotStarted:
  // those not yet started are left, the ones under way are stopped (see stop.h), and wait
  // returns false as soon as none is under way.
  bool wait(const std::function<bool()>& keep_going);

  // How often wait() calls keep_going: the binding's signal interval (bindings/
  // without_gil.h), so that Ctrl-C stops a batch within about as long.
  static constexpr std::chrono::milliseconds kCheckInterval{20};

  // The items; complete once wait() has returned true.
  std::vector<BatchItem>& items() noexcept { return items_; }

 private:
  void summarize(std::size_t i);

  const Summarizer& summarizer_;
  std::span<const std::string_view> texts_;
  std::span<const std::optional<std::string_view>> queries_;
  Budget budget_;
  std::vector<BatchItem> items_;
  std::stop_source stop_;  // stops the texts under way
  std::shared_ptr<WorkerPool::Job> job_;
};

// A BatchRun waited for: its items, complete unless `keep_going` stopped it.
std::vector<BatchItem> summarize_batch(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                       const Budget& budget, std::size_t threads,
                                       const std::function<bool()>& keep_going);

}  // namespace salience

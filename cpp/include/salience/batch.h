// Summarizing many texts at once on the worker pool.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salience/summarizer.h"

namespace salience {

// The outcome for one text: its summary, or why it has none.
struct BatchItem {
  enum class Status { kDone, kInvalidArgument, kError, kNotStarted };
  Status status = Status::kNotStarted;
  Summary summary;    // when kDone
  std::string error;  // the exception's message otherwise
};

// Summarizes every text on up to `threads` (>= 1) threads of WorkerPool::shared(); item i
// of the result belongs to texts[i]. One text's failure does not stop the others. The
// calling thread calls `keep_going` about every 20 ms; once it returns false, texts not yet
// started stay kNotStarted and the call returns as soon as the ones under way are done.
std::vector<BatchItem> summarize_batch(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                       const Budget& budget, std::size_t threads,
                                       const std::function<bool()>& keep_going);

}  // namespace salience

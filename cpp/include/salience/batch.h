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
  Summary summary;       // when kDone
  std::string language;  // the ISO 639-1 code the text was read in, once started
  std::string error;     // the exception's message otherwise
};

// How summarize_batch picks each text's language.
enum class BatchLanguage {
  kFixed,   // the summarizer's own
  kDetect,  // detect_language's, on the worker; the summarizer's own when it finds none
};

// Summarizes every text on up to `threads` (>= 1) threads of WorkerPool::shared(); item i
// of the result belongs to texts[i]. With BatchLanguage::kDetect a text in another
// language than the summarizer's is read by a summarizer with the same options in that
// language (made once per language and call). One text's failure does not stop the others.
// The calling thread calls `keep_going` about every 20 ms; once it returns false, texts not
// yet started stay kNotStarted and the call returns as soon as the ones under way are done.
// Throws InvalidArgument for a budget outside its domain.
std::vector<BatchItem> summarize_batch(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                       const Budget& budget, std::size_t threads,
                                       const std::function<bool()>& keep_going,
                                       BatchLanguage language = BatchLanguage::kFixed);

}  // namespace salience

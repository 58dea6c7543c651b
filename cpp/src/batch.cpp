#include "salience/batch.h"

#include <map>
#include <memory>
#include <mutex>

#include "salience/detect.h"
#include "salience/error.h"
#include "salience/stop.h"
#include "salience/worker_pool.h"

namespace salience {

// The summarizer for each language met in one batch: the given one for its own language,
// others with its options made on first use. Safe to call from several workers at once.
class BatchRun::SummarizersByLanguage {
 public:
  explicit SummarizersByLanguage(const Summarizer& own) : own_(own) {}

  const Summarizer& get(std::string_view language) {
    if (language == own_.options().language) return own_;
    std::lock_guard lock(mutex_);
    auto found = made_.find(language);
    if (found == made_.end()) {
      Options options = own_.options();
      options.language = std::string(language);
      auto made = std::make_unique<Summarizer>(std::move(options));
      found = made_.emplace(std::string(language), std::move(made)).first;
    }
    return *found->second;
  }

 private:
  const Summarizer& own_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Summarizer>, std::less<>> made_;
};

BatchRun::BatchRun(const Summarizer& summarizer, std::span<const std::string_view> texts,
                   const Budget& budget, std::size_t threads, BatchLanguage language)
    : summarizer_(summarizer),
      texts_(texts),
      budget_(budget),
      language_(language),
      items_(texts.size()),
      summarizers_(std::make_unique<SummarizersByLanguage>(summarizer)) {
  budget_.validate();
  job_ = WorkerPool::shared().start(texts.size(), threads, [this](std::size_t i) { summarize(i); });
}

BatchRun::~BatchRun() {
  stop_.request_stop();
  WorkerPool::shared().stop(job_);
}

bool BatchRun::wait(const std::function<bool()>& keep_going) {
  return WorkerPool::shared().wait(
      job_,
      [&] {
        if (keep_going()) return true;
        stop_.request_stop();
        return false;
      },
      std::chrono::milliseconds(20));
}

void BatchRun::summarize(std::size_t i) {
  BatchItem& item = items_[i];
  const StopScope scope(stop_.get_token());
  try {
    const std::string_view own = summarizer_.options().language;
    item.language = language_ == BatchLanguage::kDetect ? detect_language_or(texts_[i], own) : own;
    item.summary = summarizers_->get(item.language).summarize(texts_[i], budget_);
    item.status = BatchItem::Status::kDone;
  } catch (const Cancelled&) {
    item = {};  // kNotStarted: its summary was not finished
  } catch (const InvalidArgument& error) {
    item.status = BatchItem::Status::kInvalidArgument;
    item.error = error.what();
  } catch (const std::exception& error) {
    item.status = BatchItem::Status::kError;
    item.error = error.what();
  }
}

std::vector<BatchItem> summarize_batch(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                       const Budget& budget, std::size_t threads,
                                       const std::function<bool()>& keep_going, BatchLanguage language) {
  BatchRun run(summarizer, texts, budget, threads, language);
  run.wait(keep_going);
  return std::move(run.items());
}

}  // namespace salience

#include "salience/batch.h"

#include <memory>
#include <string>

#include "salience/error.h"
#include "salience/stop.h"
#include "salience/worker_pool.h"

namespace salience {

BatchRun::BatchRun(const Summarizer& summarizer, std::span<const std::string_view> texts,
                   const Budget& budget, std::size_t threads,
                   std::span<const std::optional<std::string_view>> queries)
    : summarizer_(summarizer), texts_(texts), queries_(queries), budget_(budget), items_(texts.size()) {
  budget_.validate();
  if (!queries_.empty() && queries_.size() != texts_.size()) {
    throw InvalidArgument("a batch needs one query a text (" + std::to_string(texts_.size()) + "), got " +
                          std::to_string(queries_.size()));
  }
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
      kCheckInterval);
}

void BatchRun::summarize(std::size_t i) {
  BatchItem& item = items_[i];
  const StopScope scope(stop_.get_token());
  try {
    const Language& language = summarizer_.language_of(texts_[i]);
    item.language = language.code();
    item.summary =
        summarizer_.summarize(texts_[i], budget_, language, queries_.empty() ? std::nullopt : queries_[i]);
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
                                       const std::function<bool()>& keep_going) {
  BatchRun run(summarizer, texts, budget, threads);
  run.wait(keep_going);
  return std::move(run.items());
}

}  // namespace salience

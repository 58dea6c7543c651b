#include "salience/batch.h"

#include "salience/error.h"
#include "salience/worker_pool.h"

namespace salience {

std::vector<BatchItem> summarize_batch(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                       const Budget& budget, std::size_t threads,
                                       const std::function<bool()>& keep_going) {
  budget.validate();
  std::vector<BatchItem> items(texts.size());
  const std::function<void(std::size_t)> task = [&](std::size_t i) {
    BatchItem& item = items[i];
    try {
      item.summary = summarizer.summarize(texts[i], budget);
      item.status = BatchItem::Status::kDone;
    } catch (const InvalidArgument& error) {
      item.status = BatchItem::Status::kInvalidArgument;
      item.error = error.what();
    } catch (const std::exception& error) {
      item.status = BatchItem::Status::kError;
      item.error = error.what();
    }
  };
  WorkerPool::shared().run(texts.size(), threads, task, keep_going, std::chrono::milliseconds(20));
  return items;
}

}  // namespace salience

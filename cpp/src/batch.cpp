#include "salience/batch.h"

#include <map>
#include <memory>
#include <mutex>

#include "salience/detect.h"
#include "salience/error.h"
#include "salience/worker_pool.h"

namespace salience {
namespace {

// The summarizer for each language met in one batch: the given one for its own language,
// others with its options made on first use. Safe to call from several workers at once.
class SummarizersByLanguage {
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

}  // namespace

std::vector<BatchItem> summarize_batch(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                       const Budget& budget, std::size_t threads,
                                       const std::function<bool()>& keep_going, BatchLanguage language) {
  budget.validate();
  std::vector<BatchItem> items(texts.size());
  SummarizersByLanguage summarizers(summarizer);
  const std::function<void(std::size_t)> task = [&](std::size_t i) {
    BatchItem& item = items[i];
    try {
      const std::string_view own = summarizer.options().language;
      item.language = language == BatchLanguage::kDetect ? detect_language_or(texts[i], own) : own;
      item.summary = summarizers.get(item.language).summarize(texts[i], budget);
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

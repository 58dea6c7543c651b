#include "salience/stop.h"

#include <exception>
#include <utility>

#include "salience/worker_pool.h"

namespace salience {
namespace {

thread_local const std::stop_token* current_token = nullptr;

}  // namespace

StopScope::StopScope(std::stop_token token) noexcept : token_(std::move(token)), outer_(current_token) {
  current_token = &token_;
}

StopScope::~StopScope() { current_token = outer_; }

void check_stop() {
  if (current_token != nullptr && current_token->stop_requested()) throw Cancelled();
}

bool run_stoppable(const std::function<void()>& work, const std::function<bool()>& keep_going,
                   std::chrono::milliseconds interval) {
  std::stop_source stop;
  std::exception_ptr error;
  WorkerPool& pool = WorkerPool::shared();
  const auto job = pool.start_first([&](std::size_t) {
    try {
      const StopScope scope(stop.get_token());
      work();
    } catch (...) {
      error = std::current_exception();
    }
  });
  const auto keep_going_or_stop = [&] {
    if (keep_going()) return true;
    stop.request_stop();
    return false;
  };
  if (!pool.wait(job, keep_going_or_stop, interval)) return false;
  if (error) std::rethrow_exception(error);
  return true;
}

}  // namespace salience

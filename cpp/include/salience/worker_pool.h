// A process-wide pool of worker threads for batch work.
//
// Threads are kept between calls so that their per-thread state (ICU break iterators,
// stemmers, term caches) is built once, not once per batch. The pool grows to the largest
// number of threads ever asked for and never runs more than that at once.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>

namespace salience {

class WorkerPool {
 public:
  // The pool of this process. A child made by fork() gets a pool of its own: threads do
  // not survive fork, so the parent's pool is left behind untouched.
  static WorkerPool& shared();

  // Runs task(i) for every i in [0, count) on at most `threads` (>= 1) pool threads and
  // returns true. Meanwhile the calling thread calls `keep_going` about every `interval`;
  // once it returns false no further item starts, run waits for the items under way and
  // returns false. `task` must not throw. Several threads may call run at once.
  bool run(std::size_t count, std::size_t threads, const std::function<void(std::size_t)>& task,
           const std::function<bool()>& keep_going, std::chrono::milliseconds interval);

  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

 private:
  WorkerPool() = default;
  ~WorkerPool() = delete;  // lives until the process ends, with its threads
  struct State;
  State* state_ = nullptr;
};

}  // namespace salience

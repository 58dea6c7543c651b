// A process-wide pool of worker threads for batch work.
//
// Threads are kept between calls so that their per-thread state (ICU break iterators,
// stemmers, term caches) is built once, not once per batch. The pool grows to the largest
// number of threads ever asked for and never runs more than that at once. Jobs are taken in
// the order they were started: a caller that starts its next job before it reads the
// results of this one keeps the threads busy while it reads.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

namespace salience {

class WorkerPool {
 public:
  // Items of work under way on the pool; opaque.
  struct Job;

  // The pool of this process. A child made by fork() gets a pool of its own: threads do
  // not survive fork, so the parent's pool is left behind untouched.
  static WorkerPool& shared();

  // Queues task(i) for every i in [0, count) on at most `threads` (>= 1) pool threads and
  // returns at once. `task` must not throw, and what it reads must outlive the job: until
  // wait() has returned true or stop() has returned. Several threads may start jobs at once.
  std::shared_ptr<Job> start(std::size_t count, std::size_t threads, std::function<void(std::size_t)> task);

  // Waits until every item of `job` is done and returns true. Meanwhile the calling thread
  // calls `keep_going` about every `interval`; once it returns false, no further item
  // starts, wait waits for the items under way and returns false. Throws std::logic_error
  // for a job started before fork() in the parent, which no thread of this process runs.
  bool wait(const std::shared_ptr<Job>& job, const std::function<bool()>& keep_going,
            std::chrono::milliseconds interval);

  // No further item of `job` starts; returns once none is under way (at once in a child of
  // fork() for the parent's job).
  void stop(const std::shared_ptr<Job>& job);

  // start, then wait.
  bool run(std::size_t count, std::size_t threads, std::function<void(std::size_t)> task,
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

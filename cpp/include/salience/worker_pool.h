// A process-wide pool of worker threads for batch work.
//
// Threads are kept between calls so that their per-thread state (ICU break iterators,
// stemmers, term caches) is built once, not once per batch; a thread left idle for
// idle_timeout() ends, and its state with it, so a burst of work leaves no threads behind.
// The pool grows to the number of threads the jobs under way ask for, at most max_threads().
// Jobs are taken in the order they were started: a caller that starts its next job before
// it reads the results of this one keeps the threads busy while it reads.
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

  // The most threads the pool runs per core: more only add memory and switching.
  static constexpr std::size_t kThreadsPerCore = 4;

  // The most threads the pool runs: kThreadsPerCore per core
  // (std::thread::hardware_concurrency).
  static std::size_t max_threads();

  // How long a thread waits for work before it ends: 5 s unless set_idle_timeout changed it.
  std::chrono::milliseconds idle_timeout() const;
  // Applies to the idle threads at once. For tests, and for callers that know their rhythm.
  void set_idle_timeout(std::chrono::milliseconds timeout);

  // The threads alive in the pool, idle or not.
  std::size_t thread_count() const;

  // Queues task(i) for every i in [0, count) on at most min(threads, count, max_threads())
  // pool threads (`threads` >= 1) and returns at once. `task` must not throw, and what it
  // reads must outlive the job: until wait() has returned true or stop() has returned.
  // Several threads may start jobs at once.
  std::shared_ptr<Job> start(std::size_t count, std::size_t threads, std::function<void(std::size_t)> task);

  // Queues task(0), a job of one item, ahead of every job queued, and adds a thread for it
  // when the idle ones are taken (within max_threads()): for a call that a caller waits for,
  // which must not wait behind the batches started before it. Otherwise as start.
  std::shared_ptr<Job> start_first(std::function<void(std::size_t)> task);

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
  ~WorkerPool() = delete;  // lives until the process ends, with its threads

 private:
  WorkerPool() = default;
  struct State;
  State* state_ = nullptr;
};

}  // namespace salience

#include "salience/worker_pool.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace salience {

struct WorkerPool::Job {
  pid_t owner = getpid();  // the process whose threads run it: none do in a child of fork()
  std::function<void(std::size_t)> task;
  std::size_t count;
  std::size_t wanted_workers;
  std::size_t joined_workers = 0;   // guarded by the pool's mutex
  std::size_t working = 0;          // workers inside the job; guarded by the pool's mutex
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> finished{0};
  std::atomic<bool> stopped{false};

  // Every item done, or stopped with none under way. Called with the pool's mutex held.
  bool over() const { return finished.load() == count || (stopped.load() && working == 0); }
};

struct WorkerPool::State {
  std::mutex mutex;
  std::condition_variable work_available;
  std::condition_variable job_progress;
  std::deque<std::shared_ptr<Job>> queue;
  std::vector<std::thread> threads;

  void work() {
    std::unique_lock lock(mutex);
    for (;;) {
      work_available.wait(lock, [&] { return !queue.empty(); });
      std::shared_ptr<Job> job = queue.front();
      if (++job->joined_workers == job->wanted_workers) queue.pop_front();
      ++job->working;
      lock.unlock();
      for (std::size_t i; !job->stopped.load(std::memory_order_relaxed) &&
                          (i = job->next.fetch_add(1)) < job->count;) {
        job->task(i);
        job->finished.fetch_add(1);
      }
      lock.lock();
      --job->working;
      job_progress.notify_all();
    }
  }
};

WorkerPool& WorkerPool::shared() {
  static std::mutex guard;
  static pid_t owner = 0;
  static WorkerPool* pool = nullptr;
  std::lock_guard lock(guard);
  if (pool == nullptr || owner != getpid()) {
    // After fork() the old pool's mutexes may be held by threads that do not exist here:
    // leave it be and start anew.
    pool = new WorkerPool();
    pool->state_ = new State();
    owner = getpid();
  }
  return *pool;
}

std::shared_ptr<WorkerPool::Job> WorkerPool::start(std::size_t count, std::size_t threads,
                                                  std::function<void(std::size_t)> task) {
  auto job = std::make_shared<Job>();
  job->task = std::move(task);
  job->count = count;
  job->wanted_workers = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(count, 1));
  if (count == 0) return job;  // over at once; never queued

  State& state = *state_;
  std::lock_guard lock(state.mutex);
  while (state.threads.size() < job->wanted_workers) {
    state.threads.emplace_back([&state] { state.work(); });
    state.threads.back().detach();
  }
  state.queue.push_back(job);
  state.work_available.notify_all();
  return job;
}

bool WorkerPool::wait(const std::shared_ptr<Job>& job, const std::function<bool()>& keep_going,
                      std::chrono::milliseconds interval) {
  if (job->owner != getpid()) {
    throw std::logic_error(
        "this batch was started in the parent process before fork(): its threads do not exist here");
  }
  State& state = *state_;
  std::unique_lock lock(state.mutex);
  bool cancelled = false;
  while (!job->over()) {
    state.job_progress.wait_for(lock, interval);
    if (job->over() || cancelled) continue;
    lock.unlock();
    const bool go_on = keep_going();
    lock.lock();
    if (!go_on) {
      cancelled = true;
      job->stopped.store(true);
    }
  }
  std::erase(state.queue, job);
  // A worker that joined but found no item left may not have got back to the lock yet; it
  // holds a reference to the job and calls no task, so nothing dangles once wait returns.
  return !cancelled;
}

void WorkerPool::stop(const std::shared_ptr<Job>& job) {
  // In a child of fork() no thread runs the parent's job: there is nothing to wait for.
  if (job->owner != getpid()) return;
  State& state = *state_;
  std::unique_lock lock(state.mutex);
  job->stopped.store(true);
  state.job_progress.wait(lock, [&] { return job->over(); });
  std::erase(state.queue, job);
}

bool WorkerPool::run(std::size_t count, std::size_t threads, std::function<void(std::size_t)> task,
                     const std::function<bool()>& keep_going, std::chrono::milliseconds interval) {
  return wait(start(count, threads, std::move(task)), keep_going, interval);
}

}  // namespace salience

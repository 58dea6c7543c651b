#include "salience/worker_pool.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <system_error>
#include <thread>

namespace salience {

struct WorkerPool::Job {
  pid_t owner = getpid();  // the process whose threads run it: none do in a child of fork()
  std::function<void(std::size_t)> task;
  std::size_t count = 0;
  std::size_t wanted_workers = 0;
  std::size_t joined_workers = 0;  // guarded by the pool's mutex
  std::size_t working = 0;         // workers inside the job; guarded by the pool's mutex
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
  std::size_t threads = 0;  // alive, idle or not
  std::size_t idle = 0;     // waiting for a job
  std::chrono::milliseconds idle_timeout{5000};

  // Starts one more thread; false when the system has none to give (a ulimit, a container's
  // pids limit) and some are alive to do the work. Called with the mutex held.
  bool add_thread() {
    try {
      std::thread([this] { work(); }).detach();
    } catch (const std::system_error&) {
      if (threads == 0) throw;
      return false;
    }
    ++threads;
    return true;
  }

  // A pool thread: runs the jobs of the queue, and ends once it found none for idle_timeout.
  // Detached: the state it uses is never freed (see ~WorkerPool).
  void work() {
    std::unique_lock lock(mutex);
    for (;;) {
      while (queue.empty()) {
        // Waited for anew after every wake-up, so that a new idle_timeout applies at once.
        ++idle;
        const bool timed_out = work_available.wait_for(lock, idle_timeout) == std::cv_status::timeout;
        --idle;
        if (timed_out && queue.empty()) {
          --threads;
          return;
        }
      }
      std::shared_ptr<Job> job = queue.front();
      if (++job->joined_workers == job->wanted_workers) queue.pop_front();
      ++job->working;
      lock.unlock();
      while (!job->stopped.load(std::memory_order_relaxed)) {
        const std::size_t i = job->next.fetch_add(1);
        if (i >= job->count) break;
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

std::size_t WorkerPool::max_threads() {
  static const std::size_t most = kThreadsPerCore * std::max(std::thread::hardware_concurrency(), 1U);
  return most;
}

std::chrono::milliseconds WorkerPool::idle_timeout() const {
  std::lock_guard lock(state_->mutex);
  return state_->idle_timeout;
}

void WorkerPool::set_idle_timeout(std::chrono::milliseconds timeout) {
  std::lock_guard lock(state_->mutex);
  state_->idle_timeout = timeout;
  state_->work_available.notify_all();
}

std::size_t WorkerPool::thread_count() const {
  std::lock_guard lock(state_->mutex);
  return state_->threads;
}

std::shared_ptr<WorkerPool::Job> WorkerPool::start(std::size_t count, std::size_t threads,
                                                   std::function<void(std::size_t)> task) {
  auto job = std::make_shared<Job>();
  job->task = std::move(task);
  job->count = count;
  job->wanted_workers =
      std::clamp<std::size_t>(threads, 1, std::min(std::max<std::size_t>(count, 1), max_threads()));
  if (count == 0) return job;  // over at once; never queued

  State& state = *state_;
  std::lock_guard lock(state.mutex);
  while (state.threads < job->wanted_workers && state.add_thread()) {
  }
  state.queue.push_back(job);
  state.work_available.notify_all();
  return job;
}

std::shared_ptr<WorkerPool::Job> WorkerPool::start_first(std::function<void(std::size_t)> task) {
  auto job = std::make_shared<Job>();
  job->task = std::move(task);
  job->count = 1;
  job->wanted_workers = 1;

  State& state = *state_;
  std::lock_guard lock(state.mutex);
  state.queue.push_front(job);
  // Each queued job takes an idle thread; with none left for this one, a thread is added.
  if (state.idle < state.queue.size() && state.threads < max_threads()) state.add_thread();
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

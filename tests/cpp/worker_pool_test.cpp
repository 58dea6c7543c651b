#include "salience/worker_pool.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace salience {
namespace {

using namespace std::chrono_literals;

const auto kAlways = [] { return true; };

// After a job of `count` items was stopped: it stopped short of them all, and no item starts
// any more.
void expect_no_further_start(const std::atomic<int>& started, int count) {
  const int when_stopped = started;
  EXPECT_LT(when_stopped, count);
  std::this_thread::sleep_for(20ms);
  EXPECT_EQ(started, when_stopped);
}

TEST(WorkerPool, StartReturnsAtOnceAndWaitSeesEveryItemDone) {
  WorkerPool& pool = WorkerPool::shared();
  std::vector<std::atomic<int>> calls(300);
  std::atomic<bool> release{false};
  auto job = pool.start(calls.size(), 2, [&](std::size_t i) {
    while (!release) std::this_thread::yield();
    ++calls[i];
  });
  // No item can finish before the caller lets them: start did not wait for any.
  std::this_thread::sleep_for(5ms);
  for (const auto& count : calls) EXPECT_EQ(count, 0);
  release = true;
  EXPECT_TRUE(pool.wait(job, kAlways, 20ms));
  for (const auto& count : calls) EXPECT_EQ(count, 1);
}

TEST(WorkerPool, AJobStartedBehindAnotherRunsWhenTheFirstIsDone) {
  WorkerPool& pool = WorkerPool::shared();
  std::atomic<int> first{0};
  std::atomic<int> second{0};
  auto a = pool.start(200, 2, [&](std::size_t) { ++first; });
  auto b = pool.start(200, 2, [&](std::size_t) { ++second; });
  // Waited for in the other order: b does not depend on anyone waiting for a.
  EXPECT_TRUE(pool.wait(b, kAlways, 20ms));
  EXPECT_EQ(second, 200);
  EXPECT_TRUE(pool.wait(a, kAlways, 20ms));
  EXPECT_EQ(first, 200);
}

TEST(WorkerPool, StopLeavesItemsNotStartedAndReturnsOnceNoneIsUnderWay) {
  WorkerPool& pool = WorkerPool::shared();
  std::atomic<int> started{0};
  std::atomic<int> under_way{0};
  auto job = pool.start(1000, 2, [&](std::size_t) {
    ++started;
    ++under_way;
    std::this_thread::sleep_for(1ms);
    --under_way;
  });
  std::this_thread::sleep_for(10ms);
  pool.stop(job);
  EXPECT_EQ(under_way, 0);
  expect_no_further_start(started, 1000);
}

TEST(WorkerPool, WaitStopsTheJobOnceKeepGoingSaysNo) {
  WorkerPool& pool = WorkerPool::shared();
  std::atomic<int> started{0};
  auto job = pool.start(1000, 1, [&](std::size_t) {
    ++started;
    std::this_thread::sleep_for(1ms);
  });
  EXPECT_FALSE(pool.wait(
      job, [] { return false; }, 5ms));
  expect_no_further_start(started, 1000);
}

TEST(WorkerPool, AChildOfForkNeitherWaitsForNorStopsItsParentsJob) {
  WorkerPool& pool = WorkerPool::shared();
  std::atomic<bool> release{false};
  auto job = pool.start(4, 2, [&](std::size_t) {
    while (!release) std::this_thread::sleep_for(1ms);
  });
  // The child reports through a pipe, not its exit code: under valgrind the child's exit
  // code is valgrind's, which counts the memory of the parent's threads as lost.
  int report[2];
  ASSERT_EQ(pipe(report), 0);
  const pid_t child = fork();
  if (child == 0) {
    char threw = 'n';
    try {
      pool.wait(job, kAlways, 20ms);
    } catch (const std::logic_error&) {
      threw = 'y';
    }
    WorkerPool::shared().stop(job);  // would wait forever for threads that are not here
    (void)!write(report[1], &threw, 1);
    _exit(0);
  }
  ASSERT_GT(child, 0);
  close(report[1]);
  int status = -1;
  for (int tries = 0; tries < 1000 && waitpid(child, &status, WNOHANG) == 0; ++tries)
    std::this_thread::sleep_for(10ms);
  const bool exited = WIFEXITED(status);
  if (!exited) kill(child, SIGKILL), waitpid(child, &status, 0);
  char threw = '?';
  const bool reported = read(report[0], &threw, 1) == 1;
  close(report[0]);
  release = true;
  EXPECT_TRUE(pool.wait(job, kAlways, 20ms));
  ASSERT_TRUE(exited && reported) << "the child hung";
  EXPECT_EQ(threw, 'y') << "wait in the child did not throw";
}

TEST(WorkerPool, AJobStartedFirstRunsAheadOfTheQueueOnAThreadOfItsOwn) {
  WorkerPool& pool = WorkerPool::shared();
  std::atomic<bool> release{false};
  const auto blocked = [&](std::size_t) {
    while (!release) std::this_thread::sleep_for(1ms);
  };
  // A thread is busy and a job is queued behind it, both blocked (2 threads at most, well
  // within max_threads())...
  auto busy = pool.start(1, 1, blocked);
  auto queued = pool.start(2, 1, blocked);
  std::this_thread::sleep_for(10ms);
  // ...yet a job started first runs at once, while they still block. Given up after 10 s.
  bool ran = false;
  int waited = 0;
  const bool done = pool.wait(
      pool.start_first([&](std::size_t) { ran = true; }), [&] { return ++waited < 2000; }, 5ms);
  release = true;
  EXPECT_TRUE(done);
  EXPECT_TRUE(ran);
  EXPECT_TRUE(pool.wait(busy, kAlways, 5ms));
  EXPECT_TRUE(pool.wait(queued, kAlways, 5ms));
}

// Sets the shared pool's idle timeout for one test, and the default back after it.
class ShortIdleTimeout {
 public:
  explicit ShortIdleTimeout(std::chrono::milliseconds timeout) : saved_(WorkerPool::shared().idle_timeout()) {
    WorkerPool::shared().set_idle_timeout(timeout);
  }
  ~ShortIdleTimeout() { WorkerPool::shared().set_idle_timeout(saved_); }

 private:
  std::chrono::milliseconds saved_;
};

// Waits up to 10 s for the pool's threads to end; whether they did.
bool pool_emptied() {
  for (int tries = 0; tries < 1000; ++tries) {
    if (WorkerPool::shared().thread_count() == 0) return true;
    std::this_thread::sleep_for(10ms);
  }
  return false;
}

TEST(WorkerPool, RunsAtMostMaxThreadsWhateverAJobAsksFor) {
  WorkerPool& pool = WorkerPool::shared();
  std::atomic<std::size_t> running{0};
  std::atomic<std::size_t> most{0};
  const std::size_t items = 4 * WorkerPool::max_threads();
  EXPECT_TRUE(pool.run(
      items, 1'000'000,
      [&](std::size_t) {
        const std::size_t now = ++running;
        for (std::size_t seen = most; now > seen && !most.compare_exchange_weak(seen, now);) {
        }
        std::this_thread::sleep_for(2ms);
        --running;
      },
      kAlways, 20ms));
  EXPECT_LE(most, WorkerPool::max_threads());
  EXPECT_LE(pool.thread_count(), WorkerPool::max_threads());
  EXPECT_EQ(WorkerPool::max_threads(), 4 * std::max(std::thread::hardware_concurrency(), 1U));
}

TEST(WorkerPool, AJobStartsNoMoreThreadsThanItHasItems) {
  const ShortIdleTimeout timeout(20ms);
  ASSERT_TRUE(pool_emptied());
  WorkerPool& pool = WorkerPool::shared();
  EXPECT_TRUE(pool.run(
      3, 1'000'000, [](std::size_t) {}, kAlways, 20ms));
  EXPECT_LE(pool.thread_count(), 3u);
}

TEST(WorkerPool, IdleThreadsEndAndTheirThreadLocalStateWithThem) {
  const ShortIdleTimeout timeout(50ms);
  WorkerPool& pool = WorkerPool::shared();
  static std::atomic<int> alive_states{0};
  struct PerThreadState {
    PerThreadState() { ++alive_states; }
    ~PerThreadState() { --alive_states; }
  };
  std::atomic<int> done{0};
  EXPECT_TRUE(pool.run(
      8, 2,
      [&](std::size_t) {
        thread_local PerThreadState state;
        std::this_thread::sleep_for(1ms);
        ++done;
      },
      kAlways, 20ms));
  EXPECT_EQ(done, 8);
  EXPECT_GE(pool.thread_count(), 1u);
  ASSERT_TRUE(pool_emptied()) << pool.thread_count() << " threads still alive";
  // A thread's thread_local objects end just after it left the pool.
  for (int tries = 0; tries < 100 && alive_states != 0; ++tries) std::this_thread::sleep_for(10ms);
  EXPECT_EQ(alive_states, 0);
  // A later job gets threads again.
  EXPECT_TRUE(pool.run(
      4, 2, [&](std::size_t) { ++done; }, kAlways, 20ms));
  EXPECT_EQ(done, 12);
}

TEST(WorkerPool, AnEmptyJobIsOverAtOnce) {
  WorkerPool& pool = WorkerPool::shared();
  auto job = pool.start(0, 2, [](std::size_t) { FAIL() << "no item to run"; });
  EXPECT_TRUE(pool.wait(job, kAlways, 20ms));
  pool.stop(job);
}

}  // namespace
}  // namespace salience

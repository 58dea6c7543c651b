#include "salience/worker_pool.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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
  EXPECT_FALSE(pool.wait(job, [] { return false; }, 5ms));
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
  for (int tries = 0; tries < 1000 && waitpid(child, &status, WNOHANG) == 0; ++tries) std::this_thread::sleep_for(10ms);
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

TEST(WorkerPool, AnEmptyJobIsOverAtOnce) {
  WorkerPool& pool = WorkerPool::shared();
  auto job = pool.start(0, 2, [](std::size_t) { FAIL() << "no item to run"; });
  EXPECT_TRUE(pool.wait(job, kAlways, 20ms));
  pool.stop(job);
}

}  // namespace
}  // namespace salience

// Stopping a long call from another thread, within milliseconds.
//
// A thread's stop token is set by a StopScope. Every call of the core reads the calling
// thread's token between its stages and inside their loops (about every sentence, and every
// sentence break found), and throws Cancelled once a stop is requested. So a stop takes
// effect after at most a few sentences of work, however long the text:
//
//   std::stop_source source;                      // source.request_stop() from any thread
//   salience::StopScope scope(source.get_token());
//   salience::Summary summary = summarizer.summarize(text, budget);  // or throws Cancelled
//
// Without a StopScope a call runs to its end. BatchRun and count_documents stop the text
// under way on each worker this way, and run_stoppable runs one call on a pool thread so
// that the calling thread stays free to decide when to stop it.
#pragma once

#include <chrono>
#include <functional>
#include <stdexcept>
#include <stop_token>

namespace salience {

// A call was stopped on request (see StopScope): it has no result, and left nothing behind.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("stopped on request") {}
};

// Makes `token` the calling thread's stop token while it lives; the token it replaces comes
// back when it ends. Not movable: a scope belongs to the block that declares it.
class StopScope {
 public:
  explicit StopScope(std::stop_token token) noexcept;
  ~StopScope();
  StopScope(const StopScope&) = delete;
  StopScope& operator=(const StopScope&) = delete;

 private:
  std::stop_token token_;
  const std::stop_token* outer_;
};

// Throws Cancelled when a stop was requested of the calling thread's token; does nothing
// outside a StopScope. A thread-local read and an atomic load: cheap enough for every
// sentence.
void check_stop();

// Runs work() on a thread of the worker pool, ahead of the jobs queued there (see
// WorkerPool::start_first), inside a StopScope, while the calling thread calls keep_going
// about every `interval`. Returns true once work has returned, or rethrows what it threw.
// Once keep_going returns false, the stop is requested, run_stoppable waits for work to end
// (a call of the core ends within a few sentences of work) and returns false. Costs a hand-
// over to the pool thread and back, some microseconds; the pool's threads keep their state
// (break iterators, stemmers, caches) from call to call.
bool run_stoppable(const std::function<void()>& work, const std::function<bool()>& keep_going,
                   std::chrono::milliseconds interval);

}  // namespace salience

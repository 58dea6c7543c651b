// Running the core without the GIL: safely in a daemon thread while the interpreter
// finalizes, and, for long texts, stoppable by Ctrl-C.
#pragma once

#include <pybind11/pybind11.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>

#include "salience/stop.h"

namespace salience::binding {

// Readable without the GIL.
inline bool interpreter_finalizing() noexcept {
#if PY_VERSION_HEX >= 0x030D0000
  return Py_IsFinalizing() != 0;
#else
  return _Py_IsFinalizing() != 0;
#endif
}

[[noreturn]] inline void sleep_until_exit() noexcept {
  for (;;) pause();
}

// Takes the GIL back without ever unwinding the stack. While the interpreter finalizes,
// CPython before 3.14 ends a thread that asks for the GIL with pthread_exit, whose unwinding
// aborts the process once it leaves a noexcept function such as a destructor ("terminate
// called without an active exception", pybind11's gil_scoped_release in a daemon thread at
// exit). Such a thread sleeps instead until the process exits, as CPython 3.14 itself makes
// it (PyThread_hang_thread), and what its stack holds stays untouched.
inline void take_gil(PyThreadState* state) noexcept {
  if (interpreter_finalizing()) sleep_until_exit();
  try {
    PyEval_RestoreThread(state);
  } catch (...) {  // pthread_exit's unwinding: finalization began after the check above
    sleep_until_exit();
  }
}

// The GIL released for the core's work while this lives; py::gil_scoped_release, but safe
// in a daemon thread at exit (see take_gil).
class ReleasedGil {
 public:
  ReleasedGil() : state_(PyEval_SaveThread()) {}
  ~ReleasedGil() { take_gil(state_); }
  ReleasedGil(const ReleasedGil&) = delete;
  ReleasedGil& operator=(const ReleasedGil&) = delete;

  // For the keep_going of a wait: takes the GIL for a moment to run Python's signal
  // handlers. False once one raised (its exception, KeyboardInterrupt for Ctrl-C, is set
  // for the caller to raise) or the interpreter finalizes (no one will read the result).
  bool keep_going() {
    if (interpreter_finalizing()) return false;
    take_gil(state_);
    const bool raised = PyErr_CheckSignals() != 0;
    state_ = PyEval_SaveThread();
    return !raised;
  }

 private:
  PyThreadState* state_;
};

// How often a wait without the GIL runs Python's signal handlers.
constexpr std::chrono::milliseconds kSignalInterval{20};

// Texts from this size on take milliseconds or more. The core works on them on a thread of
// its own while the calling thread runs the signal handlers, so that Ctrl-C stops them at
// once; shorter texts are done on the calling thread, without a thread's start.
constexpr std::size_t kStoppableBytes = 256 * 1024;

// Runs work(), a call of the core on a text of `bytes` bytes of UTF-8, without the GIL.
// Raises the exception of a signal handler (KeyboardInterrupt) that stopped it.
template <typename Work>
void run_core(std::size_t bytes, const Work& work) {
  if (bytes < kStoppableBytes) {
    const ReleasedGil released;
    work();
    return;
  }
  bool completed = false;
  {
    ReleasedGil released;
    completed = salience::run_stoppable(
        work, [&] { return released.keep_going(); }, kSignalInterval);
  }
  if (!completed) throw pybind11::error_already_set();
}

}  // namespace salience::binding

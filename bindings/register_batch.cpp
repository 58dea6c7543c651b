// Summarizing a list of texts on the core's worker pool: Summarizer.start_batch and the
// PendingBatch it returns.
#include <pybind11/stl.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "convert.h"
#include "register.h"
#include "rows.h"
#include "salience/batch.h"
#include "salience/worker_pool.h"
#include "without_gil.h"

namespace salience::binding {
namespace {

// A batch of texts being summarized on the core's worker pool, started by
// Summarizer.start_batch: it holds the texts' UTF-8 and the summarizer while the workers read
// them. Starting the next batch before taking this one's results keeps the workers busy
// while Python reads them. Dropping it stops the work.
class PendingBatch {
 public:
  // `queries`: None, or one query a text (a str, or None for none).
  PendingBatch(py::object summarizer, const py::list& texts, const std::string& kind, double value,
               std::size_t threads, const py::object& queries)
      : summarizer_(std::move(summarizer)), count_(texts.size()) {
    const Budget budget = to_budget(kind, value);
    utf8_.resize(count_);
    views_.resize(count_);
    conversion_errors_.resize(count_);
    for (std::size_t i = 0; i < count_; ++i) {
      if (convert(texts[i], utf8_[i], i)) views_[i] = utf8_[i].text;
    }
    if (!queries.is_none()) read_queries(queries.cast<py::list>());
    run_ = std::make_unique<BatchRun>(summarizer_.cast<const Summarizer&>(), views_, budget,
                                      std::max<std::size_t>(threads, 1), queries_);
  }

  PendingBatch(const PendingBatch&) = delete;
  PendingBatch& operator=(const PendingBatch&) = delete;

  ~PendingBatch() { stop(); }

  // (results, languages), one entry a text, once every text is done. Results: its summary
  // as SUMMARY_FIELDS (rows.h), or the exception it raised (ValueError, TypeError or
  // SalienceError) as an object, for the caller's error policy. Languages: the code each
  // text was read in (the summarizer's language, or the detected one with "auto"). Ctrl-C
  // stops the batch, the texts under way included, within about 20 ms and raises
  // KeyboardInterrupt.
  py::tuple results() {
    if (!run_) throw std::runtime_error("this batch's results were taken, or it was stopped");
    bool completed = false;
    {
      ReleasedGil released;
      completed = run_->wait([&] { return released.keep_going(); });
    }
    if (!completed) {
      stop();
      throw py::error_already_set();
    }
    std::vector<BatchItem>& items = run_->items();
    py::list results(count_);
    py::list languages(count_);
    std::map<std::string, py::str, std::less<>> codes;  // one str object a language
    for (std::size_t i = 0; i < count_; ++i) {
      BatchItem& item = items[i];
      auto code = codes.find(item.language);
      if (code == codes.end()) code = codes.emplace(item.language, py::str(item.language)).first;
      languages[i] = code->second;
      if (conversion_errors_[i]) {
        results[i] = conversion_errors_[i];
      } else if (item.status == BatchItem::Status::kDone) {
        results[i] = summary_to_python(item.summary);
        item.summary = {};  // now in Python: free it before converting the next one
      } else if (item.status == BatchItem::Status::kInvalidArgument) {
        results[i] = py::reinterpret_borrow<py::object>(PyExc_ValueError)(item.error);
      } else {
        results[i] = py::module_::import("salience._core").attr("SalienceError")(item.error);
      }
    }
    stop();
    return py::make_tuple(std::move(results), std::move(languages));
  }

  // Stops the work (texts not started are left) and frees the texts; returns once no
  // worker reads them.
  void stop() {
    if (!run_) return;
    {
      const ReleasedGil released;
      run_.reset();
    }
    utf8_ = {};
    views_ = {};
    query_utf8_ = {};
    queries_ = {};
    conversion_errors_ = {};
  }

 private:
  // One query a text, converted under the GIL; a query that fails to convert fails its text.
  void read_queries(const py::list& queries) {
    if (queries.size() != count_) {
      throw py::value_error("start_batch needs one query a text (" + std::to_string(count_) + "), got " +
                            std::to_string(queries.size()));
    }
    query_utf8_.resize(count_);
    queries_.resize(count_);
    for (std::size_t i = 0; i < count_; ++i) {
      if (queries[i].is_none() || conversion_errors_[i]) continue;
      if (convert(queries[i], query_utf8_[i], i)) queries_[i] = query_utf8_[i].text;
    }
  }

  // `value` as UTF-8 into `utf8`; false, keeping the error as text i's, when it is no str or
  // holds a lone surrogate.
  bool convert(py::handle value, Utf8& utf8, std::size_t i) {
    try {
      utf8 = to_utf8(value);
      return true;
    } catch (py::builtin_exception& error) {
      error.set_error();
      conversion_errors_[i] = py::error_already_set().value();
      return false;
    }
  }

  py::object summarizer_;  // the _core.Summarizer the workers use
  std::size_t count_;
  std::vector<Utf8> utf8_;
  std::vector<std::string_view> views_;
  std::vector<Utf8> query_utf8_;
  std::vector<std::optional<std::string_view>> queries_;  // empty: no queries
  std::vector<py::object> conversion_errors_;
  std::unique_ptr<BatchRun> run_;
};

}  // namespace

void register_batch(py::module_& m, py::class_<Summarizer>& summarizer) {
  m.attr("THREADS_PER_CORE") = WorkerPool::kThreadsPerCore;
  py::class_<PendingBatch>(m, "PendingBatch", "A batch of texts being summarized on the C++ thread pool.")
      .def("results", &PendingBatch::results,
           "Waits for every text: (results, languages), one entry a text; KeyboardInterrupt on Ctrl-C.")
      .def("stop", &PendingBatch::stop, "Stops the work and frees the texts; the results are gone.");
  summarizer.def(
      "start_batch",
      [](py::object self, const py::list& texts, const std::string& kind, double value, std::size_t threads,
         const py::object& queries) {
        return std::make_unique<PendingBatch>(std::move(self), texts, kind, value, threads, queries);
      },
      py::arg("texts"), py::arg("budget"), py::arg("value"), py::arg("threads"),
      py::arg("queries") = py::none(),
      "Starts summarizing a list of texts on a C++ thread pool, each in the language the "
      "summarizer reads it in, and returns at once; `queries`, when not None, holds one query "
      "a text (a str, or None for none).");
}

}  // namespace salience::binding

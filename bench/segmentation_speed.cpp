// Throughput of salience's segmentation and term extraction on one core, next to ICU's own
// sentence and word iterators over the same text. Built and run by bench/segmentation.py:
//
//   segmentation_speed <documents> <runs>
//
// <documents> holds UTF-8 documents separated by the byte 0x1E. Each run times every
// document once per measure; the output is one JSON object a line:
//   {"measure": "...", "run": i, "bytes": n, "cpu_seconds": s, "wall_seconds": s}
// CPU time is the thread's own (CLOCK_THREAD_CPUTIME_ID), so that other processes on the
// machine do not count; wall time is given as well.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "salience/detect.h"
#include "salience/segment.h"
#include "salience/terms.h"

namespace {

double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

std::vector<std::string> read_documents(const char* path) {
  std::ifstream in(path, std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> documents;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= all.size(); ++i) {
    if (i == all.size() || all[i] == '\x1e') {
      if (i > begin) documents.push_back(all.substr(begin, i - begin));
      begin = i + 1;
    }
  }
  return documents;
}

// Visits every boundary of ICU's iterator over the UTF-8 text (no UTF-16 copy), reading the
// rule status as terms.cpp does for words; returns the count so that nothing is optimized away.
std::size_t icu_boundaries(icu::BreakIterator& iterator, const std::string& text, bool rule_status) {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  iterator.setText(utext, status);
  std::size_t count = 0;
  for (int32_t at = iterator.first(); at != icu::BreakIterator::DONE; at = iterator.next()) {
    count += rule_status ? static_cast<std::size_t>(iterator.getRuleStatus() > 0) : 1;
  }
  utext_close(utext);
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <documents> <runs>\n", argv[0]);
    return 2;
  }
  const std::vector<std::string> documents = read_documents(argv[1]);
  const int runs = std::stoi(argv[2]);
  std::size_t bytes = 0;
  for (const std::string& document : documents) bytes += document.size();

  const salience::Language& english = salience::Language::get("en");
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "ICU: %s\n", u_errorName(status));
    return 1;
  }

  const std::vector<std::pair<const char*, std::function<std::size_t(const std::string&)>>> measures = {
      {"salience segment", [&](const std::string& text) { return salience::segment(text, english).size(); }},
      {"salience segment + terms",
       [&](const std::string& text) {
         const auto spans = salience::segment(text, english);
         return salience::extract_terms(text, spans, english).terms.size();
       }},
      {"salience detect_language",
       [&](const std::string& text) { return salience::detect_language(text).size(); }},
      {"ICU sentence iterator (en@ss=standard)",
       [&](const std::string& text) { return icu_boundaries(*sentences, text, false); }},
      {"ICU word iterator (en)", [&](const std::string& text) { return icu_boundaries(*words, text, true); }},
  };
  std::size_t checksum = 0;
  for (int run = 0; run < runs; ++run) {
    for (const auto& [name, measure] : measures) {
      const double cpu_start = thread_seconds();
      const auto wall_start = std::chrono::steady_clock::now();
      for (const std::string& document : documents) checksum += measure(document);
      const double wall =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
      std::printf(
          "{\"measure\": \"%s\", \"run\": %d, \"bytes\": %zu, \"cpu_seconds\": %.6f, \"wall_seconds\": "
          "%.6f}\n",
          name, run, bytes, thread_seconds() - cpu_start, wall);
    }
  }
  std::fprintf(stderr, "checksum %zu\n", checksum);
  return 0;
}

// Throughput of the core, stage by stage, against ICU's raw iterators as the floor.
//
//   salience_core_benchmark [benchmark flags] ARTICLES
//
// ARTICLES (or the environment variable SALIENCE_BENCH_ARTICLES) is a file of UTF-8
// articles, each ended by a NUL byte; bench/run_speed.sh extracts the BBC articles into one
// at run time. Every benchmark makes one pass over all the articles per iteration and
// reports bytes_per_second (UTF-8 bytes) and docs_per_second, in wall-clock time so that
// the batch benchmarks count the threads' work as a user waits for it.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "salience/batch.h"
#include "salience/detect.h"
#include "salience/language.h"
#include "salience/segment.h"
#include "salience/summarizer.h"
#include "salience/terms.h"

namespace {

struct Corpus {
  std::string data;
  std::vector<std::string_view> articles;
};

Corpus& corpus() {
  static Corpus instance;
  return instance;
}

bool load_corpus(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  Corpus& c = corpus();
  c.data = std::move(buffer).str();
  const std::string_view all(c.data);
  for (std::size_t begin = 0; begin < all.size();) {
    std::size_t end = all.find('\0', begin);
    if (end == std::string_view::npos) end = all.size();
    if (end > begin) c.articles.push_back(all.substr(begin, end - begin));
    begin = end + 1;
  }
  return !c.articles.empty();
}

std::size_t corpus_bytes() {
  std::size_t bytes = 0;
  for (std::string_view article : corpus().articles) bytes += article.size();
  return bytes;
}

// Per pass: every article once.
void count_passes(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(corpus_bytes()));
  state.counters["docs_per_second"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus().articles.size()), benchmark::Counter::kIsRate);
}

// ICU's iterator as a user of ICU would run it: created once, each article opened as a
// UTF-8 UText (no UTF-16 copy), every boundary visited.
void run_raw_iterator(benchmark::State& state,
                      icu::BreakIterator* (*create)(const icu::Locale&, UErrorCode&)) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(create(icu::Locale("en"), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU could not create the break iterator");
    return;
  }
  UText* text = nullptr;
  std::int64_t boundaries = 0;
  for (auto _ : state) {
    for (std::string_view article : corpus().articles) {
      text = utext_openUTF8(text, article.data(), static_cast<std::int64_t>(article.size()), &status);
      iterator->setText(text, status);
      for (std::int32_t at = iterator->first(); at != icu::BreakIterator::DONE; at = iterator->next())
        ++boundaries;
    }
  }
  utext_close(text);
  benchmark::DoNotOptimize(boundaries);
  if (U_FAILURE(status)) state.SkipWithError("ICU failed on an article");
  count_passes(state);
}

void BM_IcuSentenceIterator(benchmark::State& state) {
  run_raw_iterator(state, &icu::BreakIterator::createSentenceInstance);
}

void BM_IcuWordIterator(benchmark::State& state) {
  run_raw_iterator(state, &icu::BreakIterator::createWordInstance);
}

void BM_Segment(benchmark::State& state) {
  const salience::Language& english = salience::Language::get("en");
  for (auto _ : state) {
    for (std::string_view article : corpus().articles) {
      benchmark::DoNotOptimize(salience::segment(article, english));
    }
  }
  count_passes(state);
}

void BM_SegmentAndTerms(benchmark::State& state) {
  const salience::Language& english = salience::Language::get("en");
  for (auto _ : state) {
    for (std::string_view article : corpus().articles) {
      const std::vector<salience::Span> spans = salience::segment(article, english);
      benchmark::DoNotOptimize(salience::extract_terms(article, spans, english));
    }
  }
  count_passes(state);
}

const salience::Budget kThreeSentences{salience::BudgetKind::kSentences, 3};

void BM_Summarize(benchmark::State& state) {
  const salience::Summarizer summarizer(salience::Options{});
  for (auto _ : state) {
    for (std::string_view article : corpus().articles) {
      benchmark::DoNotOptimize(summarizer.summarize(article, kThreeSentences));
    }
  }
  count_passes(state);
}

void BM_DetectLanguage(benchmark::State& state) {
  for (auto _ : state) {
    for (std::string_view article : corpus().articles) {
      benchmark::DoNotOptimize(salience::detect_language(article));
    }
  }
  count_passes(state);
}

// The whole corpus as one batch on state.range(0) threads of the shared worker pool, each
// text's language detected as with the package's default language="auto".
void BM_SummarizeBatch(benchmark::State& state) {
  const salience::Summarizer summarizer(salience::Options{});
  const auto threads = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(salience::summarize_batch(
        summarizer, corpus().articles, kThreeSentences, threads, [] { return true; },
        salience::BatchLanguage::kDetect));
  }
  count_passes(state);
}

}  // namespace

BENCHMARK(BM_IcuSentenceIterator)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_IcuWordIterator)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SegmentAndTerms)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DetectLanguage)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Summarize)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SummarizeBatch)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string path;
  if (argc == 2) {
    path = argv[1];
  } else if (const char* from_env = std::getenv("SALIENCE_BENCH_ARTICLES");
             argc == 1 && from_env != nullptr) {
    path = from_env;
  } else {
    std::cerr << "usage: " << argv[0]
              << " [benchmark flags] ARTICLES\n"
                 "ARTICLES (or $SALIENCE_BENCH_ARTICLES): UTF-8 articles, each ended by a NUL byte\n";
    return 2;
  }
  if (!load_corpus(path)) {
    std::cerr << "cannot read any article from " << path << "\n";
    return 2;
  }
  benchmark::AddCustomContext("articles", std::to_string(corpus().articles.size()));
  benchmark::AddCustomContext("article_bytes", std::to_string(corpus_bytes()));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

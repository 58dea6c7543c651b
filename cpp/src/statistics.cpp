#include "salience/statistics.h"

#include <algorithm>
#include <cmath>

#include "salience/stop.h"

namespace salience {

namespace {

// Appends the counts of the distinct `terms`, sorted by term id, to `counts`; `sorted` is
// scratch space, kept by the caller so that counting many sentences allocates once.
void append_counts(std::span<const TermId> terms, std::vector<TermId>& sorted,
                   std::vector<TermCount>& counts) {
  sorted.assign(terms.begin(), terms.end());
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t end = i + 1;
    while (end < sorted.size() && sorted[end] == sorted[i]) ++end;
    counts.push_back({sorted[i], static_cast<std::uint32_t>(end - i)});
    i = end;
  }
}

}  // namespace

std::vector<TermCount> TermStatistics::count(std::span<const TermId> terms) {
  std::vector<TermId> sorted;
  std::vector<TermCount> counts;
  append_counts(terms, sorted, counts);
  return counts;
}

TermStatistics::TermStatistics(const DocumentTerms& terms, std::span<const std::size_t> candidates,
                               const CorpusFrequencies::Table* corpus) {
  std::vector<std::uint32_t> document_frequency(terms.vocabulary.size(), 0);
  sentence_begin_.reserve(candidates.size() + 1);
  sentence_begin_.push_back(0);
  std::size_t most_counts = 0;  // every term of the candidates distinct
  for (std::size_t span : candidates) most_counts += terms.of_span(span).size();
  counts_.reserve(most_counts);
  std::vector<TermId> sorted;
  for (std::size_t span : candidates) {
    check_stop();
    const std::size_t begin = counts_.size();
    append_counts(terms.of_span(span), sorted, counts_);
    for (std::size_t k = begin; k < counts_.size(); ++k) ++document_frequency[counts_[k].term];
    sentence_begin_.push_back(counts_.size());
  }
  const double sentences = static_cast<double>(candidates.size());
  idf_.resize(document_frequency.size());
  for (std::size_t t = 0; t < idf_.size(); ++t) {
    idf_[t] = std::log((1.0 + sentences) / (1.0 + document_frequency[t])) + 1.0;
  }
  if (corpus == nullptr || corpus->documents == 0) return;
  const double documents = static_cast<double>(corpus->documents) + 1.0;
  for (std::size_t t = 0; t < idf_.size(); ++t) {
    const double frequency = static_cast<double>(corpus->frequency(terms.vocabulary[t])) + 1.0;
    idf_[t] *= std::sqrt(std::log((1.0 + documents) / (1.0 + frequency)) + 1.0);
  }
}

}  // namespace salience

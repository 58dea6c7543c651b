#include "salience/statistics.h"

#include <algorithm>
#include <cmath>

namespace salience {

std::vector<TermCount> TermStatistics::count(std::span<const TermId> terms) {
  std::vector<TermId> sorted(terms.begin(), terms.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<TermCount> counts;
  for (TermId term : sorted) {
    if (counts.empty() || counts.back().term != term) counts.push_back({term, 0});
    ++counts.back().count;
  }
  return counts;
}

TermStatistics::TermStatistics(const DocumentTerms& terms, std::span<const std::size_t> candidates) {
  std::vector<std::uint32_t> document_frequency(terms.vocabulary.size(), 0);
  sentence_begin_.reserve(candidates.size() + 1);
  sentence_begin_.push_back(0);
  counts_.reserve(terms.terms.size());
  for (std::size_t span : candidates) {
    for (const TermCount& counted : count(terms.of_span(span))) {
      counts_.push_back(counted);
      ++document_frequency[counted.term];
    }
    sentence_begin_.push_back(counts_.size());
  }
  const double sentences = static_cast<double>(candidates.size());
  idf_.resize(document_frequency.size());
  for (std::size_t t = 0; t < idf_.size(); ++t) {
    idf_[t] = std::log((1.0 + sentences) / (1.0 + document_frequency[t])) + 1.0;
  }
}

}  // namespace salience

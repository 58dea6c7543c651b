// Stage 5: selection. Ranks the candidates by score and picks a non-redundant set that
// fits the budget, returned in document order.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "salience/features.h"

namespace salience {

enum class BudgetKind {
  kSentences,  // at most `value` sentences (a whole number >= 1)
  kRatio,      // round(value * candidates) sentences, at least 1 (value in (0, 1])
  kWords,      // at most `value` words in all (a whole number >= 1)
  kChars,      // at most `value` code points of the summary text, joined by one space each
};

struct Budget {
  BudgetKind kind = BudgetKind::kSentences;
  double value = 3;

  // Throws InvalidArgument saying what the budget allows when `value` is outside it.
  void validate() const;
};

// One candidate as selection sees it.
struct CandidateSize {
  std::size_t words = 0;
  std::size_t chars = 0;  // code points
};

struct Selection {
  std::vector<std::size_t> ranking;   // candidate indices, best first (ties: earlier first)
  std::vector<std::size_t> selected;  // candidate indices in document order
};

// Above this many chosen sentences, later candidates are compared for redundancy with the
// first kRedundancyWindow chosen only, which keeps selection linear in the document.
inline constexpr std::size_t kRedundancyWindow = 512;

// Walks the ranking and takes each candidate that fits the budget unless its cosine to a
// sentence already chosen exceeds `redundancy_threshold` (in [0, 1]; 1 keeps duplicates
// out only when identical in terms). If the budget still has room after that, the skipped
// redundant candidates fill it in rank order. Word and character budgets are filled by
// best fit: a candidate too long to fit is passed over for shorter ones further down.
// O(candidates log candidates) to rank, plus O(terms) for each candidate's vector read and
// the redundancy comparisons.
Selection select_sentences(std::span<const double> scores, const CandidateVectors& vectors,
                           std::span<const CandidateSize> sizes, const Budget& budget,
                           double redundancy_threshold);

}  // namespace salience

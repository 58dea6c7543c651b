#include "salience/selection.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <queue>
#include <string>
#include <utility>

#include "salience/error.h"

namespace salience {
namespace {

// The largest budget of words, chars or sentences: a budget is a double, whose whole
// numbers are exact up to 2^53; 1e15 is far past any text the core reads (the Python
// package clamps larger ones to it, meaning "everything").
constexpr double kLargestBudget = 1e15;

// Cosines at least this are of identical term vectors, redundant at any threshold (1
// included): the slack absorbs the rounding of unit vectors' products (the case of
// selection_test's ThresholdOneKeepsIdenticalCandidatesOut).
constexpr double kIdenticalCosine = 1.0 - 1e-9;

// The smallest table of a RedundancyIndex, in slots; speed only.
constexpr std::size_t kSmallestIndex = 64;

// Fibonacci hashing's multiplier (2^64 / the golden ratio): spreads consecutive term ids
// over the slots.
constexpr std::uint64_t kFibonacci = 0x9E3779B97F4A7C15ULL;

std::string describe(double value) {
  std::string text = std::to_string(value);
  return std::isnan(value) ? "NaN" : text;
}

void require_whole(double value, const char* what) {
  if (!std::isfinite(value) || value < 1.0 || value != std::floor(value) || value > kLargestBudget) {
    throw InvalidArgument(std::string(what) + " must be a whole number >= 1, got " + describe(value));
  }
}

}  // namespace

void Budget::validate() const {
  switch (kind) {
    case BudgetKind::kSentences:
      return require_whole(value, "sentences");
    case BudgetKind::kWords:
      return require_whole(value, "words");
    case BudgetKind::kChars:
      return require_whole(value, "chars");
    case BudgetKind::kRatio:
      if (!(value > 0.0 && value <= 1.0)) {
        throw InvalidArgument("ratio must be a share of the sentences in (0, 1], got " + describe(value));
      }
  }
}

std::size_t RedundancyIndex::slot_of(TermId term) const noexcept {
  const std::size_t mask = heads_.size() - 1;
  std::size_t slot = static_cast<std::size_t>((term * kFibonacci) >> 32) & mask;
  while (heads_[slot].posting != kEnd && heads_[slot].term != term) slot = (slot + 1) & mask;
  return slot;
}

void RedundancyIndex::add(const SentenceVector& chosen) {
  if (heads_.empty() || 2 * (terms_ + chosen.terms.size()) > heads_.size()) {
    std::size_t size = std::max<std::size_t>(heads_.size(), kSmallestIndex);
    while (2 * (terms_ + chosen.terms.size()) > size) size *= 2;
    std::vector<Head> old(size);
    old.swap(heads_);
    for (const Head& head : old) {
      if (head.posting != kEnd) heads_[slot_of(head.term)] = head;
    }
  }
  const auto sentence = static_cast<std::uint32_t>(dots_.size());
  for (std::size_t k = 0; k < chosen.terms.size(); ++k) {
    Head& head = heads_[slot_of(chosen.terms[k])];
    if (head.posting == kEnd) {
      head.term = chosen.terms[k];
      ++terms_;
    }
    postings_.push_back({chosen.weights[k], sentence, head.posting});
    head.posting = static_cast<std::uint32_t>(postings_.size() - 1);
  }
  dots_.push_back(0.0);
  met_.push_back(false);
}

double RedundancyIndex::max_cosine(const SentenceVector& candidate) {
  if (dots_.empty()) return -std::numeric_limits<double>::infinity();
  // Each vector's products are added in the candidate's term order, from 0.0, as cosine()
  // adds them, so that a cosine at a threshold falls on the same side of it.
  for (std::size_t k = 0; k < candidate.terms.size(); ++k) {
    for (std::uint32_t at = heads_[slot_of(candidate.terms[k])].posting; at != kEnd;
         at = postings_[at].next) {
      const Posting& posting = postings_[at];
      ++postings_read_;
      if (!met_[posting.sentence]) {
        met_[posting.sentence] = true;
        met_list_.push_back(posting.sentence);
      }
      dots_[posting.sentence] += candidate.weights[k] * posting.weight;
    }
  }
  // A vector sharing no term with the candidate has cosine 0.
  double largest = met_list_.size() < dots_.size() ? 0.0 : -std::numeric_limits<double>::infinity();
  for (std::uint32_t sentence : met_list_) {
    largest = std::max(largest, dots_[sentence]);
    dots_[sentence] = 0.0;
    met_[sentence] = false;
  }
  met_list_.clear();
  return largest;
}

Selection select_sentences(std::span<const double> scores, const CandidateVectors& vectors,
                           std::span<const CandidateSize> sizes, const Budget& budget,
                           double redundancy_threshold, double coherence_weight,
                           const RefersBack& refers_back) {
  const std::size_t count = scores.size();
  Selection selection;
  selection.ranking.resize(count);
  std::iota(selection.ranking.begin(), selection.ranking.end(), std::size_t{0});
  std::sort(selection.ranking.begin(), selection.ranking.end(), [&](std::size_t a, std::size_t b) {
    return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
  });

  std::size_t max_sentences = count;
  double max_size = 0.0;  // words or chars; 0 when the budget counts sentences
  switch (budget.kind) {
    case BudgetKind::kSentences:
      max_sentences = static_cast<std::size_t>(std::min(budget.value, static_cast<double>(count)));
      break;
    case BudgetKind::kRatio:
      max_sentences = std::max<std::size_t>(
          1, static_cast<std::size_t>(std::floor(budget.value * static_cast<double>(count) + 0.5)));
      max_sentences = std::min(max_sentences, count);
      break;
    case BudgetKind::kWords:
    case BudgetKind::kChars:
      max_size = budget.value;
      break;
  }
  const bool counts_words = budget.kind == BudgetKind::kWords;
  const bool counts_chars = budget.kind == BudgetKind::kChars;

  double used = 0.0;
  auto fits = [&](std::size_t candidate) {
    if (selection.selected.size() >= max_sentences) return false;
    if (counts_words) return used + static_cast<double>(sizes[candidate].words) <= max_size;
    if (counts_chars) {
      const double joiner = selection.selected.empty() ? 0.0 : 1.0;
      return used + joiner + static_cast<double>(sizes[candidate].chars) <= max_size;
    }
    return true;
  };
  auto take = [&](std::size_t candidate) {
    if (counts_words) used += static_cast<double>(sizes[candidate].words);
    if (counts_chars)
      used += static_cast<double>(sizes[candidate].chars) + (selection.selected.empty() ? 0.0 : 1.0);
    selection.selected.push_back(candidate);
  };
  // The vectors of the first kRedundancyWindow sentences chosen, the ones compared with.
  RedundancyIndex compared;
  SentenceVector vector;
  // Whether the candidate repeats some sentence compared with: the test rises with the
  // cosine, so it holds for one of them exactly when it holds for the largest.
  auto redundant = [&](const SentenceVector& candidate) {
    const double similarity = compared.max_cosine(candidate);
    // Identical term vectors are redundant at any threshold, 1 included; the slack
    // absorbs rounding in the unit vectors' cosine.
    return similarity > redundancy_threshold || similarity >= kIdenticalCosine;
  };

  // Coherence: a candidate that refers back while the one before it is not chosen waits
  // (deferred) until the walk reaches its score less the weight; once the one before it is
  // chosen, it is considered at once, at its own score.
  const bool coherent = coherence_weight > 0.0 && refers_back != nullptr;
  std::vector<bool> chosen(coherent ? count : 0, false);
  std::vector<bool> waiting(coherent ? count : 0, false);
  using Deferred = std::pair<double, std::size_t>;  // the lowered score, the candidate
  auto later = [](const Deferred& a, const Deferred& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  };
  std::priority_queue<Deferred, std::vector<Deferred>, decltype(later)> deferred(later);
  std::vector<std::size_t> skipped;

  // Considers `candidate` for the summary; `as_is`: a deferred one whose turn came, taken
  // even if it still refers back unresolved. Returns whether it was chosen.
  auto consider = [&](std::size_t candidate, bool as_is) {
    if (selection.selected.size() >= max_sentences) return false;
    if (coherent && chosen[candidate]) return false;
    if (!fits(candidate)) return false;
    vectors.get(candidate, vector);
    if (redundant(vector)) {
      skipped.push_back(candidate);
      return false;
    }
    if (coherent && !as_is && candidate > 0 && !chosen[candidate - 1] && refers_back(candidate)) {
      waiting[candidate] = true;
      deferred.push({scores[candidate] - coherence_weight, candidate});
      return false;
    }
    take(candidate);
    if (compared.size() < kRedundancyWindow) compared.add(vector);
    if (coherent) chosen[candidate] = true;
    return true;
  };
  // Considers `candidate` and, each time one is chosen, the deferred one after it.
  auto consider_run = [&](std::size_t candidate, bool as_is) {
    while (consider(candidate, as_is) && coherent && candidate + 1 < count && waiting[candidate + 1]) {
      waiting[++candidate] = false;
      as_is = false;
    }
  };
  // Considers the deferred candidates whose lowered score is above `above` (all: every one),
  // best first.
  auto consider_deferred = [&](bool all, double above) {
    while (!deferred.empty() && (all || deferred.top().first > above)) {
      const std::size_t candidate = deferred.top().second;
      deferred.pop();
      if (!waiting[candidate]) continue;
      waiting[candidate] = false;
      consider_run(candidate, true);
    }
  };

  for (std::size_t candidate : selection.ranking) {
    if (selection.selected.size() >= max_sentences) break;
    if (coherent) consider_deferred(false, scores[candidate]);
    consider_run(candidate, false);
  }
  if (coherent) consider_deferred(true, 0.0);
  for (std::size_t candidate : skipped) {
    if (coherent && chosen[candidate]) continue;
    if (fits(candidate)) take(candidate);
  }
  std::sort(selection.selected.begin(), selection.selected.end());
  return selection;
}

}  // namespace salience

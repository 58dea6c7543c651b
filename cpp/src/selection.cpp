#include "salience/selection.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "salience/error.h"

namespace salience {
namespace {

std::string describe(double value) {
  std::string text = std::to_string(value);
  return std::isnan(value) ? "NaN" : text;
}

void require_whole(double value, const char* what) {
  if (!std::isfinite(value) || value < 1.0 || value != std::floor(value) || value > 1e15) {
    throw InvalidArgument(std::string(what) + " must be a whole number >= 1, got " + describe(value));
  }
}

}  // namespace

void Budget::validate() const {
  switch (kind) {
    case BudgetKind::kSentences: return require_whole(value, "sentences");
    case BudgetKind::kWords: return require_whole(value, "words");
    case BudgetKind::kChars: return require_whole(value, "chars");
    case BudgetKind::kRatio:
      if (!(value > 0.0 && value <= 1.0)) {
        throw InvalidArgument("ratio must be a share of the sentences in (0, 1], got " + describe(value));
      }
  }
}

Selection select_sentences(std::span<const double> scores, const CandidateVectors& vectors,
                           std::span<const CandidateSize> sizes, const Budget& budget,
                           double redundancy_threshold) {
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
      max_sentences = std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(budget.value * static_cast<double>(count) + 0.5)));
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
    if (counts_chars) used += static_cast<double>(sizes[candidate].chars) + (selection.selected.empty() ? 0.0 : 1.0);
    selection.selected.push_back(candidate);
  };
  // The vectors of the first kRedundancyWindow sentences chosen, the ones compared with.
  std::vector<SentenceVector> compared;
  SentenceVector vector;
  auto redundant = [&](const SentenceVector& candidate) {
    for (const SentenceVector& chosen : compared) {
      // Identical term vectors are redundant at any threshold, 1 included; the slack
      // absorbs rounding in the unit vectors' cosine.
      const double similarity = cosine(candidate, chosen);
      if (similarity > redundancy_threshold || similarity >= 1.0 - 1e-9) return true;
    }
    return false;
  };

  std::vector<std::size_t> skipped;
  for (std::size_t candidate : selection.ranking) {
    if (selection.selected.size() >= max_sentences) break;
    if (!fits(candidate)) continue;
    vectors.get(candidate, vector);
    if (redundant(vector)) {
      skipped.push_back(candidate);
    } else {
      take(candidate);
      if (compared.size() < kRedundancyWindow) compared.push_back(vector);
    }
  }
  for (std::size_t candidate : skipped) {
    if (fits(candidate)) take(candidate);
  }
  std::sort(selection.selected.begin(), selection.selected.end());
  return selection;
}

}  // namespace salience

// Stage 5: selection. Ranks the candidates by score and picks a non-redundant set that
// fits the budget, returned in document order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
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

// Whether candidate i opens with a word that points back at the candidate before it
// (Openers::opens_sentence). Selection asks only of the candidates it considers, so that a
// summary of a few sentences reads the openings of a few.
using RefersBack = std::function<bool(std::size_t)>;

struct Selection {
  std::vector<std::size_t> ranking;   // candidate indices, best first (ties: earlier first)
  std::vector<std::size_t> selected;  // candidate indices in document order
};

// Above this many chosen sentences, later candidates are compared for redundancy with the
// first kRedundancyWindow chosen only, which keeps selection linear in the document. Far
// above any summary a reader asks for; it guards budgets that take everything (ratio=1 on
// a long report), measured by tests/python/test_selection_complexity.py.
inline constexpr std::size_t kRedundancyWindow = 512;

// The vectors of the sentences chosen so far, indexed by term: for each term, the chosen
// sentences that hold it and its weight there. A candidate's cosines to all of them then
// cost a walk over the candidate's own terms and the postings they meet, whatever the
// length of the chosen sentences (a merge of two vectors costs the longer one's length,
// which made a long chosen sentence cost as much for each short candidate).
class RedundancyIndex {
 public:
  // Adds a chosen sentence's vector (sorted by term id, each term once, as tfidf_vector
  // makes them). O(its terms).
  void add(const SentenceVector& chosen);

  // The number of vectors added.
  std::size_t size() const noexcept { return dots_.size(); }

  // The largest cosine of `candidate` (sorted by term id, each term once) to a vector added,
  // -infinity when none was. Each cosine is summed in term order, as cosine() sums it, so
  // it is the same double. O(candidate terms + postings met), and a postings list holds at
  // most one entry per vector added.
  double max_cosine(const SentenceVector& candidate);

  // The postings that max_cosine has read, in all: the work beyond the candidates' terms.
  std::size_t postings_read() const noexcept { return postings_read_; }

 private:
  static constexpr std::uint32_t kEnd = 0xFFFFFFFF;
  struct Posting {
    double weight = 0.0;
    std::uint32_t sentence = 0;  // index among the vectors added
    std::uint32_t next = kEnd;   // the term's posting in an earlier vector, or kEnd
  };
  struct Head {
    TermId term = 0;
    std::uint32_t posting = kEnd;  // the term's latest posting; kEnd: an empty slot
  };
  // The slot of `term` in heads_: its own, or the empty one where it would go.
  std::size_t slot_of(TermId term) const noexcept;

  std::vector<Head> heads_;  // open addressing, a power of two, at most half full
  std::size_t terms_ = 0;    // slots in use
  std::vector<Posting> postings_;
  std::vector<double> dots_;  // per vector added: the dot product summed so far
  std::vector<bool> met_;     // per vector added: whether the candidate shares a term
  std::vector<std::uint32_t> met_list_;
  std::size_t postings_read_ = 0;
};

// Walks the ranking and takes each candidate that fits the budget unless its cosine to a
// sentence already chosen exceeds `redundancy_threshold` (in [0, 1]; 1 keeps duplicates
// out only when identical in terms). If the budget still has room after that, the skipped
// redundant candidates fill it in rank order. Word and character budgets are filled by
// best fit: a candidate too long to fit is passed over for shorter ones further down.
// With `coherence_weight` w > 0, a candidate that `refers_back` (none, when it is empty)
// while the candidate before it is not chosen is considered as if its score were w lower, and at its own
// score as soon as the one before it is chosen (docs/scoring.md, Selection, states the order exactly); w = 0
// walks the ranking as it is. w must be >= 0 and finite. O(candidates log candidates) to rank and to order
// the lowered candidates, plus O(terms) for each candidate's vector read and, for the redundancy comparisons,
// the postings its terms meet in a RedundancyIndex of the first kRedundancyWindow chosen (at most
// kRedundancyWindow a term).
Selection select_sentences(std::span<const double> scores, const CandidateVectors& vectors,
                           std::span<const CandidateSize> sizes, const Budget& budget,
                           double redundancy_threshold, double coherence_weight = 0.0,
                           const RefersBack& refers_back = {});

}  // namespace salience

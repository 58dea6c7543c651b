// Stage 4: sentence features and their weighted sum, the score.
//
// Every feature is a number multiplied by its weight, in [0, 1] for the four that reward
// (tfidf, position, title, query) and in [-1, 0] for the two penalties (length, noise); the
// contributions add up to the score, so a sentence's score explains itself (the exact
// formulas: docs/scoring.md):
//   tfidf     cosine of the sentence's TF-IDF vector (sublinear tf: 1 + ln tf) to the
//             document's centroid (the sum of all candidate vectors)
//   position  the position prior of the sentence's rank among the candidates, by `curve`
//   title     cosine of the sentence's TF-IDF vector to the title's, when there is a title
//   length    minus the share of `min_words` that a shorter sentence lacks, or of
//             `max_words` by which a longer one (a run-on) exceeds it, at most 1
//   noise     minus 1 for boilerplate (bylines, time stamps, "Click here"; see noise.h)
//   query     cosine of the sentence's TF-IDF vector to the query's (its terms that some
//             candidate holds, weighed by the same sublinear tf and the document's idf);
//             0 for every sentence without a query
// When a query matched, the position prior is weighed by query_position_weight instead of
// position_weight.
//
// The position prior counts only the candidates before a sentence that are not
// boilerplate, so that a byline block does not push the story's lead down the document.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "salience/language.h"
#include "salience/statistics.h"

namespace salience {

enum class PositionCurve {
  kExponential,  // exp(-i / decay)
  kInverse,      // 1 / (1 + i / decay)
  kLinear,       // 1 - i / max(N, i + 1), N the non-boilerplate candidates; decay unused
  kNone,         // 0: position does not count
};

// What the position prior counts a candidate's rank in.
enum class PositionScope {
  kDocument,  // the document: the candidates before it
  kSections,  // its paragraph, in the first and the last paragraph only (introduction and
              // conclusion of a paper, one section a paragraph); elsewhere the prior is 0
};

// The defaults were chosen on a flat part of a small grid over cnndm_dev (ROUGE-1 of three
// sentences, checked on its CNN and Daily Mail parts apart; README "Quality" holds what each
// choice is worth): they are for news, where the lead carries the story. Their single
// source: the binding exports them (_core.DEFAULT_OPTIONS).
struct ScoringOptions {
  double tfidf_weight = 1.0;
  double position_weight = 0.4;
  PositionCurve position_curve = PositionCurve::kExponential;
  double position_decay = 3.0;  // in sentences; > 0
  double title_weight = 0.2;
  double length_weight = 0.5;
  std::size_t min_words = 8;
  std::size_t max_words = 30;  // 0: no run-on penalty
  double noise_weight = 1.0;
  // The weight of the query feature; it acts only on a summary asked for with a query. 3
  // from a grid over QMSum's queries (64 words): ROUGE-1 is flat from 3 to 5 on either half
  // of its meetings and falls below 2 (bench/results/queries_weights.md).
  double query_weight = 3.0;
  // The weight of the position prior, in place of position_weight, in a summary whose query
  // matched: a query asks about something wherever the text says it. 0 from the same grid
  // (0.1, 0.2 and 0.4 lost 0.10, 0.16 and 0.43 ROUGE-1, and lost on both halves).
  double query_position_weight = 0.0;
  PositionScope position_scope = PositionScope::kDocument;  // set by the genre (genre.h)

  // Throws InvalidArgument naming the first option outside its domain (weights finite and
  // at least 0, decay finite and above 0).
  void validate() const;
};

inline constexpr std::array<std::string_view, 6> kFeatureNames = {"tfidf",  "position", "title",
                                                                  "length", "noise",    "query"};

// The contributions of the features named in kFeatureNames, in that order.
struct Features {
  std::array<double, kFeatureNames.size()> contributions{};
  double score() const noexcept;
};

// A sentence's TF-IDF vector, sorted by term id and scaled to unit length (all zero for a
// sentence without terms), so that a dot product is a cosine.
struct SentenceVector {
  std::vector<TermId> terms;
  std::vector<double> weights;
};

SentenceVector tfidf_vector(std::span<const TermCount> counts, const TermStatistics& statistics);

// The same, written into `vector` (its storage is reused).
void tfidf_vector(std::span<const TermCount> counts, const TermStatistics& statistics,
                  SentenceVector& vector);

// Cosine of two unit vectors. O(size of both).
double cosine(const SentenceVector& a, const SentenceVector& b) noexcept;

// The candidates' vectors, as features and selection read them. Made from the statistics,
// it holds nothing but a pointer to them (which must outlive it): a vector is computed, in
// O(its terms), each time it is asked for, so that a long document's vectors cost no memory
// beyond its term counts. Made from a list of vectors, it holds them.
class CandidateVectors {
 public:
  CandidateVectors() = default;
  // Implicit, so that a list of vectors can be passed where CandidateVectors are read.
  CandidateVectors(std::vector<SentenceVector> vectors) : held_(std::move(vectors)) {}  // NOLINT
  explicit CandidateVectors(const TermStatistics& statistics) : statistics_(&statistics) {}

  std::size_t size() const noexcept { return statistics_ ? statistics_->sentence_count() : held_.size(); }
  bool empty() const noexcept { return size() == 0; }

  // The vector of candidate i (< size()), written into `vector`.
  void get(std::size_t i, SentenceVector& vector) const;
  SentenceVector operator[](std::size_t i) const {
    SentenceVector vector;
    get(i, vector);
    return vector;
  }

 private:
  const TermStatistics* statistics_ = nullptr;
  std::vector<SentenceVector> held_;
};

struct ScoredSentences {
  CandidateVectors vectors;        // one per candidate, computed from the statistics
  std::vector<Features> features;  // one per candidate
  // Whether a candidate holds a term of the query (false without a query), whatever the
  // query's weight.
  bool query_matched = false;
};

// The terms of `query` (valid UTF-8), read as a text's sentence in `language` (stopwords
// dropped, words stemmed), that `vocabulary` (a document's, DocumentTerms::vocabulary) holds:
// each its TermId with its count in the query, sorted by term id. Empty when none is there.
// O(query's length + vocabulary's size). Throws InvalidArgument for invalid UTF-8.
std::vector<TermCount> query_terms(std::string_view query, const Language& language,
                                   std::span<const std::string> vocabulary);

// Scores the candidates of `statistics`, which must outlive the result (its vectors read
// them); `words` holds each candidate's word count, `title` the title's term counts (empty
// without a title) and `noise` each candidate's boilerplate score in [0, 1] (empty: none is
// boilerplate). `query` holds the query's term counts in the document's term ids, sorted by
// term id (empty: no query; query_terms makes them). O(number of terms).
ScoredSentences score_sentences(const TermStatistics& statistics, std::span<const std::size_t> words,
                                std::span<const TermCount> title, const ScoringOptions& options,
                                std::span<const double> noise = {}, std::span<const TermCount> query = {});

// Under PositionScope::kSections: replaces each candidate's position contribution in
// `features` (as score_sentences made them) by the prior of its rank among the candidates
// of its paragraph that are not boilerplate, when that paragraph is the first or the last
// one, and by 0 elsewhere. `paragraphs` holds each candidate's paragraph, in document order;
// `noise` as score_sentences read it. O(number of candidates).
void score_section_positions(std::span<Features> features, std::span<const std::size_t> paragraphs,
                             const ScoringOptions& options, std::span<const double> noise = {});

}  // namespace salience

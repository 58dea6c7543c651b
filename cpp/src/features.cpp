#include "salience/features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string>
#include <unordered_map>

#include "salience/error.h"
#include "salience/stop.h"
#include "salience/terms.h"
#include "salience/utf8.h"

namespace salience {
namespace {

void require_weight(double value, const char* name) {
  if (!std::isfinite(value) || value < 0.0) {
    throw InvalidArgument(std::string(name) + " must be a finite number >= 0, got " + std::to_string(value));
  }
}

double position_prior(std::size_t index, std::size_t count, const ScoringOptions& options) {
  const double i = static_cast<double>(index);
  switch (options.position_curve) {
    case PositionCurve::kExponential:
      return std::exp(-i / options.position_decay);
    case PositionCurve::kInverse:
      return 1.0 / (1.0 + i / options.position_decay);
    case PositionCurve::kLinear:
      return 1.0 - i / static_cast<double>(count);
    case PositionCurve::kNone:
      return 0.0;
  }
  return 0.0;
}

// Counts of a term in one sentence below this are looked up in a table, not logged: a
// sentence rarely holds a term more often. Speed only: the value is the same either way.
constexpr std::size_t kTabulatedCounts = 64;

// A candidate whose boilerplate score (noise.h) is at least this is boilerplate, which the
// position prior skips. boilerplate() scores 0 or 1, so the cut only has to fall between.
constexpr double kBoilerplateScore = 0.5;

// 1 + ln tf; a table for the usual counts, since vectors are computed more than once.
double sublinear_tf(std::uint32_t count) {
  static const std::array<double, kTabulatedCounts> table = [] {
    std::array<double, kTabulatedCounts> values{};
    for (std::size_t c = 1; c < values.size(); ++c) values[c] = 1.0 + std::log(static_cast<double>(c));
    return values;
  }();
  return count > 0 && count < table.size() ? table[count] : 1.0 + std::log(static_cast<double>(count));
}

}  // namespace

void ScoringOptions::validate() const {
  require_weight(tfidf_weight, "tfidf_weight");
  require_weight(position_weight, "position_weight");
  require_weight(title_weight, "title_weight");
  require_weight(length_weight, "length_weight");
  require_weight(noise_weight, "noise_weight");
  require_weight(query_weight, "query_weight");
  require_weight(query_position_weight, "query_position_weight");
  if (!std::isfinite(position_decay) || position_decay <= 0.0) {
    throw InvalidArgument("position_decay must be a finite number > 0, got " +
                          std::to_string(position_decay));
  }
}

double Features::score() const noexcept {
  return std::accumulate(contributions.begin(), contributions.end(), 0.0);
}

SentenceVector tfidf_vector(std::span<const TermCount> counts, const TermStatistics& statistics) {
  SentenceVector vector;
  tfidf_vector(counts, statistics, vector);
  return vector;
}

void tfidf_vector(std::span<const TermCount> counts, const TermStatistics& statistics,
                  SentenceVector& vector) {
  vector.terms.clear();
  vector.weights.clear();
  double squares = 0.0;
  for (const TermCount& counted : counts) {
    const double weight = sublinear_tf(counted.count) * statistics.idf(counted.term);
    vector.terms.push_back(counted.term);
    vector.weights.push_back(weight);
    squares += weight * weight;
  }
  if (squares > 0.0) {
    const double norm = std::sqrt(squares);
    for (double& weight : vector.weights) weight /= norm;
  }
}

void CandidateVectors::get(std::size_t i, SentenceVector& vector) const {
  if (statistics_ == nullptr) {
    vector = held_[i];
    return;
  }
  tfidf_vector(statistics_->counts(i), *statistics_, vector);
}

double cosine(const SentenceVector& a, const SentenceVector& b) noexcept {
  double dot = 0.0;
  for (std::size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
    if (a.terms[i] < b.terms[j]) {
      ++i;
    } else if (b.terms[j] < a.terms[i]) {
      ++j;
    } else {
      dot += a.weights[i++] * b.weights[j++];
    }
  }
  return dot;
}

std::vector<TermCount> query_terms(std::string_view query, const Language& language,
                                   std::span<const std::string> vocabulary) {
  require_valid_text(query);
  const std::array<Span, 1> whole = {Span{0, query.size(), 0, SpanKind::kSentence}};
  const DocumentTerms terms = extract_terms(query, whole, language, TermOffsets::kDrop);
  std::unordered_map<std::string_view, std::uint32_t> wanted;  // a query's few stems
  for (const TermId term : terms.terms) ++wanted[terms.vocabulary[term]];
  std::vector<TermCount> found;
  if (wanted.empty()) return found;
  for (std::size_t id = 0; id < vocabulary.size() && found.size() < wanted.size(); ++id) {
    const auto match = wanted.find(vocabulary[id]);
    if (match != wanted.end()) found.push_back({static_cast<TermId>(id), match->second});
  }
  return found;
}

ScoredSentences score_sentences(const TermStatistics& statistics, std::span<const std::size_t> words,
                                std::span<const TermCount> title, const ScoringOptions& options,
                                std::span<const double> noise, std::span<const TermCount> query) {
  const std::size_t count = statistics.sentence_count();
  ScoredSentences scored{CandidateVectors(statistics), {}};
  std::vector<double> centroid(statistics.vocabulary_size(), 0.0);
  SentenceVector vector;
  for (std::size_t i = 0; i < count; ++i) {
    check_stop();
    scored.vectors.get(i, vector);
    for (std::size_t k = 0; k < vector.terms.size(); ++k) centroid[vector.terms[k]] += vector.weights[k];
  }
  const double centroid_norm =
      std::sqrt(std::inner_product(centroid.begin(), centroid.end(), centroid.begin(), 0.0));
  const SentenceVector title_vector = tfidf_vector(title, statistics);
  // The query's terms that some candidate holds (the centroid is positive exactly there): a
  // term only the title holds would shrink every sentence's cosine alike.
  std::vector<TermCount> held;
  for (const TermCount& counted : query) {
    if (centroid[counted.term] > 0.0) held.push_back(counted);
  }
  const SentenceVector query_vector = tfidf_vector(held, statistics);
  scored.query_matched = !held.empty();
  const double position_weight =
      scored.query_matched ? options.query_position_weight : options.position_weight;

  scored.features.resize(count);
  // The lead counts only the sentences of the story: boilerplate does not push it down.
  auto is_content = [&](std::size_t i) { return noise.empty() || noise[i] < kBoilerplateScore; };
  std::size_t content = 0;
  for (std::size_t i = 0; i < count; ++i) content += is_content(i) ? 1 : 0;
  std::size_t lead = 0;  // story sentences before i
  for (std::size_t i = 0; i < count; ++i) {
    check_stop();
    const double boilerplate = noise.empty() ? 0.0 : noise[i];
    scored.vectors.get(i, vector);
    double to_centroid = 0.0;
    for (std::size_t k = 0; k < vector.terms.size(); ++k)
      to_centroid += vector.weights[k] * centroid[vector.terms[k]];
    if (centroid_norm > 0.0) to_centroid /= centroid_norm;
    const double shortfall =
        options.min_words == 0 || words[i] >= options.min_words
            ? 0.0
            : static_cast<double>(options.min_words - words[i]) / static_cast<double>(options.min_words);
    const double excess = options.max_words == 0 || words[i] <= options.max_words
                              ? 0.0
                              : std::min(1.0, static_cast<double>(words[i] - options.max_words) /
                                                  static_cast<double>(options.max_words));
    scored.features[i].contributions = {
        options.tfidf_weight * to_centroid,
        position_weight * position_prior(lead, std::max(content, lead + 1), options),
        options.title_weight * cosine(vector, title_vector),
        0.0 - options.length_weight * std::max(shortfall, excess),  // 0.0 - x: never -0.0
        0.0 - options.noise_weight * boilerplate,
        options.query_weight * cosine(vector, query_vector),
    };
    if (is_content(i)) ++lead;
  }
  return scored;
}

void score_section_positions(std::span<Features> features, std::span<const std::size_t> paragraphs,
                             const ScoringOptions& options, std::span<const double> noise) {
  if (features.empty()) return;
  const std::size_t first = paragraphs.front();
  const std::size_t last = paragraphs.back();
  auto is_content = [&](std::size_t i) { return noise.empty() || noise[i] < kBoilerplateScore; };
  std::size_t first_size = 0;  // story candidates of the first and of the last paragraph
  std::size_t last_size = 0;
  for (std::size_t i = 0; i < features.size(); ++i) {
    if (!is_content(i)) continue;
    if (paragraphs[i] == first) ++first_size;
    if (paragraphs[i] == last) ++last_size;
  }
  std::size_t rank = 0;  // story candidates of the paragraph before i
  for (std::size_t i = 0; i < features.size(); ++i) {
    if (i > 0 && paragraphs[i] != paragraphs[i - 1]) rank = 0;
    double prior = 0.0;
    if (paragraphs[i] == first || paragraphs[i] == last) {
      const std::size_t size = paragraphs[i] == first ? first_size : last_size;
      prior = position_prior(rank, std::max(size, rank + 1), options);
    }
    features[i].contributions[1] = options.position_weight * prior;
    if (is_content(i)) ++rank;
  }
}

}  // namespace salience

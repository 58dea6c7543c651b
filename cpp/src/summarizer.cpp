#include "salience/summarizer.h"

#include <cmath>
#include <limits>

#include "salience/error.h"
#include "salience/noise.h"
#include "salience/statistics.h"
#include "salience/terms.h"
#include "salience/utf8.h"

namespace salience {
namespace {

std::vector<SpanResult> with_code_points(std::string_view text, const std::vector<Span>& spans) {
  std::vector<SpanResult> results;
  results.reserve(spans.size());
  CodePointCounter counter(text);
  for (const Span& span : spans) {
    const std::size_t start = counter.at(span.begin);
    results.push_back({span, start, counter.at(span.end)});
  }
  return results;
}

}  // namespace

std::vector<SpanResult> split_sentences(std::string_view text, const Language& language) {
  require_valid_text(text);
  return with_code_points(text, segment(text, language));
}

Summarizer::Summarizer(Options options)
    : options_(std::move(options)), language_(&Language::get(options_.language)) {
  options_.scoring.validate();
  if (!(options_.redundancy_threshold >= 0.0 && options_.redundancy_threshold <= 1.0)) {
    throw InvalidArgument("redundancy_threshold must be a cosine in [0, 1], got " +
                          std::to_string(options_.redundancy_threshold));
  }
}

Summary Summarizer::summarize(std::string_view text, const Budget& budget) const {
  budget.validate();
  require_valid_text(text);
  Summary summary;
  const std::vector<Span> spans = segment(text, *language_);
  summary.spans = with_code_points(text, spans);
  const DocumentTerms terms = extract_terms(text, spans, *language_);

  std::vector<std::size_t> candidates;
  std::vector<std::size_t> words;
  std::vector<CandidateSize> sizes;
  std::vector<std::string_view> sentences;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].kind == SpanKind::kTitle) summary.title = i;
    if (spans[i].kind != SpanKind::kSentence || terms.word_count[i] == 0) continue;
    candidates.push_back(i);
    words.push_back(terms.word_count[i]);
    sizes.push_back({terms.word_count[i], summary.spans[i].end - summary.spans[i].start});
    sentences.push_back(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
  }
  if (candidates.empty()) return summary;

  const std::vector<double> noise = boilerplate(sentences);
  const TermStatistics statistics(terms, candidates);
  const std::vector<TermCount> title =
      summary.title ? TermStatistics::count(terms.of_span(*summary.title)) : std::vector<TermCount>{};
  const ScoredSentences scored = score_sentences(statistics, words, title, options_.scoring, noise);

  std::vector<double> scores;
  scores.reserve(candidates.size());
  for (const Features& features : scored.features) scores.push_back(features.score());
  const Selection selection =
      select_sentences(scores, scored.vectors, sizes, budget, options_.redundancy_threshold);

  std::vector<std::size_t> rank_of(candidates.size());
  summary.ranking.reserve(candidates.size());
  for (std::size_t rank = 0; rank < selection.ranking.size(); ++rank) {
    const std::size_t candidate = selection.ranking[rank];
    const SpanResult& span = summary.spans[candidates[candidate]];
    rank_of[candidate] = rank;
    summary.ranking.push_back({candidates[candidate], span.start, span.end, words[candidate],
                               scores[candidate], rank + 1, scored.features[candidate]});
  }
  summary.selected.reserve(selection.selected.size());
  for (std::size_t candidate : selection.selected) summary.selected.push_back(rank_of[candidate]);
  return summary;
}

}  // namespace salience

#include "salience/summarizer.h"

#include <cmath>
#include <limits>

#include "salience/detect.h"
#include "salience/error.h"
#include "salience/noise.h"
#include "salience/openers.h"
#include "salience/statistics.h"
#include "salience/stop.h"
#include "salience/terms.h"
#include "salience/utf8.h"

namespace salience {
namespace {

std::vector<SpanResult> with_code_points(std::string_view text, const std::vector<Span>& spans) {
  std::vector<SpanResult> results;
  results.reserve(spans.size());
  CodePointCounter counter(text);
  for (const Span& span : spans) {
    check_stop();
    const std::size_t start = counter.at(span.begin);
    results.push_back({span, start, counter.at(span.end)});
  }
  return results;
}

// Frees what `stage` holds now (assigning {} to a vector would keep its capacity).
template <typename T>
void release(T& stage) {
  stage = T();
}

}  // namespace

std::vector<SpanResult> split_sentences(std::string_view text, const Language& language) {
  require_valid_text(text);
  return with_code_points(text, segment(text, language));
}

Summarizer::Summarizer(Options options) : options_(std::move(options)) {
  if (options_.language != kAutoLanguage) language_ = &Language::get(options_.language);
  if (options_.genre != kAutoGenre) {
    genre_ = genre_named(options_.genre);
    if (!genre_) {
      std::string allowed = "'" + std::string(kAutoGenre) + "'";
      for (const auto& [genre, name] : kGenreNames) allowed += ", '" + std::string(name) + "'";
      throw InvalidArgument("genre must be one of " + allowed + ", got '" + options_.genre + "'");
    }
  }
  options_.scoring.over(ScoringOptions{}).validate();
  if (!(options_.redundancy_threshold >= 0.0 && options_.redundancy_threshold <= 1.0)) {
    throw InvalidArgument("redundancy_threshold must be a cosine in [0, 1], got " +
                          std::to_string(options_.redundancy_threshold));
  }
  if (!(options_.coherence_weight >= 0.0 && std::isfinite(options_.coherence_weight))) {
    throw InvalidArgument("coherence_weight must be a finite number >= 0, got " +
                          std::to_string(options_.coherence_weight));
  }
}

const Language& language_for(std::string_view code, std::string_view text) {
  return Language::get(code == kAutoLanguage ? detect_language_or(text, kFallbackLanguage) : code);
}

const Language& Summarizer::language_of(std::string_view text) const {
  return language_ != nullptr ? *language_ : language_for(kAutoLanguage, text);
}

ScoringOptions Summarizer::scoring_of(std::string_view text, std::span<const Span> spans,
                                      std::span<const std::size_t> words, Genre& genre) const {
  genre = genre_ ? *genre_ : recognize_genre(text, spans, words);
  return options_.scoring.over(genre_scoring(genre));
}

Summary Summarizer::summarize(std::string_view text, const Budget& budget) const {
  return summarize(text, budget, language_of(text));
}

// Each stage's output is freed as soon as the next has read it, so that a long document's
// peak memory holds few stages at once.
Summary Summarizer::summarize(std::string_view text, const Budget& budget, const Language& language,
                              std::optional<std::string_view> query) const {
  budget.validate();
  require_valid_text(text);
  if (query) require_valid_text(*query);
  Summary summary;
  summary.language = language.code();
  if (query) summary.query_matched = false;
  std::vector<Span> spans = segment(text, language);
  DocumentTerms terms = extract_terms(text, spans, language, TermOffsets::kDrop);
  const ScoringOptions scoring = scoring_of(text, spans, terms.word_count, summary.genre);
  summary.spans = with_code_points(text, spans);
  release(spans);  // summary.spans holds them

  std::vector<std::size_t> candidates;
  std::vector<std::size_t> words;
  std::vector<CandidateSize> sizes;
  std::vector<std::string_view> sentences;
  std::vector<std::optional<std::size_t>> speakers;  // per candidate, in a transcript only
  std::vector<std::size_t> content_words;            // words but fillers, in a transcript only
  std::optional<std::size_t> speaker;                // the speaker span of the turn read
  candidates.reserve(summary.spans.size());
  words.reserve(summary.spans.size());
  sizes.reserve(summary.spans.size());
  sentences.reserve(summary.spans.size());
  for (std::size_t i = 0; i < summary.spans.size(); ++i) {
    const SpanResult& span = summary.spans[i];
    if (span.span.kind == SpanKind::kTitle) summary.title = i;
    if (span.span.kind == SpanKind::kSpeaker) speaker = i;
    if (!is_candidate(span.span, terms.word_count[i])) continue;
    if (speaker) {
      if (summary.spans[*speaker].span.paragraph != span.span.paragraph) speaker.reset();
      speakers.resize(candidates.size());
      speakers.push_back(speaker);
    }
    candidates.push_back(i);
    words.push_back(terms.word_count[i]);
    if (!terms.filler_count.empty()) content_words.push_back(terms.word_count[i] - terms.filler_count[i]);
    sizes.push_back({terms.word_count[i], span.end - span.start});
    sentences.push_back(text.substr(span.span.begin, span.span.end - span.span.begin));
  }
  if (candidates.empty()) return summary;

  check_stop();
  std::vector<double> noise = boilerplate(sentences);
  release(sentences);
  check_stop();
  std::vector<Features> features;
  std::vector<double> scores;
  Selection selection;
  {
    const CorpusFrequencies::Table* corpus =
        options_.corpus ? options_.corpus->table(language.code()) : nullptr;
    const TermStatistics statistics(terms, candidates, corpus);
    const std::vector<TermCount> title =
        summary.title ? TermStatistics::count(terms.of_span(*summary.title)) : std::vector<TermCount>{};
    const std::vector<TermCount> asked =
        query ? query_terms(*query, language, terms.vocabulary) : std::vector<TermCount>{};
    release(terms);  // the statistics hold what scoring needs
    check_stop();
    // The length feature counts a transcript's words without its fillers ("Yeah. Okay." is short).
    ScoredSentences scored = score_sentences(statistics, content_words.empty() ? words : content_words, title,
                                             scoring, noise, asked);
    if (query) summary.query_matched = scored.query_matched;
    if (scoring.position_scope == PositionScope::kSections) {
      std::vector<std::size_t> paragraphs;
      paragraphs.reserve(candidates.size());
      for (const std::size_t index : candidates) paragraphs.push_back(summary.spans[index].span.paragraph);
      ScoringOptions sections = scoring;  // a matched query weighs position as score_sentences does
      if (scored.query_matched) sections.position_weight = scoring.query_position_weight;
      score_section_positions(scored.features, paragraphs, sections, noise);
    }
    release(noise);
    check_stop();
    scores.reserve(candidates.size());
    for (const Features& contributions : scored.features) scores.push_back(contributions.score());
    const Openers& openers = Openers::of(language.code());
    const auto refers_back = [&](std::size_t candidate) {
      const Span& span = summary.spans[candidates[candidate]].span;
      return openers.opens_sentence(text.substr(span.begin, span.end - span.begin));
    };
    selection = select_sentences(scores, scored.vectors, sizes, budget, options_.redundancy_threshold,
                                 options_.coherence_weight, refers_back);
    features = std::move(scored.features);
    check_stop();
  }  // the statistics and the vectors read off them go here
  release(sizes);

  std::vector<std::size_t> rank_of(candidates.size());
  summary.ranking.reserve(candidates.size());
  for (std::size_t rank = 0; rank < selection.ranking.size(); ++rank) {
    check_stop();
    const std::size_t candidate = selection.ranking[rank];
    const SpanResult& span = summary.spans[candidates[candidate]];
    rank_of[candidate] = rank;
    summary.ranking.push_back({candidates[candidate], span.start, span.end, words[candidate],
                               scores[candidate], rank + 1, features[candidate], 0, std::nullopt});
    if (candidate < speakers.size()) summary.ranking.back().speaker = speakers[candidate];
  }
  summary.selected.reserve(selection.selected.size());
  for (std::size_t candidate : selection.selected) summary.selected.push_back(rank_of[candidate]);
  return summary;
}

}  // namespace salience

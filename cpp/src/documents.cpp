#include "salience/documents.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <string>
#include <unordered_map>

#include "salience/detail/hash.h"
#include "salience/error.h"
#include "salience/noise.h"
#include "salience/openers.h"
#include "salience/statistics.h"
#include "salience/stop.h"
#include "salience/terms.h"

namespace salience {
namespace {

constexpr std::size_t feature_index(std::string_view name) {
  for (std::size_t i = 0; i < kFeatureNames.size(); ++i) {
    if (kFeatureNames[i] == name) return i;
  }
  return kFeatureNames.size();
}

// The one feature read off the cluster: the others are the document's own.
constexpr std::size_t kTfidf = feature_index("tfidf");
static_assert(kTfidf < kFeatureNames.size());

// The candidates of all documents as the spans of one DocumentTerms, with one vocabulary:
// a term (a string) has one id in the cluster whatever document it came from.
class ClusterTerms {
 public:
  // Adds the candidates `candidates` (span indices) of a document's `terms`. Every term of
  // the document's vocabulary gets its cluster id in the document's order, so that the
  // first document's ids are its own (a cluster of one scores exactly as its document).
  // O(the document's terms).
  void add(const DocumentTerms& terms, std::span<const std::size_t> candidates) {
    ids_.resize(terms.vocabulary.size());
    for (std::size_t t = 0; t < terms.vocabulary.size(); ++t) {
      const auto found = index_.find(terms.vocabulary[t]);
      if (found != index_.end()) {
        ids_[t] = found->second;
        continue;
      }
      ids_[t] = static_cast<TermId>(pooled_.vocabulary.size());
      pooled_.vocabulary.push_back(terms.vocabulary[t]);
      index_.emplace(terms.vocabulary[t], ids_[t]);
    }
    if (pooled_.span_begin.empty()) pooled_.span_begin.push_back(0);
    for (std::size_t span : candidates) {
      for (TermId term : terms.of_span(span)) pooled_.terms.push_back(ids_[term]);
      pooled_.span_begin.push_back(pooled_.terms.size());
      pooled_.word_count.push_back(terms.word_count[span]);
    }
  }

  const DocumentTerms& terms() const noexcept { return pooled_; }

 private:
  DocumentTerms pooled_;
  std::unordered_map<std::string, TermId, detail::StringHash, std::equal_to<>> index_;
  std::vector<TermId> ids_;  // the current document's ids -> cluster ids
};

// What the cluster keeps of its candidates, in cluster order (document, then position).
struct Candidates {
  std::vector<std::size_t> document;
  std::vector<std::size_t> span;  // index among the document's spans
  std::vector<std::size_t> words;
  std::vector<CandidateSize> sizes;
  std::vector<double> noise;
  std::vector<Features> features;  // the document's own scoring
};

// Reads `text` into `summary` (language, spans, title) and its candidates into `cluster` and
// `candidates`, scored as a single-document summary scores them. Returns the number of
// candidates added.
std::size_t read_document(const Summarizer& summarizer, std::string_view text, std::size_t document,
                          Summary& summary, ClusterTerms& cluster, Candidates& candidates) {
  const Language& language = summarizer.language_of(text);
  summary.language = language.code();
  summary.spans = split_sentences(text, language);
  std::vector<Span> spans;
  spans.reserve(summary.spans.size());
  for (const SpanResult& span : summary.spans) spans.push_back(span.span);
  const DocumentTerms terms = extract_terms(text, spans, language, TermOffsets::kDrop);
  const ScoringOptions scoring = summarizer.scoring_of(text, spans, terms.word_count, summary.genre);

  std::vector<std::size_t> chosen;
  std::vector<std::size_t> words;
  std::vector<std::string_view> sentences;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].kind == SpanKind::kTitle) summary.title = i;
    if (!is_candidate(spans[i], terms.word_count[i])) continue;
    chosen.push_back(i);
    words.push_back(terms.word_count[i]);
    sentences.push_back(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
    candidates.document.push_back(document);
    candidates.span.push_back(i);
    candidates.sizes.push_back({terms.word_count[i], summary.spans[i].end - summary.spans[i].start});
  }
  if (chosen.empty()) return 0;
  check_stop();
  const std::vector<double> noise = boilerplate(sentences);
  const Options& options = summarizer.options();
  const CorpusFrequencies::Table* corpus = options.corpus ? options.corpus->table(language.code()) : nullptr;
  const TermStatistics statistics(terms, chosen, corpus);
  const std::vector<TermCount> title =
      summary.title ? TermStatistics::count(terms.of_span(*summary.title)) : std::vector<TermCount>{};
  check_stop();
  ScoredSentences scored = score_sentences(statistics, words, title, scoring, noise);
  candidates.features.insert(candidates.features.end(), scored.features.begin(), scored.features.end());
  candidates.words.insert(candidates.words.end(), words.begin(), words.end());
  candidates.noise.insert(candidates.noise.end(), noise.begin(), noise.end());
  cluster.add(terms, chosen);
  return chosen.size();
}

// The fitted corpus's table for the cluster's IDF: the one of the documents' language when
// all documents with candidates share it, else none (a corpus counts one language).
const CorpusFrequencies::Table* shared_corpus(const Options& options, const ClusterSummary& summary,
                                              const Candidates& candidates) {
  if (!options.corpus || candidates.document.empty()) return nullptr;
  const std::string& language = summary.documents[candidates.document.front()].language;
  for (std::size_t document : candidates.document) {
    if (summary.documents[document].language != language) return nullptr;
  }
  return options.corpus->table(language);
}

}  // namespace

ClusterSummary summarize_documents(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                   const Budget& budget) {
  budget.validate();
  ClusterSummary summary;
  summary.documents.resize(texts.size());
  ClusterTerms cluster;
  Candidates candidates;
  for (std::size_t d = 0; d < texts.size(); ++d) {
    check_stop();
    try {
      read_document(summarizer, texts[d], d, summary.documents[d], cluster, candidates);
    } catch (const InvalidArgument& error) {
      throw InvalidArgument("text " + std::to_string(d) + ": " + error.what());
    }
  }
  const std::size_t count = candidates.document.size();
  if (count == 0) return summary;

  const Options& options = summarizer.options();
  const CorpusFrequencies::Table* corpus = shared_corpus(options, summary, candidates);
  std::vector<std::size_t> all(count);
  std::iota(all.begin(), all.end(), std::size_t{0});
  const TermStatistics statistics(cluster.terms(), all, corpus);
  check_stop();
  const ScoredSentences scored = score_sentences(statistics, candidates.words, {},
                                                 options.scoring.over(ScoringOptions{}), candidates.noise);
  std::vector<double> scores(count);
  for (std::size_t c = 0; c < count; ++c) {
    candidates.features[c].contributions[kTfidf] = scored.features[c].contributions[kTfidf];
    scores[c] = candidates.features[c].score();
  }
  check_stop();
  // As in a single text, a candidate that points back at the sentence before it waits for
  // that one; a document's first candidate has none before it in the cluster's sense.
  const auto refers_back = [&](std::size_t c) {
    if (c == 0 || candidates.document[c - 1] != candidates.document[c]) return false;
    const std::size_t document = candidates.document[c];
    const Summary& read = summary.documents[document];
    const Span& span = read.spans[candidates.span[c]].span;
    return Openers::of(read.language)
        .opens_sentence(texts[document].substr(span.begin, span.end - span.begin));
  };
  const Selection selection =
      select_sentences(scores, scored.vectors, candidates.sizes, budget, options.redundancy_threshold,
                       options.coherence_weight, refers_back);

  std::vector<std::size_t> position(count);  // a candidate's position in its document's ranking
  for (std::size_t rank = 0; rank < selection.ranking.size(); ++rank) {
    const std::size_t c = selection.ranking[rank];
    Summary& document = summary.documents[candidates.document[c]];
    const SpanResult& span = document.spans[candidates.span[c]];
    position[c] = document.ranking.size();
    document.ranking.push_back({candidates.span[c], span.start, span.end, candidates.words[c], scores[c],
                                rank + 1, candidates.features[c], candidates.document[c], std::nullopt});
  }
  for (std::size_t c : selection.selected)
    summary.documents[candidates.document[c]].selected.push_back(position[c]);
  return summary;
}

}  // namespace salience

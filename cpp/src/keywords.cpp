#include "salience/keywords.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <unordered_map>

#include "salience/detail/surfaces.h"
#include "salience/error.h"
#include "salience/segment.h"
#include "salience/statistics.h"
#include "salience/stop.h"
#include "salience/terms.h"
#include "salience/utf8.h"

namespace salience {
namespace {

using detail::SurfaceTally;

// One way of writing one term, and how often the candidates write it so.
struct SurfaceKey {
  TermId term = 0;
  std::string_view surface;
  friend bool operator==(const SurfaceKey&, const SurfaceKey&) = default;
};

struct SurfaceKeyHash {
  std::size_t operator()(const SurfaceKey& key) const noexcept {
    return std::hash<std::string_view>{}(key.surface) * 31u + key.term;
  }
};

}  // namespace

std::vector<Keyword> extract_keywords(std::string_view text, const Language& language, std::size_t k,
                                      const CorpusFrequencies::Table* corpus) {
  const detail::TermsRead read = detail::read_terms(text, language, k);
  const auto& [spans, terms, candidates] = read;
  if (candidates.empty()) return {};
  const TermStatistics statistics(terms, candidates, corpus);

  std::vector<std::size_t> count(terms.vocabulary.size(), 0);
  std::unordered_map<SurfaceKey, SurfaceTally, SurfaceKeyHash> tallies;
  std::size_t position = 0;
  for (std::size_t span : candidates) {
    check_stop();
    for (std::size_t i = terms.span_begin[span]; i < terms.span_begin[span + 1]; ++i, ++position) {
      const TermId term = terms.terms[i];
      ++count[term];
      const std::size_t begin = terms.term_begin[i];
      const std::string_view surface = text.substr(begin, terms.term_end[i] - begin);
      const bool opens = detail::opens_span(text, spans[span], terms, span, i);
      SurfaceTally& tally =
          tallies.try_emplace(SurfaceKey{term, surface}, SurfaceTally{0, 0, position}).first->second;
      ++(opens ? tally.opening : tally.inside);
    }
  }

  std::vector<const std::pair<const SurfaceKey, SurfaceTally>*> best(terms.vocabulary.size(), nullptr);
  for (const auto& entry : tallies) {
    const auto*& current = best[entry.first.term];
    if (current == nullptr ||
        detail::better_surface(entry.first.surface, entry.second, current->first.surface, current->second)) {
      current = &entry;
    }
  }

  std::vector<TermId> ranked;
  std::vector<double> score(terms.vocabulary.size(), 0.0);
  for (TermId term = 0; term < terms.vocabulary.size(); ++term) {
    if (count[term] == 0 || !detail::has_letter(terms.vocabulary[term])) continue;
    score[term] = static_cast<double>(count[term]) * statistics.idf(term);
    ranked.push_back(term);
  }
  const auto by_score = [&](TermId a, TermId b) {
    return score[a] != score[b] ? score[a] > score[b] : a < b;
  };
  const std::size_t kept = std::min(k, ranked.size());
  const auto last = ranked.begin() + static_cast<std::ptrdiff_t>(kept);
  std::partial_sort(ranked.begin(), last, ranked.end(), by_score);

  std::vector<Keyword> keywords;
  keywords.reserve(kept);
  for (std::size_t i = 0; i < kept; ++i) {
    const TermId term = ranked[i];
    const std::string_view surface = best[term]->first.surface;
    keywords.push_back({terms.vocabulary[term], std::string(surface), score[term], count[term]});
  }
  return keywords;
}

}  // namespace salience

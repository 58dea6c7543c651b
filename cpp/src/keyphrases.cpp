#include "salience/keyphrases.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include "salience/detail/hash.h"
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

// How much earlier phrases weigh: a phrase first seen in the r-th source (the title or
// first sentence being the 0th) weighs 1 + kPositionWeight / sqrt(1 + r) times its TF-IDF.
constexpr double kPositionWeight = 5.0;

// A longer phrase replaces a chosen part only when it holds at least this share of the
// part's occurrences: "United States" holds every "States", while "Lavrov's visit" (2)
// does not stand for "Lavrov" (24).
constexpr double kReplacingShare = 0.25;

// Whether two neighbouring terms whose words are `gap` apart belong to one phrase: nothing
// between them (a CJK dictionary word after another), white space only, or the one hyphen
// of a compound ("arms-control"). A stopword, a number, punctuation break the run.
bool joins(std::string_view gap) {
  if (gap.empty() || gap == "-" || gap == "\u2010" || gap == "\u2011") return true;
  const auto* bytes = reinterpret_cast<const uint8_t*>(gap.data());
  const auto length = static_cast<int32_t>(gap.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || u_isUWhiteSpace(c) == 0) return false;
  }
  return true;
}

// A candidate phrase: a sequence of terms and how the text uses it.
struct Phrase {
  std::size_t terms_begin = 0;  // its terms are Candidates::term_pool[terms_begin, + size)
  std::size_t size = 0;
  std::size_t count = 0;
  std::size_t first_source = 0;  // the ordinal of the source (title, sentence) first holding it
  std::vector<std::pair<std::string_view, SurfaceTally>> surfaces;
  double score = 0.0;
};

class Candidates {
 public:
  Candidates(std::string_view text, const DocumentTerms& terms, std::size_t max_terms)
      : text_(text), terms_(terms), max_terms_(max_terms), letter_(terms.vocabulary.size(), -1) {}

  // Adds the phrases of the span `span_index`, the `source`-th source read; `title` when
  // the span is the title, whose words open no sentence but are often capitalized.
  void add_span(const Span& span, std::size_t span_index, std::size_t source, bool title) {
    const std::size_t end = terms_.span_begin[span_index + 1];
    std::size_t run = terms_.span_begin[span_index];
    for (std::size_t i = run; i < end; ++i) {
      if (!has_letter(terms_.terms[i])) {
        add_run(span, span_index, source, title, run, i);
        run = i + 1;
      } else if (i > run && !joins(text_.substr(terms_.term_end[i - 1],
                                                terms_.term_begin[i] - terms_.term_end[i - 1]))) {
        add_run(span, span_index, source, title, run, i);
        run = i;
      }
    }
    add_run(span, span_index, source, title, run, end);
  }

  std::vector<Phrase>& phrases() { return phrases_; }

  // The phrase of the terms `terms`, which must be one (any run of a phrase's terms is).
  std::size_t find(std::span<const TermId> terms) {
    key_.assign(reinterpret_cast<const char*>(terms.data()), terms.size() * sizeof(TermId));
    return index_.find(key_)->second;
  }

  std::span<const TermId> terms_of(const Phrase& phrase) const {
    return std::span<const TermId>(pool_).subspan(phrase.terms_begin, phrase.size);
  }

 private:
  bool has_letter(TermId term) {
    int8_t& known = letter_[term];
    if (known < 0) known = detail::has_letter(terms_.vocabulary[term]) ? 1 : 0;
    return known != 0;
  }

  void add_run(const Span& span, std::size_t span_index, std::size_t source, bool title, std::size_t begin,
               std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const bool opens = title || detail::opens_span(text_, span, terms_, span_index, i);
      for (std::size_t n = 1; n <= max_terms_ && i + n <= end; ++n) {
        add(i, n, source, opens, position_ + (i - begin));
      }
    }
    position_ += end - begin;
  }

  // Counts the phrase of the n terms from terms_.terms[i], the position-th term read.
  void add(std::size_t i, std::size_t n, std::size_t source, bool opens, std::size_t position) {
    key_.assign(reinterpret_cast<const char*>(&terms_.terms[i]), n * sizeof(TermId));
    auto [found, inserted] = index_.try_emplace(key_, phrases_.size());
    if (inserted) {
      Phrase phrase;
      phrase.terms_begin = pool_.size();
      phrase.size = n;
      phrase.first_source = source;
      pool_.insert(pool_.end(), terms_.terms.begin() + static_cast<std::ptrdiff_t>(i),
                   terms_.terms.begin() + static_cast<std::ptrdiff_t>(i + n));
      phrases_.push_back(std::move(phrase));
    }
    Phrase& phrase = phrases_[found->second];
    ++phrase.count;
    const std::size_t begin = terms_.term_begin[i];
    const std::string_view surface = text_.substr(begin, terms_.term_end[i + n - 1] - begin);
    auto tally = std::find_if(phrase.surfaces.begin(), phrase.surfaces.end(),
                              [&](const auto& entry) { return entry.first == surface; });
    if (tally == phrase.surfaces.end()) {
      phrase.surfaces.emplace_back(surface, SurfaceTally{0, 0, position});
      tally = phrase.surfaces.end() - 1;
    }
    ++(opens ? tally->second.opening : tally->second.inside);
  }

  std::string_view text_;
  const DocumentTerms& terms_;
  std::size_t max_terms_;
  std::vector<int8_t> letter_;  // per term: -1 not yet known, else whether it has a letter
  std::vector<TermId> pool_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::size_t, detail::StringHash, std::equal_to<>> index_;
  std::string key_;
  std::size_t position_ = 0;
};

// The choice of key phrases, best first, none holding another, none overlapping another.
class Choice {
 public:
  explicit Choice(Candidates& found)
      : found_(found),
        covered_(found.phrases().size(), 0),
        prefix_of_(found.phrases().size(), 0),
        suffix_of_(found.phrases().size(), 0),
        slot_(found.phrases().size(), kNone) {}

  std::size_t size() const noexcept { return live_; }

  // Offers the phrase `id`, best first: see keyphrases.h for the rule.
  void offer(std::size_t id) {
    const std::vector<Phrase>& phrases = found_.phrases();
    if (covered_[id] > 0) return;
    const std::size_t count = phrases[id].count;
    const auto terms = found_.terms_of(phrases[id]);
    const std::size_t n = terms.size();
    for (std::size_t length = 1; length < n; ++length) {
      if (suffix_of_[found_.find(terms.first(length))] > 0) return;
      if (prefix_of_[found_.find(terms.last(length))] > 0) return;
    }
    std::vector<std::size_t> replaced;
    for (std::size_t length = 1; length < n; ++length) {
      for (std::size_t offset = 0; offset + length <= n; ++offset) {
        const std::size_t part = found_.find(terms.subspan(offset, length));
        if (slot_[part] == kNone) continue;
        // A phrase said once replaces no part said more often, nor one it rarely holds.
        const std::size_t part_count = phrases[part].count;
        if (count < 2 && count < part_count) return;
        if (static_cast<double>(count) < kReplacingShare * static_cast<double>(part_count)) return;
        replaced.push_back(part);
      }
    }
    std::size_t slot = kNone;
    for (std::size_t other : replaced) {
      if (slot_[other] == kNone) continue;  // a part held twice
      slot = std::min(slot, slot_[other]);
      remove(other);
    }
    if (slot == kNone) {
      slot = chosen_.size();
      chosen_.push_back(kNone);
    }
    add(id, slot);
  }

  // The chosen phrases, best first.
  std::vector<std::size_t> chosen() const {
    std::vector<std::size_t> ids;
    for (std::size_t id : chosen_) {
      if (id != kNone) ids.push_back(id);
    }
    return ids;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  void add(std::size_t id, std::size_t slot) {
    chosen_[slot] = id;
    slot_[id] = slot;
    ++live_;
    mark(id, 1);
  }

  void remove(std::size_t id) {
    chosen_[slot_[id]] = kNone;
    slot_[id] = kNone;
    --live_;
    mark(id, -1);
  }

  // Counts (delta 1) or uncounts (-1) the proper runs, prefixes and suffixes of `id`.
  void mark(std::size_t id, int delta) {
    const auto terms = found_.terms_of(found_.phrases()[id]);
    const std::size_t n = terms.size();
    for (std::size_t length = 1; length < n; ++length) {
      prefix_of_[found_.find(terms.first(length))] += delta;
      suffix_of_[found_.find(terms.last(length))] += delta;
      for (std::size_t offset = 0; offset + length <= n; ++offset) {
        covered_[found_.find(terms.subspan(offset, length))] += delta;
      }
    }
  }

  Candidates& found_;
  std::vector<int> covered_;    // per phrase: chosen phrases that hold it
  std::vector<int> prefix_of_;  // chosen phrases that it opens
  std::vector<int> suffix_of_;  // chosen phrases that it ends
  std::vector<std::size_t> slot_;
  std::vector<std::size_t> chosen_;  // the phrases by slot; kNone where one was replaced
  std::size_t live_ = 0;
};

std::string_view best_surface(const Phrase& phrase) {
  const auto* best = &phrase.surfaces.front();
  for (const auto& entry : phrase.surfaces) {
    if (detail::better_surface(entry.first, entry.second, best->first, best->second)) best = &entry;
  }
  return best->first;
}

}  // namespace

std::vector<Keyphrase> extract_keyphrases(std::string_view text, const Language& language, std::size_t k,
                                          const CorpusFrequencies::Table* corpus) {
  const detail::TermsRead read = detail::read_terms(text, language, k);
  const auto& [spans, terms, candidates] = read;
  if (candidates.empty()) return {};
  const TermStatistics statistics(terms, candidates, corpus);

  Candidates found(text, terms, kMaxKeyphraseTerms);
  std::size_t source = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    check_stop();
    const bool title = spans[i].kind == SpanKind::kTitle;
    if (!title && !is_candidate(spans[i], terms.word_count[i])) continue;
    found.add_span(spans[i], i, source++, title);
  }
  std::vector<Phrase>& phrases = found.phrases();

  for (Phrase& phrase : phrases) {
    double idf = 0.0;
    for (TermId term : found.terms_of(phrase)) idf += statistics.idf(term);
    const double place = 1.0 + kPositionWeight / std::sqrt(1.0 + static_cast<double>(phrase.first_source));
    phrase.score = static_cast<double>(phrase.count) * idf * place;
  }

  std::vector<std::size_t> ranked(phrases.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) ranked[i] = i;
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](std::size_t a, std::size_t b) { return phrases[a].score > phrases[b].score; });

  Choice choice(found);
  // Every phrase is offered, so that the first k of the result do not depend on k.
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    if (i % 4096 == 0) check_stop();
    choice.offer(ranked[i]);
  }

  std::vector<Keyphrase> result;
  std::vector<std::size_t> picked = choice.chosen();
  if (picked.size() > k) picked.resize(k);
  for (std::size_t index : picked) {
    const Phrase& phrase = phrases[index];
    Keyphrase keyphrase{std::string(best_surface(phrase)), {}, phrase.score, phrase.count};
    for (TermId term : found.terms_of(phrase)) keyphrase.terms.push_back(terms.vocabulary[term]);
    result.push_back(std::move(keyphrase));
  }
  return result;
}

}  // namespace salience

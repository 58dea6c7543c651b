#include "salience/terms.h"

#include <libstemmer.h>
#include <unicode/rbbi.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "salience/detail/hash.h"
#include "salience/detail/icu.h"
#include "salience/detail/unicode.h"
#include "salience/detail/words.h"
#include "salience/error.h"
#include "salience/stop.h"

namespace salience {
namespace {

using detail::hash_bytes;
using detail::pack_up_to_8;
using detail::Piece;
using detail::PieceKind;

constexpr std::uint32_t kNoTerm = 0xFFFFFFFF;

struct SnowballStemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// Two to four letters, all capitals ("US", "NATO", "ВВС").
bool is_acronym(std::string_view surface) {
  constexpr std::size_t kMaxAcronym = 4;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < surface.size();) {
    const UChar32 c = detail::next_code_point(surface, i);
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2 && letters <= kMaxAcronym;
}

// One language's normalization state on one thread. Snowball stemmers are not thread-safe,
// and the cache makes folding and stemming a cost per distinct surface form instead of per
// token. Each slot of the open-addressing table holds what a token needs: the form's first
// eight bytes, its term, and the term's id in the current document, so that a token of up to
// eight bytes seen before in the document costs one hash and one cache line.
class TermNormalizer {
 public:
  explicit TermNormalizer(const Language& language) : language_(language) {
    if (!language.stemmer_algorithm().empty()) {
      stemmer_.reset(sb_stemmer_new(language.stemmer_algorithm().c_str(), "UTF_8"));
      if (!stemmer_) throw Error("Snowball has no stemmer " + language.stemmer_algorithm());
    }
    clear();
  }

  void start_document(std::vector<std::string>& vocabulary) {
    // Slots remember documents by the counter's low 32 bits: start again before they wrap.
    if (static_cast<std::uint32_t>(document_ + 1) == 0) clear();
    ++document_;
    vocabulary_ = &vocabulary;
  }

  // The heap bytes the cache holds: the capacity of its few containers.
  std::size_t bytes() const noexcept {
    return (hot_.capacity() + slots_.capacity()) * sizeof(Slot) + surfaces_.capacity() +
           term_texts_.capacity() + terms_.capacity() * sizeof(Term) +
           term_table_.capacity() * sizeof(std::uint32_t);
  }

  // The id in the current document of the term of a surface form (added to the document's
  // vocabulary on first use), or kNoTerm for a stopword, a form that folds to nothing, or,
  // with `drop_fillers`, a filler of speech (Language::is_filler); `filler` says whether the
  // form is one.
  std::uint32_t id_of(std::string_view surface, PieceKind kind, bool drop_fillers, bool& filler) {
    const std::uint64_t hash = hash_bytes(surface);
    const auto check = static_cast<std::uint32_t>(hash >> 32);
    const std::uint64_t prefix = prefix_of(surface);
    // The most frequent forms ("the", "of") are found in a small direct-mapped copy that
    // stays in the first-level cache.
    Slot& hot = hot_[(hash >> 20) & (kHotSlots - 1)];
    if (matches(hot, surface, kind, check, prefix)) return resolve(hot, drop_fillers, filler);
    std::size_t index = hash & mask_;
    for (;; index = (index + 1) & mask_) {
      Slot& slot = slots_[index];
      if (slot.size == 0) break;
      if (matches(slot, surface, kind, check, prefix)) return resolve(hot = slot, drop_fillers, filler);
    }
    return resolve(hot = add(surface, kind, hash), drop_fillers, filler);
  }

 private:
  struct Slot {
    std::uint64_t prefix = 0;         // the surface's first eight bytes, packed (pack_up_to_8)
    std::uint32_t check = 0;          // the hash's high half
    std::uint32_t surface_begin = 0;  // in surfaces_
    std::uint32_t term = kNoTerm;     // index into terms_
    std::uint32_t id = 0;             // the term's id in document `document`
    std::uint32_t document = 0;       // low bits of the document counter; 0: none yet
    std::uint16_t size = 0;           // 0: an empty slot
    PieceKind kind = PieceKind::kWord;
    bool filler = false;  // a filler of speech ("um"), which transcripts do not count
  };
  struct Term {
    std::size_t text_begin = 0;  // in term_texts_
    std::uint32_t text_size = 0;
    TermId id = 0;
    std::uint64_t document = 0;  // the document in which `id` was assigned
  };

  static std::uint64_t prefix_of(std::string_view surface) noexcept {
    return pack_up_to_8(surface.data(), surface.size());
  }

  static constexpr std::size_t kHotSlots = 1 << 12;

  bool matches(const Slot& slot, std::string_view surface, PieceKind kind, std::uint32_t check,
               std::uint64_t prefix) const {
    return slot.check == check && slot.size == surface.size() && slot.kind == kind && slot.prefix == prefix &&
           (surface.size() <= sizeof prefix ||
            std::memcmp(surfaces_.data() + slot.surface_begin + sizeof prefix, surface.data() + sizeof prefix,
                        surface.size() - sizeof prefix) == 0);
  }

  std::uint32_t resolve(Slot& slot, bool drop_fillers, bool& filler) {
    filler = slot.filler;
    return filler && drop_fillers ? kNoTerm : id_in_document(slot);
  }

  std::uint32_t id_in_document(Slot& slot) {
    if (slot.term == kNoTerm) return kNoTerm;
    const auto document = static_cast<std::uint32_t>(document_);
    if (slot.document != document) {
      Term& term = terms_[slot.term];
      if (term.document != document_) {
        term.document = document_;
        term.id = static_cast<TermId>(vocabulary_->size());
        vocabulary_->emplace_back(text_of(term));
      }
      slot.document = document;
      slot.id = term.id;
    }
    return slot.id;
  }

  void clear() {
    hot_.assign(kHotSlots, Slot{});
    slots_.assign(1 << 12, Slot{});
    mask_ = slots_.size() - 1;
    forms_ = 0;
    surfaces_.clear();
    term_texts_.clear();
    terms_.clear();
    term_table_.assign(1 << 12, kNoTerm);
    document_ = 1;  // slots start at document 0, which is never current
  }

  Slot& add(std::string_view surface, PieceKind kind, std::uint64_t hash) {
    // Surfaces longer than a slot can count are not cached (they are no words anyway).
    if (surface.size() > 0xFFFF) surface = surface.substr(0, 0xFFFF);
    if (2 * (forms_ + 1) > slots_.size()) grow();
    const std::string term = normalize(surface, kind);
    Slot slot;
    slot.prefix = prefix_of(surface);
    slot.check = static_cast<std::uint32_t>(hash >> 32);
    slot.surface_begin = static_cast<std::uint32_t>(surfaces_.size());
    slot.size = static_cast<std::uint16_t>(surface.size());
    slot.kind = kind;
    if (!term.empty()) slot.term = term_of(term);
    if (kind == PieceKind::kWord && language_.has_fillers()) {
      std::string folded;
      detail::fold_case(surface, folded);
      slot.filler = language_.is_filler(folded);
    }
    surfaces_.append(surface);
    ++forms_;
    return insert(hash, slot);
  }

  Slot& insert(std::uint64_t hash, const Slot& slot) {
    std::size_t index = hash & mask_;
    while (slots_[index].size != 0) index = (index + 1) & mask_;
    return slots_[index] = slot;
  }

  std::string_view text_of(const Term& term) const {
    return std::string_view(term_texts_).substr(term.text_begin, term.text_size);
  }

  // The index in terms_ of a term, added if new. The table holds indices, and the texts
  // one string, so that the cache is a few blocks the allocator can give back whole,
  // rather than a node and a string for each term.
  std::uint32_t term_of(std::string_view text) {
    if (2 * (terms_.size() + 1) > term_table_.size()) grow_term_table();
    const std::size_t mask = term_table_.size() - 1;
    for (std::size_t index = hash_bytes(text) & mask;; index = (index + 1) & mask) {
      const std::uint32_t found = term_table_[index];
      if (found == kNoTerm) {
        term_table_[index] = static_cast<std::uint32_t>(terms_.size());
        terms_.push_back({term_texts_.size(), static_cast<std::uint32_t>(text.size()), 0, 0});
        term_texts_.append(text);
        return term_table_[index];
      }
      if (text_of(terms_[found]) == text) return found;
    }
  }

  void grow_term_table() {
    term_table_.assign(term_table_.size() * 2, kNoTerm);
    const std::size_t mask = term_table_.size() - 1;
    for (std::uint32_t term = 0; term < terms_.size(); ++term) {
      std::size_t index = hash_bytes(text_of(terms_[term])) & mask;
      while (term_table_[index] != kNoTerm) index = (index + 1) & mask;
      term_table_[index] = term;
    }
  }

  // Doubles the table; each form's hash is computed again from its surface.
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.size != 0)
        insert(hash_bytes(std::string_view(surfaces_).substr(slot.surface_begin, slot.size)), slot);
    }
  }

  // The term of a surface form; empty for a stopword.
  std::string normalize(std::string_view surface, PieceKind kind) {
    std::string folded;
    detail::fold_case(surface, folded);
    if (kind != PieceKind::kWord) return folded;
    // "US", "IT", "WHO": a short word in capitals is an acronym, not the stopword it folds to;
    // "U.S", "e.g": abbreviations are not stemmed ("u.s" is no plural).
    if (is_acronym(surface)) return folded;
    if (surface.find('.') != std::string_view::npos)
      return language_.is_stopword(folded) ? std::string() : folded;
    if (language_.is_stopword(folded)) return {};
    const Orthography& orthography = language_.orthography();
    // "l'homme" -> "homme", "Lavrov's" -> "lavrov", "couldn't" -> "could" (a stopword).
    for (std::string_view elision : orthography.elisions) {
      if (folded.size() > elision.size() && folded.starts_with(elision)) {
        folded.erase(0, elision.size());
        break;
      }
    }
    for (std::string_view clitic : orthography.clitics) {
      if (folded.size() > clitic.size() && folded.ends_with(clitic)) {
        folded.resize(folded.size() - clitic.size());
        break;
      }
    }
    if (language_.is_stopword(folded)) return {};
    if (!stemmer_) return folded;
    const auto* stem = sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                                       static_cast<int>(folded.size()));
    if (stem == nullptr) throw Error("Snowball ran out of memory");
    return std::string(reinterpret_cast<const char*>(stem),
                       static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
  }

  const Language& language_;
  std::unique_ptr<sb_stemmer, SnowballStemmerDeleter> stemmer_;
  std::vector<Slot> hot_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t forms_ = 0;
  std::string surfaces_;
  std::string term_texts_;  // every term's text, one after another
  std::vector<Term> terms_;
  std::vector<std::uint32_t> term_table_;  // open addressing: indices into terms_, or kNoTerm
  std::uint64_t document_ = 1;
  std::vector<std::string>* vocabulary_ = nullptr;
};

// The normalizers of one thread, one per language it has read. Between documents their
// caches are bounded together (kMaxThreadTermCacheBytes): past the bound the least recently used
// are released, whole, until the rest fit, so that a thread that reads many languages, or
// one document of a huge vocabulary, does not keep that memory.
class ThreadNormalizers {
 public:
  TermNormalizer& of(const Language& language) {
    ++uses_;
    for (Entry& entry : entries_) {
      if (entry.language != &language) continue;
      entry.last_use = uses_;
      return *entry.normalizer;
    }
    entries_.push_back({&language, std::make_unique<TermNormalizer>(language), uses_});
    return *entries_.back().normalizer;
  }

  std::size_t bytes() const noexcept {
    std::size_t total = 0;
    for (const Entry& entry : entries_) total += entry.normalizer->bytes();
    return total;
  }

  void bound() {
    std::size_t total = bytes();
    while (total > kMaxThreadTermCacheBytes) {
      const auto oldest =
          std::min_element(entries_.begin(), entries_.end(),
                           [](const Entry& a, const Entry& b) { return a.last_use < b.last_use; });
      total -= oldest->normalizer->bytes();
      entries_.erase(oldest);
    }
  }

 private:
  struct Entry {
    const Language* language;
    std::unique_ptr<TermNormalizer> normalizer;
    std::uint64_t last_use;
  };
  std::vector<Entry> entries_;
  std::uint64_t uses_ = 0;
};

ThreadNormalizers& thread_normalizers() {
  thread_local ThreadNormalizers normalizers;
  return normalizers;
}

bool is_word(int32_t rule_status) { return rule_status >= UBRK_WORD_NUMBER; }
bool is_number(int32_t rule_status) {
  return rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT;
}

// The words of a span in Chinese, Japanese, Thai, Lao, Khmer or Burmese, from ICU's
// dictionary-based word iterator; each word is one piece.
void split_words_by_dictionary(std::string_view text, const Span& span, const Language& language,
                               std::vector<Piece>& pieces) {
  const std::string_view covered = text.substr(span.begin, span.end - span.begin);
  detail::Utf8Text utext(covered);
  icu::BreakIterator& words = detail::thread_word_iterator(language);
  UErrorCode status = U_ZERO_ERROR;
  words.setText(utext.get(), status);
  if (U_FAILURE(status) != 0) throw Error(std::string("ICU could not set text: ") + u_errorName(status));
  for (int32_t start = words.first(), stop = words.next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = words.next()) {
    const int32_t rule_status = words.getRuleStatus();
    if (!is_word(rule_status)) continue;
    pieces.push_back({span.begin + static_cast<std::size_t>(start),
                      span.begin + static_cast<std::size_t>(stop),
                      is_number(rule_status) ? PieceKind::kNumber : PieceKind::kWord, true});
  }
}

}  // namespace

std::size_t thread_term_cache_bytes() { return thread_normalizers().bytes(); }

DocumentTerms extract_terms(std::string_view text, std::span<const Span> spans, const Language& language,
                            TermOffsets offsets) {
  DocumentTerms result;
  result.span_begin.reserve(spans.size() + 1);
  result.word_count.assign(spans.size(), 0);
  result.span_begin.push_back(0);
  if (spans.empty()) return result;
  const bool keep_offsets = offsets == TermOffsets::kKeep;
  const std::size_t expected_terms = (spans.back().end - spans.front().begin) / 8;
  result.terms.reserve(expected_terms);
  // Distinct terms are fewer: room for a short document's, grown by doubling past that.
  result.vocabulary.reserve(std::min<std::size_t>(expected_terms, 1024));
  if (keep_offsets) {
    result.term_begin.reserve(expected_terms);
    result.term_end.reserve(expected_terms);
  }

  // In a transcript, fillers of speech are no terms (and filler_count counts them).
  const bool transcript = has_speakers(spans);
  if (transcript) result.filler_count.assign(spans.size(), 0);
  ThreadNormalizers& normalizers = thread_normalizers();
  TermNormalizer& normalizer = normalizers.of(language);
  normalizer.start_document(result.vocabulary);
  thread_local std::vector<Piece> pieces;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    check_stop();
    const Span& span = spans[i];
    if (span.kind == SpanKind::kSpeaker) {  // a speaker's name is no words of the text
      result.span_begin.push_back(result.terms.size());
      continue;
    }
    pieces.clear();
    if (detail::needs_dictionary(text, span.begin, span.end)) {
      split_words_by_dictionary(text, span, language, pieces);
    } else {
      detail::split_words(text, span.begin, span.end, pieces);
    }
    for (const Piece& piece : pieces) {
      result.word_count[i] += piece.starts_word ? 1 : 0;
      bool filler = false;
      const std::uint32_t id =
          normalizer.id_of(text.substr(piece.begin, piece.end - piece.begin), piece.kind, transcript, filler);
      if (filler && transcript) result.filler_count[i] += piece.starts_word ? 1 : 0;
      if (id == kNoTerm) continue;
      result.terms.push_back(id);
      if (!keep_offsets) continue;
      result.term_begin.push_back(static_cast<std::uint32_t>(piece.begin));
      result.term_end.push_back(static_cast<std::uint32_t>(piece.end));
    }
    result.span_begin.push_back(result.terms.size());
  }
  normalizers.bound();
  // A span of more words than this gives its pieces' room back rather than keep it.
  constexpr std::size_t kMaxKeptPieces = 1 << 16;
  if (pieces.capacity() > kMaxKeptPieces) std::vector<Piece>().swap(pieces);
  return result;
}

}  // namespace salience

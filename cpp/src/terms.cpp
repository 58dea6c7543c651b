#include "salience/terms.h"

#include <libstemmer.h>

#include <memory>
#include <unordered_map>

#include <unicode/normalizer2.h>
#include <unicode/rbbi.h>
#include <unicode/unistr.h>

#include "salience/detail/icu.h"
#include "salience/error.h"

namespace salience {
namespace {

// Above this many cached surface forms a thread's cache starts again, so that a process
// that streams an unbounded vocabulary holds bounded memory.
constexpr std::size_t kMaxCachedForms = 1 << 18;

struct CachedForm {
  std::string term;                 // stem, or the normalized number
  bool stopword = false;
  std::uint64_t document = 0;       // the document in which `id` was assigned
  TermId id = 0;
};

struct SnowballStemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// One language's normalization state on one thread. Snowball stemmers are not thread-safe,
// and the cache makes normalizing and stemming a cost per distinct form instead of per token.
class TermNormalizer {
 public:
  explicit TermNormalizer(const Language& language) : language_(language) {
    UErrorCode status = U_ZERO_ERROR;
    fold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU has no NFKC_Casefold data: ") + u_errorName(status));
    if (!language.stemmer_algorithm().empty()) {
      stemmer_.reset(sb_stemmer_new(language.stemmer_algorithm().c_str(), "UTF_8"));
      if (!stemmer_) throw Error("Snowball has no stemmer " + language.stemmer_algorithm());
    }
  }

  void start_document() {
    if (cache_.size() > kMaxCachedForms) cache_.clear();
    ++document_;
  }
  std::uint64_t document() const { return document_; }

  CachedForm& lookup(std::string_view surface, bool is_number) {
    // A std::string key with std::hash keeps hash codes cached in the nodes; libstdc++'s
    // transparent lookup does not, and rehashes every node it walks past.
    key_.assign(surface);
    auto found = cache_.find(key_);
    if (found == cache_.end()) {
      found = cache_.emplace(key_, normalize(surface, is_number)).first;
    }
    return found->second;
  }

 private:
  CachedForm normalize(std::string_view surface, bool is_number) {
    CachedForm form;
    fold(surface, form.term);
    if (is_number) return form;
    form.stopword = language_.is_stopword(form.term);
    if (!form.stopword && stemmer_) {
      const auto* stem = sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(form.term.data()),
                                         static_cast<int>(form.term.size()));
      if (stem == nullptr) throw Error("Snowball ran out of memory");
      form.term.assign(reinterpret_cast<const char*>(stem), sb_stemmer_length(stemmer_.get()));
    }
    return form;
  }

  void fold(std::string_view surface, std::string& out) const {
    bool ascii = true;
    for (char c : surface) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      out.resize(surface.size());
      for (std::size_t i = 0; i < surface.size(); ++i) {
        const char c = surface[i];
        out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
      return;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = fold_->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(surface.data(), static_cast<int32_t>(surface.size()))),
        status);
    if (U_FAILURE(status)) throw Error(std::string("ICU could not normalize: ") + u_errorName(status));
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString(u'\''));
    out.clear();
    folded.toUTF8String(out);
  }

  const Language& language_;
  const icu::Normalizer2* fold_ = nullptr;
  std::unique_ptr<sb_stemmer, SnowballStemmerDeleter> stemmer_;
  std::unordered_map<std::string, CachedForm> cache_;
  std::string key_;  // reused for lookups, so that a hit allocates nothing
  std::uint64_t document_ = 0;
};

TermNormalizer& thread_normalizer(const Language& language) {
  thread_local std::unordered_map<const Language*, std::unique_ptr<TermNormalizer>> normalizers;
  auto& slot = normalizers[&language];
  if (!slot) slot = std::make_unique<TermNormalizer>(language);
  return *slot;
}

bool is_word(int32_t rule_status) { return rule_status >= UBRK_WORD_NUMBER; }
bool is_number(int32_t rule_status) { return rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT; }

}  // namespace

DocumentTerms extract_terms(std::string_view text, std::span<const Span> spans,
                            const Language& language) {
  DocumentTerms result;
  result.span_begin.reserve(spans.size() + 1);
  result.word_count.assign(spans.size(), 0);
  result.span_begin.push_back(0);
  if (spans.empty()) return result;

  TermNormalizer& normalizer = thread_normalizer(language);
  normalizer.start_document();
  std::unordered_map<std::string_view, TermId> ids;  // views into `normalizer`'s cache

  const std::size_t offset = spans.front().begin;
  const std::string_view covered = text.substr(offset, spans.back().end - offset);
  detail::Utf8Text utext(covered);
  icu::BreakIterator& words = detail::thread_word_iterator(language);
  UErrorCode status = U_ZERO_ERROR;
  words.setText(utext.get(), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU could not set text: ") + u_errorName(status));

  std::size_t span = 0;
  for (int32_t start = words.first(), stop = words.next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = words.next()) {
    const int32_t status_of_token = words.getRuleStatus();
    if (!is_word(status_of_token)) continue;
    const std::size_t begin = offset + static_cast<std::size_t>(start);
    while (span < spans.size() && spans[span].end <= begin) {
      result.span_begin.push_back(result.terms.size());
      ++span;
    }
    if (span == spans.size()) break;
    if (begin < spans[span].begin) continue;  // between spans
    ++result.word_count[span];
    CachedForm& form = normalizer.lookup(covered.substr(start, stop - start), is_number(status_of_token));
    if (form.stopword || form.term.empty()) continue;
    if (form.document != normalizer.document()) {
      auto [found, added] = ids.try_emplace(form.term, static_cast<TermId>(result.vocabulary.size()));
      if (added) result.vocabulary.push_back(form.term);
      form.document = normalizer.document();
      form.id = found->second;
    }
    result.terms.push_back(form.id);
  }
  while (result.span_begin.size() < spans.size() + 1) result.span_begin.push_back(result.terms.size());
  return result;
}

}  // namespace salience

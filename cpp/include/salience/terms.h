// Stage 2: terms. Words and numbers of each span, normalized into comparable terms.
//
// Words: in spans written in Chinese, Japanese, Thai, Lao, Khmer or Burmese, ICU's
// dictionary-based word iterator finds them (a token with a letter, number, kana or
// ideograph status). Elsewhere a single pass over the text follows the same rules (Unicode
// word boundaries, UAX #29) for letters, marks and digits, and decides these on purpose:
//   * "3.14", "1,234.56": digits joined by a period or comma are one number, kept as written;
//   * "U.S.", "don't", "l'homme", "O'Neil": letters joined by a period or apostrophe are one
//     word; the language's elisions ("l'", "qu'") and clitics ("'s", "n't") are cut off the
//     term unless the whole word is a stopword ("don't");
//   * "state-of-the-art": a hyphenated compound is one word, and each part is a term;
//   * "https://example.com/a", "www.bbc.co.uk", "jane@example.com": one word, one term.
// Each word is NFKC case-folded (typographic apostrophes become "'"), dropped when it is a
// stopword, and stemmed by the language's Snowball stemmer; numbers, URLs and e-mail
// addresses are only folded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salience/language.h"
#include "salience/segment.h"

namespace salience {

using TermId = std::uint32_t;

// The terms of a document, span by span.
struct DocumentTerms {
  std::vector<std::string> vocabulary;  // TermId -> the term (a stem)
  std::vector<TermId> terms;            // every span's terms in order, concatenated
  std::vector<std::size_t> span_begin;  // span i has terms[span_begin[i], span_begin[i + 1])
  std::vector<std::size_t> word_count;  // words per span, stopwords included
  // In a transcript (the spans hold a speaker span), the words per span that are fillers of
  // speech ("um", "yeah": Language::is_filler), which are no terms; empty in other texts.
  std::vector<std::size_t> filler_count;
  // Where each entry of `terms` was written: the word text[term_begin[i], term_end[i])
  // (UTF-8 byte offsets), so that a term can be shown as the reader saw it.
  std::vector<std::uint32_t> term_begin;
  std::vector<std::uint32_t> term_end;

  std::span<const TermId> of_span(std::size_t i) const {
    return std::span<const TermId>(terms).subspan(span_begin[i], span_begin[i + 1] - span_begin[i]);
  }
};

// Whether extract_terms records where each term was written (term_begin, term_end): keywords
// show terms as written; summaries do not, and skip those 8 bytes a term.
enum class TermOffsets { kKeep, kDrop };

// After each document, the term caches of the calling thread, all languages together, hold
// at most this many bytes as thread_term_cache_bytes counts them: past it, the caches of the
// languages least recently read are released, the current one last. While a document is
// read its cache grows with its vocabulary (100 to 150 bytes a distinct surface form); 32 MiB
// keeps some 200,000 forms, more than an ordinary stream of news in one language meets.
inline constexpr std::size_t kMaxThreadTermCacheBytes = std::size_t{32} << 20;

// Extracts the terms of every span of `text` (valid UTF-8; spans as segment() made them).
// A speaker span (SpanKind::kSpeaker) has none, and no words. In a transcript, fillers of
// speech are no terms either (filler_count).
// With TermOffsets::kDrop, term_begin and term_end stay empty.
// O(n) in the text's length: each distinct surface form is normalized and stemmed once per
// thread and language and then found in a per-thread cache (bounded between documents by
// kMaxThreadTermCacheBytes). The terms and their ids do not depend on what the cache holds.
// Throws Error only if ICU or Snowball fail.
DocumentTerms extract_terms(std::string_view text, std::span<const Span> spans, const Language& language,
                            TermOffsets offsets = TermOffsets::kKeep);

// The bytes that the calling thread's term caches hold: their tables' capacities (a
// language's stemmer, a few KB, aside). What kMaxThreadTermCacheBytes bounds.
std::size_t thread_term_cache_bytes();

}  // namespace salience

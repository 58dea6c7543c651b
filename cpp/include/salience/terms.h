// Stage 2: terms. Words and numbers of each span, normalized into comparable terms.
//
// Word boundaries come from ICU's word iterator (dictionary-based for Chinese, Japanese,
// Thai, Lao, Khmer and Burmese); a token counts as a word when ICU gives it a letter,
// number, kana or ideograph status. Each word is NFKC case-folded (typographic apostrophes
// become "'"), dropped when it is a stopword, and stemmed by the language's Snowball
// stemmer; numbers are kept as they are.
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

  std::span<const TermId> of_span(std::size_t i) const {
    return std::span<const TermId>(terms).subspan(span_begin[i], span_begin[i + 1] - span_begin[i]);
  }
};

// Extracts the terms of every span of `text` (valid UTF-8; spans as segment() made them).
// O(n) in the text's length: each distinct surface form is normalized and stemmed once
// per thread and then found in a per-thread cache. Throws Error only if ICU or Snowball fail.
DocumentTerms extract_terms(std::string_view text, std::span<const Span> spans,
                            const Language& language);

}  // namespace salience

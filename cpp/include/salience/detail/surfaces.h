// How a text writes its terms: what keywords and key phrases share to show a term or a
// phrase in the form a reader recognizes. Internal.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "salience/language.h"
#include "salience/segment.h"
#include "salience/terms.h"

namespace salience::detail {

// A text as keywords and key phrases read it: its spans, its terms with their offsets, and
// the candidate sentences (is_candidate) among the spans.
struct TermsRead {
  std::vector<Span> spans;
  DocumentTerms terms;
  std::vector<std::size_t> candidates;
};

// Reads `text` in `language` for the top `k` terms or phrases. Throws InvalidArgument for
// k = 0 or text that is not valid UTF-8 below 2 GiB. O(n).
TermsRead read_terms(std::string_view text, const Language& language, std::size_t k);

// Whether `text` (valid UTF-8 below 2 GiB) holds a letter (Unicode Alphabetic), or a
// letter or digit.
bool has_letter(std::string_view text);
bool has_letter_or_digit(std::string_view text);

// Whether the i-th entry of terms.terms (offsets kept), the first of span `span`'s, opens
// that span: no word (a stopword) precedes it there. A capital letter there says nothing.
bool opens_span(std::string_view text, const Span& span, const DocumentTerms& terms, std::size_t span_index,
                std::size_t i);

// One way of writing a term or phrase, and how often it is written so.
struct SurfaceTally {
  std::size_t inside = 0;   // occurrences that do not open their sentence
  std::size_t opening = 0;  // occurrences as the first words of a sentence (or in a title)
  std::size_t first = 0;    // the position of the first occurrence, in terms
};

// Whether `a` is the better way of writing than `b`: written more often inside sentences,
// then more often at their starts, then shorter ("Lavrov" before "Lavrov's"), then earlier.
bool better_surface(std::string_view a_surface, const SurfaceTally& a, std::string_view b_surface,
                    const SurfaceTally& b);

}  // namespace salience::detail

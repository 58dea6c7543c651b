#include "salience/detail/surfaces.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "salience/error.h"
#include "salience/statistics.h"
#include "salience/utf8.h"

namespace salience::detail {
namespace {

// Whether some code point of `text` (valid UTF-8 below 2 GiB) satisfies `property`.
template <class Property>
bool any_code_point(std::string_view text, Property property) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && property(c)) return true;
  }
  return false;
}

}  // namespace

bool has_letter(std::string_view text) {
  return any_code_point(text, [](UChar32 c) { return u_isUAlphabetic(c) != 0; });
}

bool has_letter_or_digit(std::string_view text) {
  return any_code_point(text, [](UChar32 c) { return u_isalnum(c) != 0; });
}

bool opens_span(std::string_view text, const Span& span, const DocumentTerms& terms, std::size_t span_index,
                std::size_t i) {
  return i == terms.span_begin[span_index] &&
         !has_letter_or_digit(text.substr(span.begin, terms.term_begin[i] - span.begin));
}

bool better_surface(std::string_view a_surface, const SurfaceTally& a, std::string_view b_surface,
                    const SurfaceTally& b) {
  if (a.inside != b.inside) return a.inside > b.inside;
  if (a.opening != b.opening) return a.opening > b.opening;
  if (a_surface.size() != b_surface.size()) return a_surface.size() < b_surface.size();
  return a.first < b.first;
}

TermsRead read_terms(std::string_view text, const Language& language, std::size_t k) {
  if (k == 0) throw InvalidArgument("k must be a whole number >= 1, got 0");
  require_valid_text(text);
  TermsRead read;
  read.spans = segment(text, language);
  read.terms = extract_terms(text, read.spans, language);
  for (std::size_t i = 0; i < read.spans.size(); ++i) {
    if (is_candidate(read.spans[i], read.terms.word_count[i])) read.candidates.push_back(i);
  }
  return read;
}

}  // namespace salience::detail

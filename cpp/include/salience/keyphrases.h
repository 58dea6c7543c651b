// Key phrases: the runs of words that weigh most in a document, as a reader writes them
// ("New START", "Sergey Lavrov", "arms control").
//
// Built on the stages keywords use (keywords.h): segment() gives the spans, extract_terms()
// their terms and where each was written, TermStatistics the smoothed in-document IDF over
// the candidate sentences (weighed by a corpus's when one is given).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "salience/corpus.h"
#include "salience/language.h"

namespace salience {

// The most terms a key phrase holds.
inline constexpr std::size_t kMaxKeyphraseTerms = 4;

struct Keyphrase {
  std::string surface;             // the phrase as the text writes it ("arms control")
  std::vector<std::string> terms;  // its normalized terms, in order ("arm", "control")
  double score = 0.0;              // see extract_keyphrases
  std::size_t count = 0;           // occurrences in the title and candidate sentences
};

// FORMULA_PLACEHOLDER
std::vector<Keyphrase> extract_keyphrases(std::string_view text, const Language& language, std::size_t k,
                                          const CorpusFrequencies::Table* corpus = nullptr);

}  // namespace salience

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

// The at most `k` (>= 1) key phrases of `text` (UTF-8), best first.
//
// Candidates: every run of 1 to kMaxKeyphraseTerms consecutive terms inside one source, the
// sources being the title and the candidate sentences (the dateline is not one). Two terms
// are consecutive when nothing but white space (none in Chinese or Japanese, whose words the
// dictionary finds), or the one hyphen of a compound, stands between their words: a
// stopword, a number, any other punctuation or a sentence boundary breaks the run. The
// title is a source because it names the topic in the author's words (measured while
// designing this, it raised F1@10 by 2.3 points on inspec, 0.4 on kpcrowd and 0.5 on
// semeval2010: bench/keyphrases.py).
//
// Score: for a phrase p of terms t1..tn,
//   score(p) = count(p) * (idf(t1) + ... + idf(tn)) * (1 + 5 / sqrt(1 + r(p)))
// with count(p) its occurrences, idf the keywords' (keywords.h: TermStatistics over the
// candidate sentences, times the root of the corpus's IDF with `corpus`) and r(p) the
// ordinal of the first source holding it (0 for the title, or the first sentence when
// there is no title). A phrase weighs the TF-IDF its terms carry where they occur together,
// and earlier mentions weigh more.
//
// Choice: every phrase is offered in the order of score (ties: the phrase seen first); a
// phrase is skipped when a chosen one holds it ("States" after "United States") or when
// they overlap (a suffix of one opens the other: "pop star Michael" after "Canadian pop
// star"). A phrase that holds chosen ones takes the place of the first of them and the
// others are dropped ("wavelength services" replaces "services"), provided it holds at least a quarter
// of each one's occurrences and, if it occurs once, none occurs more often; otherwise it is
// skipped. So the result never holds a phrase and its part, and its first k do not depend
// on k. A phrase that replaced a part keeps the part's rank: scores need not decrease down
// the list. The quarter was chosen over a half on bench/keyphrases.py (a half lost 4 points
// of F1@10 on semeval2010 and 1 on inspec; both halves of each set agree).
//
// `surface` is the spelling the text uses most often for the phrase (text from its first
// word's start to its last word's end, so "arms-control", "日本経済"), counting only
// occurrences that open neither a sentence nor sit in the title; ties as for keywords.
//
// O(n) in the text's length (each of its terms starts at most kMaxKeyphraseTerms phrases;
// choosing looks at O(kMaxKeyphraseTerms^2) parts of each), plus O(P log P) to sort its P
// distinct phrases, whatever k. Throws InvalidArgument for k = 0, invalid UTF-8 or a text of 2 GiB or
// more; Error if ICU or Snowball fail. Empty or blank text, or a text without a candidate
// sentence, gives none.
std::vector<Keyphrase> extract_keyphrases(std::string_view text, const Language& language, std::size_t k,
                                          const CorpusFrequencies::Table* corpus = nullptr);

}  // namespace salience

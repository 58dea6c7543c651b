// Keywords: the terms that weigh most in a document by TF-IDF, as a reader writes them.
//
// Built on the summarizer's own stages, so that a keyword is a term the scoring counts:
// segment() gives the candidate sentences (sentences with at least one word; not the
// title or dateline), extract_terms() their terms, TermStatistics the smoothed
// in-document IDF over them, weighed by a corpus's when one is given.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "salience/corpus.h"
#include "salience/language.h"

namespace salience {

struct Keyword {
  std::string term;       // the normalized term: NFKC case-folded and stemmed ("negoti")
  std::string surface;    // the term as the text writes it ("negotiations"); see below
  double score = 0.0;     // count * idf
  std::size_t count = 0;  // occurrences in the candidate sentences
};

// The at most `k` (>= 1) terms of `text` (UTF-8) with the highest score, best first; ties
// go to the term that occurs first. score = count * idf(term), with count the term's
// occurrences in the candidate sentences and idf TermStatistics' ln((1 + N) / (1 + df)) + 1
// over them, times the root of the corpus's IDF with `corpus` (as a fitted Summarizer
// weighs terms). Terms without a letter (numbers such as "2019" or "1,550") are left out.
//
// `surface` is the word form that the text uses most often for the term, counting only
// occurrences that do not open a sentence, whose capital letter says nothing about the word
// ("Lavrov", "nuclear", "START"); a term seen only at sentence starts takes its form from
// there. Ties go to the shorter form ("Lavrov" before "Lavrov's"), then the earlier one.
//
// O(n) in the text's length plus O(V log V) for its V distinct terms. Throws
// InvalidArgument for k = 0, invalid UTF-8 or a text of 2 GiB or more; Error if ICU or
// Snowball fail. Empty or blank text gives no keyword.
std::vector<Keyword> extract_keywords(std::string_view text, const Language& language, std::size_t k,
                                      const CorpusFrequencies::Table* corpus = nullptr);

}  // namespace salience

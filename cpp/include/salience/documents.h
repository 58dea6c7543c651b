// One summary of a cluster of related documents (several articles on one event, the reviews
// of one product): the stages of summarizer.h run over every document's candidates at once.
//
//   std::vector<std::string_view> texts = {first, second, third};
//   salience::ClusterSummary summary =
//       salience::summarize_documents(summarizer, texts, {salience::BudgetKind::kSentences, 4});
//
// Per document, as a single-document summary reads it: the language (with "auto", each
// document its own), the spans, the terms, the title, boilerplate, and the features that
// belong to a document: position (a document's lead is a lead, whatever its place in the
// cluster), title (the cosine to the document's own title) and length and noise.
// Over the cluster: the TF-IDF vectors, their centroid and the IDF, counted over the
// candidate sentences of all documents (ln((1 + n) / (1 + df)) + 1, as TermStatistics
// counts one document's, times a fitted corpus's root factor when every document is in one
// language it holds), so that the tfidf feature rewards what the cluster is about; and one
// selection over all candidates, whose redundancy check compares sentences across
// documents. IDF over the cluster's documents as well (their counts as the corpus) was
// measured and left out: on FewSum (bench/documents.py) it changed ROUGE-1 by -0.05 and
// -0.10 (SE 0.25, 0.22). Terms are pooled by their string: a stem written the same way
// in two documents is one term, whatever their languages (names, numbers and URLs meet;
// words of two languages mostly do not).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "salience/selection.h"
#include "salience/summarizer.h"

namespace salience {

struct ClusterSummary {
  // One Summary per text, in the order of the texts: its language, spans and title as
  // Summarizer::summarize gives them, its candidates in `ranking` (best first by the
  // cluster's ranking: `rank` counts over all documents' candidates, and `document` is the
  // text's index) and the ones chosen from it in `selected` (document order). A blank text
  // has an empty one. The whole summary is the chosen sentences of documents[0], then of
  // documents[1], and so on; the cluster's ranking is every document's ranking merged by rank.
  std::vector<Summary> documents;
};

// Summarizes the cluster `texts` (UTF-8 each) within `budget`, with the options of
// `summarizer` (each text read in summarizer.language_of(text)). One text gives the same
// Summary, features and ranks included, as summarizer.summarize(text, budget). O(total length of the texts).
// Throws InvalidArgument naming the text (its index) that is not valid UTF-8 or of 2 GiB or more, or for a
// budget outside its domain; Error if ICU or Snowball fail; Cancelled once a stop is requested of the calling
// thread's token (see stop.h).
ClusterSummary summarize_documents(const Summarizer& summarizer, std::span<const std::string_view> texts,
                                   const Budget& budget);

}  // namespace salience

// The whole pipeline: segment -> terms -> statistics -> features -> selection -> result.
//
//   salience::Summarizer summarizer({.language = "en", .scoring = {.position_weight = 0.5}});
//   salience::Summary summary = summarizer.summarize(text, {salience::BudgetKind::kSentences, 3});
//
// A Summarizer is immutable after construction and safe to share between threads: every
// call keeps its working state on the calling thread.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "salience/corpus.h"
#include "salience/features.h"
#include "salience/genre.h"
#include "salience/language.h"
#include "salience/segment.h"
#include "salience/selection.h"

namespace salience {

// Options::language for "each text in its own language": the one detect_language finds in
// it, or kFallbackLanguage when it finds none.
inline constexpr std::string_view kAutoLanguage = "auto";
// The language of a text whose language detection cannot tell (no letter of a script a
// supported language writes): English, the language most of salience's users write.
inline constexpr std::string_view kFallbackLanguage = "en";

// The language to read `text` in for `code`: the language of that ISO 639-1 code, or with
// kAutoLanguage the one detect_language finds in `text` (kFallbackLanguage when it finds
// none, or when the bytes it reads are not UTF-8, left for whoever reads the whole text to
// report). Throws InvalidArgument for a code that is neither. O(min(n, kDetectBytes)).
const Language& language_for(std::string_view code, std::string_view text);

// Every option with its default: the one place the defaults are written. The Python binding
// exports them (_core.DEFAULT_OPTIONS) and the package's signature is tested against them.
struct Options {
  // An ISO 639-1 code (see Language::supported_codes()) or kAutoLanguage.
  std::string language = std::string(kAutoLanguage);
  // A name of kGenreNames, or kAutoGenre: each text in the genre recognize_genre finds in it.
  // The genre gives the scoring defaults (genre_scoring).
  std::string genre = std::string(kAutoGenre);
  // The scoring options the caller fixed; those left empty take the genre's default.
  ScoringOverrides scoring{};
  // The cosine above which a sentence repeats a chosen one. 0.4 from the grid of
  // ScoringOptions (0.3 and 0.5 lost 0.01 and 0.09 ROUGE-1 on cnndm_dev).
  double redundancy_threshold = 0.4;
  // How much lower a sentence that opens by pointing back ("It", "However", cpp/data/openers)
  // ranks while the sentence before it is not chosen (select_sentences); 0 turns it off.
  // 0.1: the smallest weight tried that halves the share of unresolved references
  // (bench/quality.py) on every development set; its cost in ROUGE is in docs/quality.md.
  double coherence_weight = 0.1;
  // Document frequencies learned from a corpus: when they hold documents of the text's
  // language, IDF comes from them instead of the text's own sentences (see TermStatistics).
  std::shared_ptr<const CorpusFrequencies> corpus{};
};

// A span of the document with code-point offsets, as Python sees it.
struct SpanResult {
  Span span;              // byte offsets into the UTF-8 text
  std::size_t start = 0;  // code-point offsets: text[start:end] in Python
  std::size_t end = 0;
};

struct SentenceResult {
  std::size_t index = 0;  // position among the document's spans (as split_sentences)
  std::size_t start = 0;  // code-point offsets
  std::size_t end = 0;
  std::size_t words = 0;
  double score = 0.0;    // the sum of `features`' contributions
  std::size_t rank = 0;  // 1 for the best candidate
  Features features;
  std::size_t document = 0;  // the text it is from: its index in summarize_documents' texts
  // In a transcript, the index into the spans of the speaker span of the sentence's turn
  // (SpanKind::kSpeaker, in the same paragraph); none in a paragraph without a label and in
  // other documents.
  std::optional<std::size_t> speaker;
};

struct Summary {
  std::string language;                 // the ISO 639-1 code the text was read in
  std::vector<SpanResult> spans;        // every span, in document order
  std::vector<SentenceResult> ranking;  // every candidate, best first
  std::vector<std::size_t> selected;    // indices into `ranking`, in document order
  std::optional<std::size_t> title;     // index into `spans` of the title
  // Whether a candidate holds a term of the query, when summarized with one (not without):
  // false means the ranking is the plain one, as if there were no query.
  std::optional<bool> query_matched;
  Genre genre = Genre::kGeneral;  // the genre whose scoring defaults were used
};

// The text's spans with code-point offsets. Throws InvalidArgument for invalid UTF-8 or a
// text of 2 GiB or more (ICU's offsets are 32-bit); Error if ICU fails; Cancelled once a
// stop is requested of the calling thread's token (see stop.h).
std::vector<SpanResult> split_sentences(std::string_view text, const Language& language);

// With language kAutoLanguage a Summarizer reads each text in the language detected in it.
// What depends on the language is only the Language (built once per process and shared, see
// Language::get) and the corpus's table for it (a lookup): nothing is made per language, so
// the same Summarizer serves every language, on any number of threads.
class Summarizer {
 public:
  // Throws InvalidArgument for an unsupported language, a genre that is neither a name of
  // kGenreNames nor kAutoGenre, or an option outside its domain.
  explicit Summarizer(Options options);

  const Options& options() const noexcept { return options_; }

  // The language `text` is read in: language_for(options().language, text), without
  // looking the options' language up again.
  const Language& language_of(std::string_view text) const;

  // The scoring options of a text whose segmentation is `spans` and word counts `words`:
  // the options given, over the defaults of the options' genre (with kAutoGenre, the genre
  // recognize_genre finds). Sets `genre` to that genre. O(n) with kAutoGenre.
  ScoringOptions scoring_of(std::string_view text, std::span<const Span> spans,
                            std::span<const std::size_t> words, Genre& genre) const;

  // Summarizes `text` (UTF-8) within `budget`, read in language_of(text) and scored with
  // the options' genre's defaults (with kAutoGenre, recognize_genre's) under the options the
  // caller fixed; Summary::genre says which. Candidates are
  // the sentences (not the title or dateline) with at least one word (is_candidate). Empty
  // or blank text gives an empty Summary. O(n) in the text's length. Throws
  // InvalidArgument for invalid UTF-8, a text of 2 GiB or more, or a budget outside its
  // domain; Error if ICU or Snowball fail; Cancelled, within a few sentences of work, once
  // a stop is requested of the calling thread's token (see stop.h).
  Summary summarize(std::string_view text, const Budget& budget) const;

  // The same, read in `language` (as language_of(text) gave it, for a caller that needs
  // the language before the summary: a batch reports it for a text that fails). With a
  // `query` (UTF-8, read in the same language; see query_terms in features.h), each
  // sentence's "query" feature is its cosine to the query's terms; a query none of whose
  // terms a candidate holds (blank, stopwords only, another language) leaves the ranking
  // as without one, and Summary::query_matched says which. Throws InvalidArgument for a
  // query of invalid UTF-8 too.
  Summary summarize(std::string_view text, const Budget& budget, const Language& language,
                    std::optional<std::string_view> query = std::nullopt) const;

 private:
  Options options_;
  const Language* language_ = nullptr;  // the options' language; nullptr for kAutoLanguage
  std::optional<Genre> genre_;          // the options' genre; nullopt for kAutoGenre
};

}  // namespace salience

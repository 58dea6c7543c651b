// Language resources: which languages the core supports, their stopwords, stemmer,
// abbreviations and the orthographic facts sentence segmentation needs.
//
// The supported languages are the rows of the language table (detail/languages.h), each
// with its stopword and abbreviation lists when cpp/data has them. Languages are immutable,
// built once per process and shared by every thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "salience/detail/hash.h"

namespace salience {

// How an abbreviation behaves before the word that follows it (cpp/data/abbreviations).
enum class AbbreviationKind : std::uint8_t {
  kNone,    // not an abbreviation of the language
  kPlain,   // "etc.", "Inc.": may end a sentence
  kPrefix,  // "Dr.", "Mt.": stands before a name or term, so never ends a sentence before one
  kNumber,  // "No.", "p.": stands before a number
};

// Orthographic facts of a language that decide sentence boundaries. All default to the
// conventions of English.
struct Orthography {
  // Nouns are capitalized (German): a capital after an abbreviation is no sign of a new
  // sentence, only a capitalized function word is.
  bool capitalized_nouns = false;
  // "12. Juni", "XII. Pluku": a period after a small number or Roman numeral marks an
  // ordinal, not the end of a sentence.
  bool ordinal_period = false;
  // A full stop ends a sentence even before a lower-case word (Greek, after
  // pragmatic_segmenter's rules), unless it follows an abbreviation.
  bool period_ends_before_lower_case = false;
  // Characters that end a sentence here besides Unicode's Sentence_Terminal ones: the colon
  // for Arabic and Persian (pragmatic_segmenter) and for Armenian (typed for "։"), the
  // semicolon (the question mark) for Greek. ASCII only.
  std::string_view extra_terminals;
  // Words written with a capital wherever they stand (English "I", Danish "I"), folded: after an
  // ellipsis they do not start a sentence.
  std::vector<std::string_view> always_capitalized;
  // Elided articles, pronouns and prepositions written onto the next word, folded with "'"
  // ("l'", "qu'" in French): a term is the word without them.
  std::vector<std::string_view> elisions;
  // Clitics written onto the end of a word, folded ("'s", "n't" in English): a term is the
  // word without them, unless the whole word is a stopword ("don't").
  std::vector<std::string_view> clitics;
};

class Language {
 public:
  // The language with this ISO 639-1 code ("en", "de", ...). Throws InvalidArgument naming
  // the supported codes when there is none.
  static const Language& get(std::string_view code);

  // Every supported ISO 639-1 code, sorted.
  static const std::vector<std::string>& supported_codes();

  const std::string& code() const noexcept { return code_; }

  // The Snowball algorithm's name ("english"), or empty when Snowball has none.
  const std::string& stemmer_algorithm() const noexcept { return stemmer_algorithm_; }

  // The ICU locale used for word boundaries.
  const std::string& break_locale() const noexcept { return break_locale_; }

  // Whether a word in NFKC_Casefold form (typographic apostrophes as "'") is a stopword of
  // this language. The lists are stored in that form, so "ΆΛΛΕΣ", "άλλες" and "daß"
  // find their entries once folded.
  bool is_stopword(std::string_view folded_word) const noexcept {
    return stopwords_.find(folded_word) != stopwords_.end();
  }
  bool has_stopwords() const noexcept { return !stopwords_.empty(); }
  // Every stopword, folded, in no particular order. O(stopwords).
  std::vector<std::string_view> stopwords() const { return {stopwords_.begin(), stopwords_.end()}; }

  // Whether a word in NFKC_Casefold form is a filler of speech ("um", "yeah"; see
  // cpp/data/fillers): in a transcript it is no term and no word of the length feature.
  bool is_filler(std::string_view folded_word) const noexcept {
    return fillers_.find(folded_word) != fillers_.end();
  }
  bool has_fillers() const noexcept { return !fillers_.empty(); }

  // The kind of a case-folded word written before a period ("dr", "u.s", "z.b"), kNone when
  // the language lists no such abbreviation. O(length of the word).
  AbbreviationKind abbreviation(std::string_view folded_word) const noexcept {
    const auto found = abbreviations_.find(folded_word);
    return found == abbreviations_.end() ? AbbreviationKind::kNone : found->second;
  }

  const Orthography& orthography() const noexcept { return orthography_; }

  // `stopword_list`, `abbreviation_list` and `filler_list` are the texts of the data files
  // (see cpp/data/*/README.md): one entry a line, '#' starts a comment line.
  Language(std::string code, std::string stemmer_algorithm, std::string_view stopword_list,
           std::string_view abbreviation_list = {}, Orthography orthography = {},
           std::string_view filler_list = {});

 private:
  std::string code_;
  std::string stemmer_algorithm_;
  std::string break_locale_;
  std::unordered_set<std::string, detail::StringHash, std::equal_to<>> stopwords_;
  std::unordered_map<std::string, AbbreviationKind, detail::StringHash, std::equal_to<>> abbreviations_;
  Orthography orthography_;
  std::unordered_set<std::string, detail::StringHash, std::equal_to<>> fillers_;
};

}  // namespace salience

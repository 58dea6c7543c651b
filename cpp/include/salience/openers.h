// Openers: the words and phrases a sentence opens with that point back at the sentence
// before it ("It", "However", "These", "In addition"), per language (cpp/data/openers).
// Selection reads whether a candidate opens with one, so that a summary does not show a
// sentence whose antecedent it left out (see select_sentences).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "salience/detail/hash.h"

namespace salience {

class Openers {
 public:
  // The openers of a data file's text: one entry a line, a word or a phrase of words joined
  // by single spaces; a line "~word" lists a word after which a one-word opener does not
  // point back (the time nouns of "This year", "That day"); "#" starts a comment line.
  // Entries are folded as words are (NFKC_Casefold, typographic apostrophes as "'").
  explicit Openers(std::string_view list);

  // The openers of the language with ISO 639-1 `code`; an empty list for a language without
  // a data file (nothing then opens with a reference). Built once per process. O(1) after.
  static const Openers& of(std::string_view code);

  // Whether `sentence` (UTF-8) opens with an opener: its first words, after any leading
  // quotes, brackets, dashes or other marks and a speaker label ("Project Manager: ", one to
  // three capitalized words and a colon), case-folded, are an entry, and the word after a
  // one-word entry is no "~" word. O(the first few words).
  bool opens_sentence(std::string_view sentence) const;

  bool empty() const noexcept { return entries_.empty(); }

 private:
  using Set = std::unordered_set<std::string, detail::StringHash, std::equal_to<>>;
  Set entries_;              // folded, words joined by one space
  Set first_words_;          // the first word of each entry, folded
  Set time_nouns_;           // folded
  std::size_t longest_ = 0;  // words in the longest entry
};

}  // namespace salience

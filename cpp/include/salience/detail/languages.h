// The table of supported languages: every fact the core holds about a language besides its
// data files (cpp/data/stopwords, cpp/data/abbreviations). Internal: Language (language.h)
// and detect_language (detect.h) read it. Adding a language starts with a row here.
#pragma once

#include <unicode/uscript.h>

#include <span>
#include <string_view>

namespace salience::detail {

struct LanguageFacts {
  std::string_view code{};     // ISO 639-1
  std::string_view stemmer{};  // the Snowball algorithm's name in libstemmer; empty: none
  // Letters (UTF-8, lower case) that only some languages of its script write, this one among
  // them ("ñ" Spanish, "ї" Ukrainian, "پ" Persian and Urdu): each occurrence is evidence for
  // detect_language, shared among the candidate languages that list the letter.
  std::string_view letters{};
  // The script it is written in, as detect_language tells scripts apart (Serbian: Cyrillic,
  // the script of its stopword list; Japanese: USCRIPT_KATAKANA_OR_HIRAGANA).
  UScriptCode script = USCRIPT_LATIN;
  // The most written language of its script, which detect_language takes a text of that
  // script for unless another language has evidence (see detect.h). One per script at most.
  bool script_default = false;

  // The orthography (see Orthography in language.h).
  bool ordinal_period = false;
  bool capitalized_nouns = false;
  bool period_ends_before_lower_case = false;
  std::string_view extra_terminals{};
  std::span<const std::string_view> always_capitalized{};
  std::span<const std::string_view> elisions{};
  std::span<const std::string_view> clitics{};
};

// One row per supported language, sorted by code (the order of Language::supported_codes()).
std::span<const LanguageFacts> language_table() noexcept;

// The row of `code`, or nullptr for a code that is not supported. O(log languages).
const LanguageFacts* language_facts(std::string_view code) noexcept;

}  // namespace salience::detail

// Language resources: which languages the core supports, their stopwords and stemmer.
//
// A language is supported when salience has a stopword list or a Snowball stemmer for it.
// Languages are immutable, built once per process and shared by every thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace salience {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
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

  // The ICU locale used for sentence and word boundaries, with ICU's sentence-break
  // suppressions (abbreviations such as "Mr.") switched on.
  const std::string& break_locale() const noexcept { return break_locale_; }

  // Whether a case-folded, NFKC-normalized word is a stopword of this language.
  bool is_stopword(std::string_view folded_word) const noexcept {
    return stopwords_.find(folded_word) != stopwords_.end();
  }

  Language(std::string code, std::string stemmer_algorithm, std::string_view stopword_list);

 private:
  std::string code_;
  std::string stemmer_algorithm_;
  std::string break_locale_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> stopwords_;
};

}  // namespace salience

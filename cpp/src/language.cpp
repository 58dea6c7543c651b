#include "salience/language.h"

#include <boost/algorithm/string/join.hpp>
#include <map>
#include <memory>

#include "salience/detail/resources.h"
#include "salience/detail/unicode.h"
#include "salience/error.h"

namespace salience {
namespace {

// ISO 639-1 code to the name of its Snowball algorithm in libstemmer.
constexpr std::pair<std::string_view, std::string_view> kSnowballAlgorithms[] = {
    {"ar", "arabic"},     {"ca", "catalan"},    {"da", "danish"},    {"de", "german"},   {"el", "greek"},
    {"en", "english"},    {"es", "spanish"},    {"eu", "basque"},    {"fi", "finnish"},  {"fr", "french"},
    {"ga", "irish"},      {"hi", "hindi"},      {"hu", "hungarian"}, {"hy", "armenian"}, {"id", "indonesian"},
    {"it", "italian"},    {"lt", "lithuanian"}, {"ne", "nepali"},    {"nl", "dutch"},    {"no", "norwegian"},
    {"pt", "portuguese"}, {"ro", "romanian"},   {"ru", "russian"},   {"sr", "serbian"},  {"sv", "swedish"},
    {"ta", "tamil"},      {"tr", "turkish"},    {"yi", "yiddish"},
};

// Languages that write ordinals as a number and a period ("12. Juni", "3. května").
constexpr std::string_view kOrdinalPeriod[] = {"cs", "da", "de", "et", "fi", "hr", "hu", "is",
                                               "lv", "no", "pl", "sk", "sl", "sr", "tr"};

Orthography orthography_of(std::string_view code) {
  Orthography orthography;
  for (std::string_view ordinal : kOrdinalPeriod) orthography.ordinal_period |= code == ordinal;
  if (code == "de") orthography.capitalized_nouns = true;
  if (code == "en") orthography.always_capitalized = {"i", "i'm", "i'll", "i've", "i'd"};
  if (code == "da") orthography.always_capitalized = {"i"};  // "you" (plural)
  if (code == "el") {
    orthography.extra_terminals = ";";
    orthography.period_ends_before_lower_case = true;
  }
  if (code == "ar" || code == "fa" || code == "hy") orthography.extra_terminals = ":";
  if (code == "en") orthography.clitics = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't"};
  if (code == "fr") {
    orthography.elisions = {"l'", "d'",  "j'",     "m'",      "n'",      "s'",     "t'",
                            "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"};
  }
  if (code == "it") {
    orthography.elisions = {"l'",    "d'",    "un'",   "dell'",  "all'",  "dall'",
                            "nell'", "sull'", "coll'", "quest'", "quell'"};
  }
  if (code == "ca") orthography.elisions = {"l'", "d'", "s'", "m'", "t'", "n'"};
  if (code == "ga") orthography.elisions = {"d'", "b'", "m'"};
  return orthography;
}

using Registry = std::map<std::string, std::unique_ptr<const Language>, std::less<>>;

struct Parts {
  std::string_view stemmer;
  std::string_view stopwords;
  std::string_view abbreviations;
};

const Registry& registry() {
  static const Registry languages = [] {
    std::map<std::string, Parts, std::less<>> parts;
    for (const auto& [code, algorithm] : kSnowballAlgorithms) parts[std::string(code)].stemmer = algorithm;
    for (const auto& resource : detail::stopword_resources()) {
      parts[std::string(resource.key)].stopwords = resource.content;
    }
    for (const auto& resource : detail::abbreviation_resources()) {
      parts[std::string(resource.key)].abbreviations = resource.content;
    }
    Registry built;
    for (const auto& [code, part] : parts) {
      built.emplace(code, std::make_unique<const Language>(code, std::string(part.stemmer), part.stopwords,
                                                           part.abbreviations, orthography_of(code)));
    }
    return built;
  }();
  return languages;
}

std::string_view trim(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") + 1 - begin);
}

// Calls `entry(line)` for each line of a data file that is not blank or a comment.
template <class Entry>
void for_each_entry(std::string_view list, Entry&& entry) {
  while (!list.empty()) {
    const std::size_t end = std::min(list.find('\n'), list.size());
    std::string_view line = trim(list.substr(0, end));
    list.remove_prefix(std::min(end + 1, list.size()));
    if (!line.empty() && line.front() != '#') entry(line);
  }
}

AbbreviationKind abbreviation_kind(std::string_view tag) {
  if (tag == "prefix") return AbbreviationKind::kPrefix;
  if (tag == "number") return AbbreviationKind::kNumber;
  return AbbreviationKind::kPlain;
}

}  // namespace

Language::Language(std::string code, std::string stemmer_algorithm, std::string_view stopword_list,
                   std::string_view abbreviation_list, Orthography orthography)
    : code_(std::move(code)),
      stemmer_algorithm_(std::move(stemmer_algorithm)),
      break_locale_(code_),
      orthography_(std::move(orthography)) {
  // Folded as words are when they are looked up: "άλλες" is stored as "άλλεσ".
  for_each_entry(stopword_list, [this](std::string_view word) {
    std::string folded;
    detail::fold_case(word, folded);
    stopwords_.insert(std::move(folded));
  });
  for_each_entry(abbreviation_list, [this](std::string_view line) {
    const std::size_t tab = line.find('\t');
    const std::string_view word = trim(line.substr(0, tab));
    // "s. r. o": the segmenter reads one word before each period, and a single letter
    // before a period is an abbreviation anyway.
    if (word.find(' ') != std::string_view::npos) return;
    std::string folded;
    detail::fold_case(word, folded);
    const std::string_view tag =
        tab == std::string_view::npos ? std::string_view() : trim(line.substr(tab + 1));
    abbreviations_.emplace(std::move(folded), abbreviation_kind(tag));
  });
}

const Language& Language::get(std::string_view code) {
  const auto& languages = registry();
  if (auto found = languages.find(code); found != languages.end()) return *found->second;
  throw InvalidArgument("unsupported language '" + std::string(code) + "': use an ISO 639-1 code, one of " +
                        boost::algorithm::join(supported_codes(), ", "));
}

const std::vector<std::string>& Language::supported_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> all;
    for (const auto& [code, language] : registry()) all.push_back(code);
    return all;
  }();
  return codes;
}

}  // namespace salience

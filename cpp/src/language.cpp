#include "salience/language.h"

#include <algorithm>
#include <boost/algorithm/string/join.hpp>
#include <iterator>
#include <map>
#include <memory>

#include "salience/detail/languages.h"
#include "salience/detail/resources.h"
#include "salience/detail/unicode.h"
#include "salience/error.h"

namespace salience {
namespace {

// Words always written with a capital, clitics and elisions (see Orthography).
constexpr std::string_view kEnglishCapitals[] = {"i", "i'm", "i'll", "i've", "i'd"};
constexpr std::string_view kDanishCapitals[] = {"i"};  // "you" (plural)
constexpr std::string_view kEnglishClitics[] = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't"};
constexpr std::string_view kFrenchElisions[] = {"l'", "d'",  "j'",     "m'",      "n'",      "s'",     "t'",
                                                "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"};
constexpr std::string_view kItalianElisions[] = {"l'",    "d'",    "un'",   "dell'",  "all'",  "dall'",
                                                 "nell'", "sull'", "coll'", "quest'", "quell'"};
constexpr std::string_view kCatalanElisions[] = {"l'", "d'", "s'", "m'", "t'", "n'"};
constexpr std::string_view kIrishElisions[] = {"d'", "b'", "m'"};

// Languages that write ordinals as a number and a period ("12. Juni", "3. května") have
// ordinal_period. The colon ends a sentence in Arabic and Persian (pragmatic_segmenter) and
// in Armenian (typed for "։"); the semicolon (the question mark) in Greek.
constexpr detail::LanguageFacts kLanguages[] = {
    {.code = "ar",
     .stemmer = "arabic",
     .letters = "ةىيك",
     .script = USCRIPT_ARABIC,
     .script_default = true,
     .extra_terminals = ":"},
    {.code = "bg", .script = USCRIPT_CYRILLIC},
    {.code = "bn", .script = USCRIPT_BENGALI},
    {.code = "ca", .stemmer = "catalan", .elisions = kCatalanElisions},
    {.code = "cs", .letters = "řěů", .ordinal_period = true},
    {.code = "da",
     .stemmer = "danish",
     .letters = "øæå",
     .ordinal_period = true,
     .always_capitalized = kDanishCapitals},
    {.code = "de", .stemmer = "german", .letters = "ß", .ordinal_period = true, .capitalized_nouns = true},
    {.code = "el",
     .stemmer = "greek",
     .script = USCRIPT_GREEK,
     .period_ends_before_lower_case = true,
     .extra_terminals = ";"},
    {.code = "en",
     .stemmer = "english",
     .script_default = true,
     .always_capitalized = kEnglishCapitals,
     .clitics = kEnglishClitics},
    {.code = "es", .stemmer = "spanish", .letters = "ñ"},
    {.code = "et", .letters = "õ", .ordinal_period = true},
    {.code = "eu", .stemmer = "basque"},
    {.code = "fa", .letters = "پچژگکی", .script = USCRIPT_ARABIC, .extra_terminals = ":"},
    {.code = "fi", .stemmer = "finnish", .ordinal_period = true},
    {.code = "fr", .stemmer = "french", .letters = "îœûùïëê", .elisions = kFrenchElisions},
    {.code = "ga", .stemmer = "irish", .elisions = kIrishElisions},
    {.code = "he", .script = USCRIPT_HEBREW, .script_default = true},
    {.code = "hi", .stemmer = "hindi", .script = USCRIPT_DEVANAGARI, .script_default = true},
    {.code = "hr", .letters = "đ", .ordinal_period = true},
    {.code = "hu", .stemmer = "hungarian", .letters = "őű", .ordinal_period = true},
    {.code = "hy", .stemmer = "armenian", .script = USCRIPT_ARMENIAN, .extra_terminals = ":"},
    {.code = "id", .stemmer = "indonesian"},
    {.code = "it", .stemmer = "italian", .letters = "ù", .elisions = kItalianElisions},
    {.code = "ja", .script = USCRIPT_KATAKANA_OR_HIRAGANA},
    {.code = "kk", .letters = "іәғқңөұүһ", .script = USCRIPT_CYRILLIC},
    {.code = "ko", .script = USCRIPT_HANGUL},
    {.code = "lt", .stemmer = "lithuanian", .letters = "ėįų"},
    {.code = "lv", .letters = "āēīķļņģ", .ordinal_period = true},
    {.code = "mr", .letters = "ळ", .script = USCRIPT_DEVANAGARI},
    {.code = "ms"},
    {.code = "ne", .stemmer = "nepali", .script = USCRIPT_DEVANAGARI},
    {.code = "nl", .stemmer = "dutch", .letters = "ïë"},
    {.code = "no", .stemmer = "norwegian", .letters = "øæå", .ordinal_period = true},
    {.code = "pl", .letters = "ł", .ordinal_period = true},
    {.code = "pt", .stemmer = "portuguese", .letters = "ãõê"},
    {.code = "ro", .stemmer = "romanian", .letters = "ășțî"},
    {.code = "ru",
     .stemmer = "russian",
     .letters = "ыэё",
     .script = USCRIPT_CYRILLIC,
     .script_default = true},
    {.code = "sk", .letters = "ľĺŕô", .ordinal_period = true},
    {.code = "sl", .ordinal_period = true},
    {.code = "sr",
     .stemmer = "serbian",
     .letters = "ђјљњћџ",
     .script = USCRIPT_CYRILLIC,
     .ordinal_period = true},
    {.code = "sv", .stemmer = "swedish", .letters = "å"},
    {.code = "sw"},
    {.code = "ta", .stemmer = "tamil", .script = USCRIPT_TAMIL},
    {.code = "th", .script = USCRIPT_THAI},
    {.code = "tr", .stemmer = "turkish", .letters = "ğı", .ordinal_period = true},
    {.code = "uk", .letters = "їєґі", .script = USCRIPT_CYRILLIC},
    {.code = "ur", .letters = "پچژگکیےٹڈڑںہھ", .script = USCRIPT_ARABIC},
    {.code = "vi", .letters = "ãđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹê"},
    {.code = "yi", .stemmer = "yiddish", .script = USCRIPT_HEBREW},
    {.code = "zh", .script = USCRIPT_HAN},
};

constexpr bool sorted_by_code() {
  for (std::size_t i = 1; i < std::size(kLanguages); ++i) {
    if (!(kLanguages[i - 1].code < kLanguages[i].code)) return false;
  }
  return true;
}
static_assert(sorted_by_code(), "kLanguages must be sorted by code, the order of supported_codes()");

Orthography orthography_of(const detail::LanguageFacts& facts) {
  Orthography orthography;
  orthography.capitalized_nouns = facts.capitalized_nouns;
  orthography.ordinal_period = facts.ordinal_period;
  orthography.period_ends_before_lower_case = facts.period_ends_before_lower_case;
  orthography.extra_terminals = facts.extra_terminals;
  orthography.always_capitalized.assign(facts.always_capitalized.begin(), facts.always_capitalized.end());
  orthography.elisions.assign(facts.elisions.begin(), facts.elisions.end());
  orthography.clitics.assign(facts.clitics.begin(), facts.clitics.end());
  return orthography;
}

using Registry = std::map<std::string, std::unique_ptr<const Language>, std::less<>>;

// Every language of the table, with its data files. A data file whose code has no row is
// refused: the row is what makes a language supported.
const Registry& registry() {
  static const Registry languages = [] {
    std::map<std::string_view, std::string_view, std::less<>> stopwords;
    std::map<std::string_view, std::string_view, std::less<>> abbreviations;
    std::map<std::string_view, std::string_view, std::less<>> fillers;
    for (const auto& resource : detail::stopword_resources()) stopwords[resource.key] = resource.content;
    for (const auto& resource : detail::abbreviation_resources())
      abbreviations[resource.key] = resource.content;
    for (const auto& resource : detail::filler_resources()) fillers[resource.key] = resource.content;
    for (const auto* files : {&stopwords, &abbreviations, &fillers}) {
      for (const auto& [code, content] : *files) {
        if (detail::language_facts(code) == nullptr) {
          throw Error("cpp/data holds a list for '" + std::string(code) +
                      "', which detail/languages.h lacks");
        }
      }
    }
    Registry built;
    for (const detail::LanguageFacts& facts : kLanguages) {
      const auto stopword_list = stopwords.find(facts.code);
      const auto abbreviation_list = abbreviations.find(facts.code);
      const auto filler_list = fillers.find(facts.code);
      built.emplace(
          std::string(facts.code),
          std::make_unique<const Language>(
              std::string(facts.code), std::string(facts.stemmer),
              stopword_list == stopwords.end() ? std::string_view() : stopword_list->second,
              abbreviation_list == abbreviations.end() ? std::string_view() : abbreviation_list->second,
              orthography_of(facts),
              filler_list == fillers.end() ? std::string_view() : filler_list->second));
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

std::span<const detail::LanguageFacts> detail::language_table() noexcept { return kLanguages; }

const detail::LanguageFacts* detail::language_facts(std::string_view code) noexcept {
  const auto found =
      std::lower_bound(std::begin(kLanguages), std::end(kLanguages), code,
                       [](const LanguageFacts& facts, std::string_view key) { return facts.code < key; });
  return found != std::end(kLanguages) && found->code == code ? found : nullptr;
}

Language::Language(std::string code, std::string stemmer_algorithm, std::string_view stopword_list,
                   std::string_view abbreviation_list, Orthography orthography, std::string_view filler_list)
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
  for_each_entry(filler_list, [this](std::string_view word) {
    std::string folded;
    detail::fold_case(word, folded);
    fillers_.insert(std::move(folded));
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

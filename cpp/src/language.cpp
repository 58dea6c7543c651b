#include "salience/language.h"

#include <algorithm>
#include <map>
#include <memory>

#include <boost/algorithm/string/join.hpp>
#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "salience/detail/resources.h"
#include "salience/error.h"

namespace salience {
namespace {

// ISO 639-1 code to the name of its Snowball algorithm in libstemmer.
constexpr std::pair<std::string_view, std::string_view> kSnowballAlgorithms[] = {
    {"ar", "arabic"},    {"ca", "catalan"},   {"da", "danish"},     {"de", "german"},
    {"el", "greek"},     {"en", "english"},   {"es", "spanish"},    {"eu", "basque"},
    {"fi", "finnish"},   {"fr", "french"},    {"ga", "irish"},      {"hi", "hindi"},
    {"hu", "hungarian"}, {"hy", "armenian"},  {"id", "indonesian"}, {"it", "italian"},
    {"lt", "lithuanian"}, {"ne", "nepali"},   {"nl", "dutch"},      {"no", "norwegian"},
    {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"},    {"sr", "serbian"},
    {"sv", "swedish"},   {"ta", "tamil"},     {"tr", "turkish"},    {"yi", "yiddish"},
};

using Registry = std::map<std::string, std::unique_ptr<const Language>, std::less<>>;

const Registry& registry() {
  static const Registry languages = [] {
    std::map<std::string, std::pair<std::string, std::string_view>, std::less<>> parts;
    for (const auto& [code, algorithm] : kSnowballAlgorithms) {
      parts[std::string(code)].first = algorithm;
    }
    for (const auto& resource : detail::stopword_resources()) {
      parts[std::string(resource.key)].second = resource.content;
    }
    Registry built;
    for (auto& [code, part] : parts) {
      built.emplace(code, std::make_unique<const Language>(code, part.first, part.second));
    }
    return built;
  }();
  return languages;
}

}  // namespace

Language::Language(std::string code, std::string stemmer_algorithm,
                   std::string_view stopword_list)
    : code_(std::move(code)),
      stemmer_algorithm_(std::move(stemmer_algorithm)),
      break_locale_(code_ + "@ss=standard") {
  std::vector<std::string_view> lines;
  boost::algorithm::split(lines, stopword_list, [](char c) { return c == '\n'; });
  for (std::string_view line : lines) {
    auto word = boost::algorithm::trim_copy(std::string(line));
    if (!word.empty() && word.front() != '#') stopwords_.insert(std::move(word));
  }
}

const Language& Language::get(std::string_view code) {
  const auto& languages = registry();
  if (auto found = languages.find(code); found != languages.end()) return *found->second;
  throw InvalidArgument("unsupported language '" + std::string(code) +
                        "': use an ISO 639-1 code, one of " +
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

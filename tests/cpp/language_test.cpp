#include "salience/language.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "salience/detail/languages.h"
#include "salience/error.h"
#include "test_support.h"

namespace salience {
namespace {

TEST(Language, GetsEnglish) {
  const Language& english = Language::get("en");
  EXPECT_EQ(english.code(), "en");
  EXPECT_EQ(english.stemmer_algorithm(), "english");
  EXPECT_EQ(english.break_locale().rfind("en", 0), 0u) << english.break_locale();
}

TEST(Language, GetReturnsOneSharedInstancePerCode) {
  EXPECT_EQ(&Language::get("en"), &Language::get("en"));
  EXPECT_NE(&Language::get("en"), &Language::get("de"));
}

TEST(Language, GetIsSafeFromManyThreads) {
  std::vector<const Language*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&seen, i] { seen[i] = &Language::get(i % 2 == 0 ? "en" : "ru"); });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i], &Language::get(i % 2 == 0 ? "en" : "ru")) << "thread " << i;
  }
}

TEST(Language, MapsCodesToSnowballAlgorithms) {
  struct Case {
    const char* code;
    const char* algorithm;  // empty: Snowball has none, the language has stopwords only
  };
  const Case cases[] = {
      {"en", "english"}, {"de", "german"}, {"fr", "french"}, {"ru", "russian"},
      {"ar", "arabic"},  {"el", "greek"},  {"zh", ""},       {"ja", ""},
  };
  for (const Case& c : cases) {
    const Language& language = Language::get(c.code);
    EXPECT_EQ(language.code(), c.code);
    EXPECT_EQ(language.stemmer_algorithm(), c.algorithm) << c.code;
  }
}

TEST(Language, SupportedCodesAreSortedAndUnique) {
  const std::vector<std::string>& codes = Language::supported_codes();
  ASSERT_FALSE(codes.empty());
  EXPECT_TRUE(std::is_sorted(codes.begin(), codes.end()));
  EXPECT_EQ(std::adjacent_find(codes.begin(), codes.end()), codes.end());
  for (const char* code : {"en", "de", "ru", "zh", "ja", "ar", "he"}) {
    EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end()) << code;
  }
}

TEST(LanguageTable, ItsRowsAreTheSupportedLanguages) {
  const std::vector<std::string>& codes = Language::supported_codes();
  const auto table = detail::language_table();
  ASSERT_EQ(table.size(), codes.size());
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(table[i].code, codes[i]);
    EXPECT_EQ(detail::language_facts(codes[i]), &table[i]);
    EXPECT_EQ(Language::get(codes[i]).stemmer_algorithm(), table[i].stemmer);
  }
  EXPECT_EQ(detail::language_facts("xx"), nullptr);
  EXPECT_EQ(detail::language_facts(""), nullptr);
}

TEST(LanguageTable, EveryDataFileHasARow) {
  for (const char* folder : {"stopwords", "abbreviations"}) {
    const std::filesystem::path data = std::filesystem::path(SALIENCE_STOPWORDS_DIR).parent_path() / folder;
    for (const auto& entry : std::filesystem::directory_iterator(data)) {
      if (entry.path().extension() != ".txt") continue;
      EXPECT_NE(detail::language_facts(entry.path().stem().string()), nullptr) << entry.path();
    }
  }
}

TEST(LanguageTable, AScriptHasOneDefaultLanguageAtMost) {
  std::vector<UScriptCode> scripts;
  for (const detail::LanguageFacts& facts : detail::language_table()) {
    if (!facts.script_default) continue;
    EXPECT_EQ(std::count(scripts.begin(), scripts.end(), facts.script), 0) << facts.code;
    scripts.push_back(facts.script);
  }
  EXPECT_EQ(detail::language_facts("en")->script_default, true);
}

TEST(Language, EverySupportedCodeCanBeGot) {
  for (const std::string& code : Language::supported_codes()) {
    EXPECT_EQ(Language::get(code).code(), code);
  }
}

TEST(Language, UnknownCodeThrowsInvalidArgumentListingSupportedCodes) {
  for (const char* code : {"xx", "", "english", "zz"}) {
    const std::string message = testing::message_of<InvalidArgument>([&] { Language::get(code); });
    ASSERT_NE(message, "<no exception>") << "'" << code << "'";
    EXPECT_NE(message.find("'" + std::string(code) + "'"), std::string::npos) << message;
    for (const std::string& supported : Language::supported_codes()) {
      EXPECT_NE(message.find(supported), std::string::npos) << supported << " missing from: " << message;
    }
  }
}

TEST(Language, InvalidArgumentIsAStdInvalidArgument) {
  EXPECT_THROW(Language::get("xx"), std::invalid_argument);
}

TEST(Language, RecognizesStopwords) {
  struct Case {
    const char* code;
    const char* word;
    bool stopword;
  };
  const Case cases[] = {
      {"en", "the", true},
      {"en", "and", true},
      {"en", "of", true},
      {"en", "don't", true},
      {"en", "minister", false},
      {"en", "", false},
      {"en", "The", false},  // is_stopword takes folded
                             // words
      {"de", "und", true},
      {"de", "über", true},
      {"de", "minister", false},
      {"ru", "и", true},
      {"ru", "министр", false},
      {"zh", "的", true},
      {"zh", "学校", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Language::get(c.code).is_stopword(c.word), c.stopword) << c.code << ": '" << c.word << "'";
  }
}

// NFKC_Casefold, with typographic apostrophes as "'": the form terms.h looks stopwords up in.
std::string fold(const std::string& word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  icu::UnicodeString folded = fold->normalize(icu::UnicodeString::fromUTF8(word), status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString(u'\''));
  std::string out;
  folded.toUTF8String(out);
  return out;
}

// Regression (failed on commit 2196708): the lists were stored lowercased but words are
// looked up NFKC-case-folded, so entries whose fold differs never matched: Greek final
// sigma ("άλλες" -> "άλλεσ", 177 of el.txt), German "daß" -> "dass", Persian words with a
// ZWNJ ("می‌شود" -> "میشود", 5 of fa.txt). See Terms.DropsStopwordsWhoseCaseFoldDiffers...
TEST(Language, EveryListedStopwordIsFoundInItsFoldedForm) {
  namespace fs = std::filesystem;
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(SALIENCE_STOPWORDS_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    const std::string code = entry.path().stem().string();
    const Language& language = Language::get(code);
    std::ifstream in(entry.path());
    std::vector<std::string> missing;
    std::size_t listed = 0;
    for (std::string line; std::getline(in, line);) {
      line.erase(0, line.find_first_not_of(" \t\r"));
      line.erase(line.find_last_not_of(" \t\r") + 1);
      if (line.empty() || line.front() == '#') continue;
      ++listed;
      if (!language.is_stopword(fold(line))) missing.push_back(line + " -> " + fold(line));
    }
    EXPECT_GT(listed, 0u) << code;
    std::string sample;
    for (std::size_t i = 0; i < missing.size() && i < 5; ++i) sample += " [" + missing[i] + "]";
    EXPECT_TRUE(missing.empty()) << code << ": " << missing.size() << " of " << listed
                                 << " stopwords are not found after folding, e.g." << sample;
  }
  EXPECT_GT(files, 0u);
}

}  // namespace
}  // namespace salience

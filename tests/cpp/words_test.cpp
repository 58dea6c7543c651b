// Words of space-separated scripts (detail/words.h) and the terms made of them (terms.h):
// apostrophes and elisions, compounds, numbers, URLs and e-mail addresses, by language.
#include "salience/detail/words.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "salience/segment.h"
#include "salience/terms.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;
using detail::PieceKind;

struct PieceText {
  std::string text;
  PieceKind kind;
  bool starts_word;
  friend bool operator==(const PieceText&, const PieceText&) = default;
};

std::ostream& operator<<(std::ostream& out, const PieceText& piece) {
  return out << "{" << piece.text << ", " << static_cast<int>(piece.kind) << ", " << piece.starts_word << "}";
}

std::vector<PieceText> pieces_of(std::string_view text) {
  std::vector<detail::Piece> pieces;
  detail::split_words(text, 0, text.size(), pieces);
  std::vector<PieceText> out;
  for (const detail::Piece& piece : pieces) {
    out.push_back(
        {std::string(text.substr(piece.begin, piece.end - piece.begin)), piece.kind, piece.starts_word});
  }
  return out;
}

constexpr auto kWord = PieceKind::kWord;
constexpr auto kNumber = PieceKind::kNumber;
constexpr auto kLiteral = PieceKind::kLiteral;

struct WordCase {
  const char* name;
  std::string_view text;
  std::vector<PieceText> pieces;
};

class Words : public ::testing::TestWithParam<WordCase> {};

TEST_P(Words, SplitIntoPieces) {
  EXPECT_EQ(pieces_of(GetParam().text), GetParam().pieces) << GetParam().text;
}

const WordCase kWordCases[] = {
    {"Empty", "", {}},
    {"PunctuationOnly", " ... !? -- ", {}},
    {"Plain", "The cat.", {{"The", kWord, true}, {"cat", kWord, true}}},
    {"Apostrophes",
     "don't l'homme O\u2019Neil",
     {{"don't", kWord, true}, {"l'homme", kWord, true}, {"O\u2019Neil", kWord, true}}},
    {"QuoteIsNoApostrophe",
     "'quoted' dogs' bowl",
     {{"quoted", kWord, true}, {"dogs", kWord, true}, {"bowl", kWord, true}}},
    {"Numbers",
     "3.14 1,234.56 2019",
     {{"3.14", kNumber, true}, {"1,234.56", kNumber, true}, {"2019", kNumber, true}}},
    {"NumberThenPeriod", "in 2019.", {{"in", kWord, true}, {"2019", kNumber, true}}},
    {"NumberWithUnit", "$1.5bn 20th", {{"1.5bn", kWord, true}, {"20th", kWord, true}}},
    {"Abbreviation", "U.S. e.g.", {{"U.S", kWord, true}, {"e.g", kWord, true}}},
    {"Compound",
     "state-of-the-art",
     {{"state", kWord, true}, {"of", kWord, false}, {"the", kWord, false}, {"art", kWord, false}}},
    {"HyphenBetweenDigitsSplits",
     "4-0 win",
     {{"4", kNumber, true}, {"0", kNumber, true}, {"win", kWord, true}}},
    {"DashIsNoHyphen", "well - known", {{"well", kWord, true}, {"known", kWord, true}}},
    {"Url",
     "see https://example.com/a-b?x=1, now",
     {{"see", kWord, true}, {"https://example.com/a-b?x=1", kLiteral, true}, {"now", kWord, true}}},
    {"WwwUrl", "www.bbc.co.uk.", {{"www.bbc.co.uk", kLiteral, true}}},
    {"Email",
     "mail jane.doe@example.org.",
     {{"mail", kWord, true}, {"jane.doe@example.org", kLiteral, true}}},
    {"AtWithoutDomain", "me@home", {{"me", kWord, true}, {"home", kWord, true}}},
    {"Connector", "snake_case", {{"snake_case", kWord, true}}},
    {"CatalanMiddleDot", "col\u00B7lecci\u00F3", {{"col\u00B7lecci\u00F3", kWord, true}}},
    {"CombiningMarks", "Nai\u0308ve cafe\u0301", {{"Nai\u0308ve", kWord, true}, {"cafe\u0301", kWord, true}}},
    {"PersianZeroWidthNonJoiner",
     "\u0645\u06CC\u200C\u0631\u0648\u0645",
     {{"\u0645\u06CC\u200C\u0631\u0648\u0645", kWord, true}}},
    {"EmojiAreNoWords", "\U0001F44D ok \U0001F1FA\U0001F1F8", {{"ok", kWord, true}}},
    {"FullWidth", "\uFF28\uFF45\uFF4C\uFF4C\uFF4F", {{"\uFF28\uFF45\uFF4C\uFF4C\uFF4F", kWord, true}}},
    // Runs of ASCII letters and digits are read in a loop of their own: words that leave
    // and re-enter them, or end the text inside one.
    {"AsciiRunsAroundOtherLetters",
     "na\u00EFve Z\u00FCrich \u00E9t\u00E9 \u00C5",
     {{"na\u00EFve", kWord, true},
      {"Z\u00FCrich", kWord, true},
      {"\u00E9t\u00E9", kWord, true},
      {"\u00C5", kWord, true}}},
    {"DigitsThenLetters",
     "2019 4x4 x86 1\u00B2",
     {{"2019", kNumber, true}, {"4x4", kWord, true}, {"x86", kWord, true}, {"1", kNumber, true}}},
    {"DigitRunThenOtherDigit", "12\u0663", {{"12\u0663", kNumber, true}}},
    {"PeriodJoinsByTheRunsLastCharacter",
     "v1.2 a.1",
     {{"v1.2", kWord, true}, {"a", kWord, true}, {"1", kNumber, true}}},
    {"TextEndsInARun", "ends", {{"ends", kWord, true}}},
};
INSTANTIATE_TEST_SUITE_P(Words, Words, ::testing::ValuesIn(kWordCases), testing::ParamName());

TEST(WordsDictionary, TellsScriptsWithoutSpaces) {
  for (std::string_view text :
       {"我们的学校"sv, "これはペン"sv, "ภาษาไทย"sv, "ພາສາລາວ"sv, "ភាសាខ្មែរ"sv, "မြန်မာ"sv, "a 学 b"sv}) {
    EXPECT_TRUE(detail::needs_dictionary(text, 0, text.size())) << text;
  }
  for (std::string_view text :
       {"plain text"sv, "Ελληνικά"sv, "русский"sv, "한국어"sv, "हिन्दी"sv, "עברית"sv, ""sv}) {
    EXPECT_FALSE(detail::needs_dictionary(text, 0, text.size())) << text;
  }
}

// Terms of one sentence, in order.
std::vector<std::string> terms_of(std::string_view text, const char* language) {
  const Language& resolved = Language::get(language);
  const std::vector<Span> spans = segment(text, resolved);
  const DocumentTerms terms = extract_terms(text, spans, resolved);
  std::vector<std::string> out;
  for (TermId id : terms.terms) out.push_back(terms.vocabulary[id]);
  return out;
}

struct TermCase {
  const char* name;
  std::string_view text;
  const char* language;
  std::vector<std::string> terms;
};

class TermsByLanguage : public ::testing::TestWithParam<TermCase> {};

TEST_P(TermsByLanguage, AreNormalizedDeliberately) {
  const TermCase& c = GetParam();
  EXPECT_EQ(terms_of(c.text, c.language), c.terms) << c.text;
}

const TermCase kTermCases[] = {
    {"EnglishPossessive", "Lavrov's plan", "en", {"lavrov", "plan"}},
    {"EnglishNegationIsAStopword", "couldn't fail", "en", {"fail"}},
    {"EnglishApostropheInsideName", "O'Neil o'clock", "en", {"o'neil", "o'clock"}},
    {"FrenchElisions", "L'homme qu'il aime", "fr", {"homm", "aim"}},
    {"ItalianElisions", "dell'anno all'alba", "it", {"anno", "alba"}},
    {"CompoundParts", "state-of-the-art design", "en", {"state", "art", "design"}},
    {"UrlAndEmailAreOneTerm",
     "Visit www.Example.com or JANE@example.org",
     "en",
     {"visit", "www.example.com", "jane@example.org"}},
    {"AcronymIsNoStopword", "The IT team and it", "en", {"it", "team"}},
    {"AbbreviationIsNotStemmed", "U.S. sales", "en", {"u.s", "sale"}},
    {"NumbersAsWritten", "1.000.000 Euro", "de", {"1.000.000", "euro"}},
    {"GreekFinalSigma", "Άλλες άλλες μέρες", "el", {"μερ"}},
    {"GermanSharpS", "daß Straße", "de", {"strass"}},
};
INSTANTIATE_TEST_SUITE_P(Terms, TermsByLanguage, ::testing::ValuesIn(kTermCases), testing::ParamName());

TEST(TermsByLanguage, CompoundCountsAsOneWord) {
  const std::string_view text = "A state-of-the-art well-known design.";
  const Language& english = Language::get("en");
  const std::vector<Span> spans = segment(text, english);
  const DocumentTerms terms = extract_terms(text, spans, english);
  EXPECT_EQ(terms.word_count, std::vector<std::size_t>{4});
}

TEST(TermsByLanguage, TermOffsetsNameTheirPiece) {
  const std::string_view text = "state-of-the-art";
  const Language& english = Language::get("en");
  const std::vector<Span> spans = segment(text, english);
  const DocumentTerms terms = extract_terms(text, spans, english);
  ASSERT_EQ(terms.terms.size(), 2u);
  EXPECT_EQ(text.substr(terms.term_begin[0], terms.term_end[0] - terms.term_begin[0]), "state");
  EXPECT_EQ(text.substr(terms.term_begin[1], terms.term_end[1] - terms.term_begin[1]), "art");
}

// Many distinct forms in one thread: the cache grows and starts again, and every document
// still gets its own vocabulary.
TEST(TermsByLanguage, CacheSurvivesManyDistinctForms) {
  const Language& english = Language::get("en");
  for (int round = 0; round < 3; ++round) {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "w" + std::to_string(round) + "x" + std::to_string(i) + " ";
    const std::vector<Span> spans = segment(text, english);
    const DocumentTerms terms = extract_terms(text, spans, english);
    EXPECT_EQ(terms.vocabulary.size(), 100000u);
    EXPECT_EQ(terms.vocabulary[terms.terms[12345]], "w" + std::to_string(round) + "x12345");
  }
}

}  // namespace
}  // namespace salience

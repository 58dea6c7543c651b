// The words around a candidate sentence boundary (detail/word_context.h), one table row per
// case. In each text "^" marks the position asked about (the run's first terminal, the end
// of the run, or the word) and "|", when there, the start of the sentence; both are removed
// before the call.
#include "salience/detail/word_context.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>

#include "test_support.h"

namespace salience::detail {
namespace {

// Test names in failures instead of the bytes of the case.
template <class Case>
void print_name(const Case& c, std::ostream* os) {
  *os << c.name;
}

struct Marked {
  std::string text;
  std::size_t sentence_begin = 0;
  std::size_t at = 0;
};

Marked mark(std::string_view written) {
  Marked marked;
  for (char c : written) {
    if (c == '|') {
      marked.sentence_begin = marked.text.size();
    } else if (c == '^') {
      marked.at = marked.text.size();
    } else {
      marked.text.push_back(c);
    }
  }
  return marked;
}

std::string_view kind_name(AbbreviationKind kind) {
  switch (kind) {
    case AbbreviationKind::kNone:
      return "";
    case AbbreviationKind::kPlain:
      return "listed:plain";
    case AbbreviationKind::kPrefix:
      return "listed:prefix";
    case AbbreviationKind::kNumber:
      return "listed:number";
  }
  return "?";
}

// The flags of a word that are set, in declaration order, space-separated.
std::string flags_of(const PreviousWord& word) {
  std::string flags;
  auto add = [&flags](bool set, std::string_view name) {
    if (!set || name.empty()) return;
    if (!flags.empty()) flags += ' ';
    flags += name;
  };
  add(word.empty, "empty");
  add(word.numeric, "numeric");
  add(word.small_integer, "small_integer");
  add(word.roman, "roman");
  add(word.multi_period, "multi_period");
  add(word.single_letter, "single_letter");
  add(word.url_like, "url_like");
  add(word.long_word, "long_word");
  add(word.ends_lower, "ends_lower");
  add(word.has_upper, "has_upper");
  add(true, kind_name(word.listed));
  return flags;
}

std::string_view kind_name(NextWord::Kind kind) {
  switch (kind) {
    case NextWord::Kind::kEnd:
      return "end";
    case NextWord::Kind::kLower:
      return "lower";
    case NextWord::Kind::kUpper:
      return "upper";
    case NextWord::Kind::kCaseless:
      return "caseless";
    case NextWord::Kind::kDigit:
      return "digit";
    case NextWord::Kind::kOther:
      return "other";
  }
  return "?";
}

std::string flags_of(const NextWord& word) {
  std::string flags(kind_name(word.kind));
  auto add = [&flags](bool set, std::string_view name) {
    if (set) flags += ' ' + std::string(name);
  };
  add(word.dash_then_lower, "dash_then_lower");
  add(word.starter, "starter");
  add(word.initial, "initial");
  add(word.always_capitalized, "always_capitalized");
  add(word.abbreviation, "abbreviation");
  return flags;
}

// --- read_previous ------------------------------------------------------------------------

struct PreviousCase {
  const char* name;
  std::string_view marked;
  std::string folded;
  std::string flags;
  const char* language = "en";
};
void PrintTo(const PreviousCase& c, std::ostream* os) { print_name(c, os); }

class ReadPrevious : public ::testing::TestWithParam<PreviousCase> {};

TEST_P(ReadPrevious, DescribesTheWordBeforeATerminal) {
  const PreviousCase& c = GetParam();
  const Marked m = mark(c.marked);
  const PreviousWord word = read_previous(m.text, m.sentence_begin, m.at, Language::get(c.language));
  EXPECT_EQ(word.folded, c.folded) << c.marked;
  EXPECT_EQ(flags_of(word), c.flags) << c.marked;
  EXPECT_EQ(word.end, m.at);
}

const std::string kLongWord = std::string(70, 'x');
const std::string kLongWordMarked = "See " + kLongWord + "^. Then";

const PreviousCase kPreviousCases[] = {
    {"Empty", "^. Then", "", "empty"},
    {"OnlyMarksBefore", "(\"^. Then", "", "empty"},
    {"PlainWord", "Hello world^. Then", "world", "ends_lower"},
    {"PrefixAbbreviation", "Mr. Smith met Dr^. Jones", "dr", "ends_lower has_upper listed:prefix"},
    {"PlainAbbreviation", "Pitt & Co^. It", "co", "ends_lower has_upper listed:plain"},
    {"NumberAbbreviation", "See No^. 5", "no", "ends_lower has_upper listed:number"},
    {"MultiPeriodInCapitals", "the U.S^. Government", "u.s", "multi_period has_upper listed:plain"},
    {"MultiPeriodInLowerCase", "at 5 a.m^. Then", "a.m", "multi_period ends_lower"},
    {"LeadingBracketIsNotPartOfTheWord", "(U.S^. based)", "u.s", "multi_period has_upper listed:plain"},
    {"LeadingCurrencyIsNotPartOfTheWord", "costs $100.00^. Then", "100.00", "numeric"},
    {"SmallInteger", "am 12^. Juni", "12", "numeric small_integer", "de"},
    {"YearIsNoSmallInteger", "in 1990^. Then", "1990", "numeric"},
    {"RomanNumeral", "Pluku XII^. Then", "xii", "roman has_upper"},
    {"SingleLetterIsRomanToo", "Albert I^. Jones", "i", "single_letter has_upper"},
    {"Initial", "J^. R. R. Tolkien", "j", "single_letter has_upper"},
    {"Url", "see example.com/x^. Then", "example.com/x", "url_like ends_lower"},
    {"EMail", "mail jane@example.com^. Then", "jane@example.com", "url_like ends_lower"},
    {"Www", "at www.example^. Then", "www.example", "url_like ends_lower"},
    {"LongWordIsReadByItsEnd", kLongWordMarked, std::string(kMaxWordBytes, 'x'), "long_word ends_lower"},
    {"StopsAtTheSentenceBegin", "Mr.|Smith^. Then", "smith", "ends_lower has_upper"},
    {"CyrillicUnitAbbreviation", "в 150 г^. Саргон", "г", "single_letter ends_lower listed:plain", "ru"},
};
INSTANTIATE_TEST_SUITE_P(WordContext, ReadPrevious, ::testing::ValuesIn(kPreviousCases),
                         testing::ParamName());

// --- read_next ----------------------------------------------------------------------------

struct NextCase {
  const char* name;
  std::string_view marked;
  std::string flags;
  const char* language = "en";
};
void PrintTo(const NextCase& c, std::ostream* os) { print_name(c, os); }

class ReadNext : public ::testing::TestWithParam<NextCase> {};

TEST_P(ReadNext, DescribesTheWordAfterARun) {
  const NextCase& c = GetParam();
  const Marked m = mark(c.marked);
  EXPECT_EQ(flags_of(read_next(m.text, m.at, Language::get(c.language))), c.flags) << c.marked;
}

const NextCase kNextCases[] = {
    {"End", "It ends.^", "end"},
    {"EndAfterWhiteSpace", "It ends.^  \n ", "end"},
    {"Lower", "It ends.^ then", "lower"},
    {"CapitalizedName", "Dr.^ Smith went", "upper"},
    {"CapitalizedStopword", "It ends.^ The next", "upper starter"},
    {"AfterOpeningMarks", "It ends.^ (\"The next", "upper starter"},
    {"Initial", "It ends.^ J. Smith", "upper initial"},
    {"AlwaysCapitalized", "the thing is . . .^ I didn't", "upper starter always_capitalized"},
    {"PlainAbbreviation", "Acme Co.^ Ltd. shares", "upper abbreviation"},
    {"Digit", "It ends.^ 12 men", "digit"},
    {"Caseless", "It ends.^ \xE6\x9D\xB1\xE4\xBA\xAC", "caseless"},
    {"Other", "It ends.^ * item", "other"},
    {"DashThenLower", "Where?^ \xE2\x80\x94 he said", "other dash_then_lower"},
    {"DashThenCapital", "Where?^ \xE2\x80\x94 He said", "other"},
    {"GermanCapitalizedStopword", "Es endet.^ Wir gehen", "upper starter", "de"},
    {"GermanNoun", "Es endet.^ Haus", "upper", "de"},
};
INSTANTIATE_TEST_SUITE_P(WordContext, ReadNext, ::testing::ValuesIn(kNextCases), testing::ParamName());

// --- number_before ------------------------------------------------------------------------

struct NumberCase {
  const char* name;
  std::string_view marked;  // "^" at the word after the number
  bool expected;
};
void PrintTo(const NumberCase& c, std::ostream* os) { print_name(c, os); }

class NumberBefore : public ::testing::TestWithParam<NumberCase> {};

TEST_P(NumberBefore, FindsANumberBeforeAUnit) {
  const NumberCase& c = GetParam();
  const Marked m = mark(c.marked);
  EXPECT_EQ(number_before(m.text, m.sentence_begin, m.at), c.expected) << c.marked;
}

const std::string kLongNumberMarked = "at " + std::string(70, '9') + " ^bn";

const NumberCase kNumberCases[] = {
    {"Number", "at 5 ^a.m.", true},
    {"NumberWithSeparators", "cost 1,000.50 ^m", true},
    {"Currency", "cost $5 ^bn", true},
    {"PoundAndEuro",
     "\xC2\xA3"
     "3 and \xE2\x82\xAC"
     "2 ^m",
     true},
    {"Word", "at five ^a.m.", false},
    {"NothingBefore", "^a.m.", false},
    {"NoSpaceBefore", "5^a.m.", false},
    {"Range", "in 2019-20 ^bn", false},
    {"WordEndingInDigits", "Q3 ^Inc.", false},
    {"NumberBeforeTheSentence", "5 |^a.m.", false},
    {"NumberLongerThanAWord", kLongNumberMarked, false},
};
INSTANTIATE_TEST_SUITE_P(WordContext, NumberBefore, ::testing::ValuesIn(kNumberCases), testing::ParamName());

// --- words_before -------------------------------------------------------------------------

struct WordsCase {
  const char* name;
  std::string_view marked;
  std::size_t limit;
  std::size_t expected;
};
void PrintTo(const WordsCase& c, std::ostream* os) { print_name(c, os); }

class WordsBefore : public ::testing::TestWithParam<WordsCase> {};

TEST_P(WordsBefore, CountsUpToTheLimit) {
  const WordsCase& c = GetParam();
  const Marked m = mark(c.marked);
  EXPECT_EQ(words_before(m.text, m.sentence_begin, m.at, c.limit), c.expected) << c.marked;
}

const WordsCase kWordsCases[] = {
    {"None", "^a.m.", 3, 0},
    {"Two", "At 5 ^a.m.", 3, 2},
    {"StopsAtTheLimit", "one two three four ^x", 3, 3},
    {"PunctuationJoinsAWord", "U.S.-based firms ^x", 5, 2},
    {"MarksAloneAreNoWord", "( - ) at ^x", 5, 1},
    {"FromTheSentenceBegin", "One two. |Three ^x", 5, 1},
};
INSTANTIATE_TEST_SUITE_P(WordContext, WordsBefore, ::testing::ValuesIn(kWordsCases), testing::ParamName());

// --- ends_title ---------------------------------------------------------------------------

struct TitleCase {
  const char* name;
  std::string_view marked;  // "^" at the terminal
  bool expected;
};
void PrintTo(const TitleCase& c, std::ostream* os) { print_name(c, os); }

class EndsTitle : public ::testing::TestWithParam<TitleCase> {};

TEST_P(EndsTitle, ReadsTitleCaseBack) {
  const TitleCase& c = GetParam();
  const Marked m = mark(c.marked);
  EXPECT_EQ(ends_title(m.text, m.sentence_begin, m.at), c.expected) << c.marked;
}

const TitleCase kTitleCases[] = {
    {"SongTitle", "Do They Know It's Christmas^? is", true},
    {"ShortLowerCaseWords", "Who Wants to be a Millionaire^? is", true},
    {"TwoWords", "Shall We Dance^? is", true},
    {"OneCapitalizedWord", "he asked Dance^? and", false},
    {"LastWordInLowerCase", "What Is it^? he", false},
    {"LongLowerCaseWordEndsIt", "What about Lovely Day^? is", true},
    {"OnlyTheSentence", "Big Day. |Now^? is", false},
    {"Empty", "^? is", false},
};
INSTANTIATE_TEST_SUITE_P(WordContext, EndsTitle, ::testing::ValuesIn(kTitleCases), testing::ParamName());

}  // namespace
}  // namespace salience::detail

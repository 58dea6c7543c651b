#include "salience/openers.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace salience {
namespace {

struct OpenerCase {
  const char* name;
  const char* language;
  const char* sentence;
  bool opens;
};

class OpensSentence : public ::testing::TestWithParam<OpenerCase> {};

TEST_P(OpensSentence, AsTheListsSay) {
  const OpenerCase& c = GetParam();
  EXPECT_EQ(Openers::of(c.language).opens_sentence(c.sentence), c.opens) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Openers, OpensSentence,
    ::testing::Values(OpenerCase{"Pronoun", "en", "It prompted minister's joke.", true},
                      OpenerCase{"PronounUpperCase", "en", "THEY LEFT EARLY.", true},
                      OpenerCase{"Contraction", "en", "It\u2019s over, he said.", true},
                      OpenerCase{"PossessiveNotAWordPrefix", "en", "Italy won the cup.", false},
                      OpenerCase{"Connective", "en", "However, the vote failed.", true},
                      OpenerCase{"Phrase", "en", "In addition, taxes rose.", true},
                      OpenerCase{"PhraseNeedsAllWords", "en", "In Paris, taxes rose.", false},
                      OpenerCase{"DemonstrativeAndTimeNoun", "en", "This year the festival moved.", false},
                      OpenerCase{"DemonstrativeAndNoun", "en", "This decision angered many.", true},
                      OpenerCase{"AfterQuotes", "en", "\u201cBut we will win,\u201d she said.", true},
                      OpenerCase{"AfterBracketAndDash", "en", "(-- And so on.)", true},
                      OpenerCase{"AfterSpeakerLabel", "en", "Project Manager: So, we start.", true},
                      OpenerCase{"SpeakerLabelThenOther", "en", "Project Manager: We start.", false},
                      OpenerCase{"FirstPersonIsNoReference", "en", "We start with the remote.", false},
                      OpenerCase{"Number", "en", "20 people died.", false},
                      OpenerCase{"Empty", "en", "", false},
                      OpenerCase{"OnlyMarks", "en", "\u2026 \u201d --", false},
                      OpenerCase{"German", "de", "Außerdem stieg der Preis.", true},
                      OpenerCase{"GermanTimeNoun", "de", "Dieses Jahr stieg der Preis.", false},
                      OpenerCase{"French", "fr", "Cependant, le vote a échoué.", true},
                      OpenerCase{"FrenchElision", "fr", "C\u2019est la fin.", true},
                      OpenerCase{"Spanish", "es", "Sin embargo, la votación fracasó.", true},
                      OpenerCase{"Russian", "ru", "Однако голосование провалилось.", true},
                      OpenerCase{"RussianTimeNoun", "ru", "Этим летом цены выросли.", false},
                      OpenerCase{"NoListForLanguage", "ja", "しかし、投票は失敗した。", false},
                      OpenerCase{"UnknownCode", "xx", "It rained.", false}),
    [](const ::testing::TestParamInfo<OpenerCase>& info) { return std::string(info.param.name); });

TEST(Openers, ReadsEntriesPhrasesAndTimeNouns) {
  const Openers openers("# a comment\nit\nas a result\n~year\n\n");
  EXPECT_FALSE(openers.empty());
  EXPECT_TRUE(openers.opens_sentence("It rained."));
  EXPECT_TRUE(openers.opens_sentence("As a result, it rained."));
  EXPECT_FALSE(openers.opens_sentence("As usual, it rained."));
  EXPECT_FALSE(openers.opens_sentence("It year."));
  EXPECT_TRUE(Openers("").empty());
  EXPECT_FALSE(Openers("").opens_sentence("It rained."));
}

}  // namespace
}  // namespace salience

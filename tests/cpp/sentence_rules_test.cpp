// The sentence boundary rules (detail/sentence_rules.h), one table row per rule, through
// segment(): what a reader would split, in the language given.
#include "salience/detail/sentence_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "salience/segment.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;

struct RuleCase {
  const char* name;
  std::string_view text;
  std::vector<std::string> sentences;
  const char* language = "en";
};

class SentenceRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(SentenceRules, SplitWhereAReaderWould) {
  const RuleCase& c = GetParam();
  const std::vector<Span> spans = segment(c.text, Language::get(c.language));
  EXPECT_EQ(testing::texts_of(c.text, spans), c.sentences) << c.text;
}

const RuleCase kAbbreviations[] = {
    {"TitleBeforeName",
     "Mr. Smith met Dr. Jones. They talked.",
     {"Mr. Smith met Dr. Jones.", "They talked."}},
    {"PlainAbbreviationEndsBeforeCapital",
     "They met Pitt & Co. It was late.",
     {"They met Pitt & Co.", "It was late."}},
    {"PlainAbbreviationGoesOnInLowerCase", "They met Pitt & Co. at noon.", {"They met Pitt & Co. at noon."}},
    {"AbbreviationBeforeNumber", "See Fig. 3 and p. 12. Then stop.", {"See Fig. 3 and p. 12.", "Then stop."}},
    {"TwoAbbreviationsNameOneThing", "Acme Co. Ltd. shares fell.", {"Acme Co. Ltd. shares fell."}},
    {"MultiPeriodBeforeName",
     "I work for the U.S. Government here.",
     {"I work for the U.S. Government here."}},
    {"MultiPeriodBeforeFunctionWord",
     "I live in the U.S. How about you?",
     {"I live in the U.S.", "How about you?"}},
    {"UnitAfterNumberEnds",
     "He left at 6 P.M. Mr. Smith stayed.",
     {"He left at 6 P.M.", "Mr. Smith stayed."}},
    {"UnitAfterNumberInAFragment", "At 5 a.m. Mr. Smith went out.", {"At 5 a.m. Mr. Smith went out."}},
    {"Initials", "J. R. R. Tolkien and J.R.R. Martin wrote.", {"J. R. R. Tolkien and J.R.R. Martin wrote."}},
    {"InitialOrPronoun",
     "You and I. Did you see Albert I. Jones?",
     {"You and I.", "Did you see Albert I. Jones?"}},
    {"PossessiveAfterAbbreviation", "That is JFK Jr.'s book.", {"That is JFK Jr.'s book."}},
    {"UnknownWordBeforeCapital",
     "Sales rose in Q3. Analysts cheered.",
     {"Sales rose in Q3.", "Analysts cheered."}},
};
INSTANTIATE_TEST_SUITE_P(Abbreviations, SentenceRules, ::testing::ValuesIn(kAbbreviations),
                         testing::ParamName());

const RuleCase kNumbersAndAddresses[] = {
    {"Decimal", "It cost $100.00 in total. Cheap.", {"It cost $100.00 in total.", "Cheap."}},
    {"NumberEndsSentence", "She has $100.00. It is hers.", {"She has $100.00.", "It is hers."}},
    {"Email", "Mail Jane.Doe@example.com. She replies.", {"Mail Jane.Doe@example.com.", "She replies."}},
    {"Url",
     "See https://www.example.50.com/a-b_c.html. It works.",
     {"See https://www.example.50.com/a-b_c.html.", "It works."}},
    {"NoSpaceBetweenSentences",
     "Hello world.Today is Tuesday.Mr. Smith came.",
     {"Hello world.", "Today is Tuesday.", "Mr. Smith came."}},
    {"NumberBeforeSentenceWithoutSpace",
     "He bought 1,000.That is a lot.",
     {"He bought 1,000.", "That is a lot."}},
    // Words longer than the rules read back (64 bytes) are read by their end.
    {"LongWordBeforeSentenceWithoutSpace",
     "It was state-of-the-art-and-never-before-seen-anywhere-in-this-part-of-the-world.Then it broke.",
     {"It was state-of-the-art-and-never-before-seen-anywhere-in-this-part-of-the-world.", "Then it broke."}},
    {"LongUrlBeforeCapitalWithoutSpace",
     "See http://example.com/a/very/long/path/that/goes/on/and/on/for/more/bytes.Html today.",
     {"See http://example.com/a/very/long/path/that/goes/on/and/on/for/more/bytes.Html today."}},
    {"LongWordBeforeFullStop",
     "They sold Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungen. Then more.",
     {"They sold Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungen.", "Then more."}},
};
INSTANTIATE_TEST_SUITE_P(NumbersAndAddresses, SentenceRules, ::testing::ValuesIn(kNumbersAndAddresses),
                         testing::ParamName());

const RuleCase kMarks[] = {
    {"DoublePunctuation", "Hello?! Is that you?", {"Hello?!", "Is that you?"}},
    {"ExclamationInName", "She works at Yahoo! in London.", {"She works at Yahoo! in London."}},
    {"ListedExclamationName", "Yahoo! Inc. reported earnings.", {"Yahoo! Inc. reported earnings."}},
    {"QuestionBeforeLowerCase", "кім? не?", {"кім?", "не?"}, "kk"},
    {"TitleOfAWork", "Do They Know It's Christmas? is top.", {"Do They Know It's Christmas? is top."}},
    {"DialogueDash",
     "Бірақ оның енді не керегі бар? — деді.",
     {"Бірақ оның енді не керегі бар? — деді."},
     "kk"},
    {"QuotedQuestionThenLowerCase", "\"Where?\" he asked. She left.", {"\"Where?\" he asked.", "She left."}},
    {"QuotedSentenceThenCapital",
     "She said, \"This is great.\" She left.",
     {"She said, \"This is great.\"", "She left."}},
    {"QuotationHoldsItsSentences",
     "\"We won. It was hard,\" he said.",
     {"\"We won. It was hard,\" he said."}},
    {"QuotationLeftOpenHoldsNothing",
     "He said: \"We won. \"It was hard.",
     {"He said: \"We won.", "\"It was hard."}},
    {"ParenthesisHoldsItsSentence",
     "He worked (as an engineer.) at home.",
     {"He worked (as an engineer.) at home."}},
    {"GermanQuotes", "„Und auch keine Lust.“ Wir gehen.", {"„Und auch keine Lust.“", "Wir gehen."}, "de"},
    {"FrenchSpacedGuillemets",
     "Il dit « Je viens. » Puis il part.",
     {"Il dit « Je viens. »", "Puis il part."},
     "fr"},
    {"SpanishOpeningMarks", "¡Hola! ¿Qué tal? Bien.", {"¡Hola!", "¿Qué tal?", "Bien."}, "es"},
};
INSTANTIATE_TEST_SUITE_P(Marks, SentenceRules, ::testing::ValuesIn(kMarks), testing::ParamName());

// Wikipedia and web text: footnote markers after a terminal belong to the sentence before.
// Sentences in the style of Wikipedia articles, written for these tests.
const RuleCase kReferences[] = {
    {"FootnoteReference", "It grew in 1990.[3] Then it fell.", {"It grew in 1990.[3]", "Then it fell."}},
    {"SeveralReferences",
     "It opened in 1998.[4][5] Later it grew. It closed!",
     {"It opened in 1998.[4][5]", "Later it grew.", "It closed!"}},
    {"ReferenceAfterSpace",
     "The species is rare. [12] Most sightings are old.",
     {"The species is rare. [12]", "Most sightings are old."}},
    {"SuperscriptReference",
     "It is a common word.¹ Next comes another.²,³ Then a third.",
     {"It is a common word.¹", "Next comes another.²,³", "Then a third."}},
    {"CleanupTag",
     "He was born in Paris.[citation needed] He moved to Lyon.",
     {"He was born in Paris.[citation needed]", "He moved to Lyon."}},
    {"LetteredNoteAndReference",
     "The war ended in 1945.[a][3] Peace followed.",
     {"The war ended in 1945.[a][3]", "Peace followed."}},
    {"ReferenceAfterQuestion", "Who built it?[7] Nobody knows.", {"Who built it?[7]", "Nobody knows."}},
    {"BracketedTextStartsTheNextSentence",
     "It ended. [The rest of the text is lost.] We stop.",
     {"It ended.", "[The rest of the text is lost.]", "We stop."}},
    {"ReferenceBeforeLowerCaseGoesOn", "It rose c.[2] in value.", {"It rose c.[2] in value."}},
};
INSTANTIATE_TEST_SUITE_P(References, SentenceRules, ::testing::ValuesIn(kReferences), testing::ParamName());

const RuleCase kEllipses[] = {
    {"ThreeDotsThenCapital", "I never meant that... She left.", {"I never meant that...", "She left."}},
    {"ThreeDotsThenLowerCase", "I mean... well, no.", {"I mean... well, no."}},
    {"SpacedDotsThenPronoun",
     "The thing is . . . I did not mean it.",
     {"The thing is . . . I did not mean it."}},
    {"FourDots", "I never meant that.... She left.", {"I never meant that....", "She left."}},
    {"PeriodThenSpacedEllipsis",
     "It ended. . . . The rest was lost.",
     {"It ended.", ". . . The rest was lost."}},
    {"UnicodeEllipsis", "Wait\u2026 Then go.", {"Wait\u2026", "Then go."}},
    {"BracketedEllipsis", "\"Bohr [...] used [...]\" (Smith 55).", {"\"Bohr [...] used [...]\" (Smith 55)."}},
};
INSTANTIATE_TEST_SUITE_P(Ellipses, SentenceRules, ::testing::ValuesIn(kEllipses), testing::ParamName());

// Terminals in runs and with ellipses: what follows decides, as a reader would.
const RuleCase kRuns[] = {
    {"QuestionRun", "What??? We never knew.", {"What???", "We never knew."}},
    {"QuestionExclamation", "Really?! She left.", {"Really?!", "She left."}},
    {"ExclamationRunBeforeLowerCase", "Wow!!! that was close.", {"Wow!!! that was close."}},
    {"ExclamationThenEllipsisThenLowerCase", "Yes! ... then he left.", {"Yes! ... then he left."}},
    {"QuestionThenSpacedEllipsisThenCapital", "No? . . . Then what?", {"No? . . .", "Then what?"}},
    {"QuestionEllipsisThenLowerCase", "Why?... because I said so.", {"Why?... because I said so."}},
    {"SpacedQuestionMarks", "Did he run ? ? No one knew.", {"Did he run ? ?", "No one knew."}},
    {"SpacedExclamationMarks", "He shouted ! ! Then he ran.", {"He shouted ! !", "Then he ran."}},
};
INSTANTIATE_TEST_SUITE_P(Runs, SentenceRules, ::testing::ValuesIn(kRuns), testing::ParamName());

// Pre-tokenized text in the Penn Treebank convention (CNN/DailyMail, Gigaword): spaced
// punctuation, `` and '' for quotation marks, -LRB- and -RRB- for brackets. Written for these
// tests in the style of tokenized news.
const RuleCase kTokenized[] = {
    {"SpacedPeriod",
     "Lawmakers delayed the vote . Critics said it was rigged .",
     {"Lawmakers delayed the vote .", "Critics said it was rigged ."}},
    {"SpacedAbbreviation",
     "Dr . Jones said the plan failed . Prof . Lee agreed .",
     {"Dr . Jones said the plan failed .", "Prof . Lee agreed ."}},
    {"ClosingQuotesAfterSpacedTerminal",
     "`` It is over . '' Then he left .",
     {"`` It is over . ''", "Then he left ."}},
    {"QuotedExclamationThenLowerCase", "`` Stop ! '' he said .", {"`` Stop ! '' he said ."}},
    {"QuotedSentencesThenSaid",
     "`` We won . It was hard , '' he said . Fans cheered .",
     {"`` We won .", "It was hard , '' he said .", "Fans cheered ."}},
    {"ClosingBracketToken",
     "The firm -LRB- it said so . -RRB- Shares fell .",
     {"The firm -LRB- it said so . -RRB-", "Shares fell ."}},
};
INSTANTIATE_TEST_SUITE_P(Tokenized, SentenceRules, ::testing::ValuesIn(kTokenized), testing::ParamName());

// E-books: quotation marks that open or close with a space.
const RuleCase kSpacedQuotes[] = {
    {"DoubleQuotesWithSpaces", "\" Come in ! \" she said. He did.", {"\" Come in ! \" she said.", "He did."}},
    {"SingleQuoteClosingWithASpace",
     "'I know. ' He paused. 'I know it .' Then he left.",
     {"'I know. '", "He paused.", "'I know it .'", "Then he left."}},
    {"DoubleQuoteAfterASentenceOpens",
     "\"Come in,\" she said. \" Sit down.\" He sat.",
     {"\"Come in,\" she said.", "\" Sit down.\"", "He sat."}},
};
INSTANTIATE_TEST_SUITE_P(SpacedQuotes, SentenceRules, ::testing::ValuesIn(kSpacedQuotes),
                         testing::ParamName());

const RuleCase kLists[] = {
    {"NumberedInline", "1. The first item 2. The second item", {"1. The first item", "2. The second item"}},
    {"ParenthesisInline", "1) One thing 2) Another thing", {"1) One thing", "2) Another thing"}},
    {"LetteredInline", "a. First b. Second c. Third", {"a. First", "b. Second", "c. Third"}},
    {"BulletsInline",
     "\u2022 9. The first \u2022 10. The second",
     {"\u2022 9. The first", "\u2022 10. The second"}},
    {"BulletsOnLines",
     "Points:\n- first point\n- second point",
     {"Points:", "- first point", "- second point"}},
    {"NumberedOnLines", "Steps:\n1. Mix it\n2. Bake it", {"Steps:", "1. Mix it", "2. Bake it"}},
    {"BulletsOnLinesOfLineSeparators",
     "Points:\u2028- first point\u2028- second point",
     {"Points:", "- first point", "- second point"}},
    {"NumberedOnNextLines", "Steps:\u00851. Mix it\u00852. Bake it", {"Steps:", "1. Mix it", "2. Bake it"}},
    {"NumberInsideSentenceIsNoItem", "Add 2. 3 cups follow.", {"Add 2.", "3 cups follow."}},
};
INSTANTIATE_TEST_SUITE_P(Lists, SentenceRules, ::testing::ValuesIn(kLists), testing::ParamName());

const RuleCase kLines[] = {
    {"HardWrappedSentence",
     "The talks were long\nand productive. Then more.",
     {"The talks were long\nand productive.", "Then more."}},
    {"WrappedBeforeName",
     "The minister met with\nPresident Putin on Friday.",
     {"The minister met with\nPresident Putin on Friday."}},
    {"HeadingOverText",
     "Body one.\n\nResults\nThe method worked well. It was fast.",
     {"Body one.", "Results", "The method worked well.", "It was fast."}},
    {"MarkdownHeading",
     "Intro here.\n\n# Method and Data Used\nWe used it.",
     {"Intro here.", "# Method and Data Used", "We used it."}},
    {"HeadingOverTextAfterLineSeparator",
     "Body one.\n\nResults\u2028The method worked well. It was fast.",
     {"Body one.", "Results", "The method worked well.", "It was fast."}},
    {"HardWrappedAtLineSeparator",
     "The talks were long\u2028and productive. Then more.",
     {"The talks were long\u2028and productive.", "Then more."}},
};
INSTANTIATE_TEST_SUITE_P(Lines, SentenceRules, ::testing::ValuesIn(kLines), testing::ParamName());

const RuleCase kLanguages[] = {
    {"GermanOrdinal", "Am 3. Oktober kam er. Es regnete.", {"Am 3. Oktober kam er.", "Es regnete."}, "de"},
    {"GermanYearEnds", "Er kam 1990. Es regnete.", {"Er kam 1990.", "Es regnete."}, "de"},
    {"GermanAbbreviationBeforeNoun", "Er bringt z. B. Kuchen mit.", {"Er bringt z. B. Kuchen mit."}, "de"},
    {"SlovakRomanOrdinal", "Ide o príslušníkov XII. Pluku.", {"Ide o príslušníkov XII. Pluku."}, "sk"},
    {"EnglishHasNoOrdinalPeriod", "He came in 12. Then he left.", {"He came in 12.", "Then he left."}},
    {"SpanishTitles",
     "Hola Srta. Ledesma. Soy el Dr. Naser.",
     {"Hola Srta. Ledesma.", "Soy el Dr. Naser."},
     "es"},
    {"UkrainianAbbreviations",
     "Я живу на вул. Свободи 12, кв. 3. Добре.",
     {"Я живу на вул. Свободи 12, кв. 3.", "Добре."},
     "uk"},
    {"RussianSingleLetter",
     "Он жил в г. Москве. Потом уехал.",
     {"Он жил в г. Москве.", "Потом уехал."},
     "ru"},
    {"GreekQuestionMarkAndLowerCase",
     "Πού είναι; Τις Κυριακές κανένας. το κόστος.",
     {"Πού είναι;", "Τις Κυριακές κανένας.", "το κόστος."},
     "el"},
    {"ArmenianColon", "Ի՞նչ ես մտածում: Ոչինչ:", {"Ի՞նչ ես մտածում:", "Ոչինչ:"}, "hy"},
    {"ArabicColonAndAbbreviation",
     "وقال د. أحمد كلاما. سؤال وجواب: ماذا حدث؟",
     {"وقال د. أحمد كلاما.", "سؤال وجواب:", "ماذا حدث؟"},
     "ar"},
    {"ArabicColonBetweenDigits", "الساعة 05:01 الآن.", {"الساعة 05:01 الآن."}, "ar"},
    {"HindiDanda", "यह एक वाक्य है। डॉ. शर्मा आए।", {"यह एक वाक्य है।", "डॉ. शर्मा आए।"}, "hi"},
    {"ChineseQuotation", "他说：“我们走吧。”然后他们走了。", {"他说：“我们走吧。”", "然后他们走了。"}, "zh"},
    {"ChineseTitleBrackets", "去看《摔跤吧！爸爸》好吗？好！", {"去看《摔跤吧！爸爸》好吗？", "好！"}, "zh"},
    {"JapaneseQuotativeParticle",
     "「おはよう。」と彼は言った。今日は晴れ。",
     {"「おはよう。」と彼は言った。", "今日は晴れ。"},
     "ja"},
    {"JapaneseDecimalPoint", "幅は３．２９％です。次です。", {"幅は３．２９％です。", "次です。"}, "ja"},
    {"AmharicWithoutSpaces", "እንደምን አለህ፧መልካም ቀን።", {"እንደምን አለህ፧", "መልካም ቀን።"}},
    {"ThaiSpaceBetweenSentences", "วันนี้อากาศดี ฉันไปตลาด", {"วันนี้อากาศดี", "ฉันไปตลาด"}, "th"},
    {"ThaiSpaceAroundNumber", "เมื่อ 5 ปีที่แล้ว", {"เมื่อ 5 ปีที่แล้ว"}, "th"},
};
INSTANTIATE_TEST_SUITE_P(Languages, SentenceRules, ::testing::ValuesIn(kLanguages), testing::ParamName());

TEST(SentenceRulesBreaks, LieStrictlyInsideTheParagraphInOrder) {
  const std::string text = "One. Two! Three? \u2022 Four 1. Five 2. Six";
  std::vector<std::size_t> breaks;
  detail::find_sentence_breaks(text, 0, text.size(), Language::get("en"), breaks);
  ASSERT_FALSE(breaks.empty());
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    EXPECT_GT(breaks[i], 0u);
    EXPECT_LT(breaks[i], text.size());
    if (i > 0) {
      EXPECT_LT(breaks[i - 1], breaks[i]);
    }
  }
}

// An opening mark every few bytes with no closing one: each looks ahead a bounded distance,
// and what it has searched is not searched again.
TEST(SentenceRulesBreaks, ManyUnclosedQuotationsStayLinear) {
  const std::string text = testing::repeat_to("(alpha \u201Cbeta. Gamma \u00ABdelta. ", 1 << 20);
  const std::vector<Span> spans = segment(text, Language::get("en"));
  EXPECT_GT(spans.size(), 1000u);
}

}  // namespace
}  // namespace salience

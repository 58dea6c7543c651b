#include "salience/terms.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "salience/utf8.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;

// span_begin has one entry per span plus one, starts at 0, never decreases and ends at the
// number of terms; every term id names a distinct vocabulary entry.
void expect_consistent(const DocumentTerms& terms, std::size_t spans) {
  ASSERT_EQ(terms.span_begin.size(), spans + 1);
  ASSERT_EQ(terms.word_count.size(), spans);
  EXPECT_EQ(terms.span_begin.front(), 0u);
  EXPECT_TRUE(std::is_sorted(terms.span_begin.begin(), terms.span_begin.end()));
  EXPECT_EQ(terms.span_begin.back(), terms.terms.size());
  for (TermId id : terms.terms) ASSERT_LT(id, terms.vocabulary.size());
  EXPECT_EQ(std::set<std::string>(terms.vocabulary.begin(), terms.vocabulary.end()).size(),
            terms.vocabulary.size());
  std::set<TermId> used(terms.terms.begin(), terms.terms.end());
  EXPECT_EQ(used.size(), terms.vocabulary.size()) << "a vocabulary entry no span uses";
  for (std::size_t i = 0; i < spans; ++i) {
    EXPECT_LE(terms.of_span(i).size(), terms.word_count[i]) << "more terms than words in span " << i;
  }
}

struct Extracted {
  std::vector<Span> spans;
  DocumentTerms terms;

  std::vector<std::string> of_span(std::size_t i) const {
    std::vector<std::string> out;
    for (TermId id : terms.of_span(i)) out.push_back(terms.vocabulary[id]);
    return out;
  }
  std::vector<std::string> all() const {
    std::vector<std::string> out;
    for (TermId id : terms.terms) out.push_back(terms.vocabulary[id]);
    return out;
  }
  std::size_t words() const {
    std::size_t total = 0;
    for (std::size_t count : terms.word_count) total += count;
    return total;
  }
};

Extracted extract(std::string_view text, const char* language = "en") {
  Extracted out;
  out.spans = segment(text, Language::get(language));
  out.terms = extract_terms(text, out.spans, Language::get(language));
  expect_consistent(out.terms, out.spans.size());
  return out;
}

using Terms = std::vector<std::string>;

TEST(Terms, EmptyTextHasNoTerms) {
  const DocumentTerms terms = extract_terms("", {}, Language::get("en"));
  EXPECT_TRUE(terms.vocabulary.empty());
  EXPECT_TRUE(terms.terms.empty());
  EXPECT_EQ(terms.span_begin, std::vector<std::size_t>{0});
  EXPECT_TRUE(terms.word_count.empty());
}

TEST(Terms, WhiteSpaceOnlyTextHasNoTerms) {
  for (std::string_view text : {" "sv, "\t\r\n  \n"sv, "\u3000\u00a0"sv}) {
    const Extracted extracted = extract(text);
    EXPECT_TRUE(extracted.spans.empty());
    EXPECT_TRUE(extracted.terms.terms.empty());
  }
}

struct SameTermCase {
  const char* name;
  std::string_view first;
  std::string_view second;
  std::string_view term;  // the term both become
};

class MapsToOneTerm : public ::testing::TestWithParam<SameTermCase> {};

TEST_P(MapsToOneTerm, BothSurfaceForms) {
  const SameTermCase& c = GetParam();
  const std::string text = std::string(c.first) + " " + std::string(c.second);
  const Extracted extracted = extract(text);
  EXPECT_EQ(extracted.all(), (Terms{std::string(c.term), std::string(c.term)})) << text;
  EXPECT_EQ(extracted.terms.vocabulary.size(), 1u);
  EXPECT_EQ(extracted.terms.word_count, std::vector<std::size_t>{2});
}

const SameTermCase kSameTermCases[] = {
    {"AsciiCase", "Lavrov", "LAVROV", "lavrov"},
    {"NonAsciiCase", "ÉTÉ", "été", "été"},
    {"GreekCase", "ΣΊΣΥΦΟΣ", "σίσυφος", "σίσυφοσ"},
    {"SharpS", "STRASSE", "straße", "strass"},
    {"FullWidthLatin", "ＡＢＣ", "abc", "abc"},
    {"Ligature", "ﬁnd", "find", "find"},
    {"CombiningAcute", "cafe\u0301", "café", "café"},
    {"Stemming", "running", "runs", "run"},
    {"StemmingAcrossCase", "Connected", "connecting", "connect"},
    {"TypographicApostrophe", "o\u2019clock", "o'clock", "o'clock"},
    {"PossessiveApostrophe", "Lavrov\u2019s", "Lavrov's", "lavrov"},
};

INSTANTIATE_TEST_SUITE_P(Terms, MapsToOneTerm, ::testing::ValuesIn(kSameTermCases), testing::ParamName());

TEST(Terms, DropsStopwordsButCountsThemAsWords) {
  const Extracted extracted = extract("The minister and the president.");
  EXPECT_EQ(extracted.all(), (Terms{"minist", "presid"}));
  EXPECT_EQ(extracted.terms.word_count, std::vector<std::size_t>{5});
}

// Transcripts (segment.h): a speaker's name is no words and no terms; fillers of speech are
// no terms and are counted apart (filler_count), in transcripts only.
TEST(Terms, SpeakerNamesAreNoTerms) {
  const Extracted extracted =
      extract("Project Manager: Budget.\n\nDesigner: Case.\n\nProject Manager: Budget.");
  ASSERT_EQ(extracted.spans.size(), 6U);
  EXPECT_EQ(extracted.spans[0].kind, SpanKind::kSpeaker);
  EXPECT_TRUE(extracted.of_span(0).empty());
  EXPECT_EQ(extracted.terms.word_count[0], 0U);
  EXPECT_EQ(extracted.all(), (Terms{"budget", "case", "budget"}));
}

TEST(Terms, FillersOfATranscriptAreNoTerms) {
  const Extracted extracted =
      extract("Alice: Um, yeah, the budget. Mm-hmm.\n\nBob: Okay.\n\nAlice: Uh, the case.");
  EXPECT_EQ(extracted.all(), (Terms{"budget", "case"}));
  ASSERT_EQ(extracted.terms.filler_count.size(), extracted.spans.size());
  EXPECT_EQ(extracted.terms.word_count[1], 4U);  // "Um, yeah, the budget."
  EXPECT_EQ(extracted.terms.filler_count[1], 2U);
  EXPECT_EQ(extracted.terms.filler_count[2], 1U);  // "Mm-hmm.": one word, its parts fillers
  EXPECT_EQ(extracted.terms.filler_count[4], 1U);  // "Okay."
}

TEST(Terms, FillersOutsideTranscriptsAreWords) {
  const Extracted extracted = extract("Um, yeah, the budget. Okay.");
  EXPECT_EQ(extracted.all(), (Terms{"um", "yeah", "budget", "okay"}));
  EXPECT_TRUE(extracted.terms.filler_count.empty());
}

TEST(Terms, DropsStopwordsWithTypographicApostrophes) {
  const Extracted extracted = extract("Don\u2019t go, don't stay, DON'T minister.");
  EXPECT_EQ(extracted.all(), (Terms{"go", "stay", "minist"}));
}

TEST(Terms, SentenceOfStopwordsHasWordsButNoTerms) {
  const Extracted extracted = extract("It is what it is.");
  EXPECT_TRUE(extracted.all().empty());
  EXPECT_EQ(extracted.terms.word_count, std::vector<std::size_t>{5});
  EXPECT_TRUE(extracted.terms.vocabulary.empty());
}

// Regression (failed on commit 2196708): stopwords whose NFKC case fold differs from their
// lowercase were never dropped, because the lists were lowercased but words are folded. Input (el) "Άλλες
// μέρες και το σπίτι.": expected terms ["μερ", "σπιτ"] ("άλλες" is in el.txt), actual ["αλλ", "μερ", "σπιτ"].
// Input (de) "Er sagt, daß es regnet.": expected no term "dass", actual one. Input (fa) "می‌شود"
// (with U+200C, listed in fa.txt): expected no term, actual "میشود" (NFKC_Casefold drops the ZWNJ).
TEST(Terms, DropsStopwordsWhoseCaseFoldDiffersFromTheirLowercase) {
  const Extracted greek = extract("Άλλες μέρες και το σπίτι.", "el");
  EXPECT_EQ(greek.all().size(), 2u) << "'άλλες' is a Greek stopword";
  const Extracted german = extract("Er sagt, daß es regnet.", "de");
  const Terms terms = german.all();
  EXPECT_EQ(std::find(terms.begin(), terms.end(), "dass"), terms.end()) << "'daß' is a German stopword";
  const Extracted persian = extract("می\u200Cشود", "fa");
  EXPECT_EQ(persian.terms.word_count, std::vector<std::size_t>{1});
  EXPECT_TRUE(persian.all().empty()) << "'می\u200Cشود' is a Persian stopword";
}

TEST(Terms, KeepsNumbers) {
  const Extracted extracted = extract("In 2019 it cost 3.14 or 1,234.56 and 42 more.");
  EXPECT_EQ(extracted.all(), (Terms{"2019", "cost", "3.14", "1,234.56", "42"}));
  EXPECT_EQ(extracted.terms.word_count, std::vector<std::size_t>{10});
}

TEST(Terms, DoesNotStemWithoutASnowballStemmer) {
  const Extracted extracted = extract("running runs", "zh");
  EXPECT_EQ(extracted.all(), (Terms{"running", "runs"}));
}

struct ScriptCase {
  const char* name;
  std::string_view text;
  const char* language;
  std::size_t words;
  Terms terms;  // a subset the text must yield
};

class ExtractsWordsOf : public ::testing::TestWithParam<ScriptCase> {};

TEST_P(ExtractsWordsOf, Script) {
  const ScriptCase& c = GetParam();
  const Extracted extracted = extract(c.text, c.language);
  EXPECT_EQ(extracted.words(), c.words);
  const Terms all = extracted.all();
  for (const std::string& term : c.terms) {
    EXPECT_NE(std::find(all.begin(), all.end(), term), all.end()) << term << " missing";
  }
}

const ScriptCase kScriptCases[] = {
    {"Chinese", "我们的学校很好。他来了！", "zh", 7, {"学校"}},
    {"ChineseWithEnglishSettings", "我们的学校很好。", "en", 4, {"学校", "我们"}},
    {"Japanese", "今日は晴れです。明日は雨でしょう！", "ja", 9, {"今日", "晴れ", "明日", "雨"}},
    {"FullWidthPunctuation",
     "Ｈｅｌｌｏ　ｗｏｒｌｄ！　Ｓｅｃｏｎｄ．",
     "en",
     3,
     {"hello", "world", "second"}},
    {"Arabic", "مرحبا بالعالم. كيف حالك؟", "ar", 4, {}},
    {"Hebrew", "שלום עולם. מה שלומך?", "he", 4, {"שלום", "עולם"}},
    {"ControlCharacters",
     "alpha\0beta\x01gamma\tdelta\r\nepsilon"sv,
     "en",
     5,
     {"alpha", "beta", "gamma", "delta", "epsilon"}},
    {"EmojiAreNoWords",
     "love \U0001F44D \U0001F468\u200D\U0001F469\u200D\U0001F467 families \U0001F1FA\U0001F1F8 flag "
     "\U0001F44D\U0001F3FD",
     "en",
     3,
     {"love", "famili", "flag"}},
    {"CombiningMarksStayInTheirWord", "Nai\u0308ve re\u0301sume\u0301 cafe\u0301s", "en", 3, {}},
};

INSTANTIATE_TEST_SUITE_P(Terms, ExtractsWordsOf, ::testing::ValuesIn(kScriptCases), testing::ParamName());

TEST(Terms, EmojiOnlyTextHasNoWords) {
  const Extracted extracted =
      extract("\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F44D\U0001F3FD \U0001F1FA\U0001F1F8");
  ASSERT_EQ(extracted.spans.size(), 1u);
  EXPECT_EQ(extracted.terms.word_count, std::vector<std::size_t>{0});
  EXPECT_TRUE(extracted.terms.terms.empty());
}

TEST(Terms, GivesEachSpanItsOwnTerms) {
  const Extracted extracted = extract("Headline Here\n\nWASHINGTON (Reuters) - Body text. Lavrov came.");
  ASSERT_EQ(extracted.spans.size(), 4u);
  EXPECT_EQ(extracted.of_span(0), (Terms{"headlin"}));
  EXPECT_EQ(extracted.of_span(1), (Terms{"washington", "reuter"}));
  EXPECT_EQ(extracted.of_span(2), (Terms{"bodi", "text"}));
  EXPECT_EQ(extracted.of_span(3), (Terms{"lavrov", "came"}));
  EXPECT_EQ(extracted.terms.word_count, (std::vector<std::size_t>{2, 2, 2, 2}));
}

TEST(Terms, SpansThatTouchSplitTheirWords) {
  const Extracted extracted = extract("(CNN)Body starts here.");
  ASSERT_EQ(extracted.spans.size(), 2u);
  EXPECT_EQ(extracted.of_span(0), (Terms{"cnn"}));
  EXPECT_EQ(extracted.of_span(1), (Terms{"bodi", "start"}));
  EXPECT_EQ(extracted.terms.word_count, (std::vector<std::size_t>{1, 3}));
}

TEST(Terms, SpanWithoutTermsHasAnEmptyRange) {
  const Extracted extracted = extract("Lavrov came. It is. Trump met Lavrov.");
  ASSERT_EQ(extracted.spans.size(), 3u);
  EXPECT_EQ(extracted.of_span(0), (Terms{"lavrov", "came"}));
  EXPECT_TRUE(extracted.of_span(1).empty());
  EXPECT_EQ(extracted.of_span(2), (Terms{"trump", "met", "lavrov"}));
  EXPECT_EQ(extracted.terms.span_begin, (std::vector<std::size_t>{0, 2, 2, 5}));
  EXPECT_EQ(extracted.terms.terms[0], extracted.terms.terms[4]) << "one id for one term";
}

TEST(Terms, VocabularyHoldsOnlyTheDocumentsOwnTerms) {
  // Normalized forms are cached per thread across documents; ids must not leak between them.
  const Extracted first = extract("alpha beta alpha.");
  EXPECT_EQ(first.terms.vocabulary, (Terms{"alpha", "beta"}));
  const Extracted second = extract("beta gamma.");
  EXPECT_EQ(second.terms.vocabulary, (Terms{"beta", "gamma"}));
  EXPECT_EQ(second.terms.terms, (std::vector<TermId>{0, 1}));
  const Extracted third = extract("alpha beta alpha.");
  EXPECT_EQ(third.terms.vocabulary, first.terms.vocabulary);
  EXPECT_EQ(third.terms.terms, first.terms.terms);
}

TEST(Terms, ReferenceArticleIsConsistent) {
  const Extracted extracted = extract(testing::reference_article());
  EXPECT_GT(extracted.terms.vocabulary.size(), 100u);
  for (std::size_t i = 0; i < extracted.spans.size(); ++i) {
    EXPECT_GT(extracted.terms.word_count[i], 0u) << "span " << i;
  }
}

TEST(Terms, LongSentenceWithoutPunctuationCountsEveryWord) {
  const std::string unit = "lorem ipsum dolor sit amet ";
  const std::string text = testing::repeat_to(unit, 1 << 20);
  const Extracted extracted = extract(text);
  ASSERT_EQ(extracted.spans.size(), 1u);
  EXPECT_EQ(extracted.terms.word_count[0], 5 * (text.size() / unit.size()));
  EXPECT_EQ(extracted.terms.vocabulary.size(), 5u);
}

// `count` distinct words of letters, from the `first`-th on, in sentences of ten (a stemmer
// makes one term of a few of them).
std::string distinct_words(std::size_t first, std::size_t count) {
  std::string text;
  for (std::size_t n = first; n < first + count; ++n) {
    text += "zq";
    for (std::size_t rest = n + 26 * 26; rest != 0; rest /= 26) text += static_cast<char>('a' + rest % 26);
    text += (n - first) % 10 == 9 ? ". " : " ";
  }
  return text;
}

// Runs `work` on a thread of its own, whose caches start empty.
template <typename Work>
void on_new_thread(Work work) {
  std::thread thread(work);
  thread.join();
}

TEST(Terms, ThreadCachesAreBoundedAfterADocumentOfAHugeVocabulary) {
  on_new_thread([] {
    const Extracted small = extract("Alpha beta gamma delta. Epsilon zeta alpha.");
    EXPECT_GT(thread_term_cache_bytes(), 0u) << "an ordinary document's forms stay cached";
    const Extracted huge = extract(distinct_words(0, 300'000));
    EXPECT_GT(huge.terms.vocabulary.size(), 250'000u);
    EXPECT_LE(thread_term_cache_bytes(), kMaxThreadTermCacheBytes);
    const Extracted again = extract("Alpha beta gamma delta. Epsilon zeta alpha.");
    EXPECT_EQ(again.terms.vocabulary, small.terms.vocabulary) << "the terms do not depend on the cache";
    EXPECT_EQ(again.terms.terms, small.terms.terms);
  });
}

TEST(Terms, ThreadCachesAreBoundedAcrossAllLanguages) {
  on_new_thread([] {
    std::size_t first = 0;
    for (const std::string& code : Language::supported_codes()) {
      const std::string text = distinct_words(first, 10'000);
      first += 10'000;
      const Extracted extracted = extract(text, code.c_str());
      EXPECT_GT(extracted.terms.vocabulary.size(), 0u) << code;
      EXPECT_LE(thread_term_cache_bytes(), kMaxThreadTermCacheBytes) << "after " << code;
    }
  });
}

class TermsOf : public ::testing::TestWithParam<testing::TextCase> {};

TEST_P(TermsOf, HostileTextIsConsistent) {
  const testing::TextCase& c = GetParam();
  const Extracted extracted = extract(c.text, c.language);
  for (const std::string& term : extracted.terms.vocabulary) {
    EXPECT_FALSE(term.empty());
    EXPECT_EQ(find_invalid_utf8(term), std::nullopt) << term;
  }
}

INSTANTIATE_TEST_SUITE_P(Terms, TermsOf, ::testing::ValuesIn(testing::hostile_texts()), testing::ParamName());

}  // namespace
}  // namespace salience

#include "salience/summarizer.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "salience/error.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Scoring spelled out, so that these tests do not move with the tuned defaults.
Options english_options() {
  return {.language = "en",
          .scoring = {.tfidf_weight = 1.0,
                      .position_weight = 0.5,
                      .position_curve = PositionCurve::kExponential,
                      .position_decay = 3.0,
                      .title_weight = 0.2,
                      .length_weight = 0.5,
                      .min_words = 6,
                      .max_words = 0,
                      .noise_weight = 1.0},
          .redundancy_threshold = 0.5};
}

// Every entry point with a language= reads "auto" this way: the detected language, English
// when nothing can be told, and a named code as it is.
TEST(LanguageFor, DetectsAutoFallsBackToEnglishAndTakesACodeAsItIs) {
  EXPECT_EQ(language_for(kAutoLanguage, "Der Minister sagte, dass die Gespräche lang waren.").code(), "de");
  EXPECT_EQ(language_for(kAutoLanguage, "12 34.").code(), kFallbackLanguage);
  EXPECT_EQ(language_for("fr", "The minister said the talks were long.").code(), "fr");
  EXPECT_THROW(language_for("xx", "Text."), InvalidArgument);
}

TEST(Summarizer, SkipsTheBylineBlockAndStartsTheLeadAfterIt) {
  const std::string text =
      "By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . "
      "15:36 EST, 25 October 2013 . The bishop of the diocese exposed hundreds of church members "
      "to the hepatitis A virus. The state health department has issued an advisory for anyone "
      "who took communion. Scroll down for video . The bishop caught the infection from food "
      "eaten at a conference in Italy last month.";
  const Summary summary = Summarizer(english_options()).summarize(text, {BudgetKind::kSentences, 2});
  ASSERT_EQ(summary.selected.size(), 2u);
  for (std::size_t position : summary.selected) {
    const SentenceResult& sentence = summary.ranking[position];
    EXPECT_EQ(sentence.features.contributions[4], 0.0) << "boilerplate was chosen";
  }
  const SentenceResult& lead = summary.ranking[summary.selected[0]];
  EXPECT_EQ(text.substr(summary.spans[lead.index].span.begin, 13), "The bishop of");
  EXPECT_NEAR(lead.features.contributions[1], 0.5, 1e-12) << "the story's first sentence leads";
  std::size_t noisy = 0;
  for (const SentenceResult& sentence : summary.ranking)
    noisy += sentence.features.contributions[4] < 0.0 ? 1 : 0;
  EXPECT_EQ(noisy, 7u) << "By, the name, PUBLISHED, two time stamps, UPDATED, Scroll down";
}

const Summarizer& english() {
  static const Summarizer summarizer(english_options());
  return summarizer;
}

// The code-point offset of every code-point boundary of `text` (valid UTF-8), decoded by
// ICU rather than by CodePointCounter; kNoBoundary inside a code point.
constexpr std::size_t kNoBoundary = static_cast<std::size_t>(-1);

std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> offsets(text.size() + 1, kNoBoundary);
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    offsets[i] = count;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
  }
  offsets[text.size()] = count;
  return offsets;
}

// What summarizer.h promises of every summary of `text`.
void expect_consistent(std::string_view text, const Summary& summary) {
  const std::vector<std::size_t> offsets = code_point_offsets(text);
  for (const SpanResult& span : summary.spans) {
    ASSERT_LE(span.span.end, text.size());
    EXPECT_EQ(span.start, offsets[span.span.begin]);
    EXPECT_EQ(span.end, offsets[span.span.end]);
  }
  if (summary.title) {
    ASSERT_LT(*summary.title, summary.spans.size());
    EXPECT_EQ(summary.spans[*summary.title].span.kind, SpanKind::kTitle);
  }
  for (std::size_t rank = 0; rank < summary.ranking.size(); ++rank) {
    const SentenceResult& result = summary.ranking[rank];
    SCOPED_TRACE("rank " + std::to_string(rank + 1));
    ASSERT_LT(result.index, summary.spans.size());
    const SpanResult& span = summary.spans[result.index];
    EXPECT_EQ(span.span.kind, SpanKind::kSentence) << "only sentences are candidates";
    EXPECT_EQ(result.start, span.start);
    EXPECT_EQ(result.end, span.end);
    EXPECT_GT(result.words, 0u);
    EXPECT_EQ(result.rank, rank + 1);
    EXPECT_DOUBLE_EQ(result.score, result.features.score());
    if (rank > 0) {
      EXPECT_GE(summary.ranking[rank - 1].score, result.score);
    }
  }
  for (std::size_t k = 0; k < summary.selected.size(); ++k) {
    ASSERT_LT(summary.selected[k], summary.ranking.size());
    if (k > 0) {
      EXPECT_LT(summary.ranking[summary.selected[k - 1]].index, summary.ranking[summary.selected[k]].index)
          << "selected sentences are in document order";
    }
  }
}

Summary summarize_checked(std::string_view text, const Budget& budget,
                          const Summarizer& summarizer = english()) {
  Summary summary = summarizer.summarize(text, budget);
  expect_consistent(text, summary);
  return summary;
}

std::vector<std::size_t> selected_indices(const Summary& summary) {
  std::vector<std::size_t> indices;
  for (std::size_t k : summary.selected) indices.push_back(summary.ranking[k].index);
  return indices;
}

bool same_result(const Summary& a, const Summary& b) {
  if (a.spans.size() != b.spans.size() || a.ranking.size() != b.ranking.size() || a.selected != b.selected ||
      a.title != b.title) {
    return false;
  }
  for (std::size_t i = 0; i < a.spans.size(); ++i) {
    if (!(a.spans[i].span == b.spans[i].span) || a.spans[i].start != b.spans[i].start) return false;
  }
  for (std::size_t i = 0; i < a.ranking.size(); ++i) {
    if (a.ranking[i].index != b.ranking[i].index || a.ranking[i].score != b.ranking[i].score ||
        a.ranking[i].features.contributions != b.ranking[i].features.contributions) {
      return false;
    }
  }
  return true;
}

TEST(Summarizer, SummarizesTheReferenceArticleInThreeSentences) {
  const std::string& text = testing::reference_article();
  const Summary summary = summarize_checked(text, {BudgetKind::kSentences, 3});
  ASSERT_EQ(summary.title, std::optional<std::size_t>(0));
  ASSERT_GE(summary.spans.size(), 3u);
  EXPECT_EQ(summary.spans[1].span.kind, SpanKind::kDateline);
  ASSERT_EQ(summary.selected.size(), 3u);
  for (std::size_t index : selected_indices(summary)) {
    EXPECT_EQ(summary.spans[index].span.kind, SpanKind::kSentence);
    EXPECT_GE(index, 2u) << "neither the title nor the dateline";
  }
  EXPECT_EQ(summary.ranking.size(), summary.spans.size() - 2);
}

TEST(Summarizer, IsDeterministic) {
  const std::string& text = testing::reference_article();
  const Summary first = english().summarize(text, {BudgetKind::kSentences, 3});
  const Summary second = english().summarize(text, {BudgetKind::kSentences, 3});
  const Summary other_instance = Summarizer(english_options()).summarize(text, {BudgetKind::kSentences, 3});
  EXPECT_TRUE(same_result(first, second));
  EXPECT_TRUE(same_result(first, other_instance));
}

// The chosen spans' text, in document order.
std::vector<std::string_view> chosen_text(std::string_view text, const Summary& summary) {
  std::vector<std::string_view> chosen;
  for (std::size_t index : selected_indices(summary)) {
    const Span& span = summary.spans[index].span;
    chosen.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return chosen;
}

bool mentions(const std::vector<std::string_view>& sentences, std::string_view word) {
  for (std::string_view sentence : sentences) {
    if (sentence.find(word) != std::string_view::npos) return true;
  }
  return false;
}

TEST(Summarizer, AQueryRaisesTheSentencesThatHoldIt) {
  const std::string& text = testing::reference_article();
  const Language& en = Language::get("en");
  const Budget one{BudgetKind::kSentences, 1};
  const Summary plain = Summarizer(english_options()).summarize(text, one, en);
  EXPECT_FALSE(plain.query_matched.has_value());
  EXPECT_FALSE(mentions(chosen_text(text, plain), "sanctions"));
  const Summary focused = Summarizer(english_options()).summarize(text, one, en, "US sanctions"sv);
  ASSERT_EQ(focused.query_matched, std::optional<bool>(true));
  EXPECT_TRUE(mentions(chosen_text(text, focused), "sanctions"));
  double most = 0.0;
  for (const SentenceResult& sentence : focused.ranking)
    most = std::max(most, sentence.features.contributions[5]);
  EXPECT_GT(most, 0.0);
}

TEST(Summarizer, AQueryTheTextDoesNotHoldLeavesThePlainSummary) {
  const std::string& text = testing::reference_article();
  const Language& en = Language::get("en");
  const Budget three{BudgetKind::kSentences, 3};
  const Summary plain = english().summarize(text, three, en);
  for (std::string_view query : {"volcano eruption"sv, "the of and"sv, ""sv, "  "sv, "volcán erupción"sv}) {
    const Summary unmatched = english().summarize(text, three, en, query);
    EXPECT_EQ(unmatched.query_matched, std::optional<bool>(false)) << query;
    EXPECT_EQ(selected_indices(unmatched), selected_indices(plain)) << query;
    for (std::size_t i = 0; i < plain.ranking.size(); ++i) {
      EXPECT_EQ(unmatched.ranking[i].score, plain.ranking[i].score) << query;
    }
  }
}

TEST(Summarizer, RejectsAQueryOfInvalidUtf8) {
  const Language& en = Language::get("en");
  EXPECT_THROW(english().summarize("One sentence here.", {BudgetKind::kSentences, 1}, en, "\xc3"sv),
               InvalidArgument);
}

TEST(Summarizer, FocusesAChineseTextOnAChineseQuery) {
  const std::string text = "北京今天下雨，气温很低。上海的经济增长很快，出口增加了。广州的天气很热。";
  const Language& chinese = Language::get("zh");
  const Summarizer summarizer(Options{.language = "zh"});
  const Budget one{BudgetKind::kSentences, 1};
  const Summary focused = summarizer.summarize(text, one, chinese, "经济增长"sv);
  ASSERT_EQ(focused.query_matched, std::optional<bool>(true));
  const std::vector<std::string_view> chosen = chosen_text(text, focused);
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_NE(chosen[0].find("经济"), std::string_view::npos) << chosen[0];
}

TEST(Summarizer, GivesTheSameResultOnManyThreads) {
  const std::string& text = testing::reference_article();
  const Summary expected = english().summarize(text, {BudgetKind::kWords, 120});
  std::vector<Summary> results(6);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, &text, i] {
      for (int repeat = 0; repeat < 3; ++repeat)
        results[i] = english().summarize(text, {BudgetKind::kWords, 120});
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t i = 0; i < results.size(); ++i)
    EXPECT_TRUE(same_result(results[i], expected)) << "thread " << i;
}

TEST(Summarizer, NeverSelectsTheTitle) {
  // The title repeats the body's key terms, so it would rank first if it were a candidate.
  const std::string_view text =
      "Lavrov Meets Trump In Washington\n\n"
      "Lavrov met Trump in Washington on Tuesday. The weather was cold. Markets were calm.";
  const Summary summary = summarize_checked(text, {BudgetKind::kSentences, 3});
  ASSERT_EQ(summary.title, std::optional<std::size_t>(0));
  for (const SentenceResult& result : summary.ranking) EXPECT_NE(result.index, 0u);
  EXPECT_EQ(selected_indices(summary), (std::vector<std::size_t>{1, 2, 3}));
}

struct BudgetCase {
  const char* name;
  Budget budget;
};

class HonoursBudget : public ::testing::TestWithParam<BudgetCase> {};

TEST_P(HonoursBudget, OnTheReferenceArticle) {
  const Budget& budget = GetParam().budget;
  const std::string& text = testing::reference_article();
  const Summary summary = summarize_checked(text, budget);
  const std::size_t candidates = summary.ranking.size();
  std::size_t words = 0;
  std::size_t chars = 0;
  for (std::size_t k : summary.selected) {
    words += summary.ranking[k].words;
    chars += summary.ranking[k].end - summary.ranking[k].start;
  }
  if (!summary.selected.empty()) chars += summary.selected.size() - 1;  // one space between sentences
  switch (budget.kind) {
    case BudgetKind::kSentences:
      EXPECT_EQ(summary.selected.size(),
                std::min<std::size_t>(static_cast<std::size_t>(budget.value), candidates));
      break;
    case BudgetKind::kRatio:
      EXPECT_EQ(summary.selected.size(),
                std::max<std::size_t>(1, static_cast<std::size_t>(
                                             std::llround(budget.value * static_cast<double>(candidates)))));
      break;
    case BudgetKind::kWords:
      EXPECT_LE(static_cast<double>(words), budget.value);
      EXPECT_FALSE(summary.selected.empty());
      break;
    case BudgetKind::kChars:
      EXPECT_LE(static_cast<double>(chars), budget.value);
      EXPECT_FALSE(summary.selected.empty());
      break;
  }
}

INSTANTIATE_TEST_SUITE_P(Summarizer, HonoursBudget,
                         ::testing::Values(BudgetCase{"OneSentence", {BudgetKind::kSentences, 1}},
                                           BudgetCase{"FiveSentences", {BudgetKind::kSentences, 5}},
                                           BudgetCase{"MoreSentencesThanThereAre",
                                                      {BudgetKind::kSentences, 1000}},
                                           BudgetCase{"TenthOfTheSentences", {BudgetKind::kRatio, 0.1}},
                                           BudgetCase{"AllSentences", {BudgetKind::kRatio, 1.0}},
                                           BudgetCase{"HundredWords", {BudgetKind::kWords, 100}},
                                           BudgetCase{"FiveHundredChars", {BudgetKind::kChars, 500}}),
                         testing::ParamName());

TEST(Summarizer, EmptyOrBlankTextGivesAnEmptySummary) {
  for (std::string_view text : {""sv, " "sv, "\n\n"sv, "\t\r\n \r\n"sv, "\u3000\u00a0"sv}) {
    const Summary summary = summarize_checked(text, {BudgetKind::kSentences, 3});
    EXPECT_TRUE(summary.spans.empty()) << "'" << text << "'";
    EXPECT_TRUE(summary.ranking.empty());
    EXPECT_TRUE(summary.selected.empty());
    EXPECT_FALSE(summary.title.has_value());
  }
}

TEST(Summarizer, TextWithoutWordsHasNoCandidates) {
  for (std::string_view text :
       {"\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F44D"sv, "\0\x01\x02"sv, "... !!! ???"sv}) {
    const Summary summary = summarize_checked(text, {BudgetKind::kSentences, 3});
    EXPECT_FALSE(summary.spans.empty());
    EXPECT_TRUE(summary.ranking.empty());
    EXPECT_TRUE(summary.selected.empty());
  }
}

TEST(Summarizer, SentencesWithoutWordsAreNoCandidates) {
  // Blank lines make the emoji a sentence of its own.
  const std::string_view text = "Lavrov met Trump.\n\n\U0001F44D\U0001F44D!\n\nPompeo met Lavrov.";
  const Summary summary = summarize_checked(text, {BudgetKind::kSentences, 3});
  ASSERT_EQ(summary.spans.size(), 3u);
  for (const SpanResult& span : summary.spans) EXPECT_EQ(span.span.kind, SpanKind::kSentence);
  ASSERT_EQ(summary.ranking.size(), 2u);
  EXPECT_EQ(selected_indices(summary), (std::vector<std::size_t>{0, 2}));
}

TEST(Summarizer, RejectsInvalidUtf8) {
  for (std::string_view text :
       {"abc\xFF"sv, "\xC0\x80"sv, "surrogate \xED\xA0\x80"sv, "truncated \xE2\x82"sv, "stray \x80 byte"sv}) {
    EXPECT_THROW(english().summarize(text, {BudgetKind::kSentences, 3}), InvalidArgument) << text;
    EXPECT_THROW(split_sentences(text, Language::get("en")), InvalidArgument) << text;
  }
}

TEST(Summarizer, InvalidUtf8MessageNamesTheByte) {
  const std::string message = testing::message_of<InvalidArgument>([] {
    english().summarize("valid \xFF", {BudgetKind::kSentences, 3});
  });
  EXPECT_NE(message.find("UTF-8"), std::string::npos) << message;
  EXPECT_NE(message.find('6'), std::string::npos) << message;
}

TEST(Summarizer, RejectsAnInvalidBudgetEvenForEmptyText) {
  EXPECT_THROW(english().summarize("", {BudgetKind::kSentences, 0}), InvalidArgument);
  EXPECT_THROW(english().summarize("Some text.", {BudgetKind::kRatio, 1.5}), InvalidArgument);
  EXPECT_THROW(english().summarize("Some text.", {BudgetKind::kWords, kNaN}), InvalidArgument);
}

TEST(Summarizer, RejectsAnUnsupportedLanguage) {
  Options options = english_options();
  options.language = "xx";
  EXPECT_THROW(Summarizer{options}, InvalidArgument);
}

TEST(Summarizer, RejectsOptionsOutsideTheirDomain) {
  const auto with = [](auto change) {
    Options options = english_options();
    change(options);
    return options;
  };
  const Options invalid[] = {
      with([](Options& o) { o.scoring.tfidf_weight = -1; }),
      with([](Options& o) { o.scoring.position_decay = 0; }),
      with([](Options& o) { o.scoring.title_weight = kNaN; }),
      with([](Options& o) { o.redundancy_threshold = -0.1; }),
      with([](Options& o) { o.redundancy_threshold = 1.1; }),
      with([](Options& o) { o.redundancy_threshold = kNaN; }),
  };
  for (const Options& options : invalid) EXPECT_THROW(Summarizer{options}, InvalidArgument);
  EXPECT_NO_THROW(Summarizer{with([](Options& o) { o.redundancy_threshold = 0.0; })});
  EXPECT_NO_THROW(Summarizer{with([](Options& o) { o.redundancy_threshold = 1.0; })});
}

TEST(Summarizer, ReadsEachTextInItsDetectedLanguageByDefault) {
  EXPECT_EQ(Options{}.language, kAutoLanguage);
  const Summarizer automatic(Options{});
  const std::string_view german = "Der Minister sagte, dass die Gespräche lang waren. Sie gingen weiter.";
  EXPECT_EQ(automatic.language_of(german).code(), "de");
  const Summary summary = automatic.summarize(german, {BudgetKind::kSentences, 1});
  EXPECT_EQ(summary.language, "de");
  const Summary fixed = Summarizer({.language = "de"}).summarize(german, {BudgetKind::kSentences, 1});
  EXPECT_EQ(fixed.language, "de");
  ASSERT_EQ(summary.ranking.size(), fixed.ranking.size());
  for (std::size_t i = 0; i < fixed.ranking.size(); ++i) {
    EXPECT_EQ(summary.ranking[i].features.contributions, fixed.ranking[i].features.contributions);
  }
}

TEST(Summarizer, AutoTakesTextWithoutLettersForEnglish) {
  const Summarizer automatic(Options{});
  for (std::string_view text : {""sv, "12 34. 56!"sv, "\xf0\x9f\x98\x80"sv, "bad \xff byte"sv}) {
    EXPECT_EQ(automatic.language_of(text).code(), kFallbackLanguage) << text;
  }
  EXPECT_EQ(automatic.summarize("12 34. 56!", {BudgetKind::kSentences, 1}).language, kFallbackLanguage);
  EXPECT_THROW(automatic.summarize("bad \xff byte", {BudgetKind::kSentences, 1}), InvalidArgument);
}

TEST(Summarizer, AFixedLanguageIsUsedWhateverTheText) {
  const Summarizer french({.language = "fr"});
  const std::string_view german = "Der Minister sagte, dass die Gespräche lang waren.";
  EXPECT_EQ(french.language_of(german).code(), "fr");
  EXPECT_EQ(french.summarize(german, {BudgetKind::kSentences, 1}).language, "fr");
}

TEST(Summarizer, AutoChecksTheOtherOptionsAtOnce) {
  EXPECT_THROW(Summarizer({.scoring = {.position_decay = 0}}), InvalidArgument);
  EXPECT_THROW(Summarizer({.redundancy_threshold = 2.0}), InvalidArgument);
}

TEST(Summarizer, KeepsItsOptions) {
  Options options = english_options();
  options.language = "de";
  options.scoring.min_words = 11;
  const Summarizer summarizer(options);
  EXPECT_EQ(summarizer.options().language, "de");
  EXPECT_EQ(summarizer.options().scoring.min_words, 11u);
}

TEST(Summarizer, FinishesAMegabyteWithoutPunctuation) {
  for (std::string_view unit :
       {"lorem ipsum dolor sit amet "sv, "我们今天去学校学习中文"sv, "lorem ipsum dolor\n"sv}) {
    const std::string text = testing::repeat_to(unit, 1 << 20);
    const Summary summary = summarize_checked(text, {BudgetKind::kSentences, 3});
    ASSERT_EQ(summary.spans.size(), 1u);
    EXPECT_EQ(summary.selected.size(), 1u);
    EXPECT_EQ(summary.spans[0].span.end, text.find_last_not_of(" \n") + 1);
  }
}

TEST(Summarizer, FinishesAMegabyteOfSentences) {
  const std::string text =
      testing::repeat_to("Lorem ipsum dolor sit amet. Consectetur adipiscing elit sed do!\n\n", 1 << 20);
  const Summary summary = summarize_checked(text, {BudgetKind::kRatio, 0.01});
  EXPECT_EQ(summary.ranking.size(), summary.spans.size());
  EXPECT_FALSE(summary.selected.empty());
}

struct ScriptCase {
  const char* name;
  const char* language;
  std::string_view text;
  std::vector<std::size_t> starts;  // code-point offsets of the spans
};

class SummarizesScript : public ::testing::TestWithParam<ScriptCase> {};

TEST_P(SummarizesScript, WithCodePointOffsets) {
  const ScriptCase& c = GetParam();
  Options options = english_options();
  options.language = c.language;
  const Summary summary = summarize_checked(c.text, {BudgetKind::kSentences, 2}, Summarizer(options));
  std::vector<std::size_t> starts;
  for (const SpanResult& span : summary.spans) starts.push_back(span.start);
  EXPECT_EQ(starts, c.starts);
  EXPECT_EQ(summary.selected.size(), 2u);
  const std::vector<SpanResult> split = split_sentences(c.text, Language::get(c.language));
  ASSERT_EQ(split.size(), summary.spans.size());
  for (std::size_t i = 0; i < split.size(); ++i) {
    EXPECT_EQ(split[i].span, summary.spans[i].span);
    EXPECT_EQ(split[i].start, summary.spans[i].start);
    EXPECT_EQ(split[i].end, summary.spans[i].end);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Summarizer, SummarizesScript,
    ::testing::Values(
        ScriptCase{"Chinese", "zh", "他来了。她走了！学校很好。", {0, 4, 8}},
        ScriptCase{"Japanese", "ja", "今日は晴れです。明日は雨でしょう！本当ですか？", {0, 8, 17}},
        ScriptCase{"FullWidth",
                   "en",
                   "Ｈｅｌｌｏ　ｗｏｒｌｄ！　Ｓｅｃｏｎｄ　ｏｎｅ？　Ｔｈｉｒｄ　ｏｎｅ．",
                   {0, 13, 25}},
        ScriptCase{"Arabic", "ar", "مرحبا بالعالم. كيف حالك؟ أنا بخير.", {0, 15, 25}},
        ScriptCase{"Hebrew", "he", "שלום עולם. מה שלומך? הכל טוב.", {0, 11, 21}},
        ScriptCase{"Emoji",
                   "en",
                   "I love \U0001F44D and \U0001F468\u200D\U0001F469\u200D\U0001F467 families. Next "
                   "\U0001F1FA\U0001F1F8 flag. Last one.",
                   {0, 29, 43}},
        ScriptCase{"CombiningMarks",
                   "en",
                   "Cafe\u0301 opens. Nai\u0308ve it is. Re\u0301sume\u0301 done.",
                   {0, 13, 27}},
        ScriptCase{"ControlCharacters", "en", "Tab\there.\r\nNUL\0 here. Last\x01 one."sv, {0, 11, 22}}),
    testing::ParamName());

class SummaryOf : public ::testing::TestWithParam<testing::TextCase> {};

TEST_P(SummaryOf, HostileTextIsConsistent) {
  const testing::TextCase& c = GetParam();
  Options options = english_options();
  options.language = c.language;
  const Summary summary = summarize_checked(c.text, {BudgetKind::kSentences, 2}, Summarizer(options));
  EXPECT_EQ(summary.selected.size(), std::min<std::size_t>(2, summary.ranking.size()));
}

INSTANTIATE_TEST_SUITE_P(Summarizer, SummaryOf, ::testing::ValuesIn(testing::hostile_texts()),
                         testing::ParamName());

}  // namespace
}  // namespace salience

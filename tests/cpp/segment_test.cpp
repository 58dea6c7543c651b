#include "salience/segment.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "salience/utf8.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;
using testing::text_of;
using testing::texts_of;

const Language& english() { return Language::get("en"); }

std::vector<std::string> sentence_texts(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> texts;
  for (const Span& span : spans) {
    if (span.kind == SpanKind::kSentence) texts.emplace_back(text_of(text, span));
  }
  return texts;
}

bool is_white_space_between(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end;) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, end, c);
    if (!u_isUWhiteSpace(c)) return false;
  }
  return true;
}

bool starts_or_ends_with_white_space(std::string_view text, const Span& span) {
  UChar32 first;
  std::size_t i = span.begin;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, span.end, first);
  UChar32 last;
  auto end = static_cast<int32_t>(span.end);
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), static_cast<int32_t>(span.begin), end, last);
  return u_isUWhiteSpace(first) || u_isUWhiteSpace(last);
}

// The contract of segment.h for any text: spans are non-empty, trimmed, ordered, disjoint and
// inside the text; only white space lies outside them; a title comes first and a dateline
// right after it; paragraphs never decrease.
void expect_well_formed(std::string_view text, const std::vector<Span>& spans) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& span = spans[i];
    SCOPED_TRACE("span " + std::to_string(i));
    ASSERT_LT(span.begin, span.end);
    ASSERT_LE(span.end, text.size());
    ASSERT_LE(previous_end, span.begin);
    EXPECT_EQ(find_invalid_utf8(text_of(text, span)), std::nullopt) << "span cuts a code point";
    EXPECT_FALSE(starts_or_ends_with_white_space(text, span)) << "'" << text_of(text, span) << "'";
    // Only a speaker label's time stamp and colon lie outside the spans besides white space.
    const bool label_around =
        span.kind == SpanKind::kSpeaker || (i > 0 && spans[i - 1].kind == SpanKind::kSpeaker);
    EXPECT_TRUE(label_around || is_white_space_between(text, previous_end, span.begin))
        << "text dropped before span";
    if (span.kind == SpanKind::kTitle) {
      EXPECT_EQ(i, 0u);
    }
    if (span.kind == SpanKind::kDateline) {
      EXPECT_TRUE(i == 0 || (i == 1 && spans[0].kind == SpanKind::kTitle));
    }
    if (i > 0) {
      EXPECT_LE(spans[i - 1].paragraph, span.paragraph);
    }
    previous_end = span.end;
  }
  EXPECT_TRUE(is_white_space_between(text, previous_end, text.size())) << "text dropped at the end";
}

std::vector<Span> segment_checked(std::string_view text, const Language& language = english()) {
  std::vector<Span> spans = segment(text, language);
  expect_well_formed(text, spans);
  return spans;
}

TEST(Segment, EmptyOrWhiteSpaceTextGivesNoSpan) {
  for (std::string_view text : {""sv, " "sv, "\t\r\n"sv, "\n\n\n"sv, "  \r\n\t  \r\n"sv,
                                "\u3000"sv /* ideographic space */, "\u00a0\u2028\u2029"sv, "\f\v"sv}) {
    EXPECT_TRUE(segment(text, english()).empty()) << "'" << text << "'";
  }
}

struct SplitCase {
  const char* name;
  std::string_view text;
  std::vector<std::string> sentences;
  const char* language = "en";
};

class SplitsSentences : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitsSentences, IntoTrimmedSpans) {
  const SplitCase& c = GetParam();
  const std::vector<Span> spans = segment_checked(c.text, Language::get(c.language));
  EXPECT_EQ(texts_of(c.text, spans), c.sentences);
  for (const Span& span : spans) EXPECT_EQ(span.kind, SpanKind::kSentence);
}

const SplitCase kSplitCases[] = {
    {"Latin", "One thing. Two things! Three things?", {"One thing.", "Two things!", "Three things?"}},
    {"SurroundingWhiteSpace", " \t One thing.  Two things. ", {"One thing.", "Two things."}},
    {"TrailingLineBreak", "One thing. Two things.\n", {"One thing.", "Two things."}},
    {"NoTerminalPunctuation", "no full stop at all", {"no full stop at all"}},
    {"Chinese", "他来了。她走了！真的吗？", {"他来了。", "她走了！", "真的吗？"}, "zh"},
    {"ChineseWithEnglishRules", "他来了。她走了！真的吗？", {"他来了。", "她走了！", "真的吗？"}},
    {"Japanese",
     "今日は晴れです。明日は雨でしょう！本当ですか？",
     {"今日は晴れです。", "明日は雨でしょう！", "本当ですか？"},
     "ja"},
    {"FullWidthLatin",
     "Ｈｅｌｌｏ　ｗｏｒｌｄ！　Ｓｅｃｏｎｄ　ｏｎｅ？　Ｔｈｉｒｄ．",
     {"Ｈｅｌｌｏ　ｗｏｒｌｄ！", "Ｓｅｃｏｎｄ　ｏｎｅ？", "Ｔｈｉｒｄ．"}},
    {"Arabic", "مرحبا بالعالم. كيف حالك؟ أنا بخير.", {"مرحبا بالعالم.", "كيف حالك؟", "أنا بخير."}, "ar"},
    {"Hebrew", "שלום עולם. מה שלומך?", {"שלום עולם.", "מה שלומך?"}, "he"},
    {"Emoji",
     "I love \U0001F44D and \U0001F468\u200D\U0001F469\u200D\U0001F467 families. Next \U0001F1FA\U0001F1F8 "
     "flag.",
     {"I love \U0001F44D and \U0001F468\u200D\U0001F469\u200D\U0001F467 families.",
      "Next \U0001F1FA\U0001F1F8 flag."}},
    {"CombiningMarks", "Cafe\u0301 opens. Nai\u0308ve it is.", {"Cafe\u0301 opens.", "Nai\u0308ve it is."}},
    {"Tab", "Tab\there. Next one.", {"Tab\there.", "Next one."}},
    {"NulAndControlCharacters",
     "First\0 one\x01. Second\x1f one."sv,
     {"First\0 one\x01."s, "Second\x1f one."}},
    {"CrLfInsideParagraph", "First one.\r\nSecond one.", {"First one.", "Second one."}},
    {"QuestionAndExclamation", "Really?! Yes.", {"Really?!", "Yes."}},
};

INSTANTIATE_TEST_SUITE_P(Segment, SplitsSentences, ::testing::ValuesIn(kSplitCases), testing::ParamName());

TEST(Segment, KeepsAbbreviationsTogether) {
  const std::string_view text = "Mr. Smith went to Washington. He met Mrs. Jones there.";
  EXPECT_EQ(sentence_texts(text, segment_checked(text)),
            (std::vector<std::string>{"Mr. Smith went to Washington.", "He met Mrs. Jones there."}));
}

// The abbreviation kinds and orthographies of language.h: a prefix ("Dr.") or number
// abbreviation ("No.") never ends a sentence before its name or number, a plain one
// ("etc.") may, and German writes ordinals with a period.
TEST(Segment, KeepsListedAbbreviationsTogether) {
  struct Case {
    const char* language;
    std::string_view text;
    std::vector<std::string> sentences;
  };
  const Case cases[] = {
      {"en", "He met Dr. Jones there. Then he left.", {"He met Dr. Jones there.", "Then he left."}},
      {"en",
       "Prof. Smith lectured at 5 p.m. today. It ended.",
       {"Prof. Smith lectured at 5 p.m. today.", "It ended."}},
      {"en", "See No. 7 of the list. Next one.", {"See No. 7 of the list.", "Next one."}},
      {"en", "It cost $5 etc. The end.", {"It cost $5 etc.", "The end."}},
      {"de", "Er kam am 12. Juni an. Dann ging er.", {"Er kam am 12. Juni an.", "Dann ging er."}},
      {"de", "Das ist z.B. gut. Dann ging er.", {"Das ist z.B. gut.", "Dann ging er."}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(sentence_texts(c.text, segment_checked(c.text, Language::get(c.language))), c.sentences)
        << c.language << ": " << c.text;
  }
}

TEST(Segment, SingleLineBreakInsideParagraphIsNotABoundary) {
  for (std::string_view text : {"It began. The talks were long\nand productive. Then more."sv,
                                "It began. The talks were long\r\nand productive. Then more."sv,
                                "It began. The talks were long\u2028and productive. Then more."sv,
                                "It began. The talks were long\u0085and productive. Then more."sv,
                                "It began. The talks were long \n\t and productive. Then more."sv}) {
    const std::vector<Span> spans = segment_checked(text);
    ASSERT_EQ(spans.size(), 3u) << text;
    EXPECT_TRUE(text_of(text, spans[1]).starts_with("The talks were long")) << text_of(text, spans[1]);
    EXPECT_TRUE(text_of(text, spans[1]).ends_with("and productive.")) << text_of(text, spans[1]);
    for (const Span& span : spans) EXPECT_EQ(span.paragraph, 0u);
  }
}

TEST(Segment, BlankLineIsABoundary) {
  for (std::string_view text : {"It began.\nA line without a stop\n\nNext paragraph."sv,
                                "It began.\r\nA line without a stop\r\n\r\nNext paragraph."sv,
                                "It began.\nA line without a stop\n \t \nNext paragraph."sv,
                                "It began.\nA line without a stop\r\rNext paragraph."sv,
                                "It began.\nA line without a stop\u2029Next paragraph."sv,
                                "It began.\u2028A line without a stop\u2028 \u2028Next paragraph."sv,
                                "It began.\u0085A line without a stop\n\u2029Next paragraph."sv}) {
    const std::vector<Span> spans = segment_checked(text);
    EXPECT_EQ(texts_of(text, spans),
              (std::vector<std::string>{"It began.", "A line without a stop", "Next paragraph."}))
        << text;
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[0].paragraph, 0u);
    EXPECT_EQ(spans[1].paragraph, 0u);
    EXPECT_EQ(spans[2].paragraph, 1u);
  }
}

TEST(Segment, NumbersParagraphsFromZero) {
  const std::string_view text = "A one. A two.\n\nB one.\n\n\n\nC one.\nC two continues.\n\n  D one.  ";
  const std::vector<Span> spans = segment_checked(text);
  EXPECT_EQ(texts_of(text, spans),
            (std::vector<std::string>{"A one.", "A two.", "B one.", "C one.", "C two continues.", "D one."}));
  std::vector<std::size_t> paragraphs;
  for (const Span& span : spans) paragraphs.push_back(span.paragraph);
  EXPECT_EQ(paragraphs, (std::vector<std::size_t>{0, 0, 1, 2, 2, 3}));
}

struct TitleCase {
  const char* name;
  std::string_view text;
  std::string_view title;  // empty: no title
};

class DetectsTitle : public ::testing::TestWithParam<TitleCase> {};

TEST_P(DetectsTitle, OnTheFirstLineOnly) {
  const TitleCase& c = GetParam();
  const std::vector<Span> spans = segment_checked(c.text);
  ASSERT_FALSE(spans.empty());
  if (c.title.empty()) {
    for (const Span& span : spans) EXPECT_NE(span.kind, SpanKind::kTitle) << text_of(c.text, span);
    return;
  }
  EXPECT_EQ(spans[0].kind, SpanKind::kTitle);
  EXPECT_EQ(text_of(c.text, spans[0]), c.title);
  EXPECT_EQ(spans[0].paragraph, 0u);
  ASSERT_GE(spans.size(), 2u) << "a title and no body";
  EXPECT_EQ(spans[1].paragraph, 1u) << "the body starts a paragraph after the title";
}

const TitleCase kTitleCases[] = {
    {"HeadlineAndBlankLine", "Headline Here\n\nBody one. Body two.", "Headline Here"},
    {"HeadlineAndCrLfBlankLine", "Headline Here\r\n\r\nBody one.", "Headline Here"},
    {"HeadlineAndParagraphSeparator", "Headline here\u2029Body one. Body two.", "Headline here"},
    {"HeadlineAndLineSeparator", "Lavrov Visits Washington\u2028Russia's foreign minister met Trump.",
     "Lavrov Visits Washington"},
    {"HeadlineAndNextLine", "Lavrov Visits Washington\u0085Russia's foreign minister met Trump.",
     "Lavrov Visits Washington"},
    {"HeadlineAfterLeadingBlankLines", "\n\n  Title After Blanks  \n\nBody here.", "Title After Blanks"},
    {"TitleCaseHeadlineAndSingleLineBreak", "Lavrov Visits Washington\nRussia's foreign minister met Trump.",
     "Lavrov Visits Washington"},
    {"ShortHeadlineBeforeLongLine",
     "Short headline\nThis body line is much longer than the headline above it and it ends here.",
     "Short headline"},
    {"QuotedHeadline", "\"Quoted Headline\"\n\nBody.", "\"Quoted Headline\""},
    {"AllCapsHeadline", "BREAKING NEWS\n\nBody text here.", "BREAKING NEWS"},
    {"ChineseHeadline", "中国经济增长\n\n正文第一句。正文第二句。", "中国经济增长"},
    {"HardWrappedSentenceContinuingInLowerCase",
     "The minister said that the talks\nwere productive and long.", ""},
    {"SingleLine", "Hello world", ""},
    {"SingleLineInTitleCase", "Lavrov Visits Washington", ""},
    {"FirstLineEndsWithQuestionMark", "Headline with question?\n\nBody.", ""},
    {"FirstLineEndsWithFullStop", "A sentence.\n\nBody.", ""},
    {"FirstLineEndsWithIdeographicFullStop", "他来了。\n\n她走了。", ""},
    {"FirstLineWithoutLetters", "2019\n\nBody text here.", ""},
    {"HardWrappedLowerCaseLines", "lorem ipsum dolor\nsit amet consectetur\nadipiscing elit", ""},
};

INSTANTIATE_TEST_SUITE_P(Segment, DetectsTitle, ::testing::ValuesIn(kTitleCases), testing::ParamName());

// Regression (failed on commit 2196708): a single line followed by a line break became a
// title with no body, so the text had no sentence at all, while the same line without the break is one
// sentence. Trailing white space should not change the segmentation ("not a title when the text is a single
// line"). Input "Hello world\n": expected one kSentence span "Hello world", was one
// kTitle span "Hello world", and the summarizer then had no candidate.
TEST(Segment, SingleLineWithTrailingLineBreakIsNotATitle) {
  for (std::string_view text : {"Hello world\n"sv, "Hello world\r\n"sv, "Hello world\n\n  \n"sv}) {
    const std::vector<Span> spans = segment_checked(text);
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(text_of(text, spans[0]), "Hello world");
    EXPECT_EQ(spans[0].kind, SpanKind::kSentence) << "'" << text << "'";
  }
}

// Regression (failed on commit 2196708; see also regression_test.cpp): the headline test
// looked at the last code point of the raw line, so blanks between a full stop and the line
// break hid the full stop and the first sentence became the title. Input "It was late.
// \n\nThe minister came.": expected two kSentence spans, was kTitle "It was late." then
// kSentence "The minister came." (same with a tab, or a single break before a longer line).
TEST(Segment, FirstLineEndingInAFullStopAndBlanksIsNotATitle) {
  for (std::string_view text :
       {"It was late. \n\nThe minister came."sv, "It was late.\t\r\n\r\nThe minister came."sv,
        "It was late. \nThe minister came and talked about many long things for hours."sv}) {
    const std::vector<Span> spans = segment_checked(text);
    ASSERT_FALSE(spans.empty());
    EXPECT_EQ(text_of(text, spans[0]), "It was late.");
    EXPECT_EQ(spans[0].kind, SpanKind::kSentence) << "'" << text << "'";
  }
}

struct DatelineCase {
  const char* name;
  std::string_view text;
  std::string_view dateline;    // empty: no dateline
  std::string_view first_body;  // the first sentence
};

class DetectsDateline : public ::testing::TestWithParam<DatelineCase> {};

TEST_P(DetectsDateline, AtTheStartOfTheBody) {
  const DatelineCase& c = GetParam();
  const std::vector<Span> spans = segment_checked(c.text);
  std::size_t body = spans.empty() || spans[0].kind != SpanKind::kTitle ? 0 : 1;
  if (c.dateline.empty()) {
    for (const Span& span : spans) EXPECT_NE(span.kind, SpanKind::kDateline) << text_of(c.text, span);
  } else {
    ASSERT_GT(spans.size(), body);
    ASSERT_EQ(spans[body].kind, SpanKind::kDateline) << text_of(c.text, spans[body]);
    EXPECT_EQ(text_of(c.text, spans[body]), c.dateline);
    ++body;
  }
  ASSERT_GT(spans.size(), body);
  EXPECT_EQ(spans[body].kind, SpanKind::kSentence);
  EXPECT_EQ(text_of(c.text, spans[body]), c.first_body);
  if (!c.dateline.empty()) {
    EXPECT_EQ(spans[body].paragraph, spans[body - 1].paragraph) << "a dateline shares its paragraph";
  }
}

const DatelineCase kDatelineCases[] = {
    {"PlaceAgencyDash", "WASHINGTON (Reuters) - Body starts here. More.", "WASHINGTON (Reuters) -",
     "Body starts here."},
    {"AgencyGluedToBody", "(CNN)Body starts. More.", "(CNN)", "Body starts."},
    {"PlaceRegionAgencyDoubleDash", "LONDON, England (Reuters) -- Body. More.",
     "LONDON, England (Reuters) --", "Body."},
    {"TwoWordPlaceEmDash", "NEW YORK (AP) \u2014 Body starts here.", "NEW YORK (AP) \u2014",
     "Body starts here."},
    {"AgencyAndDateInParenthesis", "WASHINGTON (Sputnik - 11th December, 2019) Russia's minister came.",
     "WASHINGTON (Sputnik - 11th December, 2019)", "Russia's minister came."},
    {"AcronymWithParenthesisIsNoDateline", "NASA (the agency) said it would launch.", "",
     "NASA (the agency) said it would launch."},
    {"HyphenatedCapitalsAreNoDateline", "ANTI-war protests grew.", "", "ANTI-war protests grew."},
    {"CapitalsHyphenCapitalsAreNoDateline", "US-Russia talks resumed.", "", "US-Russia talks resumed."},
    {"DashBeforeLowerCaseIsNoDateline", "IBM (the company) - said nothing.", "",
     "IBM (the company) - said nothing."},
    {"ParenthesisAcrossALineBreakIsNoDateline", "Headline Here\n\n(CNN\n) Body. More.", "", "(CNN\n) Body."},
};

INSTANTIATE_TEST_SUITE_P(Segment, DetectsDateline, ::testing::ValuesIn(kDatelineCases), testing::ParamName());

// Regression (failed on commit 2196708): src/segment.cpp documents "NEW YORK - Body" as a
// dateline, but the place scanner ran on through " - B" into the body's first capital, so
// no dash followed the place. Input "NEW YORK - Body starts here.": expected ["NEW YORK -"
// (kDateline), "Body starts here." (kSentence)], was one kSentence span for the whole text
// ("WASHINGTON - Body starts here." likewise).
TEST(Segment, PlaceAndDashIsADateline) {
  for (std::string_view text : {"NEW YORK - Body starts here."sv, "WASHINGTON - Body starts here."sv}) {
    const std::vector<Span> spans = segment_checked(text);
    ASSERT_EQ(spans.size(), 2u) << text;
    EXPECT_EQ(spans[0].kind, SpanKind::kDateline);
    EXPECT_EQ(text_of(text, spans[1]), "Body starts here.");
  }
}

TEST(Segment, DatelineFollowsTheTitle) {
  const std::string_view text = "BREAKING NEWS\n\nWASHINGTON (AP) \u2014 Body starts here. More.";
  const std::vector<Span> spans = segment_checked(text);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans[0].kind, SpanKind::kTitle);
  EXPECT_EQ(spans[1].kind, SpanKind::kDateline);
  EXPECT_EQ(text_of(text, spans[1]), "WASHINGTON (AP) \u2014");
  EXPECT_EQ(spans[1].paragraph, 1u);
  EXPECT_EQ(text_of(text, spans[2]), "Body starts here.");
  EXPECT_EQ(spans[2].paragraph, 1u);
}

// Transcripts: each paragraph's speaker label becomes a speaker span of the name, and the
// turn's sentences start after it; documents that are no transcript keep their spans.
struct TranscriptCase {
  const char* name;
  std::string_view text;
  std::vector<std::string> spans;  // every span's text, "@" before a speaker span's
};
void PrintTo(const TranscriptCase& c, std::ostream* os) { *os << c.name; }

class MarksSpeakers : public ::testing::TestWithParam<TranscriptCase> {};

TEST_P(MarksSpeakers, AsSpansBeforeTheirTurns) {
  const TranscriptCase& c = GetParam();
  const std::vector<Span> spans = segment_checked(c.text);
  std::vector<std::string> texts;
  for (const Span& span : spans) {
    texts.push_back((span.kind == SpanKind::kSpeaker ? "@" : "") + std::string(text_of(c.text, span)));
  }
  EXPECT_EQ(texts, c.spans);
  std::size_t speaker_paragraph = 0;
  bool speaker = false;
  for (const Span& span : spans) {
    if (span.kind == SpanKind::kSpeaker) {
      EXPECT_FALSE(speaker && speaker_paragraph == span.paragraph) << "two speakers in one paragraph";
      speaker = true;
      speaker_paragraph = span.paragraph;
    }
  }
  EXPECT_EQ(has_speakers(spans), speaker);
}

const TranscriptCase kTranscriptCases[] = {
    {"Meeting",
     "Project Manager: Right. So this is the kick-off.\n\nMarketing Expert: Mm-hmm.\n\n"
     "Project Manager: Let us start.",
     {"@Project Manager", "Right.", "So this is the kick-off.", "@Marketing Expert", "Mm-hmm.",
      "@Project Manager", "Let us start."}},
    {"TitleThenTurns",
     "Weekly meeting\nAlice: Good morning. Let us start.\n\nBob: Fine.\n\nAlice: The budget.",
     {"Weekly meeting", "@Alice", "Good morning.", "Let us start.", "@Bob", "Fine.", "@Alice",
      "The budget."}},
    {"FirstTurnLooksLikeATitle",
     "Industrial Designer: so it's\n\nMarketing: It kinda does.\n\nIndustrial Designer: Yes.",
     {"@Industrial Designer", "so it's", "@Marketing", "It kinda does.", "@Industrial Designer", "Yes."}},
    {"ParentheticalWithAPeriod",
     "Mr. Mark Gerretsen (Kingston and the Islands, Lib.): Mr. Chair, thank you.\n\n"
     "The Chair: Go ahead.\n\nMr. Mark Gerretsen (Kingston and the Islands, Lib.): I will.",
     {"@Mr. Mark Gerretsen (Kingston and the Islands, Lib.)", "Mr. Chair, thank you.", "@The Chair",
      "Go ahead.", "@Mr. Mark Gerretsen (Kingston and the Islands, Lib.)", "I will."}},
    {"TimeStamps",
     "[00:00:01] Alice: Hi.\n\n[00:00:04] Bob: Hello.\n\n[00:00:09] Alice: Shall we?",
     {"@Alice", "Hi.", "@Bob", "Hello.", "@Alice", "Shall we?"}},
    {"SomeParagraphsUnlabelled",
     "Q: Why?\n\nA: Because.\n\n(Laughter)\n\nQ: And then?",
     {"@Q", "Why?", "@A", "Because.", "(Laughter)", "@Q", "And then?"}},
    {"Chinese",
     "主持人：大家好。今天开会。\n\n嘉宾：谢谢。\n\n主持人：开始吧。",
     {"@主持人", "大家好。", "今天开会。", "@嘉宾", "谢谢。", "@主持人", "开始吧。"}},
    // Not transcripts: the spans are those of any text.
    {"NewsWithANote",
     "The minister spoke on Monday.\n\nNote: the figures are provisional.\n\nShe left.",
     {"The minister spoke on Monday.", "Note: the figures are provisional.", "She left."}},
    {"Steps",
     "Step 1: Heat the pan.\n\nStep 2: Stir.\n\nStep 3: Serve.",
     {"Step 1: Heat the pan.", "Step 2: Stir.", "Step 3: Serve."}},
    {"TwoSpeakersOnce", "Alice: Hi.\n\nBob: Hello.", {"Alice: Hi.", "Bob: Hello."}},
};
INSTANTIATE_TEST_SUITE_P(Segment, MarksSpeakers, ::testing::ValuesIn(kTranscriptCases), testing::ParamName());

TEST(Segment, SpeakersKeepTheirTurnsParagraph) {
  const std::string_view text = "Alice: One. Two.\n\nBob: Three.\n\nAlice: Four.";
  const std::vector<Span> spans = segment_checked(text);
  ASSERT_EQ(spans.size(), 7U);
  EXPECT_EQ(spans[0].kind, SpanKind::kSpeaker);
  EXPECT_EQ(spans[0].paragraph, spans[1].paragraph);
  EXPECT_EQ(spans[0].paragraph, spans[2].paragraph);
  EXPECT_EQ(spans[3].paragraph, spans[4].paragraph);
  EXPECT_NE(spans[2].paragraph, spans[3].paragraph);
}

TEST(Segment, SplitsTheReferenceArticle) {
  const std::string& text = testing::reference_article();
  const std::vector<Span> spans = segment_checked(text);
  ASSERT_GE(spans.size(), 3u);
  EXPECT_EQ(spans[0].kind, SpanKind::kTitle);
  EXPECT_EQ(text_of(text, spans[0]),
            "REVIEW - Lavrov Blitz To US: No Breakthroughs, But Optimism In The Air");
  EXPECT_EQ(spans[1].kind, SpanKind::kDateline);
  EXPECT_EQ(text_of(text, spans[1]), "WASHINGTON (Pakistan Point News / Sputnik - 11th December, 2019)");
  EXPECT_EQ(spans[2].kind, SpanKind::kSentence);
  EXPECT_TRUE(text_of(text, spans[2]).starts_with("Russia's Foreign Minister")) << text_of(text, spans[2]);
  for (std::size_t i = 2; i < spans.size(); ++i) EXPECT_EQ(spans[i].kind, SpanKind::kSentence) << i;

  // One paragraph per non-empty line: the article separates its paragraphs by blank lines.
  std::size_t lines = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (!is_white_space_between(text, begin, end)) ++lines;
    begin = end + 1;
  }
  EXPECT_EQ(spans.back().paragraph + 1, lines);
}

TEST(Segment, IsDeterministic) {
  const std::string& text = testing::reference_article();
  EXPECT_EQ(segment(text, english()), segment(text, english()));
}

TEST(Segment, ControlCharactersOnlyAreOneSpan) {
  const std::string_view text = "\0\x01\x02"sv;
  const std::vector<Span> spans = segment_checked(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text_of(text, spans[0]), text);
}

TEST(Segment, EmojiOnlyIsOneSpan) {
  const std::string_view text = " \U0001F468\u200D\U0001F469\u200D\U0001F467\U0001F44D\U0001F3FD ";
  const std::vector<Span> spans = segment_checked(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text_of(text, spans[0]), text.substr(1, text.size() - 2));
}

struct LongCase {
  const char* name;
  std::string unit;
};

class LongText : public ::testing::TestWithParam<LongCase> {};

// A megabyte without a sentence boundary must stay one span, and must not take quadratic time.
TEST_P(LongText, WithoutPunctuationIsOneSpan) {
  const std::string text = testing::repeat_to(GetParam().unit, 1 << 20);
  const std::vector<Span> spans = segment_checked(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].kind, SpanKind::kSentence);
}

INSTANTIATE_TEST_SUITE_P(Segment, LongText,
                         ::testing::Values(LongCase{"Words", "lorem ipsum dolor sit amet "},
                                           LongCase{"OneWord", "a"}, LongCase{"Capitals", "WASHINGTON "},
                                           LongCase{"Chinese", "我们今天去学校学习中文"},
                                           LongCase{"HardWrappedLines", "lorem ipsum dolor\n"},
                                           LongCase{"OpenParenthesis", "(lorem ipsum "},
                                           LongCase{"Emoji", "\U0001F468\u200D\U0001F469\u200D\U0001F467 "},
                                           LongCase{"CombiningMarks", "e\u0301\u0308"},
                                           LongCase{"Arabic", "مرحبا بالعالم "}),
                         testing::ParamName());

TEST(Segment, ManySentencesStayWellFormed) {
  const std::string text =
      testing::repeat_to("Lorem ipsum dolor sit amet. Consectetur adipiscing elit!\n\n", 1 << 20);
  const std::vector<Span> spans = segment_checked(text);
  EXPECT_EQ(spans.size() % 2, 0u);
  EXPECT_EQ(spans.back().paragraph + 1, spans.size() / 2);
}

class SegmentOf : public ::testing::TestWithParam<testing::TextCase> {};

TEST_P(SegmentOf, HostileTextIsWellFormed) {
  const testing::TextCase& c = GetParam();
  const std::vector<Span> spans = segment_checked(c.text, Language::get(c.language));
  EXPECT_EQ(spans.empty(), is_white_space_between(c.text, 0, c.text.size()));
}

INSTANTIATE_TEST_SUITE_P(Segment, SegmentOf, ::testing::ValuesIn(testing::hostile_texts()),
                         testing::ParamName());

}  // namespace
}  // namespace salience

// Speaker labels (detail/speaker_label.h): the label opening a paragraph, and whether a
// document's paragraphs make it a transcript. One table row per case.
#include "salience/detail/speaker_label.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "salience/language.h"
#include "salience/segment.h"
#include "test_support.h"

namespace salience::detail {
namespace {

struct LabelCase {
  const char* name;
  std::string_view text;     // a paragraph
  std::string_view speaker;  // the name the label gives, empty when there is no label
  std::string_view turn;     // what follows the label (the whole text when there is none)
};
void PrintTo(const LabelCase& c, std::ostream* os) { *os << c.name; }

class ParseSpeakerLabel : public ::testing::TestWithParam<LabelCase> {};

TEST_P(ParseSpeakerLabel, ReadsTheNameAndTheTurn) {
  const LabelCase& c = GetParam();
  const SpeakerLabel label = parse_speaker_label(c.text);
  EXPECT_EQ(label.name(c.text), c.speaker) << c.text;
  EXPECT_EQ(c.text.substr(label.length), c.turn) << c.text;
  EXPECT_EQ(speaker_label_length(c.text), label.length) << c.text;
}

const LabelCase kLabelCases[] = {
    // Meetings, interviews, hearings.
    {"Role", "Project Manager: Right, this is the kick-off.", "Project Manager",
     "Right, this is the kick-off."},
    {"ThreeWordRole", "User Interface Designer: Mm-hmm.", "User Interface Designer", "Mm-hmm."},
    {"RoleAndLetter", "PhD F: I was gonna try.", "PhD F", "I was gonna try."},
    {"Numbered", "Speaker 1: Hello there.", "Speaker 1", "Hello there."},
    {"Letter", "A: Yes.", "A", "Yes."},
    {"Question", "Q: Why?", "Q", "Why?"},
    {"UpperCase", "JOHN SMITH: We will.", "JOHN SMITH", "We will."},
    {"Title", "Dr. Smith: The results.", "Dr. Smith", "The results."},
    {"Initial", "Hon. Harjit S. Sajjan: Madam Chair,", "Hon. Harjit S. Sajjan", "Madam Chair,"},
    {"FiveWords", "Right Hon. Justin Trudeau Jr: Yes.", "Right Hon. Justin Trudeau Jr", "Yes."},
    {"Apostrophe", "Hon. Seamus O'Regan: Mr. Chair,", "Hon. Seamus O'Regan", "Mr. Chair,"},
    {"Hyphen", "Jo-Anne Daniels: Thank you.", "Jo-Anne Daniels", "Thank you."},
    {"Particle", "Ursula von der Leyen: Thank you.", "Ursula von der Leyen", "Thank you."},
    {"Parenthetical", "Mr. Mark Gerretsen (Kingston and the Islands, Lib.): Mr. Chair,",
     "Mr. Mark Gerretsen (Kingston and the Islands, Lib.)", "Mr. Chair,"},
    {"NestedParenthetical", "The Acting Chair (Mrs. Carol Hughes (Algoma, NDP)): The hon. member.",
     "The Acting Chair (Mrs. Carol Hughes (Algoma, NDP))", "The hon. member."},
    {"TimeStamp", "[00:01:02] Alice: Good morning.", "Alice", "Good morning."},
    {"FrenchSpaceBeforeColon", "JOURNALISTE : Bonjour.", "JOURNALISTE", "Bonjour."},
    {"FrenchNoBreakSpace", "Journaliste\u00A0: Bonjour.", "Journaliste", "Bonjour."},
    {"SeveralSpacesAfter", "Alice:   Hi.", "Alice", "Hi."},
    {"LineBreakAfter", "Alice:\nHi.", "Alice", "Hi."},
    {"Accented", "Élodie: Oui.", "Élodie", "Oui."},
    {"Cyrillic", "Ведущий: Добрый вечер.", "Ведущий", "Добрый вечер."},
    {"Greek", "Πρόεδρος: Ευχαριστώ.", "Πρόεδρος", "Ευχαριστώ."},
    // Scripts without case; the full-width colon needs no space.
    {"ChineseFullWidthColon", "主持人：大家好。", "主持人", "大家好。"},
    {"ChineseFullWidthColonSpace", "主持人： 大家好。", "主持人", "大家好。"},
    {"JapaneseNumbered", "話者1：はい。", "話者1", "はい。"},
    {"Arabic", "المذيع: مرحبا.", "المذيع", "مرحبا."},
    {"Korean", "사회자: 안녕하세요.", "사회자", "안녕하세요."},
    // Prose that has the shape: the document decides (TranscriptVote).
    {"NoteHasTheShape", "Note: this is prose.", "Note", "this is prose."},
    // Not labels.
    {"LowerCaseWord", "note: this is prose.", "", "note: this is prose."},
    {"LowerCaseSecondWord", "Project manager: Right.", "", "Project manager: Right."},
    {"SentenceBefore", "He said: Yes.", "", "He said: Yes."},
    {"TooManyWords", "The Big Red Fox Jumps High: no.", "", "The Big Red Fox Jumps High: no."},
    {"SentenceTerminal", "Why? Because: it.", "", "Why? Because: it."},
    {"ExclamationInside", "Stop! Alice: hi.", "", "Stop! Alice: hi."},
    {"Clock", "At 10:30 we met.", "", "At 10:30 we met."},
    {"ClockFirst", "10:30 Meeting.", "", "10:30 Meeting."},
    {"NumberFirst", "2019: a year.", "", "2019: a year."},
    {"NoSpaceAfterColon", "Alice:hi.", "", "Alice:hi."},
    {"Url", "Http://example.com", "", "Http://example.com"},
    {"AbbreviationLast", "Dr.: no.", "", "Dr.: no."},
    {"ParticleLast", "Alice of: no.", "", "Alice of: no."},
    {"LongAbbreviation", "Chapter. One: no.", "", "Chapter. One: no."},
    {"NothingAfter", "Summary:", "", "Summary:"},
    {"OnlySpaceAfter", "Summary:   ", "", "Summary:   "},
    {"NoColon", "Alice Bob", "", "Alice Bob"},
    {"Empty", "", "", ""},
    {"OpenParenthetical", "Alice (Chair: hi.", "", "Alice (Chair: hi."},
    {"LongChineseRun", "今天我们在这里开一个很长的会议：好。", "", "今天我们在这里开一个很长的会议：好。"},
    {"MixedScriptWord", "Ab主持: hi.", "", "Ab主持: hi."},
    {"Emoji", "😀: hi.", "", "😀: hi."},
    {"ControlCharacter", "Alice\x01: hi.", "", "Alice\x01: hi."},
    {"TimeStampOnly", "[00:01] Hello there.", "", "[00:01] Hello there."},
};
INSTANTIATE_TEST_SUITE_P(SpeakerLabels, ParseSpeakerLabel, ::testing::ValuesIn(kLabelCases),
                         testing::ParamName());

TEST(SpeakerLabels, NeverReadsPastTheText) {
  // Every prefix of a label parses without reading past its end.
  const std::string text = "The Acting Chair (Mrs. Carol Hughes (Algoma, NDP)): The hon. member.";
  for (std::size_t n = 0; n <= text.size(); ++n) {
    const std::string prefix = text.substr(0, n);
    EXPECT_LE(speaker_label_length(prefix), prefix.size());
  }
}

struct VoteCase {
  const char* name;
  std::vector<std::string_view> paragraphs;
  bool transcript;
};
void PrintTo(const VoteCase& c, std::ostream* os) { *os << c.name; }

class VoteTranscript : public ::testing::TestWithParam<VoteCase> {};

TEST_P(VoteTranscript, DecidesFromTheShareOfLabelledParagraphs) {
  const VoteCase& c = GetParam();
  TranscriptVote vote;
  for (const std::string_view paragraph : c.paragraphs) vote.add_paragraph(paragraph);
  EXPECT_EQ(vote.is_transcript(), c.transcript);
  EXPECT_EQ(vote.paragraphs(), c.paragraphs.size());
}

const VoteCase kVoteCases[] = {
    {"Meeting", {"Project Manager: Right.", "Marketing: Mm-hmm.", "Project Manager: So."}, true},
    {"Interview", {"Q: Why?", "A: Because.", "Q: And then?", "A: Nothing."}, true},
    {"MostLabelled", {"Alice: Hi.", "An aside.", "Alice: Bye.", "Bob: Well."}, true},
    {"HalfLabelled", {"Alice: Hi.", "An aside.", "Alice: Bye.", "Another aside."}, false},
    {"NewsWithANote", {"The minister spoke.", "Note: this is prose.", "She left.", "Note: again."}, false},
    {"OneNote", {"Note: this is prose.", "The minister spoke."}, false},
    {"Steps", {"Step 1: Heat.", "Step 2: Stir.", "Step 3: Serve."}, false},
    {"TwoSpeakersOnce", {"Alice: Hi.", "Bob: Hello."}, false},
    {"Empty", {}, false},
};
INSTANTIATE_TEST_SUITE_P(SpeakerLabels, VoteTranscript, ::testing::ValuesIn(kVoteCases),
                         testing::ParamName());

TEST(SpeakerLabels, SharesCountLabelledParagraphs) {
  TranscriptVote vote;
  EXPECT_EQ(vote.share(), 0.0);
  vote.add_paragraph("Alice: Hi.");
  vote.add_paragraph("Plain text.");
  EXPECT_EQ(vote.labelled(), 1U);
  EXPECT_DOUBLE_EQ(vote.share(), 0.5);
}

TEST(SpeakerLabels, VotesOverTheParagraphsOfSegmentedText) {
  const Language& english = Language::get("en");
  const std::string meeting =
      "Weekly meeting\nAlice: Good morning. Let us start.\n\nBob: Fine.\n\nAlice: Then the budget.";
  EXPECT_TRUE(is_transcript(meeting, segment(meeting, english)));
  const TranscriptVote vote = vote_transcript(meeting, segment(meeting, english));
  EXPECT_EQ(vote.paragraphs(), 3U);  // the title is no paragraph of turns
  const std::string news = "Note: the figures are provisional.\n\nThe minister spoke. She left.";
  EXPECT_FALSE(is_transcript(news, segment(news, english)));
}

}  // namespace
}  // namespace salience::detail

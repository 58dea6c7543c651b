#include "salience/noise.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace salience {
namespace {

struct NoiseCase {
  const char* name;
  std::string_view sentence;
  double expected;
};

class Boilerplate : public ::testing::TestWithParam<NoiseCase> {};

TEST_P(Boilerplate, ScoresPageFurnitureOne) {
  const NoiseCase& c = GetParam();
  EXPECT_EQ(boilerplate(c.sentence), c.expected) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Noise, Boilerplate,
    ::testing::Values(
        NoiseCase{"BareBy", "By .", 1.0}, NoiseCase{"BylineWithName", "By Daily Mail Reporter .", 1.0},
        NoiseCase{"Published", "PUBLISHED: .", 1.0}, NoiseCase{"UpdatedAfterBar", "| . UPDATED: .", 1.0},
        NoiseCase{"TimeStamp", "14:11 EST, 25 October 2013 .", 1.0},
        NoiseCase{"ScrollDown", "Scroll down for video .", 1.0},
        NoiseCase{"ClickHere", "Click here to see the full gallery.", 1.0},
        NoiseCase{"ReadMore", "READ MORE: The day the lights went out.", 1.0},
        NoiseCase{"Credit", "CNN's Jane Doe contributed to this report.", 1.0},
        NoiseCase{"Rights", "All rights reserved.", 1.0},
        NoiseCase{"Copyright", "\xc2\xa9 2015 The Hollywood Reporter.", 1.0},
        NoiseCase{"CopyrightAtTheEnd", "The Hollywood Reporter 2015 \xc2\xa9", 1.0},
        NoiseCase{"CopyrightAlone", "\xc2\xa9", 1.0},
        NoiseCase{"MarkerAtTheVeryEnd", "For more pictures, click here", 1.0},
        NoiseCase{"MarkerInMixedCase", "Photos: Scroll Down For Video.", 1.0},
        NoiseCase{"ShorterThanAQuad", "Up.", 0.0},
        NoiseCase{"OtherLatin1Sign", "\xc2\xae Registered, \xc2\xa8 and \xc3\xa9t\xc3\xa9.", 0.0},
        NoiseCase{"FollowHandle", "Follow @MailSport on Twitter.", 1.0},
        NoiseCase{"YouCanFollow", "You can follow her on Twitter.", 1.0},
        NoiseCase{"StorySentence", "The bishop has exposed hundreds of church members to the virus.", 0.0},
        NoiseCase{"ByInASentence", "By then, the fire had spread to the roof.", 0.0},
        NoiseCase{"ByInALongSentence", "By The Time We Got There Everyone Had Left The Building Early.", 0.0},
        NoiseCase{"ClockTimeInAStory", "The train left at 14:11 and arrived two hours late in the rain.",
                  0.0},
        NoiseCase{"Empty", "", 0.0}, NoiseCase{"WhiteSpace", " \n\t ", 0.0},
        NoiseCase{"Cjk",
                  "\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xa4\xa9\xe6\xb0\x94\xe5\xbe\x88\xe5\xa5\xbd\xe3\x80\x82",
                  0.0},
        NoiseCase{"ControlCharacters", std::string_view("\x00\x01\x7f", 3), 0.0},
        NoiseCase{"Emoji", "\xf0\x9f\x98\x80 By the way.", 0.0}),
    [](const ::testing::TestParamInfo<NoiseCase>& info) { return std::string(info.param.name); });

TEST(Noise, TheNameAfterABareByIsBoilerplate) {
  const std::vector<std::string_view> sentences{"By .", "Associated Press .", "PUBLISHED: .",
                                                "The bishop fell ill.", "Associated Press reported it."};
  const std::vector<double> expected{1.0, 1.0, 1.0, 0.0, 0.0};
  EXPECT_EQ(boilerplate(sentences), expected);
  EXPECT_TRUE(boilerplate(std::vector<std::string_view>{}).empty());
}

TEST(Noise, HostileTextsNeverThrowAndStayInRange) {
  for (const testing::TextCase& c : testing::hostile_texts()) {
    const double score = boilerplate(c.text);
    EXPECT_TRUE(score == 0.0 || score == 1.0) << c.name;
  }
}

}  // namespace
}  // namespace salience

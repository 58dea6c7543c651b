#include "salience/detect.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "salience/error.h"
#include "salience/language.h"
#include "test_support.h"

namespace salience {
namespace {

using namespace std::string_view_literals;

struct DetectCase {
  const char* name;
  std::string_view text;
  std::string_view language;
};

class DetectsLanguage : public ::testing::TestWithParam<DetectCase> {};

TEST_P(DetectsLanguage, OfText) { EXPECT_EQ(detect_language(GetParam().text), GetParam().language); }

const DetectCase kDetectCases[] = {
    {"Empty", "", ""},
    {"NoLetters", "123 456 !?", ""},
    {"UnsupportedScript", "ქართული ენა", ""},
    {"English", "The minister said that the talks were long and productive.", "en"},
    {"GermanByStopwords", "Der Minister sagte, dass die Gespräche lang und produktiv waren.", "de"},
    {"FrenchByStopwords", "Le ministre a dit que les discussions étaient longues et productives.", "fr"},
    {"LatinWithoutEvidenceIsEnglish", "Hello world", "en"},
    {"CyrillicWithoutEvidenceIsRussian", "Объем 5 куб.м.", "ru"},
    {"UkrainianByLetters", "Київ і Львів, їхні вулиці.", "uk"},
    {"KazakhByLetters", "Қазақстан ең үлкен мемлекет.", "kk"},
    {"ChineseHan", "我们的学校很好。", "zh"},
    {"JapaneseKanaWithHan", "東京都は来月から始める。", "ja"},
    {"Korean", "서울시는 밝혔다.", "ko"},
    {"Thai", "วันนี้อากาศดี", "th"},
    {"Greek", "Η κυβέρνηση ανακοίνωσε σήμερα.", "el"},
    {"Hebrew", "שלום עולם", "he"},
    {"MalayByItsWords", "Kerajaan berkata ia boleh dilaksanakan kerana rakyat mahu.", "ms"},
    {"IndonesianByItsWords", "Pemerintah mengatakan hal itu bisa dilakukan karena rakyat mau.", "id"},
    {"PersianByLetters", "من به مدرسه می‌روم و کتاب می‌خوانم.", "fa"},
    {"GermanCapitalsAndUmlauts", "ÜBER DIE Brücke UND DURCH DAS Tor, NICHT ÜBER DEN Fluss.", "de"},
    {"SpanishLettersInsideAsciiWords", "El niño y la señora DEL pueblo, CON los años.", "es"},
    {"ArabicByLetters", "ذهبت إلى المدرسة في الصباح الباكر.", "ar"},
};
INSTANTIATE_TEST_SUITE_P(Detect, DetectsLanguage, ::testing::ValuesIn(kDetectCases), testing::ParamName());

// The bundled paragraph of every language (tests/data/multilingual) is detected as its own.
TEST(DetectLanguage, KnowsEveryMultilingualParagraph) {
  namespace fs = std::filesystem;
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(SALIENCE_MULTILINGUAL_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(detect_language(text), entry.path().stem().string());
  }
  EXPECT_GE(files, 30u);
}

TEST(DetectLanguage, AlwaysGivesASupportedCodeOrNone) {
  for (std::string_view text : {"a"sv, "Ölçü"sv, "İstanbul'da"sv, "ΣΣ"sv, "ابجد"sv, "अआइ"sv}) {
    const std::string code(detect_language(text));
    if (!code.empty()) {
      EXPECT_NO_THROW(Language::get(code)) << code;
    }
  }
}

TEST(DetectLanguage, ReadsOnlyTheStartOfALongText) {
  const std::string text = testing::repeat_to("The talks were long and productive. ", kDetectBytes) +
                           testing::repeat_to("Die Gespräche waren lang und produktiv. ", 4 * kDetectBytes);
  EXPECT_EQ(detect_language(text), "en");
}

TEST(DetectLanguage, CutsItsSampleOnACharacterBoundary) {
  std::string text(kDetectBytes - 1, 'a');
  text += "\u00E9\u00E9 der die das und";  // a two-byte character across the sample's end
  EXPECT_NO_THROW(detect_language(text));
}

// Short Latin text is English unless another language has evidence of its own: a word that
// some stopword list holds but that English writes too ("december" and "x" are Slovenian
// stopwords, "ok" a Polish one, "die" a German one) does not make the text that language.
const DetectCase kShortEnglishCases[] = {
    {"Month", "December", "en"},
    {"MonthWithFullStop", "December.", "en"},
    {"ProductName", "Tesla Model X", "en"},
    {"Exclamation", "OK!", "en"},
    {"RepeatedStopwordOfAnotherLanguage", "OK OK OK", "en"},
    {"FilmTitle", "Die Hard", "en"},
    {"CityName", "Los Angeles", "en"},
    {"TitleWithEnglishStopwords", "Die Hard with a Vengeance", "en"},
};
INSTANTIATE_TEST_SUITE_P(ShortEnglish, DetectsLanguage, ::testing::ValuesIn(kShortEnglishCases),
                         testing::ParamName());

// Short text with evidence of two words of its own is still read in its language.
const DetectCase kShortForeignCases[] = {
    {"GermanClause", "Er sagt, dass es regnet.", "de"},
    {"FrenchClause", "Nous sommes avec elle.", "fr"},
    {"SpanishClause", "Ella dijo que no es para mí.", "es"},
    {"SlovenianClause", "Ker je bil tudi on tam.", "sl"},
    {"PolishClause", "Tak, to jest już dla nas.", "pl"},
};
INSTANTIATE_TEST_SUITE_P(ShortForeign, DetectsLanguage, ::testing::ValuesIn(kShortForeignCases),
                         testing::ParamName());

TEST(DetectLanguage, RejectsInvalidUtf8) { EXPECT_THROW(detect_language("abc\xff"sv), InvalidArgument); }

}  // namespace
}  // namespace salience

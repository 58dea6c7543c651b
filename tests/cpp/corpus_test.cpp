#include "salience/corpus.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "salience/error.h"
#include "salience/statistics.h"
#include "salience/summarizer.h"
#include "test_support.h"

namespace salience {
namespace {

bool keep_going() { return true; }

CorpusFrequencies counted(const std::vector<std::string_view>& texts, const Language* language,
                          std::size_t threads = 1) {
  CorpusFrequencies corpus;
  EXPECT_TRUE(count_documents(corpus, texts, language, Language::get("en"), threads, keep_going));
  return corpus;
}

const std::vector<std::string_view> kNews = {
    "The minister met the president. The talks were long.",
    "The president spoke about the economy. Markets rose.",
    "A storm hit the coast. The minister visited the coast on Monday.",
};

TEST(CorpusFrequencies, CountsEachTermOncePerDocument) {
  const CorpusFrequencies corpus = counted({"Cats cats cats. Dogs.", "Cats sleep."}, &Language::get("en"));
  const CorpusFrequencies::Table* table = corpus.table("en");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->documents, 2u);
  EXPECT_EQ(table->frequency("cat"), 2u);
  EXPECT_EQ(table->frequency("dog"), 1u);
  EXPECT_EQ(table->frequency("sleep"), 1u);
  EXPECT_EQ(table->frequency("the"), 0u);  // a stopword is no term
  EXPECT_EQ(table->frequency("unseen"), 0u);
  EXPECT_EQ(corpus.table("de"), nullptr);
}

TEST(CorpusFrequencies, EmptyAndBlankDocumentsCountAsDocuments) {
  const CorpusFrequencies corpus = counted({"", "  \n", "Cats."}, &Language::get("en"));
  EXPECT_EQ(corpus.table("en")->documents, 3u);
  EXPECT_EQ(corpus.table("en")->frequency("cat"), 1u);
}

TEST(CorpusFrequencies, DetectsEachDocumentsLanguageWithoutOne) {
  const CorpusFrequencies corpus =
      counted({"Der Minister sagte, dass die Gespräche lang waren und nicht gut.",
               "The minister said that the talks were long and not good.", "12345 67890"},
              nullptr);
  ASSERT_NE(corpus.table("de"), nullptr);
  ASSERT_NE(corpus.table("en"), nullptr);
  EXPECT_EQ(corpus.table("de")->documents, 1u);
  EXPECT_EQ(corpus.table("en")->documents, 2u);  // the text with no letter falls back to English
  EXPECT_GT(corpus.table("de")->frequency("minist"), 0u);
}

TEST(CorpusFrequencies, ThreadsAndCallsGiveTheSameCounts) {
  const CorpusFrequencies serial = counted(kNews, &Language::get("en"), 1);
  EXPECT_EQ(counted(kNews, &Language::get("en"), 2), serial);
  CorpusFrequencies in_two_calls;
  const std::vector<std::string_view> first = {kNews[0]};
  const std::vector<std::string_view> rest = {kNews[1], kNews[2]};
  EXPECT_TRUE(count_documents(in_two_calls, first, &Language::get("en"), Language::get("en"), 1, keep_going));
  EXPECT_TRUE(count_documents(in_two_calls, rest, &Language::get("en"), Language::get("en"), 2, keep_going));
  EXPECT_EQ(in_two_calls, serial);
}

TEST(CorpusFrequencies, NamesTheDocumentThatIsNotUtf8) {
  CorpusFrequencies corpus;
  const std::vector<std::string_view> texts = {"Fine.", "Bad \xC3\x28 byte."};
  try {
    count_documents(corpus, texts, &Language::get("en"), Language::get("en"), 1, keep_going);
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& error) {
    EXPECT_NE(std::string(error.what()).find("document 1"), std::string::npos) << error.what();
  }
  EXPECT_EQ(corpus.table("en"), nullptr);  // nothing of the call was counted
}

TEST(CorpusFrequencies, StoppingCountsNothing) {
  // Enough work to outlast the first call of keep_going, 20 ms in.
  const std::vector<std::string_view> texts(20000, testing::reference_article());
  CorpusFrequencies corpus;
  EXPECT_FALSE(
      count_documents(corpus, texts, &Language::get("en"), Language::get("en"), 1, [] { return false; }));
  EXPECT_EQ(corpus.table("en"), nullptr);
}

TEST(CorpusFrequencies, PruneDropsRareTermsThenKeepsTheMostFrequent) {
  CorpusFrequencies corpus = counted(kNews, &Language::get("en"));
  const std::uint64_t documents = corpus.table("en")->documents;
  corpus.prune(2, 100);
  const CorpusFrequencies::Table& table = *corpus.table("en");
  EXPECT_EQ(table.documents, documents);
  for (const auto& [term, frequency] : table.frequencies) EXPECT_GE(frequency, 2u) << term;
  EXPECT_EQ(table.frequency("minist"), 2u);
  EXPECT_EQ(table.frequency("presid"), 2u);
  EXPECT_EQ(table.frequency("storm"), 0u);
  corpus.prune(1, 1);
  ASSERT_EQ(corpus.table("en")->frequencies.size(), 1u);
  EXPECT_EQ(corpus.table("en")->frequencies.begin()->first, "minist");  // a tie with "presid": the smaller
}

TEST(CorpusFrequencies, SerializesDeterministicallyAndReadsItBack) {
  const CorpusFrequencies corpus =
      counted({kNews[0], kNews[1], kNews[2], "Der Minister sagte, dass die Gespräche lang waren."}, nullptr);
  const std::string bytes = corpus.serialize();
  EXPECT_EQ(bytes.substr(0, 5), std::string("SIDF\x01", 5));
  EXPECT_EQ(CorpusFrequencies::deserialize(bytes), corpus);
  const CorpusFrequencies reversed =
      counted({"Der Minister sagte, dass die Gespräche lang waren.", kNews[2], kNews[1], kNews[0]}, nullptr);
  EXPECT_EQ(reversed.serialize(), bytes);
  EXPECT_EQ(CorpusFrequencies::deserialize(CorpusFrequencies().serialize()), CorpusFrequencies());
}

std::string error_of(std::string_view bytes) {
  try {
    CorpusFrequencies::deserialize(bytes);
  } catch (const InvalidArgument& error) {
    return error.what();
  }
  return "";
}

TEST(CorpusFrequencies, RefusesWhatSerializeDidNotWrite) {
  using namespace std::string_literals;
  // "SIDF" 1, one language "en" of 2 documents with terms "cat" (2) and "cow" (1, shares "c").
  const std::string valid =
      "SIDF\x01\x01\x02"s + "en" + "\x02\x02" + "\x00\x03"s + "cat" + "\x02" + "\x01\x02" + "ow" + "\x01";
  ASSERT_EQ(error_of(valid), "");
  EXPECT_EQ(CorpusFrequencies::deserialize(valid).table("en")->frequency("cow"), 1u);
  struct Case {
    std::string bytes;
    std::string_view reason;
  };
  const Case cases[] = {
      {"", "does not start with \"SIDF\""},
      {"PK\x03\x04 a zip file", "does not start with \"SIDF\""},
      {"SIDF\x02\x00"s, "format 2 is not supported"},
      {valid + "x", "trailing bytes"},
      {"SIDF\x01\x01\x02xx\x01\x00"s, "unsupported language 'xx'"},
      {"SIDF\x01\x02\x02"
       "en\x00\x00\x02"
       "de\x00\x00"s,
       "languages out of order"},
      {"SIDF\x01\x01\x02"
       "en\x02\x02\x00\x03"
       "cow\x01\x00\x03"
       "cat\x01"s,
       "terms out of order"},
      {"SIDF\x01\x01\x02"
       "en\x02\x01\x00\x03"
       "cat\x00"s,
       "outside [1, 2]"},
      {"SIDF\x01\x01\x02"
       "en\x02\x01\x00\x03"
       "cat\x03"s,
       "outside [1, 2]"},
      {"SIDF\x01\x01\x02"
       "en\x02\x01\x04\x03"
       "cat\x01"s,
       "shared prefix longer"},
      {"SIDF\x01\x01\x02"
       "en\x02\x01\x00\x02\xC3\x28\x01"s,
       "not UTF-8"},
      {"SIDF\x01\x01\x02"
       "en\x02\xFF\xFF\xFF\xFF\x0F"s,
       "term count larger than the table"},
      {"SIDF\x01\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F"s, "above 2^64"},
      {"SIDF\x01\x80\x00"s, "overlong language count"},
      {"SIDF\x01\x01\x02"
       "en\x02\x02\x00\x03"
       "cat\x02\x00\x03"
       "cow\x01"s,
       "shared prefix shorter"},
  };
  for (const Case& c : cases) {
    EXPECT_NE(error_of(c.bytes).find(c.reason), std::string::npos) << error_of(c.bytes);
  }
  for (std::size_t size = 0; size < valid.size(); ++size) {
    EXPECT_NE(error_of(valid.substr(0, size)), "") << "a table cut to " << size << " bytes";
  }
}

TEST(CorpusFrequencies, TermStatisticsWeighTermsByTheCorpus) {
  // t0 is in 9 of 10 corpus documents, t1 in 1, t2 in none; each sentence holds all three
  // so that the document alone cannot tell them apart.
  const DocumentTerms terms = testing::hand_built_document(3, {{0, 1, 2}, {0, 1, 2}});
  CorpusFrequencies::Table table;
  table.documents = 10;
  table.frequencies = {{"t0", 9}, {"t1", 1}};
  const std::vector<std::size_t> candidates{0, 1};
  const TermStatistics alone(terms, candidates);
  const double own = std::log(3.0 / 3.0) + 1.0;
  EXPECT_DOUBLE_EQ(alone.idf(0), own);
  EXPECT_DOUBLE_EQ(alone.idf(2), own);
  const TermStatistics weighed(terms, candidates, &table);
  EXPECT_DOUBLE_EQ(weighed.idf(0), own * std::sqrt(std::log(12.0 / 11.0) + 1.0));
  EXPECT_DOUBLE_EQ(weighed.idf(1), own * std::sqrt(std::log(12.0 / 3.0) + 1.0));
  EXPECT_DOUBLE_EQ(weighed.idf(2), own * std::sqrt(std::log(12.0 / 2.0) + 1.0));
  CorpusFrequencies::Table empty;
  const TermStatistics no_documents(terms, candidates, &empty);
  EXPECT_DOUBLE_EQ(no_documents.idf(0), alone.idf(0));
}

TEST(CorpusFrequencies, ASummarizerUsesTheTableOfItsLanguageOnly) {
  const std::string& article = testing::reference_article();
  auto corpus = std::make_shared<CorpusFrequencies>(counted({article}, &Language::get("de")));
  Options options{.language = "en"};
  const Budget budget{BudgetKind::kSentences, 3};
  const Summary plain = Summarizer(options).summarize(article, budget);
  options.corpus = corpus;  // German counts: nothing for an English summarizer
  const Summary other_language = Summarizer(options).summarize(article, budget);
  ASSERT_EQ(plain.ranking.size(), other_language.ranking.size());
  for (std::size_t i = 0; i < plain.ranking.size(); ++i) {
    EXPECT_EQ(plain.ranking[i].features.contributions, other_language.ranking[i].features.contributions);
  }
  options.corpus = std::make_shared<CorpusFrequencies>(counted(kNews, &Language::get("en")));
  const Summary fitted = Summarizer(options).summarize(article, budget);
  bool tfidf_changed = false;
  for (std::size_t i = 0; i < plain.ranking.size(); ++i) {
    tfidf_changed |=
        plain.ranking[i].features.contributions[0] != fitted.ranking[i].features.contributions[0];
  }
  EXPECT_TRUE(tfidf_changed);
}

}  // namespace
}  // namespace salience

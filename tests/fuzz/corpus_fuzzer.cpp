// libFuzzer target: reading IDF tables through CorpusFrequencies::deserialize.
//
// A saved or pickled Summarizer carries its table as bytes that may be damaged or forged.
// Any bytes must either be refused with InvalidArgument or give a table that serializes
// back to exactly those bytes (the format has one encoding per table), whose counts keep
// their promise (1 <= count <= documents) and that a Summarizer can use.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "fuzz_support.h"
#include "salience/corpus.h"
#include "salience/error.h"
#include "salience/summarizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  auto corpus = std::make_shared<salience::CorpusFrequencies>();
  try {
    *corpus = salience::CorpusFrequencies::deserialize(data);
  } catch (const salience::InvalidArgument&) {
    return 0;
  }
  salience::fuzz::require(corpus->serialize() == data, "a table read back serializes to other bytes");
  for (const auto& [code, table] : corpus->tables()) {
    for (const auto& [term, count] : table.frequencies) {
      salience::fuzz::require(count >= 1 && count <= table.documents, "a count outside [1, documents]");
    }
    salience::Options options;
    options.language = code;
    options.corpus = corpus;
    const salience::Summary summary = salience::Summarizer(options).summarize(
        "The minister met the president. The talks were long. Markets rose after the talks.",
        {salience::BudgetKind::kSentences, 2});
    salience::fuzz::require(summary.selected.size() == 2, "a fitted summarizer lost its summary");
  }
  return 0;
}

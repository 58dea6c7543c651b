// libFuzzer target: segmentation through salience::split_sentences.
//
// The first two bytes are the options, read with a FuzzedDataProvider of their own: the
// language (the last of them) and how the rest becomes text (see consume_text). Invalid
// UTF-8 must be refused with InvalidArgument; valid text must give spans that keep every
// promise of segment.h and summarizer.h, and the same spans on a second call; and the text
// repeated must take time linear in its length (check_linear_time).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "salience/error.h"
#include "salience/language.h"
#include "salience/summarizer.h"

namespace {
constexpr std::size_t kHeaderSize = 2;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  FuzzedDataProvider data(bytes, size);
  const auto header_bytes = salience::fuzz::consume_header(data, kHeaderSize);
  FuzzedDataProvider header(header_bytes.data(), header_bytes.size());
  const auto& codes = salience::Language::supported_codes();
  const auto& language =
      salience::Language::get(codes[header.ConsumeIntegralInRange<std::size_t>(0, codes.size() - 1)]);
  const std::string text = salience::fuzz::consume_text(data, salience::fuzz::consume_mode(header));
  const bool valid = !salience::find_invalid_utf8(text).has_value();

  std::vector<salience::SpanResult> spans;
  try {
    spans = salience::split_sentences(text, language);
  } catch (const salience::InvalidArgument&) {
    salience::fuzz::require(!valid, "valid UTF-8 was refused");
    return 0;
  }
  salience::fuzz::require(valid, "invalid UTF-8 was accepted");
  salience::fuzz::check_spans(text, spans);

  const auto again = salience::split_sentences(text, language);
  salience::fuzz::require(again.size() == spans.size(), "a second call gives other spans");
  for (std::size_t i = 0; i < spans.size(); ++i) {
    salience::fuzz::require(again[i].span == spans[i].span, "a second call gives other spans", i);
  }
  salience::fuzz::check_linear_time(text, [&](const std::string& repeated) {
    return salience::split_sentences(repeated, language).size();
  });
  return 0;
}

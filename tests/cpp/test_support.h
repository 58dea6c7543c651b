// Helpers shared by the unit tests: the reference article, span texts and error messages.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "salience/segment.h"
#include "salience/terms.h"

namespace salience {

// Readable span kinds in test failures (found by argument-dependent lookup).
inline void PrintTo(SpanKind kind, std::ostream* os) {
  switch (kind) {
    case SpanKind::kTitle:
      *os << "kTitle";
      return;
    case SpanKind::kDateline:
      *os << "kDateline";
      return;
    case SpanKind::kSpeaker:
      *os << "kSpeaker";
      return;
    case SpanKind::kSentence:
      break;
  }
  *os << "kSentence";
}

}  // namespace salience

namespace salience::testing {

// The bundled article the pipeline is tuned on, read from the repository's examples/.
inline const std::string& reference_article() {
  static const std::string text = [] {
    const std::string path = std::string(SALIENCE_EXAMPLES_DIR) + "/lavrov_visit.txt";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return text;
}

// A document built by hand: the terms of each span, over a vocabulary "t0", "t1", ...
inline DocumentTerms hand_built_document(std::size_t vocabulary,
                                         const std::vector<std::vector<TermId>>& spans) {
  DocumentTerms terms;
  for (std::size_t t = 0; t < vocabulary; ++t) terms.vocabulary.push_back("t" + std::to_string(t));
  terms.span_begin.push_back(0);
  for (const auto& span : spans) {
    terms.terms.insert(terms.terms.end(), span.begin(), span.end());
    terms.span_begin.push_back(terms.terms.size());
    terms.word_count.push_back(span.size());
  }
  return terms;
}

inline std::string_view text_of(std::string_view text, const Span& span) {
  return text.substr(span.begin, span.end - span.begin);
}

inline std::vector<std::string> texts_of(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> texts;
  for (const Span& span : spans) texts.emplace_back(text_of(text, span));
  return texts;
}

// Names a parameterized test after its case's `name` member.
struct ParamName {
  template <class Param>
  std::string operator()(const ::testing::TestParamInfo<Param>& param) const {
    return param.param.name;
  }
};

// `text` repeated until it holds at least `bytes` bytes.
inline std::string repeat_to(std::string_view text, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + text.size());
  while (out.size() < bytes) out += text;
  return out;
}

// A text that every stage must take in its stride, in a language that suits it.
struct TextCase {
  const char* name;
  const char* language;
  std::string text;
};

// Empty, blank, CJK, full-width, control characters, emoji, combining marks, RTL and a
// megabyte without punctuation, each run through the whole pipeline by the stage tests.
inline std::vector<TextCase> hostile_texts() {
  using namespace std::string_literals;
  return {
      {"Empty", "en", ""},
      {"WhiteSpaceOnly", "en", " \t\r\n\u3000\u00a0\n"},
      {"Chinese", "zh", "他来了。她走了！真的吗？我们的学校很好。学校很大。"},
      {"Japanese", "ja", "今日は晴れです。明日は雨でしょう！本当ですか？"},
      {"FullWidthPunctuation", "en", "Ｈｅｌｌｏ　ｗｏｒｌｄ！　Ｓｅｃｏｎｄ　ｗｏｒｌｄ？　Ｔｈｉｒｄ．"},
      {"ControlCharacters", "en",
       "Tab\there.\r\nNUL\0 inside here. \x01 Control\x02 ones.\r\n\r\nNew para."s},
      {"Emoji", "en",
       "I love \U0001F44D and \U0001F468\u200D\U0001F469\u200D\U0001F467 families. "
       "\U0001F1FA\U0001F1F8\U0001F44D\U0001F3FD. Families love flags \U0001F1FA\U0001F1F8."},
      {"CombiningMarks", "en", "Cafe\u0301 opens. Nai\u0308ve cafe\u0301s open. Re\u0301sume\u0301 done."},
      {"Arabic", "ar", "مرحبا بالعالم. كيف حالك؟ أنا بخير. العالم كبير."},
      {"Hebrew", "he", "שלום עולם. מה שלומך? העולם גדול."},
      {"MegabyteWithoutPunctuation", "en", repeat_to("lorem ipsum dolor sit amet ", 1 << 20)},
  };
}

// The first two stages over a text, and the candidates the summarizer would score: the
// sentences with at least one word.
struct Candidates {
  std::vector<Span> spans;
  DocumentTerms terms;
  std::vector<std::size_t> spans_of;  // candidate -> span index
  std::vector<std::size_t> words;     // candidate -> word count
  std::vector<std::size_t> chars;     // candidate -> code points

  std::optional<std::size_t> title() const {
    if (!spans.empty() && spans[0].kind == SpanKind::kTitle) return 0;
    return std::nullopt;
  }
};

inline Candidates candidates_of(std::string_view text, const Language& language) {
  Candidates out;
  out.spans = segment(text, language);
  out.terms = extract_terms(text, out.spans, language);
  for (std::size_t i = 0; i < out.spans.size(); ++i) {
    if (out.spans[i].kind != SpanKind::kSentence || out.terms.word_count[i] == 0) continue;
    out.spans_of.push_back(i);
    out.words.push_back(out.terms.word_count[i]);
    std::size_t chars = 0;
    for (char c : text_of(text, out.spans[i]))
      chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    out.chars.push_back(chars);
  }
  return out;
}

// The message of the exception `call` throws as `Exception`, or a note that it threw none.
template <class Exception, class Call>
std::string message_of(Call&& call) {
  try {
    call();
  } catch (const Exception& e) {
    return e.what();
  }
  return "<no exception>";
}

}  // namespace salience::testing

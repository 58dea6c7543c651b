#include "salience/detail/icu.h"

#include <string>
#include <unordered_map>

#include "salience/error.h"

namespace salience::detail {
namespace {

enum class BreakKind { kSentence, kWord };

icu::BreakIterator& thread_iterator(const Language& language, BreakKind kind) {
  thread_local std::unordered_map<const Language*, std::unique_ptr<icu::BreakIterator>>
      iterators[2];
  auto& slot = iterators[static_cast<int>(kind)][&language];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language.break_locale().c_str());
    slot.reset(kind == BreakKind::kSentence ? icu::BreakIterator::createSentenceInstance(locale, status)
                                            : icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status) || !slot) {
      slot.reset();
      throw Error(std::string("ICU could not create a break iterator for ") +
                  language.break_locale() + ": " + u_errorName(status));
    }
  }
  return *slot;
}

}  // namespace

Utf8Text::Utf8Text(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  text_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw Error(std::string("ICU could not open text: ") + u_errorName(status));
}

Utf8Text::~Utf8Text() { utext_close(text_); }

icu::BreakIterator& thread_sentence_iterator(const Language& language) {
  return thread_iterator(language, BreakKind::kSentence);
}

icu::BreakIterator& thread_word_iterator(const Language& language) {
  return thread_iterator(language, BreakKind::kWord);
}

}  // namespace salience::detail

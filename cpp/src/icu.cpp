#include "salience/detail/icu.h"

#include <string>
#include <unordered_map>

#include "salience/error.h"

namespace salience::detail {
Utf8Text::Utf8Text(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  text_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status) != 0) throw Error(std::string("ICU could not open text: ") + u_errorName(status));
}

Utf8Text::~Utf8Text() { utext_close(text_); }

icu::BreakIterator& thread_word_iterator(const Language& language) {
  thread_local std::unordered_map<const Language*, std::unique_ptr<icu::BreakIterator>> iterators;
  auto& slot = iterators[&language];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::BreakIterator::createWordInstance(icu::Locale(language.break_locale().c_str()), status));
    if (U_FAILURE(status) != 0 || !slot) {
      slot.reset();
      throw Error(std::string("ICU could not create a word break iterator for ") + language.break_locale() +
                  ": " + u_errorName(status));
    }
  }
  return *slot;
}

}  // namespace salience::detail
